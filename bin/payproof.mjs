#!/usr/bin/env node
// Runs the TypeScript CLI directly through tsx's loader, so `npx payproof` works right after
// `npm install` with no build step.
import { register } from 'tsx/esm/api';

register();
await import('../core/cli/main.ts');
