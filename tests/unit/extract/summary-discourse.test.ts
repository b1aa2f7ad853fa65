import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../shared/extract/segment/index.js';
import { discourseWeight, isPointer } from '../../../shared/extract/summary/discourse.js';
import { describeSentences } from '../../../shared/extract/summary/sentence-features.js';

describe('summary discourse cues', () => {
  it('demotes the chair’s procedure and the speaker’s courtesies', () => {
    expect(discourseWeight('I now call to order the third meeting of the working group on reform.')).toBeLessThan(0);
    expect(discourseWeight('I will speak slowly today so that the interpreters can follow me.')).toBeLessThan(0);
    expect(discourseWeight('Distinguished colleagues, it is good to see so many of you in the room.')).toBeLessThan(0);
    expect(discourseWeight('We warmly welcome you all to this session of the Council.')).toBeLessThan(0);
    expect(discourseWeight('The order of the day was a vote on the budget for the coming year.')).toBe(0);
  });

  it('demotes previews of what the speaker is about to say', () => {
    expect(discourseWeight('I would like to discuss the risks facing the region and our answer to them.')).toBeLessThan(
      0,
    );
    expect(discourseWeight('Let me now turn to the question of the budget and its reform.')).toBeLessThan(0);
    expect(discourseWeight('I will make three points about the reform of the working methods.')).toBeLessThan(0);
    expect(discourseWeight('The Council discussed the risks facing the region at length.')).toBe(0);
  });

  it('promotes the speaker’s own positions', () => {
    expect(
      discourseWeight('We believe that every new mandate should come with an estimate of its cost.'),
    ).toBeGreaterThan(0);
    expect(discourseWeight('Our delegation strongly supports a review of all reporting requirements.')).toBeGreaterThan(
      0,
    );
    expect(discourseWeight('The report was issued last week after a long consultation.')).toBe(0);
  });

  it('tells sentences that only point at a list or a table', () => {
    expect(isPointer('The list below sets out every mandate entrusted to the programme.')).toBe(true);
    expect(isPointer('Table 4.B.2 lists the deliverables of the programme for the year.')).toBe(true);
    expect(isPointer('The main lines of work are as follows.')).toBe(true);
    expect(isPointer('The programme delivered more than forty workshops on mediation.')).toBe(false);
    expect(isPointer('A table of results was shared with the members of the board.')).toBe(false);
  });

  it('strips a dotted budget paragraph number from the printed sentence', () => {
    const text = 'Programme of work\n\n4.B.12 The office will support regional mediation efforts in the coming year.';
    const features = describeSentences(text, splitSentences(text));
    expect(features.map((feature) => feature.display)).toContain(
      'The office will support regional mediation efforts in the coming year.',
    );
  });
});
