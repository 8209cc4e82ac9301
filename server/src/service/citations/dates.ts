import { MONTH_NAMES, MONTH_PATTERN as MONTH, monthNumber } from '../model/months';

/** A date as a draft cites it: "4 December 2006", "October 10, 1975", or "4 December" with no year. */
export interface CitedDate {
  readonly text: string;
  readonly day: number;
  readonly month: number; // 1-12
  readonly year?: number;
}

/** "of 4 December 2006", "on October 10, 1975", at the start of `text`. */
export const CITED_DATE = new RegExp(
  `^\\s+(?:of|on|dated)\\s+(?:(\\d{1,2})\\s+(${MONTH})(?:\\s+(\\d{4}))?|(${MONTH})\\s+(\\d{1,2}),\\s+(\\d{4}))\\b`,
  'i',
);
const PLAIN_DATE = new RegExp(`(\\d{1,2})\\s+(${MONTH})\\s+(\\d{4})`, 'i');

export function readCitedDate(match: RegExpExecArray): CitedDate {
  const [, day1, month1, year1, month2, day2, year2] = match;
  const monthName = month1 ?? month2;
  const year = year1 ?? year2;
  return {
    text: match[0].replace(/^\s+(?:of|on|dated)\s+/i, ''),
    day: Number(day1 ?? day2),
    month: monthNumber(monthName),
    year: year ? Number(year) : undefined,
  };
}

/** The date cited right after a reference that ends at `at` in `body` ("… of 4 December 2006"), and where it ends. */
export function dateAfter(body: string, at: number): { readonly date: CitedDate; readonly end: number } | undefined {
  const m = CITED_DATE.exec(body.slice(at, at + 40));
  return m ? { date: readCitedDate(m), end: at + m[0].length } : undefined;
}

/** The first full date in a line such as "64th plenary meeting 5 December 2008". */
export function findDate(text: string): CitedDate | undefined {
  const m = PLAIN_DATE.exec(text);
  return m ? { text: m[0], day: Number(m[1]), month: monthNumber(m[2]), year: Number(m[3]) } : undefined;
}

export function formatDate(date: CitedDate): string {
  return `${date.day} ${MONTH_NAMES[date.month - 1]}${date.year ? ` ${date.year}` : ''}`;
}

/** Whether two cited dates can be the same date: "4 December" agrees with "4 December 2006". */
export function datesAgree(a: CitedDate, b: CitedDate): boolean {
  return a.day === b.day && a.month === b.month && (a.year === undefined || b.year === undefined || a.year === b.year);
}
