import { describe, expect, it } from 'vitest';
import { cleanText } from '../../../shared/extract/clean/index.js';

describe('cleanText: markup leftovers', () => {
  it('unwraps markdown links, escapes and emphasis, keeping offsets into the original', () => {
    // Prepare
    const raw = 'resolution [72/284](#) and **bold** and *italic* and \\(2019\\)';
    // Act
    const cleaned = cleanText(raw);
    // Assert
    expect(cleaned.text).toBe('resolution 72/284 and bold and italic and (2019)');
    const at = cleaned.text.indexOf('72/284');
    expect(raw.slice(cleaned.toOriginal(at), cleaned.toOriginal(at) + 6)).toBe('72/284');
  });

  it('strips HTML tags and decodes entities', () => {
    const cleaned = cleanText('<p>Peace &amp; <i>security</i>&nbsp;now &#8211; today</p>');
    expect(cleaned.text).toBe('Peace & security now – today');
  });

  it('keeps a footnote asterisk and a lone star that wrap nothing', () => {
    const cleaned = cleanText('Annexes*\n\n* The annexes are circulated as received.');
    expect(cleaned.text).toBe('Annexes*\n\n* The annexes are circulated as received.');
  });
});

describe('cleanText: encoding debris', () => {
  it('removes CJK spam glued into an English document', () => {
    // Prepare
    const body = 'A side event on good practices for managing violent extremist prisoners was held during ';
    // Act
    const cleaned = cleanText(`缅北禁地\n\n${body}缅北禁地Counter-Terrorism Week 2023 in New York.`);
    // Assert
    expect(cleaned.text).toBe(`${body}Counter-Terrorism Week 2023 in New York.`);
  });

  it('removes ?? artefacts, soft hyphens, glued footnote marks, and joins words hyphenated at a line break', () => {
    const cleaned = cleanText('risk assessments; ??information shar\u00ading from 44 Member States¹ in coun-\ntries');
    expect(cleaned.text).toBe('risk assessments; information sharing from 44 Member States in countries');
  });

  it('turns odd spaces into plain spaces and keeps paragraph breaks', () => {
    const cleaned = cleanText('25\u00a0September\u202f2020\n\n\n\nNext paragraph.');
    expect(cleaned.text).toBe('25 September 2020\n\nNext paragraph.');
  });
});

describe('cleanText: page chrome', () => {
  it('drops a weather widget with its city and date header', () => {
    const cleaned = cleanText('59.3 F\nWashington D.C.\nFriday, May 3, 2024\n\nTitle of the story\n\nBody text.');
    expect(cleaned.text).toBe('Title of the story\n\nBody text.');
  });

  it('drops advertisements, share lines, author boxes and related-article lists', () => {
    const raw = [
      'The Conference concluded on Tuesday.',
      '',
      'Share this:',
      'The Council met again.',
      '',
      'author avatar',
      'Site Name',
      'Site Name is the premier news resource.',
      '',
      'Related Articles',
      '',
      '- Advertisement -',
      '',
      'Latest Articles',
    ].join('\n');
    const cleaned = cleanText(raw);
    expect(cleaned.text).toBe('The Conference concluded on Tuesday.\n\nThe Council met again.');
  });
});

describe('cleanText: negatives', () => {
  it('leaves clean content untouched', () => {
    const raw = 'New York, 25 September 2020 – Thousands of individuals (some 2,500) are stranded: e.g. in Syria.';
    expect(cleanText(raw).text).toBe(raw);
  });

  it('keeps a temperature inside a sentence and non-Latin text in a non-Latin document', () => {
    expect(cleanText('It was 59.3 F in the shade.').text).toBe('It was 59.3 F in the shade.');
    expect(cleanText('联合国安全理事会 会议').text).toBe('联合国安全理事会 会议');
  });

  it('keeps a hyphen at a line break before "and", and keeps a lone question mark inside a name', () => {
    expect(cleanText('short-\nand medium-term').text).toBe('short-\nand medium-term');
    expect(cleanText('Ms. Camilla Bogn?, Expert').text).toBe('Ms. Camilla Bogn?, Expert');
  });

  it('maps the end of the text to the end of the original', () => {
    const raw = '**a** b';
    const cleaned = cleanText(raw);
    expect(cleaned.toOriginal(cleaned.text.length)).toBe(raw.length);
  });
});
