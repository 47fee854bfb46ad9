/**
 * compromise, loaded from its one-file CommonJS build: the same library in one module instead of some hundred
 * ES modules, which every build would otherwise load through the module loader one by one (about 0.3 s).
 */
import { createRequire } from 'node:module';
import type Nlp from 'compromise';

export const nlp = createRequire(import.meta.url)('compromise') as typeof Nlp;
