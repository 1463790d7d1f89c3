#!/usr/bin/env node
// The `askafter` command: runs the TypeScript CLI through tsx, so there is nothing to build first.
import { register } from 'tsx/esm/api';

register();
await import('./cli.ts');
