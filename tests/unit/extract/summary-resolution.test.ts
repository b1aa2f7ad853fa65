import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../shared/extract/segment/index.js';
import { summarize } from '../../../shared/extract/summary/index.js';
import { isOperative, isResolution, operativeWeight } from '../../../shared/extract/summary/resolution.js';

const summaryOf = (text: string) => summarize({ text }, splitSentences(text));

const RESOLUTION = [
  'Resolution 9999 (2031)',
  '',
  'The Security Council,',
  '',
  'Recalling its previous resolutions on the situation in the region and the statements of its President,',
  '',
  'Acting under Chapter VII of the Charter of the United Nations,',
  '',
  '1. Expresses its readiness to consider further adjustments of the measures in the light of progress made by the parties on the ground;',
  '',
  '2. Decides to extend until 30 June 2032 the mandate of the Monitoring Mission established by its earlier resolution on the region;',
  '',
  '3. Requests the Secretary-General to provide the Monitoring Mission with all the support it requires to carry out its mandate;',
  '',
  '4. Emphasizes that the cost of the activities that may result from the present resolution should be covered by voluntary contributions;',
  '',
  '5. Decides to remain actively seized of the matter.',
  '',
  '¹ Regional Assessment Institute, Annual Survey of Security in the Region: Synthesis Report (Geneva, 2030).',
].join('\n');

describe('summarize: resolutions', () => {
  it('tells a resolution by its operative paragraphs', () => {
    const clauses = [
      'Decides to extend the mandate of the Mission until the end of next year;',
      'Requests the Secretary-General to report on the work of the Mission;',
      'Urges all parties to cooperate fully with the Mission and its staff;',
    ];
    expect(isResolution(clauses)).toBe(true);
    expect(
      isResolution(['The Mission extended its work.', 'The parties cooperated with it.', clauses[0] as string]),
    ).toBe(false);
  });

  it('weighs decisions above requests, and concern or intentions and closing formulae below both', () => {
    const decides = operativeWeight('Decides to extend the mandate of the Mission until the end of next year;', false);
    const requests = operativeWeight('Requests the Secretary-General to report on the work of the Mission;', false);
    const readiness = operativeWeight('Expresses its readiness to consider lifting the measures in due course;', false);
    const seized = operativeWeight('Decides to remain actively seized of the matter.', false);
    const costs = operativeWeight('Emphasizes that the costs should be covered by voluntary contributions;', false);
    expect(decides).toBeGreaterThan(requests);
    expect(requests).toBeGreaterThan(readiness);
    expect(seized).toBe(Number.NEGATIVE_INFINITY);
    expect(costs).toBe(Number.NEGATIVE_INFINITY);
    expect(operativeWeight('Notes the report of the Panel on its recent work;', true)).toBeGreaterThan(
      operativeWeight('Notes the report of the Panel on its recent work;', false),
    );
  });

  it('weighs a renewal with its term above other decisions, and reporting duties below them', () => {
    const renewal = operativeWeight(
      'Decides to extend until 31 March 2033 the mandate of the Monitoring Mission;',
      false,
    );
    const decision = operativeWeight(
      'Decides that the Mission shall cooperate with the regional organizations;',
      false,
    );
    const reporting = operativeWeight(
      'Decides that the Mission shall provide to the Council a report every six months;',
      false,
    );
    expect(renewal).toBeGreaterThan(decision);
    expect(decision).toBeGreaterThan(reporting);
  });

  it('reads operative paragraphs, the closing one included, but not preambular ones', () => {
    expect(isOperative('Decides to remain seized of the matter.')).toBe(true);
    expect(isOperative('Strongly condemns all attacks against the Mission;')).toBe(true);
    expect(isOperative('Recalling its previous resolutions on the situation,')).toBe(false);
    expect(isOperative('The Council met on the situation in the region.')).toBe(false);
  });

  it('summarises a resolution by its decisions, never its footnotes or closing formula', () => {
    const summary = summaryOf(RESOLUTION);
    expect(summary).toContain('Decides to extend until 30 June 2032 the mandate');
    expect(summary).toContain('Requests the Secretary-General');
    expect(summary).not.toContain('remain actively seized');
    expect(summary).not.toContain('voluntary contributions');
    expect(summary).not.toContain('Synthesis Report');
    expect(summary).not.toContain('Recalling');
  });
});
