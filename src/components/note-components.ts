import Claim from './Claim.astro';
import Cite from './Cite.astro';
import Term from './Term.astro';
import Math from './Math.astro';
import H2 from './H2.astro';
import H3 from './H3.astro';
import H4 from './H4.astro';
import Table from './Table.astro';
import Chart from './Chart.astro';

/**
 * The components every note gets without importing them. Claims, citations, glossary terms and
 * formulas are components, not custom Markdown syntax, so the notes depend on no remark plugin
 * and the Markdown engine stays swappable; h2–h4 get their link controls the same way, and tables
 * the focus that lets keyboard users scroll them.
 */
export const noteComponents = {
  Claim,
  Cite,
  Term,
  Math,
  Chart,
  h2: H2,
  h3: H3,
  h4: H4,
  table: Table,
};
