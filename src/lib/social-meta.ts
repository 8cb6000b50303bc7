import { SITE } from './site.ts';
import { absoluteUrl, type Urls } from './urls.ts';
import { isoDate } from './dates.ts';

export interface SocialInput {
  title: string;
  description: string;
  /** This page's absolute URL. */
  url: string;
  /** Site path of the page whose card to show (a claim shows its note's card). */
  page: string;
  /** The theme, for notes and theme pages. */
  section?: string | undefined;
  type?: 'website' | 'article';
  modified?: Date | undefined;
}

/** One `<meta>`: Open Graph tags use `property`, Twitter tags `name`. */
export type MetaTag = { property: string; content: string } | { name: string; content: string };

/**
 * Open Graph and X (Twitter) card metadata, so a pasted link unfurls with the page's own title,
 * description, theme and its 1200×630 social card (drawn by src/publish/social-card.ts).
 */
export function socialMetaTags(input: SocialInput, site: URL, urls: Urls): MetaTag[] {
  const { title, description, url, page, section, type = 'website', modified } = input;
  const image = absoluteUrl(site, urls.card(page));
  // A theme page's section is its own title: say it once.
  const alt =
    section && section !== title
      ? `${title} — ${section}, ${SITE.name}`
      : `${title} — ${SITE.name}`;
  return [
    { property: 'og:type', content: type },
    { property: 'og:site_name', content: SITE.name },
    { property: 'og:title', content: title },
    { property: 'og:description', content: description },
    { property: 'og:url', content: url },
    { property: 'og:image', content: image },
    { property: 'og:image:width', content: '1200' },
    { property: 'og:image:height', content: '630' },
    { property: 'og:image:alt', content: alt },
    { property: 'og:locale', content: 'en' },
    ...(section ? [{ property: 'article:section', content: section }] : []),
    ...(modified ? [{ property: 'article:modified_time', content: isoDate(modified) }] : []),
    // X reads title, description and image from the Open Graph tags when its own are absent;
    // repeating them would only add bytes to every page.
    { name: 'twitter:card', content: 'summary_large_image' },
    { name: 'twitter:image:alt', content: alt },
  ];
}
