import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../../shared/extract/entities/index.js';
import type { Entity } from '../../../shared/model/extraction.js';

const entitiesOf = (text: string): Entity[] => extractEntities({ text });
const namesOf = (entities: Entity[], type: Entity['type']): string[] =>
  entities.filter((e) => e.type === type).map((e) => e.name);

describe('entities: places introduced by a place noun', () => {
  it('takes the name after "the city/town/suburb of" as a place no gazetteer knows', () => {
    // Prepare
    const text = 'Troops entered the city of Qalamra. In the Tarsi suburb of Velmonte, shops closed.';
    // Act
    const places = namesOf(entitiesOf(text), 'place');
    // Assert
    expect(places).toContain('Qalamra');
    expect(places).toContain('Velmonte');
  });

  it('takes "X Region", "X Province", "X Governorate" whole as a place', () => {
    const places = namesOf(entitiesOf('The group advanced in the Borvak Region and in Telmar Governorate.'), 'place');
    expect(places).toContain('Borvak Region');
    expect(places).toContain('Telmar Governorate');
  });

  it('takes a unit named right after a sentence-opening preposition', () => {
    const places = namesOf(entitiesOf('Raids rose. In Dorval Province, camps grew.'), 'place');
    expect(places).toContain('Dorval Province');
  });
});

describe('entities: places introduced by a place noun, negatives', () => {
  it('does not take an ordinary word or an organization after "the city of"', () => {
    const entities = entitiesOf('The mayor of the city of Hope spoke of hope. The town of Office Park was quiet.');
    expect(namesOf(entities, 'place')).toEqual([]);
  });

  it('does not cut a place unit out of a longer name or take a sentence opener', () => {
    const entities = entitiesOf('Fighters of Islamic State Sahel Province attacked. Western Region teams met.');
    expect(namesOf(entities, 'place')).not.toContain('Sahel Province');
    expect(namesOf(entities, 'place')).not.toContain('Western Region');
  });
});

describe('entities: lists of places after "in"', () => {
  it('takes every member when one of them is a known place', () => {
    const places = namesOf(entitiesOf('Offices opened in Kharvo, Lindmar and Kenya last year.'), 'place');
    expect(places).toEqual(expect.arrayContaining(['Kharvo', 'Lindmar', 'Kenya']));
  });

  it('takes three or more bare names after "in" as places', () => {
    const places = namesOf(entitiesOf('Marches occurred Tuesday in Qarvin, al-Dabra, Hesmoud and Tulani.'), 'place');
    expect(places).toEqual(expect.arrayContaining(['Qarvin', 'al-Dabra', 'Hesmoud', 'Tulani']));
  });
});

describe('entities: lists after "in", negatives', () => {
  it('does not take languages, days or ordinary words for places', () => {
    const entities = entitiesOf(
      'It is available in Arabic, French and Spanish. Talks ran in Monday, Tuesday and Friday sessions. Progress in Health, Education and Water; health matters.',
    );
    expect(namesOf(entities, 'place')).toEqual([]);
  });

  it("does not take a lone direction that shares the next member's noun", () => {
    const places = namesOf(entitiesOf('Attacks occurred in Kassira, Gedmar, North and West Dorvan.'), 'place');
    expect(places).not.toContain('North');
    expect(places).toContain('Kassira');
  });

  it('does not take a two-member list with no known place', () => {
    const entities = entitiesOf('The files were found in Kestrel and Marlow yesterday.');
    expect(namesOf(entities, 'place')).toEqual([]);
  });
});

describe('entities: places inside the names of instruments', () => {
  it('does not take the city of a named agreement for a place', () => {
    const entities = entitiesOf('The draft recalls the Paris Agreement and the Geneva Conventions.');
    expect(namesOf(entities, 'place')).toEqual([]);
  });

  it('still takes the city on its own', () => {
    const entities = entitiesOf('The talks moved from Paris to Geneva.');
    expect(namesOf(entities, 'place')).toEqual(expect.arrayContaining(['Paris', 'Geneva']));
  });
});
