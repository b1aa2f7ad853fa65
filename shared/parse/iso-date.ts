/**
 * The calendar date (YYYY-MM-DD) at the start of a declared date: "2022-11-10",
 * "2022-11-10T19:39:52-05:00", "2022/11/10". Null when the value is not such a date.
 *
 * @example
 * isoDate('2022-11-10 19:39:52-05:00'); // '2022-11-10'
 */
export function isoDate(value: unknown): string | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.toISOString().slice(0, 10);
  if (typeof value !== 'string') return undefined;
  const match = /^\s*(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?!\d)/.exec(value);
  if (!match) return undefined;
  const [, year, month, day] = match;
  const iso = `${year}-${month?.padStart(2, '0')}-${day?.padStart(2, '0')}`;
  const parsed = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(iso) ? iso : undefined;
}
