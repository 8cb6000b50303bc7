/**
 * A claim in Markdown, as its box reads on the page: a block quote with the statement and its
 * anchor, the verdict with its reason and sources (the first decides), the author's note inside
 * the box if there is one, and the claim's short share URL.
 *
 *     > **Claim** {#balance-at-405b}: Under the compute and constraints Meta had, …
 *     >
 *     > **Supported.** Scialom describes … Decided by [Latent Space interview, 09:42](…); see also …
 *     >
 *     > Share: <https://…/c/balance-at-405b/>
 */
import type { Blockquote, BlockContent, Paragraph, PhrasingContent, RootContent } from 'mdast';
import type { Note } from '../../model/types.ts';
import type { ClaimData } from '../../schemas/claim.ts';
import { statusLabel } from '../../lib/status.ts';
import { sitePaths } from '../../lib/urls.ts';
import { decidedBy, type MarkdownSite } from './links.ts';

const paragraph = (...children: PhrasingContent[]): Paragraph => ({ type: 'paragraph', children });
const text = (value: string): PhrasingContent => ({ type: 'text', value });
const strong = (value: string): PhrasingContent => ({ type: 'strong', children: [text(value)] });

/** The first line of a claim's block quote: `**Claim** {#id}: statement`. */
export const CLAIM_LEAD = /^Claim \{#([^}]+)\}: /;

/** A claim's block quote; `inside` is what the author wrote inside `<Claim>`, already Markdown. */
export function claimBlock(
  claim: ClaimData,
  note: Note,
  site: MarkdownSite,
  inside: RootContent[] = [],
  from = false,
): Blockquote {
  const share = site.url(sitePaths.claimShare(claim.id));
  const children: BlockContent[] = [
    paragraph(strong('Claim'), text(` {#${claim.id}}: ${claim.text}`)),
    paragraph(
      strong(`${statusLabel(claim.status)}.`),
      text(` ${claim.reason} `),
      ...decidedBy(site, claim.sources),
    ),
    ...(inside as BlockContent[]),
    paragraph(text('Share: '), { type: 'link', url: share, children: [text(share)] }),
  ];
  if (from)
    children.push(
      paragraph(
        text('From '),
        {
          type: 'link',
          url: site.url(sitePaths.note(note.id), claim.id),
          children: [text(note.title)],
        },
        text(`, ${note.theme.title}.`),
      ),
    );
  return { type: 'blockquote', children };
}
