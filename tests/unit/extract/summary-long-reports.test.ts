import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../shared/extract/segment/index.js';
import { summarize } from '../../../shared/extract/summary/index.js';
import { describeSentences } from '../../../shared/extract/summary/sentence-features.js';

const summaryOf = (text: string) => summarize({ text }, splitSentences(text));
const exclusionOf = (text: string, opening: string) => {
  const features = describeSentences(text, splitSentences(text));
  return features.find((sentence) => sentence.display.startsWith(opening))?.exclusion;
};

const REGIONS = ['northern', 'southern', 'eastern', 'western', 'central', 'coastal', 'upland', 'island'];
const TOPICS = ['wells', 'clinics', 'schools', 'bridges', 'markets', 'roads', 'ports', 'farms', 'courts'];

/** Numbered body paragraphs, varied enough to make a long report (more than 60 candidate sentences). */
function bodyParagraphs(count: number, first = 20): string[] {
  const paragraphs: string[] = [];
  for (let k = 0; k < count; k++) {
    const region = REGIONS[k % REGIONS.length];
    const topic = TOPICS[k % TOPICS.length];
    paragraphs.push(
      `${first + k}. Field teams in the ${region} districts inspected ${10 + k} ${topic} during round ${k + 1} of the survey. Local officials in the ${region} districts said the ${topic} needed repairs before the rainy season began.`,
      '',
    );
  }
  return paragraphs;
}

