/** What a figure parser proposes before refiners decide whether it is a figure and what it counts. */
export interface FigureCandidate {
  /** The plain number: `$522.3 million` → 522300000. */
  readonly value: number;
  /** `count`, `percent` or an ISO currency code. */
  readonly unit: string;
  /** Offsets of the number itself (digits or number words, scale included), used for exclusion checks. */
  readonly numberStart: number;
  readonly numberEnd: number;
  /** Written in words ("five") rather than digits. */
  readonly inWords: boolean;
  /** Counted thing, singular lower case; filled by the noun refiner. */
  readonly noun: string | null;
  /** True when the noun was read after the number rather than borrowed from a neighbour. */
  readonly nounIsOwn: boolean;
  /** Where the counted noun ends: the figure's phrase runs up to here. */
  readonly nounEnd: number | null;
  /** The next word is capitalised and no counted noun follows: "1540 Committee", "12 See". */
  readonly beforeName: boolean;
  readonly approximate: boolean;
}

/** Builds a fresh candidate; refiners fill in noun and qualifier later. */
export function newCandidate(
  value: number,
  unit: string,
  numberStart: number,
  numberEnd: number,
  inWords: boolean,
): FigureCandidate {
  return {
    value,
    unit,
    numberStart,
    numberEnd,
    inWords,
    noun: null,
    nounIsOwn: false,
    nounEnd: null,
    beforeName: false,
    approximate: false,
  };
}
