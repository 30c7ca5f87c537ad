import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The renderer is built to static files: loaded from disk by Electron (hence the relative
// base) and served by the loopback bridge in browser mode.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
  },
});
