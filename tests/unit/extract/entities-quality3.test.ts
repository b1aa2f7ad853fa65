import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../../shared/extract/entities/index.js';
import type { Entity } from '../../../shared/model/extraction.js';

const entitiesOf = (text: string): Entity[] => extractEntities({ text });
const namesOf = (entities: Entity[], type: Entity['type']): string[] =>
  entities.filter((e) => e.type === type).map((e) => e.name);

describe('entities: provinces and armed groups from the gazetteer', () => {
  it('knows provinces and departments of countries under UN watch', () => {
    const text = 'Fighting spread from Ituri to Tanganyika, while patrols covered Pedernales and Artibonite.';
    expect(namesOf(entitiesOf(text), 'place')).toEqual(
      expect.arrayContaining(['Ituri', 'Tanganyika', 'Pedernales', 'Artibonite']),
    );
  });

  it('takes Cabo Verde as the country', () => {
    expect(namesOf(entitiesOf('Delegates from Cabo Verde and Fiji spoke.'), 'place')).toContain('Cape Verde');
  });

  it('knows armed groups, however the hyphen of "Mai-Mai" is spaced', () => {
    const text = 'Elements of the Nyatura and of Mai -Mai Raia Mutomboki clashed with CODECO near the lake.';
    const organizations = namesOf(entitiesOf(text), 'organization');
    expect(organizations).toEqual(expect.arrayContaining(['Nyatura', 'CODECO']));
    expect(organizations.some((name) => /Raia Mutomboki$/.test(name))).toBe(true);
  });

  it('does not take a province name that is an ordinary word in lower case', () => {
    expect(namesOf(entitiesOf('The national district office and the katanga-style roof were new.'), 'place')).toEqual(
      [],
    );
  });
});