describe('summarize: long reports', () => {
  it('reads the report a covering letter transmits as an annex as the body, not as supporting material', () => {
    // Prepare
    const text = [
      'Letter dated 4 May 2030 from the Secretary-General addressed to the President of the Council',
      '',
      'I have the honour to transmit the report of the survey office on coastal forests.',
      '',
      'Annex',
      '',
      'Report of the survey office on coastal forests',
      '',
      '1. Coastal forests shrank by a fifth across the region over the decade, the survey office found.',
      '',
      '2. Mangroves along the river deltas were cleared fastest, mostly for shrimp ponds and new roads.',
      '',
      '3. The survey office urged States to fund replanting and to protect the remaining mangroves.',
      '',
      ...bodyParagraphs(6, 4),
    ].join('\n');
    // Act
    const summary = summaryOf(text);
    // Assert
    expect(summary).toContain('Coastal forests shrank by a fifth');
    expect(summary).not.toContain('I have the honour');
  });

  it('still leaves out an annex that comes after the body', () => {
    // Prepare
    const text = [
      ...bodyParagraphs(6, 1),
      'Annex',
      '',
      'List of the forty districts visited by the field teams during the survey, with their populations.',
    ].join('\n');
    // Act
    const exclusion = exclusionOf(text, 'List of the forty districts');
    // Assert
    expect(exclusion).toBe('annex');
  });

  it('ends a footnote zone at a numbered paragraph or at a sentence the page break cut', () => {
    // Prepare
    const numbered = [
      'Body text before the page break ends here with a full stop.',
      '',
      '______',
      'Listed as a party to the earlier agreement on the coastal forests.',
      '',
      '5. Gangs took control of three more districts of the capital during the reporting period.',
    ].join('\n');
    const cut = [
      'The survey teams counted the wells and the',
      '',
      '______',
      'Listed as a party to the earlier agreement on the coastal forests.',
      '',
      'clinics in every district. The teams found that most wells in the eastern districts had run dry.',
    ].join('\n');
    // Act
    const afterNumber = exclusionOf(numbered, 'Gangs took control');
    const afterCut = exclusionOf(cut, 'The teams found that most wells');
    const footnote = exclusionOf(numbered, 'Listed as a party');
    // Assert
    expect(afterNumber).toBeNull();
    expect(afterCut).toBeNull();
    expect(footnote).toBe('footnote');
  });

  it('keeps a summary sentence that the body repeats word for word, and drops the body copy', () => {
    // Prepare
    const repeated = 'The armed groups were likely to try to exploit the uncertainty in the capital.';
    const text = ['Summary', '', repeated, '', 'I. Threat assessment', '', `1. ${repeated}`, ''].join('\n');
    // Act
    const features = describeSentences(text, splitSentences(text));
    const copies = features.filter((sentence) => sentence.display === repeated);
    // Assert
    expect(copies.map((sentence) => sentence.exclusion)).toEqual([null, 'repeated']);
  });

  it('reads a sentence citing document symbols as a sentence, and a list of symbols as a table', () => {
    // Prepare
    const text = [
      'Draft resolution A/79/L.64 was adopted by 155 votes to 1 (resolution 79/283).',
      '',
      'See S/2016/92, S/2016/501, S/2017/97, S/2018/80 and S/2019/103.',
      '',
      'Totals 2021 120 2022 340 2023 410 2024 515 and 600 rifles.',
    ].join('\n');
    // Act
    const adopted = exclusionOf(text, 'Draft resolution');
    const references = exclusionOf(text, 'See S/2016');
    const totals = exclusionOf(text, 'Totals');
    // Assert
    expect(adopted).toBeNull();
    expect(references).not.toBeNull();
    expect(totals).toBe('table');
  });

  it('treats courtesies, editorial notes, pointers elsewhere and "its present report" as framing', () => {
    // Prepare
    const text = [
      'At the outset, I would like to offer my sincere thanks to all delegations for their work.',
      '',
      '[Subsequently, the delegation of the island republic informed the Secretariat that it had intended to vote in favour.]',
      '',
      'More information on the armed groups may be found in the reports of the panel of experts.',
      '',
      'In its present report, the office considers the escalation of violence in the capital.',
      '',
      'The office found that violence in the capital rose sharply during the last three months.',
      '',
      'I also want to thank the Deputy Secretary-General and the Chairperson for their briefings today.',
      '',
      'See FCCC/CP/2015/10/Add.1, decision 1/CP.21, annex, and the earlier reports of the panel.',
      '',
      'Seeing the damage, the office sent three more survey teams to the river deltas in the spring.',
    ].join('\n');
    // Act
    const found = (opening: string) => exclusionOf(text, opening);
    // Assert
    expect(found('At the outset')).toBe('procedural');
    expect(found('[Subsequently')).toBe('note');
    expect(found('More information')).toBe('page talk');
    expect(found('In its present report')).toBe('procedural');
    expect(found('The office found')).toBeNull();
    expect(found('I also want to thank')).toBe('procedural');
    expect(found('See FCCC')).toBe('reference');
    expect(found('Seeing the damage')).toBeNull();
  });

  it("picks a long report's overview paragraph, not the mandate paragraph that precedes it", () => {
    // Prepare
    const text = [
      'Report of the Secretary-General on coastal forests',
      '',
      'I. Introduction',
      '',
      '1. The present report is submitted pursuant to resolution 9999 (2030). It was prepared by the survey office with input from the regional offices and the field teams.',
      '',
      '2. During the reporting period, the loss of coastal forests accelerated across the whole region. Mangroves in the river deltas were cleared fastest. Replanting lagged far behind the clearing in every district.',
      '',
      ...bodyParagraphs(40),
    ].join('\n');
    // Act
    const summary = summaryOf(text);
    // Assert
    expect(summary).toContain('During the reporting period, the loss of coastal forests accelerated');
    expect(summary).not.toContain('It was prepared by the survey office');
  });

  it("picks a long meeting record's decisions", () => {
    // Prepare
    const text = [
      'General Assembly, 64th plenary meeting',
      '',
      ...bodyParagraphs(40),
      'Draft resolution A/99/L.12 on coastal forests was adopted by 150 votes to 2 (resolution 99/101).',
      '',
      ...bodyParagraphs(10, 60),
    ].join('\n');
    // Act
    const summary = summaryOf(text);
    // Assert
    expect(summary).toContain('Draft resolution A/99/L.12 on coastal forests was adopted');
  });

  it('gives no decision bonus in a short text, where the lead stays first', () => {
    // Prepare
    const text = [
      'The Council met on Tuesday to discuss the coastal forests of the region and the loss of mangroves.',
      '',
      'An earlier draft on fisheries was adopted last year without much debate among the members.',
    ].join('\n');
    // Act
    const summary = summaryOf(text);
    // Assert
    expect(summary.startsWith('The Council met on Tuesday')).toBe(true);
  });

  it('keeps every recorded decision of a long meeting record, though they share their words', () => {
    // Prepare
    const text = [
      'General Assembly, 64th plenary meeting',
      '',
      ...bodyParagraphs(40),
      'Draft resolution A/99/L.12 was adopted by 150 votes to 2 (resolution 99/101).',
      '',
      ...bodyParagraphs(5, 60),
      'Draft resolution A/99/L.15 was adopted by 105 votes to 9, with 33 abstentions (resolution 99/102).',
      '',
      ...bodyParagraphs(5, 70),
    ].join('\n');
    // Act
    const summary = summaryOf(text);
    // Assert
    expect(summary).toContain('A/99/L.12 was adopted');
    expect(summary).toContain('A/99/L.15 was adopted');
  });

  it('gives no decision bonus to a law adopted elsewhere, which is no outcome of the meeting', () => {
    // Prepare
    const text = [
      'Report on coastal forests',
      '',
      ...bodyParagraphs(40),
      'Following years of technical assistance, a new forest law was adopted in the island republic in August.',
      '',
    ].join('\n');
    // Act
    const summary = summaryOf(text);
    // Assert
    expect(summary).not.toContain('a new forest law was adopted');
  });

  it('treats a transmittal as framing, and the second half of a sentence cut by a page break as a fragment', () => {
    // Prepare
    const text = [
      'I therefore transmit to you the thirty-fifth report of the survey office on coastal forests.',
      '',
      'The Federation cannot support the draft resolution on cooperation between the',
      '',
      'United Nations and the regional council, in its current form and with these references.',
    ].join('\n');
    // Act
    const transmittal = exclusionOf(text, 'I therefore transmit');
    const secondHalf = exclusionOf(text, 'United Nations and the regional council');
    // Assert
    expect(transmittal).toBe('procedural');
    expect(secondHalf).toBe('fragment');
  });

  it('keeps a long footnote citing a source inside the footnote zone, and ends the zone at long body text', () => {
    // Prepare
    const citation =
      'Jane Roe, “Massacre marks a surge in the deadly campaign of the river gangs in the coastal districts”, Conflict Data Project, 11 October 2024; and John Doe and Mary Major, “The death toll in the attack on the river town rises to at least one hundred”, Press Agency, 9 October 2024.';
    const body =
      'Forest cover in the coastal provinces fell sharply during the period under review, driven by logging, charcoal production, new roads, farming on cleared land and repeated fires in the dry season, according to the national survey teams and the regional offices that reported.';
    const text = ['Body text before the page break ends here.', '', '______', citation, '', body].join('\n');
    // Act
    const cited = exclusionOf(text, 'Jane Roe');
    const resumed = exclusionOf(text, 'Forest cover');
    // Assert
    expect(cited).toBe('footnote');
    expect(resumed).toBeNull();
  });

  it('reads a long line without a stop past the title block as a cut sentence, but a short heading as a heading', () => {
    // Prepare
    const title = Array.from({ length: 12 }, (_, k) => `Heading line ${k + 1}`);
    const cut =
      'Initiated by the President of my country on the occasion of the twenty-seventh Conference of the Parties to the United Nations Convention on coastal forests held in the island republic';
    const text = [
      ...title.flatMap((line) => [line, '']),
      cut,
      '',
      'Framework Agreement in November, the draft resolution aims at promoting replanting with a view to curbing the loss.',
      '',
      'II. Regional developments',
      '',
      'Coastal forests shrank by a fifth across the region over the decade, the survey office found.',
    ].join('\n');
    // Act
    const secondHalf = exclusionOf(text, 'Framework Agreement');
    const afterHeading = exclusionOf(text, 'Coastal forests shrank');
    // Assert
    expect(secondHalf).toBe('fragment');
    expect(afterHeading).toBeNull();
  });

  it("never reads a resolution's long preambular clause, which ends with a comma, as a cut sentence", () => {
    // Prepare
    const title = Array.from({ length: 12 }, (_, k) => `Heading line ${k + 1}`);
    const text = [
      ...title.flatMap((line) => [line, '']),
      'Recalling its previous resolutions on the coastal forests of the region and the statements of its President on the loss of mangroves in the river deltas over the past decade,',
      '',
      '1. Decides to proclaim 25 July as the International Day of Coastal Forests, to be observed every year;',
    ].join('\n');
    // Act
    const operative = exclusionOf(text, 'Decides to proclaim');
    // Assert
    expect(operative).toBeNull();
  });
});
