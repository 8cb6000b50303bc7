import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import satori from 'satori';
import { cardElement, renderCard } from '../../src/publish/social-card.ts';
import { sitePaths } from '../../src/lib/urls.ts';
import { cardKey } from '../../src/publish/social-card-cache.ts';
import { SITE } from '../../src/lib/site.ts';

// The real satori, wrapped so a test can tell a drawn card from one read from the cache.
vi.mock('satori', async (importOriginal) => {
  const real = await importOriginal<typeof import('satori')>();
  return {
    ...real,
    default: vi.fn((...args: Parameters<typeof real.default>) => real.default(...args)),
  };
});

type Node = { type: string; props: { style: Record<string, unknown>; children?: unknown } };

/** Every text block of a card with its style, in document order. */
function texts(node: unknown): { text: string; style: Record<string, unknown> }[] {
  if (!node || typeof node !== 'object') return [];
  if (Array.isArray(node)) return node.flatMap(texts);
  const { props } = node as Node;
  if (typeof props.children === 'string') return [{ text: props.children, style: props.style }];
  return texts(props.children);
}

const sizeOf = (title: string) =>
  texts(cardElement({ title, site: SITE.name })).find((t) => t.text === title)?.style.fontSize;

describe('sitePaths.card', () => {
  it.each([
    ['/', '/og/home.png'],
    ['', '/og/home.png'],
    ['/scale/', '/og/scale.png'],
    ['/scale', '/og/scale.png'],
    ['/scale/why-405b/', '/og/scale/why-405b.png'],
    ['scale/why-405b', '/og/scale/why-405b.png'],
  ])('publishes the card of %j at %j', (path, file) => {
    expect(sitePaths.card(path)).toBe(file);
  });
});

describe('cardElement', () => {
  it('shows the site, the theme, the title and the tagline', () => {
    const shown = texts(
      cardElement({ title: 'Why 405B parameters', theme: 'Parameter scale', site: SITE.name }),
    ).map((t) => t.text);
    expect(shown).toEqual([SITE.name, 'Parameter scale', 'Why 405B parameters', SITE.tagline]);
  });

  it('leaves the theme line out when there is no theme', () => {
    expect(texts(cardElement({ title: 'Scale', site: SITE.name })).map((t) => t.text)).toEqual([
      SITE.name,
      'Scale',
      SITE.tagline,
    ]);
  });

  it('does not repeat the tagline when it is the title', () => {
    expect(texts(cardElement({ title: SITE.tagline, site: SITE.name })).map((t) => t.text)).toEqual(
      [SITE.name, SITE.tagline],
    );
  });

  it.each([
    ['a short title', 'Why 405B parameters', 64],
    ['a title of exactly 60 characters', 'x'.repeat(60), 64],
    ['a title of 61 characters', 'x'.repeat(61), 52],
  ])('sets %s in the right size', (_, title, size) => {
    expect(sizeOf(title)).toBe(size);
  });

  it('clamps the title to three lines and every other line to one', () => {
    const clamps = texts(cardElement({ title: 'T', theme: 'Theme', site: SITE.name })).map(
      (t) => t.style.lineClamp,
    );
    expect(clamps).toEqual([1, 1, 3, 1]);
  });
});

describe('cardKey', () => {
  const inputs = { version: 1, title: 'A', theme: null, site: 'S', width: 1200, height: 630 };
  it('is the same for the same inputs and fonts', () => {
    expect(cardKey(inputs, 'f')).toBe(cardKey({ ...inputs }, 'f'));
  });
  it.each([
    ['the title', { ...inputs, title: 'B' }, 'f'],
    ['the theme', { ...inputs, theme: 'Scale' }, 'f'],
    ['the fonts', inputs, 'g'],
  ])('changes with %s', (_, changed, fonts) => {
    expect(cardKey(changed, fonts)).not.toBe(cardKey(inputs, 'f'));
  });
});

describe('renderCard', () => {
  const input = {
    title: 'Why 405B parameters',
    theme: 'Parameter scale and scaling laws',
    site: SITE.name,
  };
  const pngs = async (dir: string) => (await readdir(dir)).filter((f) => f.endsWith('.png'));
  let dir: string;

  // Each test gets an empty cache of its own.
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'kb-cards-'));
    vi.stubEnv('KB_CARD_CACHE', dir);
    vi.mocked(satori).mockClear();
  });
  afterEach(async () => {
    vi.unstubAllEnvs();
    await rm(dir, { recursive: true, force: true });
  });

  it('draws a 1200×630 PNG', async () => {
    const png = await renderCard(input);
    expect(png.subarray(0, 8)).toEqual(
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    );
    expect(png.toString('latin1', 12, 16)).toBe('IHDR');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
  });

  it('stores the card in KB_CARD_CACHE and reads it back instead of drawing it again', async () => {
    const first = await renderCard(input);
    expect(await pngs(dir)).toHaveLength(1);
    expect(await renderCard({ ...input })).toEqual(first);
    expect(satori).toHaveBeenCalledTimes(1);
  });

  it('draws a card again when its title changes, and leaves no temporary file behind', async () => {
    await renderCard(input);
    await renderCard({ ...input, title: 'Beyond Chinchilla' });
    expect(satori).toHaveBeenCalledTimes(2);
    expect(await pngs(dir)).toHaveLength(2);
    expect(await readdir(dir)).toHaveLength(2);
  });
});
