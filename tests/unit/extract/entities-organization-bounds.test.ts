import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../../shared/extract/entities/index.js';
import type { Entity } from '../../../shared/model/extraction.js';

const organizationNames = (text: string): string[] =>
  extractEntities({ text })
    .filter((e: Entity) => e.type === 'organization')
    .map((e) => e.name);

describe('entities: where an organization name ends', () => {
  it('splits at "and" when the words before it are a whole known place', () => {
    // Prepare
    const text = 'Exports undermine the Government of Libya and National Oil Corporation and pose a threat.';
    // Act
    const names = organizationNames(text);
    // Assert
    expect(names).toContain('National Oil Corporation');
    expect(names).not.toContain('Libya and National Oil Corporation');
  });

  it('keeps "and" inside a name when no known place ends before it', () => {
    // Prepare
    const texts = [
      'Officers of the Bosnia and Herzegovina Armed Forces met.',
      'The Department of Economic and Social Affairs met.',
    ];
    // Act
    const names = texts.flatMap(organizationNames);
    // Assert
    expect(names).toContain('Bosnia and Herzegovina Armed Forces');
    expect(names).toContain('Department of Economic and Social Affairs');
  });

  it('splits at "and" when everything after it is one known name', () => {
    // Prepare
    const text = 'Staff of the Integrated Office in Haiti and United Nations agencies met.';
    // Act
    const names = organizationNames(text);
    // Assert
    expect(names).not.toContain('Integrated Office in Haiti and United Nations');
    expect(names).toContain('United Nations');
  });

  it('reads a known short form followed by a category noun as the short form', () => {
    // Prepare
    const text = 'We have reaffirmed our sacred NATO Alliance and our commitment.';
    // Act
    const names = organizationNames(text);
    // Assert
    expect(names).toContain('NATO');
    expect(names).not.toContain('NATO Alliance');
  });

  it('keeps a short form with a noun that names a distinct body', () => {
    // Prepare
    const text = 'The ECOWAS Commission met on Monday.';
    // Act
    const names = organizationNames(text);
    // Assert
    expect(names).toContain('ECOWAS Commission');
  });

  it('drops an article of the next sentence that a headline without a full stop runs into', () => {
    // Prepare
    const texts = [
      'An urgent meeting of the Security Council\nA spokesman said it would meet.',
      'Ministers of the Council of Europe The meeting ended.',
    ];
    // Act
    const names = texts.flatMap(organizationNames);
    // Assert
    expect(names).toContain('Security Council');
    expect(names).toContain('Council of Europe');
    expect(names.some((name) => / (?:A|The)$/.test(name))).toBe(false);
  });

  it('keeps a letter that is part of the name', () => {
    // Prepare
    const text = 'Committee A of the World Health Assembly met.';
    // Act
    const names = organizationNames(text);
    // Assert
    expect(names).toContain('Committee A of the World Health Assembly');
  });
});
