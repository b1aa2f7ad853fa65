import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../../shared/extract/entities/index.js';
import type { Entity } from '../../../shared/model/extraction.js';

const entitiesOf = (text: string): Entity[] => extractEntities({ text });
const namesOf = (entities: Entity[], type: Entity['type']): string[] =>
  entities.filter((e) => e.type === type).map((e) => e.name);

describe('entities: footnote bylines and publishers', () => {
  it('takes the authors before a quoted title, from the line start and after "; and"', () => {
    const text =
      'Notes\n\nMara Keller, “Floods return to the valley”, Daily Post, 2 May 2024; and Tomas Brandt and Ana-Lucia Pereda, “Roads cut”, Harbor Wire, 3 May 2024.\n';
    const entities = entitiesOf(text);
    expect(namesOf(entities, 'person')).toEqual(
      expect.arrayContaining(['Mara Keller', 'Tomas Brandt', 'Ana-Lucia Pereda']),
    );
    expect(namesOf(entities, 'organization')).toEqual(expect.arrayContaining(['Daily Post', 'Harbor Wire']));
  });

  it('does not take organizations, acronyms or places as authors, nor journals as publishers', () => {
    const text =
      'Notes\n\nOHCHR, “Floods”, press release, 2 May 2024.\n\nWorld Bank, “Roads”, 2023.\n\nNew York, “A title”, Journal of Flood Studies, 4 June 2020.\n';
    expect(namesOf(entitiesOf(text), 'person')).toEqual([]);
    expect(namesOf(entitiesOf(text), 'organization')).not.toContain('Journal of Flood Studies');
  });
});

describe('entities: people with nicknames and aliases', () => {
  it('takes a given name and surname around a quoted nickname', () => {
    expect(namesOf(entitiesOf('A leader known as Joseph “Big Joe” Marlow ordered it.'), 'person')).toContain(
      'Joseph Marlow',
    );
  });

  it('takes a quoted name after "leader named" and a full name before "(alias"', () => {
    const text = 'An interim leader named “Ton Bess” took over. Units under Jon Tavel (alias “Gros Neg”) struck.';
    const people = namesOf(entitiesOf(text), 'person');
    expect(people).toContain('Ton Bess');
    expect(people).toContain('Jon Tavel');
  });

  it('does not take a quoted name after a noun that is no person', () => {
    expect(namesOf(entitiesOf('A new plan named “Bright Path” was adopted.'), 'person')).toEqual([]);
  });
});

describe('entities: named groups and symbols', () => {
  it('takes "the X gang/coalition" as organization X, not a nationality', () => {
    const text = 'The Red Hand gang joined the Tet Ansanm coalition. The Haitian gang fled.';
    const orgs = namesOf(entitiesOf(text), 'organization');
    expect(orgs).toEqual(expect.arrayContaining(['Red Hand', 'Tet Ansanm']));
    expect(orgs).not.toContain('Haitian');
  });

  it('finds armed groups written in lower case', () => {
    const orgs = namesOf(entitiesOf('Clashes between the anti-balaka and Seleka fighters went on.'), 'organization');
    expect(orgs).toHaveLength(2);
  });

  it('takes no acronym from inside a document symbol, but keeps "G77/China"', () => {
    const orgs = namesOf(entitiesOf('See the report (A/HRC/57/23). The G77/China group spoke.'), 'organization');
    expect(orgs).not.toContain('HRC');
    expect(orgs).not.toContain('Human Rights Council');
  });

  it('does not read "island" in "small island developing States" as Iceland', () => {
    expect(namesOf(entitiesOf('Small Island developing States face rising seas.'), 'place')).toEqual([]);
  });

  it('reads "U.S." as the United States', () => {
    expect(namesOf(entitiesOf('The U.S. envoy arrived on Monday.'), 'place')).toContain('United States');
  });
});
