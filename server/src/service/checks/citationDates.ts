import type { DraftDocument } from '../model/document';
import { MONTH_PATTERN, monthNumber } from '../model/months';
import { CHECK_CODES, Finding } from './diagnostic';

/** "61/49 of 4 December 2006": a General Assembly resolution of session 31 or later with its date. */
const DATED_RESOLUTION = new RegExp(`\\b(\\d{2,3})\\/(\\d{1,4})\\s+of\\s+(\\d{1,2})\\s+(${MONTH_PATTERN})\\s+(\\d{4})\\b`, 'gi');

function isRealDate(day: number, month: number, year: number): boolean {
  const date = new Date(Date.UTC(year, month, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month && date.getUTCDate() === day;
}

/**
 * Cited General Assembly resolutions: session N meets in 1945 + N and 1946 + N; the date must
 * exist; a list of recalled resolutions goes in chronological order.
 */
export function checkCitationDates(doc: DraftDocument): Finding[] {
  const findings: Finding[] = [];
  for (const p of doc.paragraphs) {
    if (p.kind !== 'preambular' && p.kind !== 'operative' && p.kind !== 'narrative') continue;
    let previous: { time: number; cite: string; span: { start: number; end: number } } | undefined;
    for (const piece of p.pieces) {
      const body = doc.text.slice(piece.start, piece.end);
      for (const m of body.matchAll(DATED_RESOLUTION)) {
        const [whole, sessionText, number, dayText, monthName, yearText] = m;
        const session = Number(sessionText);
        const day = Number(dayText);
        const month = monthNumber(monthName) - 1;
        const year = Number(yearText);
        const span = { start: piece.start + m.index!, end: piece.start + m.index! + whole.length };
        const cite = `${session}/${number}`;
        if (!isRealDate(day, month, year)) {
          findings.push({ code: CHECK_CODES.citationDate, span, message: `${day} ${monthName} ${year} is not a date.` });
          continue;
        }
        if (session >= 31 && year !== 1945 + session && year !== 1946 + session) {
          findings.push({ code: CHECK_CODES.citationYear, span, message: `Resolution ${cite} is of the General Assembly's session ${session} (${1945 + session}–${1946 + session}); it cannot be dated ${year}.` });
        }
        const time = Date.UTC(year, month, day);
        if (previous && time < previous.time) {
          findings.push({ code: CHECK_CODES.citationOrder, span, message: `Resolution ${cite} is older than ${previous.cite}, cited before it: recalled resolutions are listed in chronological order.`, related: [{ span: previous.span, message: previous.cite }] });
        }
        previous = { time, cite, span };
      }
    }
  }
  return findings;
}
