import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../../shared/extract/entities/index.js';
import type { Entity } from '../../../shared/model/extraction.js';

const entitiesOf = (text: string): Entity[] => extractEntities({ text });
const namesOf = (entities: Entity[], type: Entity['type']): string[] =>
  entities.filter((e) => e.type === type).map((e) => e.name);

describe('entities: news credit lines', () => {
  it('takes every reporter listed after the outlet, without its possessive', () => {
    // Prepare
    const text = "Talks resume Monday.\nCNN's Lena Marsh, Omar Haddad and Pia Lund contributed to this report.";
    // Act
    const people = namesOf(entitiesOf(text), 'person');
    // Assert
    expect(people).toEqual(expect.arrayContaining(['Lena Marsh', 'Omar Haddad', 'Pia Lund']));
    expect(people.some((name) => name.includes('CNN'))).toBe(false);
  });

  it('takes a credit line with no outlet', () => {
    const people = namesOf(entitiesOf('Tom Reyes and Ana Solis contributed reporting.'), 'person');
    expect(people).toEqual(expect.arrayContaining(['Tom Reyes', 'Ana Solis']));
  });
});

describe('entities: news credit lines, negatives', () => {
  it('does not take a sentence that is not a list of names', () => {
    const entities = entitiesOf('Many Member States and the Fund contributed to this report.');
    expect(namesOf(entities, 'person')).toEqual([]);
  });

  it('does not widen a person name over a possessive owner', () => {
    const people = namesOf(entitiesOf("Syria's Karim Nasser said so. Later Nasser left."), 'person');
    expect(people).toContain('Karim Nasser');
    expect(people.some((name) => name.includes("'s"))).toBe(false);
  });
});

describe('entities: organizations after an initialism, and new head nouns', () => {
  it('keeps "National" in "the U.S. National Security Council" beside the UN Security Council', () => {
    const entities = entitiesOf(
      'The Security Council met. A spokesman for the U.S. National Security Council said so.',
    );
    expect(namesOf(entities, 'organization')).toEqual(
      expect.arrayContaining(['Security Council', 'National Security Council']),
    );
  });

  it('finds organizations headed by School, Link or Watch', () => {
    const orgs = namesOf(
      entitiesOf('An analyst at the Harwick School of Economics and the Arvan Rights Information Link spoke.'),
      'organization',
    );
    expect(orgs).toEqual(expect.arrayContaining(['Harwick School of Economics', 'Arvan Rights Information Link']));
  });

  it('does not take a lone head noun or a sentence-opening word for an organization', () => {
    const entities = entitiesOf('School starts today. Watch the link below.');
    expect(namesOf(entities, 'organization')).toEqual([]);
  });
});

describe('entities: speaker labels in verbatim records', () => {
  it('takes the speaker and the country in brackets', () => {
    const entities = entitiesOf(
      'Mr. Dravik (Russian Federation) (spoke in Russian): We object.\nThe President: Thank you.',
    );
    expect(namesOf(entities, 'person')).toEqual(['Dravik']);
    expect(namesOf(entities, 'place')).toEqual(['Russia']);
  });
});

describe('entities: armed groups named by an Arabic or Urdu group word', () => {
  it('takes "Katiba X" and "Jamaat X" as organizations', () => {
    const orgs = namesOf(
      entitiesOf('Attacks were led by Katiba Dorvani (not listed) and Jamaat Velmarullah in the north.'),
      'organization',
    );
    expect(orgs).toEqual(expect.arrayContaining(['Katiba Dorvani', 'Jamaat Velmarullah']));
  });

  it('does not take the group word alone or run the name into an ordinary word', () => {
    const entities = entitiesOf('The katiba moved. Harakat Telmar Moved north; the group moved again.');
    const orgs = namesOf(entities, 'organization');
    expect(orgs).toContain('Harakat Telmar');
    expect(orgs).not.toContain('Harakat Telmar Moved');
  });
});
