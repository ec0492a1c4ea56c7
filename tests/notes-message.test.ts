import { describe, expect, it } from 'vitest';
import { readNotesMessage } from '../src/lib/model/notes-message.ts';

const slide = { type: 'slide', lang: 'ar', title: 'قصة', caption: 'تعليق', notes: '', at: 2, of: 5 };

describe('readNotesMessage(data)', () => {
  it('reads a slide and the three requests', () => {
    expect(readNotesMessage(slide)).toEqual(slide);
    for (const type of ['hello', 'next', 'previous']) expect(readNotesMessage({ type })).toEqual({ type });
  });

  const broken: [string, unknown][] = [
    ['nothing', undefined],
    ['a string', 'next'],
    ['an unknown type', { type: 'jump' }],
    ['a slide in another language', { ...slide, lang: 'fr' }],
    ['a slide without notes', { ...slide, notes: undefined }],
    ['a slide with a fractional step', { ...slide, at: 1.5 }],
  ];
  it.each(broken)('ignores %s', (_name, data) => {
    expect(readNotesMessage(data)).toBeUndefined();
  });

  it('keeps only the fields it knows', () => {
    expect(readNotesMessage({ type: 'next', extra: 1 })).toEqual({ type: 'next' });
  });
});
