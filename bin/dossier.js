#!/usr/bin/env node
// Runs the TypeScript CLI through tsx, so `npx dossier` works from a clone without a compile step.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli.ts');
