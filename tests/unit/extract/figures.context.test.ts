import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../shared/extract/figures/index.js';

function figuresOf(text: string) {
  return extractFigures({ text }).map(({ value, unit, noun }) => `${value}|${unit}|${noun}`);
}

describe('figures read from their context', () => {
  it('reads measures written as unit symbols', () => {
    // Prepare
    const text = 'Drops ranged from 250 to 400 kg, warming must stay below 1.5°C.';
    // Act
    const figures = figuresOf(text);
    // Assert
    expect(figures).toEqual(['250|count|kilogram', '400|count|kilogram', '1.5|count|degree']);
  });

  it('reads "dozen" as twelve', () => {
    expect(figuresOf('Fewer than three dozen fighters remain.')).toEqual(['36|count|fighter']);
  });

  it('shares the unit across a range', () => {
    expect(figuresOf('It rose by between 10 and 15% last year.')).toEqual(['10|percent|null', '15|percent|null']);
  });

  it('reads both ends of a digit range but not job, phone or date numbers', () => {
    expect(figuresOf('It rose 10–15 per cent, with 20-30 fighters.')).toEqual([
      '10|percent|null',
      '15|percent|null',
      '20|count|fighter',
      '30|count|fighter',
    ]);
    expect(figuresOf('Job 20-02245, call 212-963-1234, on 22-23 June 2019, in 2019–2020.')).toEqual([]);
  });

  it('reads past a proper name to the counted noun', () => {
    expect(figuresOf('It coordinates more than 20 United Nations resident agencies.')).toEqual(['20|count|agency']);
  });

  it('takes the first plural as head unless it usually modifies', () => {
    expect(figuresOf('It took 24 hours changes nothing; 30 human rights defenders were freed.')).toEqual([
      '30|count|defender',
    ]);
  });
});

describe('numbers dropped by their context', () => {
  it('drops footnote numbers at the start of a line and after a full stop', () => {
    // Prepare
    const text =
      'Violence escalated in the region.\n5 UN News, “Haiti: flee as gang violence spurs displacement”.\n' +
      'Gangs attacked residents in the region. 12 Several punitive attacks followed.';
    // Act
    const figures = figuresOf(text);
    // Assert
    expect(figures).toEqual([]);
  });

  it('keeps a count wrapped onto a new line mid-sentence', () => {
    expect(figuresOf('The programme benefited\n44 Member States in the region.')).toEqual(['44|count|state']);
  });

  it('drops table rows, dimensions, long codes and clock times', () => {
    const text =
      'Meetings 40 24 17 15\nrounds of 7.62 x 39 mm ammunition, page id 100064495670146, at 1 o’clock today.';
    expect(figuresOf(text)).toEqual([]);
  });

  it('drops numbers after a capitalised word inside a sentence', () => {
    expect(figuresOf('Gangs took over Delmas 32 and the district of Cité Soleil.')).toEqual([]);
  });

  it('drops decimal section numbers that borrow no noun of their own', () => {
    expect(figuresOf('It mapped 40 projects, see 3.5 above.')).toEqual(['40|count|project']);
  });
});

describe('figures on large inputs', () => {
  it('stays linear on a long text without line breaks', () => {
    // Prepare
    const text = '1,000 people and 25 % more. '.repeat(10_000);
    // Act
    const started = performance.now();
    const figures = extractFigures({ text });
    const elapsed = performance.now() - started;
    // Assert
    expect(figures.map((figure) => figure.value)).toEqual([1000, 25]);
    expect(elapsed).toBeLessThan(2000);
  });

  describe('figure qualifiers and borrowed nouns', () => {
    it('reads a qualifier broken across a line ("more\\nthan 100")', () => {
      const [figure] = extractFigures({ text: 'killed civilians, including more\nthan 100 Somali educators' });
      expect(figure).toMatchObject({ value: 100, noun: 'educator', approximate: true });
    });

    it("applies a range's qualifier to both ends", () => {
      // Prepare
      const text = 'Some 25,000 to 30,000 people fled the town.';
      // Act
      const figures = extractFigures({ text }).map(({ value, approximate }) => ({ value, approximate }));
      // Assert
      expect(figures).toEqual([
        { value: 25000, approximate: true },
        { value: 30000, approximate: true },
      ]);
    });

    it('marks synonyms of the listed qualifiers approximate', () => {
      const text = 'Roughly 40 boats, close to 300 fishermen, approximately 12 villages and around 7 ports.';
      const figures = extractFigures({ text }).map(({ value, approximate }) => [value, approximate]);
      expect(figures).toEqual([
        [40, true],
        [300, true],
        [12, true],
        [7, true],
      ]);
    });

    it('does not mark "an estimated" figure approximate', () => {
      const [figure] = extractFigures({ text: 'There are an estimated 9,000 herders in the valley.' });
      expect(figure).toMatchObject({ value: 9000, noun: 'herder', approximate: false });
    });

    it('does not carry a qualifier to the next number of a list', () => {
      const figures = extractFigures({ text: 'over 200 fighters, 13 operatives and 4 leaders' });
      expect(figures.map((figure) => figure.approximate)).toEqual([true, false, false]);
    });

    it('gives a part the noun of its whole ("2.5 million of the roughly 5 million inhabitants")', () => {
      const text = "More than 2.5 million of the country's roughly 5 million inhabitants need aid.";
      const figures = extractFigures({ text }).map(({ value, noun }) => ({ value, noun }));
      expect(figures).toEqual([
        { value: 2_500_000, noun: 'inhabitant' },
        { value: 5_000_000, noun: 'inhabitant' },
      ]);
    });

    it('reads a counted noun in quotation marks', () => {
      const [figure] = extractFigures({ text: 'In Africa, only two “offices” were active.' });
      expect(figure).toMatchObject({ value: 2, noun: 'office' });
    });
  });

  it('drops both numbers of a shared duration ("sentences of 14 and 10 years")', () => {
    // Prepare
    const text = 'It recorded 178 convictions and sentences of 14 and 10 years, respectively.';
    // Act
    const figures = extractFigures({ text }).map(({ value }) => value);
    // Assert
    expect(figures).toEqual([178]);
  });

  it('keeps both numbers of a shared age ("12 and 14 years of age")', () => {
    const figures = extractFigures({ text: 'Girls aged 12 and 14 years of age were hurt.' }).map(({ value }) => value);
    expect(figures).toEqual([12, 14]);
  });

  it('keeps numbers that share an age written just before them', () => {
    const text = 'no lower than 12 years of age, preferably between 14 and 16. Courts met.';
    expect(extractFigures({ text }).map(({ value, noun }) => `${value} ${noun}`)).toEqual([
      '12 year',
      '14 year',
      '16 year',
    ]);
  });
});
