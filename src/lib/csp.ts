import { createHash } from 'node:crypto';

/**
 * The Content-Security-Policy directives, other than script-src and style-src (Astro composes
 * those with its hashes). Shared by astro.config.mjs and the pages written without Astro's page
 * pipeline (claim share pages), so every page carries the same policy.
 */
export const CSP_DIRECTIVES: Array<
  | `${'default' | 'img' | 'font' | 'connect' | 'worker' | 'object' | 'frame'}-src ${string}`
  | `${'base-uri' | 'form-action'} ${string}`
> = [
  "default-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "frame-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
];

/** Script sources besides hashes: our own files, and WebAssembly for Pagefind. */
export const SCRIPT_SOURCES = ["'self'", "'wasm-unsafe-eval'"];

/** The policy's hash of an inline script or style: `sha256-` and the base64 digest of its exact text. */
export function cspHash(text: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(text).digest('base64')}`;
}
