import type { Citation } from './recognise';

/**
 * The first Security Council resolution of some years: the Council numbers its resolutions in one series, so a
 * number and a year that do not fit together are not one of its resolutions.
 */
const FIRST_OF_YEAR: readonly (readonly [number, number])[] = [
  [1946, 1],
  [1950, 79],
  [1960, 134],
  [1970, 276],
  [1980, 462],
  [1990, 646],
  [1995, 975],
  [2000, 1285],
  [2005, 1579],
  [2010, 1903],
  [2015, 2196],
  [2020, 2505],
  [2025, 2768],
];
/** Resolutions a year at most after the last year of the table. */
const MOST_A_YEAR = 70;
/** How far the straight line between two years of the table may be from the real numbers. */
const SLACK = 40;

function firstOfYear(year: number): number {
  const last = FIRST_OF_YEAR[FIRST_OF_YEAR.length - 1];
  if (year >= last[0]) return last[1] + (year - last[0]) * MOST_A_YEAR;
  const i = FIRST_OF_YEAR.findIndex(([y]) => y > year);
  const [y0, n0] = FIRST_OF_YEAR[i - 1];
  const [y1, n1] = FIRST_OF_YEAR[i];
  return n0 + ((n1 - n0) * (year - y0)) / (y1 - y0);
}

/** Whether the Council can have adopted resolution `number` in `year`. */
export function councilNumberFits(number: number, year: number): boolean {
  if (year < 1946) return false;
  const last = FIRST_OF_YEAR[FIRST_OF_YEAR.length - 1][0];
  const from = year > last ? firstOfYear(last) : firstOfYear(year);
  return from - SLACK <= number && number <= firstOfYear(year + 1) + SLACK;
}

/** "2471 (2019)" standing alone, not "No. 169 (1989)" nor part of a symbol. */
const COUNCIL_NUMBER = /(?<![\w/.‑-]|No\.\s|Nos\.\s)([1-9]\d{0,3})\s?\((19[4-9]\d|20\d\d)\)/g;

/**
 * "renewed in 2471 (2019)", "paragraph 3 of 1591 (2005)": in a Council text the Council's resolutions written
 * without the word "resolution". Only the form NNNN (YYYY) is read, and only where the number fits the year.
 */
export function councilNumbers(body: string, base: number): Citation[] {
  const found: Citation[] = [];
  if (!body.includes('(')) return found;
  for (const m of body.matchAll(COUNCIL_NUMBER)) {
    const number = Number(m[1]);
    const year = Number(m[2]);
    if (!councilNumberFits(number, year)) continue;
    const span = { start: base + m.index!, end: base + m.index! + m[0].length };
    found.push({ symbol: `S/RES/${number}`, body: 'SC', year, span });
  }
  return found;
}
