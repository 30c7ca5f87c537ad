import { startApp } from './app';

// Entry of the bundled main process (dist/electron/main.cjs). Everything lives in app.ts so it
// can be driven by tests with stand-ins for Electron.
void startApp();
