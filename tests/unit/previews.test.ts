import { describe, expect, it } from 'vitest';
import { previewCard, type NotePreview } from '../../src/lib/previews.ts';

const data: NotePreview = {
  title: 'Beyond Chinchilla',
  theme: 'Scale',
  description: 'From Kaplan to Chinchilla.',
  sections: {
    'the-trap': { title: 'The trap', text: 'What happens after training.' },
    empty: { title: 'A table', text: '' },
  },
  claims: { 'over-trained': { text: 'Meta over-trained.', status: 'nuanced' } },
  aliases: { 'old-trap': 'the-trap', 'old-claim': 'over-trained' },
};
const note = { title: 'Beyond Chinchilla', theme: 'Scale' };

describe('previewCard', () => {
  it.each([
    ['', { ...note, text: 'From Kaplan to Chinchilla.' }],
    ['the-trap', { ...note, section: 'The trap', text: 'What happens after training.' }],
    ['old-trap', { ...note, section: 'The trap', text: 'What happens after training.' }],
    ['empty', { ...note, section: 'A table', text: 'From Kaplan to Chinchilla.' }],
    ['over-trained', { ...note, text: 'Meta over-trained.', status: 'nuanced' }],
    ['old-claim', { ...note, text: 'Meta over-trained.', status: 'nuanced' }],
    ['no-such-anchor', { ...note, text: 'From Kaplan to Chinchilla.' }],
  ])('#%s', (anchor, card) => {
    expect(previewCard(data, anchor)).toEqual(card);
  });
});
