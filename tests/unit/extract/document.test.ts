import { describe, expect, it } from 'vitest';
import { extractDocumentInfo } from '../../../shared/extract/document/index.js';

const report = [
  'General Assembly',
  '',
  'Distr.: General',
  '7 February 2020',
  '',
  'Original: English',
  '',
  'Seventy-fourth session',
  '',
  'Agenda item 118',
  '',
  'The United Nations Global Counter-Terrorism Strategy',
  '',
  'Activities of the United Nations system in implementing the Strategy',
  '',
  'Report of the Secretary-General',
  '',
  'I. Introduction',
  '',
  '1. The General Assembly, in its resolution 72/284, requested ...',
].join('\n');

describe('document info', () => {
  it('reads a UN report: kind, the title before "Report of the Secretary-General", no symbol', () => {
    // Act
    const info = extractDocumentInfo({ text: report });
    // Assert
    expect(info).toEqual({
      kind: 'report',
      title: 'Activities of the United Nations system in implementing the Strategy',
      symbol: null,
      documentDate: null,
    });
  });

  it('reads a PDF masthead with its symbol and a title over several lines', () => {
    // Prepare
    const text =
      'United Nations \tS/2025/72\nSecurity Council Distr.: General\n31 January 2025\nOriginal: English\n25-00800 (E) 070225\n*2500800*\nTwentieth report of the Secretary-General on the threat\nposed by ISIL (Da’esh)\nI. Introduction\n1. In adopting its resolution 2253 (2015), ...';
    // Act
    const info = extractDocumentInfo({ text });
    // Assert
    expect(info.symbol).toBe('S/2025/72');
    expect(info.kind).toBe('report');
    expect(info.title).toBe('Twentieth report of the Secretary-General on the threat posed by ISIL (Da’esh)');
  });

  it('reads a press release after its label', () => {
    const text =
      'Press Release\n\nCentral Asian Experience with Individuals Returned\n\nNew York, 25 September 2020 – Thousands of ...';
    expect(extractDocumentInfo({ text })).toMatchObject({
      kind: 'press-release',
      title: 'Central Asian Experience with Individuals Returned',
    });
  });

  it('reads a news wire story by its dateline and finds no title', () => {
    const text =
      'UNITED NATIONS, Feb. 7 (Xinhua) — A UN counter-terrorism official on Friday stressed the importance.\n\nMore.';
    expect(extractDocumentInfo({ text })).toMatchObject({ kind: 'news', title: null });
  });

  it('reads an event account after weather and date lines', () => {
    const text =
      '59.3 F\nWashington D.C.\nFriday, May 3, 2024\n\nThird High-Level Conference of Heads of Agencies Concludes with Calls\n\nParticipants also urged ...';
    expect(extractDocumentInfo({ text })).toMatchObject({
      kind: 'meeting-summary',
      title: 'Third High-Level Conference of Heads of Agencies Concludes with Calls',
    });
  });

  it('reads a General Assembly resolution: kind, numbered title, own symbol', () => {
    const text =
      'United Nations A/RES/78/323\nGeneral Assembly Distr.: General\n14 August 2024\nSeventy-eighth session\nAgenda item 69\nElimination of racism\nResolution adopted by the General Assembly\non 13 August 2024\n78/323. International Day of Women and Girls of African Descent\nThe General Assembly,';
    expect(extractDocumentInfo({ text })).toMatchObject({
      kind: 'resolution',
      title: 'International Day of Women and Girls of African Descent',
      symbol: 'A/RES/78/323',
    });
  });

  it('reads a front matter title and a statement', () => {
    const text =
      '---\ndate: \'2022-11-10\'\ntitle: "Remarks by the Advisor at the United\\\n  \\ Nations Security Council"\n---\n\nMr. President, thank you.';
    expect(extractDocumentInfo({ text })).toMatchObject({
      kind: 'statement',
      title: 'Remarks by the Advisor at the United Nations Security Council',
    });
  });

  it('lets hints from the file win', () => {
    const info = extractDocumentInfo({ text: report }, { title: 'Declared', symbol: 'A/74/677', date: '2020-02-07' });
    expect(info).toMatchObject({ title: 'Declared', symbol: 'A/74/677', documentDate: '2020-02-07' });
  });

  it('titles a verbatim record by its meeting line', () => {
    // Prepare
    const text =
      'United Nations A/80/PV.12\n\nGeneral Assembly Official Records\n\nEightieth session\n\n12th plenary meeting\nMonday, 3 March 2025, 3 p.m.\n\nThe meeting was called to order at 3.10 p.m.';
    // Act
    const info = extractDocumentInfo({ text });
    // Assert
    expect(info).toMatchObject({ kind: 'meeting-summary', title: '12th plenary meeting', symbol: 'A/80/PV.12' });
  });

  it('joins a cover headline broken after "United Nations"', () => {
    const text =
      'Event report\n\nUnited Nations\n\nyouth dialogue\non ocean health\n\n5 June 2010, Geneva\n\nThe dialogue met.';
    expect(extractDocumentInfo({ text }).title).toBe('United Nations youth dialogue on ocean health');
  });

  it('takes the first title block when part and section headings follow', () => {
    const text = [
      'United Nations A/90/6 (Sect. 5)',
      'General Assembly Distr.: General',
      '1 May 2030',
      'Ninetieth session',
      'Item 140 of the preliminary list',
      'Proposed budget for 2031',
      '',
      'Proposed budget for 2031',
      '',
      'Part III',
      'Regional cooperation',
      '',
      'Section 5',
      'Regional cooperation',
      '',
      'Contents',
    ].join('\n');
    const info = extractDocumentInfo({ text });
    expect(info).toMatchObject({ title: 'Proposed budget for 2031', symbol: 'A/90/6 (Sect. 5)' });
  });

  it('keeps the year in a Security Council resolution’s own symbol', () => {
    const text =
      'United Nations S/RES/2800 (2030)\nSecurity Council Distr.: General\n2 May 2030\nResolution 2800 (2030)';
    expect(extractDocumentInfo({ text }).symbol).toBe('S/RES/2800 (2030)');
  });

  it('calls a speech addressed to the Assembly a statement', () => {
    const text =
      'Although the hour is late, the Assembly will forgive us if we speak of our islands.\n12. The sea is rising around us.';
    expect(extractDocumentInfo({ text }).kind).toBe('statement');
  });

  it('calls a release closed by "###" a press release', () => {
    const text =
      'Today the Governor met the visiting mayors and spoke about water.\n\nThey agreed to meet again.\n\n###';
    expect(extractDocumentInfo({ text }).kind).toBe('press-release');
  });

  it('reads the kind from declared tags', () => {
    const info = extractDocumentInfo({ text: 'The officials met the press.' }, { tags: 'speeches-remarks' });
    expect(info.kind).toBe('statement');
  });

  it('does not call a press office briefing on a UN meeting a meeting summary', () => {
    const info = extractDocumentInfo(
      { text: 'OFFICIAL:  Fire away.\n\nQ    What did the leaders discuss at the Council meeting?' },
      { tags: 'press-briefings', title: 'Press Briefing on the Meetings at the Summit' },
    );
    expect(info.kind).toBe('other');
  });

  it('drops a section heading run into a declared title', () => {
    const info = extractDocumentInfo(
      { text: 'x' },
      { title: 'Third report on the threat posed by pirates I. Introduction' },
    );
    expect(info.title).toBe('Third report on the threat posed by pirates');
  });
});
