import type { APIRoute } from 'astro';
import { getModel } from '../model/load.ts';
import { sourceBibtex } from '../lib/citation-formats.ts';

/** The whole bibliography as one BibTeX file. */
export const GET: APIRoute = async () => {
  const { sources } = await getModel();
  return new Response(`${[...sources.values()].map(sourceBibtex).join('\n\n')}\n`, {
    headers: { 'content-type': 'application/x-bibtex; charset=utf-8' },
  });
};
