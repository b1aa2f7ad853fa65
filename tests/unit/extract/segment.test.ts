import { describe, expect, it } from 'vitest';
import { splitParagraphs, splitSentences } from '../../../shared/extract/segment/index.js';

const texts = (text: string) => splitSentences(text).map((s) => s.text);

describe('splitSentences', () => {
  it('gives offsets that slice back to the sentence', () => {
    // Prepare
    const text = 'Title line\n\nFirst sentence here. Second one follows.';
    // Act
    const sentences = splitSentences(text);
    // Assert
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(sentences.map((s) => s.text)).toEqual(['Title line', 'First sentence here.', 'Second one follows.']);
  });

  it('does not split after titles and UN abbreviations', () => {
    expect(texts('H.E. Mr. Akan Rakhmetullin spoke. Dr. Ero and Ms. Gherman agreed on para. 5 of No. 12.')).toEqual([
      'H.E. Mr. Akan Rakhmetullin spoke.',
      'Dr. Ero and Ms. Gherman agreed on para. 5 of No. 12.',
    ]);
    expect(
      texts('UNITED NATIONS, Feb. 7 (Xinhua) — A UN official spoke. The U.S. Mission, e.g. Washington, agreed.'),
    ).toEqual(['UNITED NATIONS, Feb. 7 (Xinhua) — A UN official spoke.', 'The U.S. Mission, e.g. Washington, agreed.']);
  });

  it('keeps paragraph and section numbers with their sentence', () => {
    expect(texts('II. Evolving global terrorism landscape\n\n12. Many Member States acted. Others did not.')).toEqual([
      'II. Evolving global terrorism landscape',
      '12. Many Member States acted.',
      'Others did not.',
    ]);
  });

  it('splits after a closing quote and keeps headings as their own segments', () => {
    expect(
      texts('QUOTES FROM PARTICIPANTS\nMr. Vladimir Voronkov, Under-Secretary-General\n“We act.” She left.'),
    ).toEqual(['QUOTES FROM PARTICIPANTS', 'Mr. Vladimir Voronkov, Under-Secretary-General', '“We act.”', 'She left.']);
  });

  it('joins hard-wrapped lines and a sentence broken by a page break', () => {
    const wrapped =
      'I also want to thank Deputy Secretary General Mohammed, Chairperson\nFaki, Director von Seherr-Thoss, and Dr. Ero. I have listened closely.';
    expect(texts(wrapped)).toEqual([
      'I also want to thank Deputy Secretary General Mohammed, Chairperson\nFaki, Director von Seherr-Thoss, and Dr. Ero.',
      'I have listened closely.',
    ]);
    const broken =
      'Member States also highlight the threat of homegrown terrorists, especially through the Internet\n\nand in prisons. Next.';
    expect(texts(broken)[0]).toBe(
      'Member States also highlight the threat of homegrown terrorists, especially through the Internet\n\nand in prisons.',
    );
  });

  it('joins the lines of a narrow column when a line stops mid-sentence, but not a title block', () => {
    const column = [
      'At the annual forum on water, more',
      'than 300 leaders of towns and cities',
      'met with ministers from many regions,',
      'asking for a common plan on supply.',
    ].join('\n');
    expect(texts(column)).toEqual([column]);
    const titles = 'United Nations\nGeneral Assembly\nSeventy-ninth session';
    expect(texts(titles)).toEqual(['United Nations', 'General Assembly', 'Seventy-ninth session']);
    // Lines of a narrow block that each end on a stop stay apart: a list of short sentences.
    const list = 'The first phase is now closed.\nThe second phase starts in May.';
    expect(texts(list)).toEqual(['The first phase is now closed.', 'The second phase starts in May.']);
  });

  it('does not split on decimals, ellipses inside brackets, or lower-case continuations', () => {
    expect(texts('It grew by 2.5 per cent. and more [...] came. Then it fell.')).toEqual([
      'It grew by 2.5 per cent. and more [...] came.',
      'Then it fell.',
    ]);
  });

  it('returns nothing for blank text', () => {
    expect(splitSentences('  \n\n ')).toEqual([]);
  });
});

describe('splitParagraphs', () => {
  it('splits on blank lines and trims', () => {
    const text = '  Title\n\nFirst line.\nSecond line.\n\n\n Last. ';
    const paragraphs = splitParagraphs(text);
    expect(paragraphs.map((p) => p.text)).toEqual(['Title', 'First line.\nSecond line.', 'Last.']);
    for (const p of paragraphs) expect(text.slice(p.start, p.end)).toBe(p.text);
  });
});
