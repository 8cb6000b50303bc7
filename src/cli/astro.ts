/**
 * `npm run dev`, `npm run preview` and `npm run check`: Astro's own command line, with its
 * telemetry off and no upgrade notice (src/cli/quiet-astro.ts). Arguments pass through:
 * `npm run dev -- --port 4000`.
 */
import './quiet-astro.ts';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

// The package exports no path to its command line; it sits beside dist/, where `astro` resolves.
const entry = createRequire(import.meta.url).resolve('astro');
await import(pathToFileURL(join(dirname(entry), '..', 'bin', 'astro.mjs')).href);
