import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../../shared/extract/entities/index.js';
import type { Entity } from '../../../shared/model/extraction.js';

const entitiesOf = (text: string): Entity[] => extractEntities({ text });
const namesOf = (entities: Entity[], type: Entity['type']): string[] =>
  entities.filter((e) => e.type === type).map((e) => e.name);

describe('entities: names after written-out roles', () => {
  it('takes the name after a comma that ends the role', () => {
    const text = 'The visit of the Minister of Fisheries and Forestry, Tarek Hamid Nouri, was postponed.';
    expect(namesOf(entitiesOf(text), 'person')).toContain('Tarek Hamid Nouri');
  });

  it('takes the name after a known body or a word the text writes in lower case', () => {
    const text =
      'She thanked the Ambassador to the United Nations Maren Olsby-Strand for her work. The Special Envoy on Oceans Peder Valgren spoke about oceans.';
    const people = namesOf(entitiesOf(text), 'person');
    expect(people).toEqual(expect.arrayContaining(['Maren Olsby-Strand', 'Peder Valgren']));
    expect(people).not.toContain('Oceans Peder Valgren');
  });

  it('takes a two-word name straight after a role and leaves the role out', () => {
    const text = 'He was joined by the Deputy Security Adviser Tove Rennik, who briefed them. Rennik left.';
    expect(namesOf(entitiesOf(text), 'person')).toEqual(['Tove Rennik']);
  });

  it('does not read the complement of an institute as a name', () => {
    const text = 'Ms. Dana Orlova, Director of the Kestrel Institute for Harbour Studies, spoke first.';
    const people = namesOf(entitiesOf(text), 'person');
    expect(people).not.toContain('Harbour Studies');
  });
});

describe('entities: people named by their government, kunya or a lower-case role', () => {
  it('takes the leader after "government of"', () => {
    const text = 'After the fall of the former government of Halim Al-Rashad, the border reopened.';
    expect(namesOf(entitiesOf(text), 'person')).toContain('Halim Al-Rashad');
  });

  it('does not take a known place after "Government of"', () => {
    expect(namesOf(entitiesOf('The Government of South Sudan agreed.'), 'person')).toEqual([]);
  });

  it('takes names that open with Abu or Abdul, not after "alias", not a known place', () => {
    const text =
      'Officials believe the group is led by Abdul Karim Yusuf (not listed). Its founder, Abu Salim al-Tamimi. He flew to Abu Dhabi.';
    const entities = entitiesOf(text);
    expect(namesOf(entities, 'person')).toEqual(expect.arrayContaining(['Abdul Karim Yusuf', 'Abu Salim al-Tamimi']));
    expect(namesOf(entities, 'person')).not.toContain('Abu Dhabi');
    expect(namesOf(entities, 'place')).toContain('Abu Dhabi');
  });

  it('takes a full name after a lower-case role word', () => {
    const text = 'The board named challenger Odile Brevan the winner. Brevan thanked voters.';
    expect(namesOf(entitiesOf(text), 'person')).toContain('Odile Brevan');
  });

  it('takes the name cell of a bar-separated speaker label and its acronym', () => {
    const entities = entitiesOf('WGXY | Rolf Tandem | Co-Chair\n\nThank you all for coming.\n');
    expect(namesOf(entities, 'person')).toContain('Rolf Tandem');
    expect(namesOf(entities, 'organization')).toContain('WGXY');
  });
});

describe('entities: organization variants', () => {
  it('reads a principal organ written with a lower-case head noun, and no person in it', () => {
    const entities = entitiesOf('We must empower the General assembly to act.');
    expect(namesOf(entities, 'organization')).toEqual(['General Assembly']);
    expect(namesOf(entities, 'person')).toEqual([]);
  });

  it('takes a one-word news agency but not a nationality', () => {
    const entities = entitiesOf('according to the state-run Nordpress news agency and an Iranian news agency.');
    expect(namesOf(entities, 'organization')).toContain('Nordpress');
    expect(namesOf(entities, 'organization')).not.toContain('Iranian');
  });

  it('joins a known name split by letter spacing', () => {
    const entities = entitiesOf('partners such as the African U nion and others.');
    expect(namesOf(entities, 'organization')).toContain('African Union');
  });

  it('does not join "A few" or other words', () => {
    expect(entitiesOf('He said A few words. Then I came.')).toEqual([]);
  });

  it('names a known organization that ends the name of one of its bodies', () => {
    const names = namesOf(
      entitiesOf('with the Regional Anti-Terrorist Structure of the Shanghai Cooperation Organization and others.'),
      'organization',
    );
    expect(names).toEqual(
      expect.arrayContaining([
        'Regional Anti-Terrorist Structure of the Shanghai Cooperation Organization',
        'Shanghai Cooperation Organization',
      ]),
    );
  });
});

describe('entities: cities with diacritics', () => {
  it('knows large French-speaking cities', () => {
    const names = namesOf(entitiesOf('Arrests were made in Saint-Étienne and in Abidjan.'), 'place');
    expect(names).toEqual(expect.arrayContaining(['Saint-Étienne', 'Abidjan']));
  });
});
