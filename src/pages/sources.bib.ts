import type { APIRoute } from 'astro';
import { getModel } from '../model/load.ts';
import { sourcesBibtex } from '../lib/citation-formats.ts';

/** The whole bibliography as one BibTeX file, written by citation-js at build time. */
export const GET: APIRoute = async () => {
  const { sources } = await getModel();
  return new Response(`${sourcesBibtex(sources.values())}\n`, {
    headers: { 'content-type': 'application/x-bibtex; charset=utf-8' },
  });
};
