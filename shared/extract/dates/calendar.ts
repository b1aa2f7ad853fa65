/** A calendar point at the granularity written: a year, a month of a year, or a day. `year` may still be missing. */
export interface DatePoint {
  readonly year?: number | undefined;
  readonly month?: number | undefined;
  readonly day?: number | undefined;
}

/** A single point or an explicit range `from`–`to`. */
export interface DateValue {
  readonly from: DatePoint;
  readonly to?: DatePoint | undefined;
}

/** Years we accept as calendar years at all; a 4-digit number outside this is a count or a code. */
export const earliestYear = 1500;
export const latestYear = 2100;

const daysInMonth = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** True when the parts that are present make a real date (29 February only in leap years). */
export function isValidPoint(point: DatePoint): boolean {
  if (point.year !== undefined && (point.year < earliestYear || point.year > latestYear)) return false;
  if (point.month === undefined) return point.day === undefined;
  if (point.month < 1 || point.month > 12) return false;
  if (point.day === undefined) return true;
  if (point.day < 1 || point.day > (daysInMonth[point.month - 1] ?? 0)) return false;
  if (point.month === 2 && point.day === 29 && point.year !== undefined) return isLeapYear(point.year);
  return true;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function hasYear(value: DateValue): boolean {
  return value.from.year !== undefined && (value.to === undefined || value.to.year !== undefined);
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** ISO 8601 at the written granularity; assumes the year is known. */
export function pointToIso(point: DatePoint): string {
  let iso = String(point.year);
  if (point.month !== undefined) iso += `-${pad(point.month)}`;
  if (point.day !== undefined) iso += `-${pad(point.day)}`;
  return iso;
}

/** `YYYY[-MM[-DD]]` or `start/end`. */
export function valueToIso(value: DateValue): string {
  return value.to === undefined ? pointToIso(value.from) : `${pointToIso(value.from)}/${pointToIso(value.to)}`;
}

/** Orders points by their first instant (missing month/day count as the earliest). */
export function comparePoints(a: DatePoint, b: DatePoint): number {
  return (a.year ?? 0) - (b.year ?? 0) || (a.month ?? 0) - (b.month ?? 0) || (a.day ?? 0) - (b.day ?? 0);
}

/** Reads an ISO reference date (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`). */
export function parseIso(iso: string | undefined | null): DatePoint | undefined {
  const match = iso ? /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(iso) : null;
  if (!match) return undefined;
  return {
    year: Number(match[1]),
    month: match[2] === undefined ? undefined : Number(match[2]),
    day: match[3] === undefined ? undefined : Number(match[3]),
  };
}
