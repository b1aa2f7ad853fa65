import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../shared/extract/segment/index.js';
import { summarize } from '../../../shared/extract/summary/index.js';

const summaryOf = (text: string) => summarize({ text }, splitSentences(text));
const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;

const PRESS_RELEASE = [
  'Press Release',
  '',
  'Conference on Victims of Terrorism Concludes in New York',
  '',
  'New York, 25 September 2020 – The Conference on Victims of Terrorism organized by the United Nations concluded on Tuesday in New York with calls for more support to victims.',
  '',
  '“We must do more for victims,” said the Under-Secretary-General.',
  '',
  'More than 1000 participants representing 160 Member States attended the conference on victims of terrorism in person.',
  '',
  'The participants discussed national strategies, legal frameworks and the rights and needs of victims of terrorism in many regions.',
  '',
  'Photos from the conference are available at www.example.org/photos.',
  '',
  'For more information, contact the Office of Counter-Terrorism.',
].join('\n');

describe('summarize', () => {
  it('picks the lead without its dateline, and stays within the budget in document order', () => {
    // Act
    const summary = summaryOf(PRESS_RELEASE);
    // Assert
    expect(summary.startsWith('The Conference on Victims of Terrorism organized by the United Nations concluded')).toBe(
      true,
    );
    expect(summary).toContain('More than 1000 participants');
    expect(wordCount(summary)).toBeLessThanOrEqual(110);
    expect(summary.indexOf('The Conference')).toBeLessThan(summary.indexOf('More than 1000'));
  });

  it('never picks headings, quotes, page talk or contact lines', () => {
    const summary = summaryOf(PRESS_RELEASE);
    expect(summary).not.toContain('Press Release');
    expect(summary).not.toContain('Concludes in New York');
    expect(summary).not.toContain('We must do more');
    expect(summary).not.toContain('Photos');
    expect(summary).not.toContain('For more information');
  });

  it('skips a repeated caption and the annexes of a report', () => {
    const caption = 'The Executive Director speaks at the side event on prisoners held in New York on 19 June 2023.';
    const text = [
      caption,
      '',
      caption,
      '',
      'The side event discussed good practices for managing violent extremist prisoners in many States around the world.',
      '',
      'It was co-organized by the Council of Europe and the United Nations, in partnership with Austria and Finland.',
      '',
      'Annex',
      '',
      'The annex lists every side event on prisoners and rehabilitation held in New York during the whole week.',
    ].join('\n');
    const summary = summaryOf(text);
    expect(summary).not.toContain('Executive Director speaks');
    expect(summary).not.toContain('annex lists');
    expect(summary).toContain('The side event discussed good practices');
  });

  it('returns an empty string for an empty document and never throws on a table', () => {
    expect(summaryOf('')).toBe('');
    expect(() => summaryOf('Meeting Record\nDate\nTopic\nS/PV.7599\n31 December')).not.toThrow();
  });

  it('never picks speaker labels, contents lines, table rows, footnotes or transmittal lines', () => {
    // Prepare
    const text = [
      'The Acting President: I now call on the delegate of the island republic to speak on the draft text before us.',
      '',
      'Mr. Okafor (Nigeria) (spoke in French): My delegation strongly supports the draft text on coastal forests today.',
      '',
      'Overview of the programme . . . . . . . . . . . . . . . . . . 4',
      '',
      'Rifles seized 2021 120 2022 340 2023 410 2024 515 and 600 in total.',
      '',
      'I have the honour to transmit the report of the panel on coastal forests to the members of the Council.',
      '',
      'Coastal forests shrank by a fifth across the region over the decade, the panel found in its survey.',
      '',
      'The panel urged States to fund replanting and to protect mangroves along the shore and in river deltas.',
      '',
      '__',
      'See the report of the panel on coastal forests and the annual survey of mangroves published last year.',
    ].join('\n');
    // Act
    const summary = summaryOf(text);
    // Assert
    expect(summary).toContain('Coastal forests shrank by a fifth');
    for (const banned of ['Acting President', 'Okafor', 'Overview', 'Rifles', 'I have the honour', 'See the report'])
      expect(summary).not.toContain(banned);
  });

  it('still picks a long paragraph that resumes after footnotes', () => {
    const body =
      'Forest cover in the coastal provinces fell sharply during the period under review, driven by logging, charcoal production, new roads, farming on cleared land and repeated fires in the dry season, according to the national survey teams and the regional offices that reported to the panel.';
    const text = ['Coastal forests', '', '1. The panel met twice.', '', '__', 'Footnote one.', '', body].join('\n');
    expect(summaryOf(text)).toContain('Forest cover in the coastal provinces');
  });

  it('summarises a resolution by its operative paragraphs, not its preamble', () => {
    // Prepare
    const text = [
      'Resolution 9999 (2030)',
      '',
      'The Security Council,',
      '',
      'Recalling its previous resolutions on the situation in the coastal region and the statements of its President,',
      '',
      'Reaffirming its strong commitment to the sovereignty, independence and territorial integrity of the region,',
      '',
      '1. Decides to extend until 30 June 2031 the mandate of the Panel of Experts on coastal forests and mangroves;',
      '',
      '2. Requests the Panel to provide to the Council an interim report on its work no later than 1 March 2031;',
      '',
      '3. Decides to remain actively seized of the matter.',
    ].join('\n');
    // Act
    const summary = summaryOf(text);
    // Assert
    expect(summary).toContain('Decides to extend until 30 June 2031');
    expect(summary).not.toContain('Recalling');
  });
});
