/** Facts about the site itself, used in the header, footer, metadata and feeds. */
export const SITE = {
  name: 'Llama 3.1 Notes',
  tagline: 'Research notes on how Meta approached Llama 3.1',
  lang: 'en',
  licence: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
  /** The conversation the notes grew from; its details are in content/sources.yaml. */
  originSource: 'latent-space-llama-3',
} as const;
