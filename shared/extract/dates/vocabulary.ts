/**
 * English calendar words. Source: the Gregorian calendar's month and weekday names and the abbreviations
 * used in UN and news style guides ("Feb.", "Sept.").
 */

/** Month names, each with its month number (1–12). */
export const monthNames: ReadonlyArray<readonly [string, number]> = [
  ['January', 1],
  ['February', 2],
  ['March', 3],
  ['April', 4],
  ['May', 5],
  ['June', 6],
  ['July', 7],
  ['August', 8],
  ['September', 9],
  ['October', 10],
  ['November', 11],
  ['December', 12],
];

/** Full month names that are never ordinary English words, so they are months in any case ("september"). */
export const caselessMonthNames: readonly string[] = monthNames
  .map(([word]) => word)
  .filter((word) => !['May', 'March', 'August'].includes(word));

/** Month abbreviations, written with or without a dot ("Feb.", "Sept"). */
export const monthAbbreviations: ReadonlyArray<readonly [string, number]> = [
  ['Jan', 1],
  ['Feb', 2],
  ['Mar', 3],
  ['Apr', 4],
  ['Jun', 6],
  ['Jul', 7],
  ['Aug', 8],
  ['Sept', 9],
  ['Sep', 9],
  ['Oct', 10],
  ['Nov', 11],
  ['Dec', 12],
];

/** The seven weekday names in full. */
export const fullWeekdayNames: readonly string[] = [
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
  'Sunday',
];

export const weekdayNames: readonly string[] = [
  ...fullWeekdayNames,
  'Mon',
  'Tue',
  'Tues',
  'Wed',
  'Thu',
  'Thur',
  'Thurs',
  'Fri',
  'Sat',
  'Sun',
];

const monthByWord = new Map<string, number>(
  [...monthNames, ...monthAbbreviations].map(([word, month]) => [word.toLowerCase(), month]),
);

/** The month number of a written month ("Feb.", "SEPTEMBER"), or undefined. */
export function monthNumber(word: string): number | undefined {
  return monthByWord.get(word.replace(/\.$/, '').toLowerCase());
}
