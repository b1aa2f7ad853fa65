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

describe('entities: people listed after a plural role', () => {
  it('takes every name of "roles, A B and C D; …, E F and G H"', () => {
    const text =
      'I thank our advisers, Lena Varko and Tomas Bredin; and our experts, Ida Holm and Piet Sandor; for their work.';
    expect(namesOf(entitiesOf(text), 'person')).toEqual(['Lena Varko', 'Tomas Bredin', 'Ida Holm', 'Piet Sandor']);
  });

  it('does not take places or organizations listed after a plural role', () => {
    const text =
      'The officials, Trinidad and Tobago and the World Bank, agreed. Our experts, Member States and others, met.';
    expect(namesOf(entitiesOf(text), 'person')).toEqual([]);
  });
});

describe('entities: bounds of head-noun organizations', () => {
  it('cuts an all-capital resolution verb off the name and takes it for no acronym', () => {
    const organizations = namesOf(entitiesOf('Now, therefore, the Trade Council DECIDES to act.'), 'organization');
    expect(organizations).toEqual(['Trade Council']);
  });

  it('cuts no capitals that are not a resolution verb', () => {
    expect(namesOf(entitiesOf('Staff of the Varnek Council VNC met.'), 'organization')).toEqual(['Varnek Council VNC']);
  });

  it('takes no portfolio after "Minister of" and no body after an indefinite article', () => {
    const text = 'The Minister of Fisheries and Police of Varnek spoke. It went to a Main Committee.';
    expect(namesOf(entitiesOf(text), 'organization')).toEqual([]);
  });

  it('keeps a place before "against" a place and ends a known name before another "of"', () => {
    const text =
      'The Council of Europe of the Ledger of Losses Caused by the War of the Russian Federation against Ukraine.';
    const entities = entitiesOf(text);
    expect(namesOf(entities, 'organization')).toEqual(['Council of Europe']);
    expect(namesOf(entities, 'place')).toEqual(expect.arrayContaining(['Russia', 'Ukraine']));
  });

  it('takes no rank after a title for a person', () => {
    expect(namesOf(entitiesOf('The Deputy Superintendent of the unit was arrested.'), 'person')).toEqual([]);
  });
});
