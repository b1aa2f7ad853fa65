import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../../shared/extract/entities/index.js';
import type { Entity } from '../../../shared/model/extraction.js';

const entitiesOf = (text: string): Entity[] => extractEntities({ text });
const findEntity = (entities: Entity[], type: Entity['type'], name: string): Entity | undefined =>
  entities.find((e) => e.type === type && (e.name === name || e.aliases.includes(name)));

describe('entities: person cues in news, names of groups and bodies', () => {
  it('reads a speaker after a quote closed by a comma, and a name set off by commas after its role', () => {
    // Prepare
    const text = '"We will act," Okonkwo said. The group’s regional director, Marta Lindqvist, called for calm.';
    // Act
    const entities = entitiesOf(text);
    // Assert
    expect(findEntity(entities, 'person', 'Okonkwo')).toBeDefined();
    expect(findEntity(entities, 'person', 'Marta Lindqvist')).toBeDefined();
  });

  it('does not take the place a witness speaks from as a speaker', () => {
    const entities = entitiesOf('A resident in Tarbala said the roads were closed.');
    expect(findEntity(entities, 'person', 'Tarbala')).toBeUndefined();
  });

  it('reads armed groups by their sanctions-list names and aliases', () => {
    const entities = entitiesOf(
      'Islamic State West Africa Province (ISWAP) and ISGS fought near the Gulf of Guinea; Wagner Group also moved.',
    );
    expect(findEntity(entities, 'organization', 'Islamic State West Africa Province')?.aliases).toContain('ISWAP');
    expect(findEntity(entities, 'organization', 'ISGS')).toBeDefined();
    expect(findEntity(entities, 'organization', 'Wagner Group')).toBeDefined();
    expect(findEntity(entities, 'place', 'Gulf of Guinea')).toBeDefined();
  });

  it('ends an organization name at a possessive but keeps an owner after "of the"', () => {
    const entities = entitiesOf(
      'The Northern Mining Authority’s (NMA) report reached the Office of the Secretary-General’s Special Envoy for Lakes.',
    );
    expect(findEntity(entities, 'organization', 'Northern Mining Authority')?.aliases).toContain('NMA');
    expect(
      findEntity(entities, 'organization', 'Office of the Secretary-General’s Special Envoy for Lakes'),
    ).toBeDefined();
  });

  it('does not read a post or a masthead word into an organization name', () => {
    const entities = entitiesOf('A Senior Ministry of Energy Official spoke.\nSecurity Council Distr.: General');
    expect(entities.some((e) => /Official|Distr/.test(e.name))).toBe(false);
  });
});
