import { resolve } from 'node:path';

/** The project root; tests run from it. */
export const ROOT = resolve(import.meta.dirname, '../..');
/** Scratch space for builds made by tests; ignored by git. */
export const TMP = resolve(ROOT, '.tmp/test');
/** The site built at the root base path. */
export const DIST = resolve(TMP, 'dist');
/** The same site built with BASE_PATH=/kb/. */
export const DIST_BASE = resolve(TMP, 'dist-kb');
export const BASE = '/kb/';
