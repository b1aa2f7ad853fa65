import { describe, expect, it } from 'vitest';
import { extractResolutions } from '../../../shared/extract/resolutions/index.js';

/** Distinct keys with their years, in first-mention order: what the scorer sees. */
function cited(text: string): string[] {
  const seen = new Map<string, string>();
  for (const item of extractResolutions({ text })) {
    if (!seen.has(item.key)) seen.set(item.key, item.year == null ? item.key : `${item.key} (${item.year})`);
  }
  return [...seen.values()];
}

describe('mandate tables of budget fascicles', () => {
  it('reads every row of a General Assembly table in two columns', () => {
    // Prepare
    const text = [
      'Legislative mandates',
      '',
      'General Assembly resolutions',
      '',
      '51/12 Strengthening the Secretariat 78/40 Cooperation between the United Nations',
      '66/5 A Support to regional offices and the Andean Community',
      '70/3; 71/8; Questions relating to the budget',
      '72/9 ES-10/21 Protection of civilians',
    ].join('\n');
    // Act
    const result = cited(text);
    // Assert
    expect(result).toEqual([
      'A/RES/51/12',
      'A/RES/78/40',
      'A/RES/66/5',
      'A/RES/70/3',
      'A/RES/71/8',
      'A/RES/72/9',
      'A/RES/ES-10/21',
    ]);
  });

  it('reads Security Council rows with their years and a heading continued on the next line', () => {
    // Prepare
    const text = [
      'Security Council resolutions on the mandates of subsidiary organs established',
      'by the Council, including:',
      '',
      '1521 (2003) 2127 (2013)',
      '1844 (2008) S/PRST/2019/4',
    ].join('\n');
    // Act
    const result = cited(text);
    // Assert
    expect(result).toEqual(['S/RES/1521 (2003)', 'S/RES/2127 (2013)', 'S/RES/1844 (2008)']);
  });

  it('gives old Assembly numbers their session and Council year-first numbers to ECOSOC', () => {
    // Prepare
    const text = [
      'General Assembly resolutions',
      '1541 (XV) Principles for the transmission of information 79/20 Question of Tokelau',
      '',
      'Economic and Social Council resolution',
      '2024/12 Support to Non-Self-Governing Territories',
    ].join('\n');
    // Act
    const result = cited(text);
    // Assert
    expect(result).toEqual(['A/RES/1541(XV)', 'A/RES/79/20', 'E/RES/2024/12']);
  });

  it('stops at the next heading and skips decisions', () => {
    // Prepare
    const text = [
      'General Assembly resolutions and decisions',
      '77/5 Cooperation with regional organizations Decision 78/555 Cooperation with the Forum',
      '',
      'Deliverables',
      '',
      '3.I.14 Table 3.I.2 lists all deliverables 12/24 and 2020/21 figures.',
    ].join('\n');
    // Act
    const result = cited(text);
    // Assert
    expect(result).toEqual(['A/RES/77/5']);
  });
});

describe('mandate tables: negatives', () => {
  it('ignores a heading whose next lines are prose, not rows', () => {
    // Prepare
    const text = [
      'Security Council resolutions',
      'have been implemented unevenly across the region,',
      'according to the reports received by',
      'the Secretariat and its partners in the field,',
      'which recorded 24/7 monitoring at 3/4 of the sites.',
    ].join('\n');
    // Act
    const result = cited(text);
    // Assert
    expect(result).toEqual([]);
  });

  it('ignores a deliverables row that names a resolution and counts', () => {
    // Prepare
    const text = 'Security Council resolution 2334 (2016) 2 2 2 2\nMeetings of the Committee 1/2 3 3 3';
    // Act
    const result = cited(text);
    // Assert
    expect(result).toEqual(['S/RES/2334 (2016)']);
  });

  it('leaves the table when prose starts', () => {
    // Prepare
    const text = [
      'General Assembly resolutions',
      '75/11 Cooperation with the League',
      'The Office supported 12/14 missions in 2024. It also held 3/5 workshops.',
    ].join('\n');
    // Act
    const result = cited(text);
    // Assert
    expect(result).toEqual(['A/RES/75/11']);
  });
});
