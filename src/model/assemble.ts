/**
 * Builds the site model from its inputs: pure, and tolerant of bad input (a note in the wrong
 * place or a repeated claim id is left out or kept once), so that the checks
 * (src/model/checks/) can look at the whole site and report every problem in one round.
 */
import { smartQuotes } from '../lib/typography.ts';
import { sitePaths } from '../lib/urls.ts';
import { resolveLink } from './links.ts';
import { claimVersions, contentOf, historyKey } from '../lib/claim-versions.ts';
import { isoDate } from '../lib/dates.ts';
import type { Backlink, Claim, Model, ModelInput, Note, Theme } from './types.ts';

const byOrder = <T extends { order: number; slug: string }>(a: T, b: T) =>
  a.order - b.order || a.slug.localeCompare(b.slug);
const countWords = (text: string) =>
  text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

/** The model of the published site. Drafts are left out unless `includeDrafts` (astro dev). */
export function assembleModel(input: ModelInput, options: { includeDrafts: boolean }): Model {
  const sources = new Map(input.sources.map((s) => [s.id, { ...s.data, id: s.id }]));
  const terms = new Map(
    [...(input.terms ?? [])]
      .sort((a, b) => a.data.term.localeCompare(b.data.term, 'en', { sensitivity: 'base' }))
      .map((t) => [t.id, { ...t.data, id: t.id }]),
  );
  const themes = new Map<string, Theme>(
    input.themes.map((t) => [
      t.id,
      {
        ...t.data,
        title: smartQuotes(t.data.title),
        description: smartQuotes(t.data.description),
        slug: t.id,
        filePath: t.filePath,
        notes: [],
        headings: t.scan?.headings ?? [],
        links: t.scan?.links ?? [],
      },
    ]),
  );
  const notes: Note[] = [];
  const claims = new Map<string, Claim>();
  const history = input.history ?? { record: { claims: {} }, today: isoDate(new Date()) };
  const minor = new Set(history.minor);
  // Sorted so that which of two notes keeps a repeated claim id is the same on every machine.
  for (const entry of [...input.notes].sort((a, b) => a.id.localeCompare(b.id))) {
    const [themeSlug, slug, ...deeper] = entry.id.split('/');
    const theme = themes.get(themeSlug ?? '');
    if (!theme || !slug || deeper.length > 0) continue;
    if (entry.data.draft && !options.includeDrafts) continue;
    const note: Note = {
      ...entry.data,
      title: smartQuotes(entry.data.title),
      description: smartQuotes(entry.data.description),
      claims: entry.data.claims.map((c) => ({
        ...c,
        text: smartQuotes(c.text),
        reason: smartQuotes(c.reason),
      })),
      id: entry.id,
      slug,
      theme,
      filePath: entry.filePath,
      words: entry.scan.words + entry.data.claims.reduce((n, c) => n + countWords(c.text), 0),
      terms: [
        ...new Set(
          entry.scan.components
            .filter((c) => c.name === 'Term' && typeof c.attributes.id === 'string')
            .map((c) => c.attributes.id as string),
        ),
      ],
      citations: entry.scan.components
        .flatMap(({ name, attributes: { source, at } }) =>
          name === 'Cite' && typeof source === 'string' && typeof at === 'string'
            ? [{ source, at }]
            : [],
        )
        .concat((entry.data.charts ?? []).flatMap((chart) => chart.sources)),
      headings: entry.scan.headings,
      links: entry.scan.links,
      sectionLeads: entry.scan.sectionLeads,
    };
    notes.push(note);
    theme.notes.push(note);
    for (const claim of note.claims)
      if (!claims.has(claim.id)) {
        const recorded = history.record.claims[historyKey(history.record, claim)] ?? [];
        const versions = claimVersions(
          recorded,
          contentOf(claim),
          history.today,
          minor.has(claim.id),
        );
        claims.set(claim.id, { ...claim, note, versions });
      }
  }
  const themeList = [...themes.values()].sort(byOrder);
  for (const theme of themeList) theme.notes.sort(byOrder);
  const readingOrder = themeList.flatMap((t) => t.notes);
  return {
    themes: themeList,
    notes: readingOrder,
    noteById: new Map(readingOrder.map((n) => [n.id, n])),
    claims,
    sources,
    terms,
    backlinks: backlinksOf(readingOrder),
  };
}

/** For each note, the links other notes make to it (to the note, a heading or a claim), in reading order. */
function backlinksOf(notes: Note[]): Map<string, Backlink[]> {
  const byPath = new Map(notes.map((n) => [sitePaths.note(n.id) as string, n]));
  const backlinks = new Map<string, Backlink[]>();
  for (const from of notes) {
    for (const link of from.links) {
      const target = resolveLink(link.href, sitePaths.note(from.id));
      if (target.kind !== 'site') continue;
      const to = byPath.get(target.path);
      if (!to || to === from) continue;
      // A link to an old anchor that the note still answers to counts, at its new id.
      const find = (id: string) => ({
        claim: to.claims.find((c) => c.id === id),
        heading: to.headings.find((h) => h.id === id),
      });
      let anchor = target.anchor;
      let { claim, heading } = find(anchor);
      if (anchor && !claim && !heading) {
        anchor = oldAnchorsOf(to).get(anchor) ?? '';
        ({ claim, heading } = find(anchor));
        if (!claim && !heading) continue;
      }
      const list = backlinks.get(to.id) ?? [];
      list.push({
        from,
        sentence: link.sentence,
        formulas: link.formulas,
        anchor,
        target: claim?.text ?? heading?.text ?? '',
      });
      backlinks.set(to.id, list);
    }
  }
  return backlinks;
}

/** Old anchors of a note's own page (`anchor_aliases`, claims' old ids) → the id they lead to. */
function oldAnchorsOf(note: Note): Map<string, string> {
  const own = `${sitePaths.note(note.id)}#`;
  return new Map([
    ...note.anchor_aliases
      .filter((a) => !a.from.startsWith('/') || a.from.startsWith(own))
      .map((a) => [a.from.replace(own, ''), a.to] as const),
    ...note.claims.flatMap((c) => c.aliases.map((old) => [old, c.id] as const)),
  ]);
}
