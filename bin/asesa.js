#!/usr/bin/env node
// The `asesa` command: runs the TypeScript CLI through tsx, so it works right after npm install.
import { register } from 'tsx/esm/api';

register();
const { runCli } = await import('../electron/cli/index.ts');
const code = await runCli(process.argv.slice(2), { out: (s) => console.log(s), err: (s) => console.error(s) });
process.exit(code);
