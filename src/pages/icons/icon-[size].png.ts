import type { APIRoute, GetStaticPaths } from 'astro';
import { Resvg } from '@resvg/resvg-js';
// The favicon's own file, so the icon is always the same drawing.
import svg from '../../../public/favicon.svg?raw';
import { FAVICON_SIZE, ICON_SIZES } from '../../lib/app-icon.ts';

/** The favicon and the installed app's icons: one drawing as PNG squares, the format every browser takes. */
export const getStaticPaths = (() =>
  [FAVICON_SIZE, ...ICON_SIZES].map((size) => ({ params: { size } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const png = new Resvg(svg, { fitTo: { mode: 'width', value: Number(params.size) } }).render();
  return new Response(new Uint8Array(png.asPng()), { headers: { 'content-type': 'image/png' } });
};
