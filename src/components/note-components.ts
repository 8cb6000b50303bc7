import Claim from './Claim.astro';
import Cite from './Cite.astro';

/**
 * The components every note can use without importing them. Claims and citations are
 * components, not custom Markdown syntax, so the notes do not depend on any remark plugin.
 */
export const noteComponents = { Claim, Cite };
