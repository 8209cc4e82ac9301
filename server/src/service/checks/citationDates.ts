import type { DraftDocument } from '../model/document';
import { MONTH_PATTERN, monthNumber } from '../model/months';
import { CHECK_CODES, Finding } from './diagnostic';
import { findingsRead, ParagraphReader } from './paragraphReads';

/** "61/49 of 4 December 2006": a General Assembly resolution of session 31 or later with its date. */
const DATED_RESOLUTION = new RegExp(
  `\\b(\\d{2,3})\\/(\\d{1,4})\\s+of\\s+(\\d{1,2})\\s+(${MONTH_PATTERN})\\s+(\\d{4})\\b`,
  'gi',
);

/**
 * Who is named before a citation: the Assembly, "its" (the organ of the text), or another body whose
 * numbers are sessions of its own, meeting in other years ("Human Rights Council resolution 41/8",
 * "Commission on the Status of Women resolutions 51/2", "the Commission … at its session, resolution 72/7").
 */
const ORGAN = new RegExp(
  String.raw`\b(?:(General\s+Assembly)|(its)|Council|Commission|Conference|Board|Committee|Forum|` +
    String.raw`Organization|Parties|Summit|Assembly)\b`,
  'g',
);

type Organ = 'assembly' | 'its' | 'other';

/**
 * Reads a piece of text once, from left to right, and tells for each citation (asked in order)
 * whether it is surely the General Assembly's: named so, or "its" with no other body named in the
 * paragraph before it or just after it ("through its resolution 54/18 …, the Human Rights Council").
 */
function assemblyCitations(body: string): (at: number, end: number) => boolean {
  const organs = [...body.matchAll(ORGAN)].map((m): { at: number; organ: Organ } => ({
    at: m.index!,
    organ: m[1] ? 'assembly' : m[2] ? 'its' : 'other',
  }));
  let next = 0;
  let last: Organ | undefined;
  let otherBody = false;
  return (at, end) => {
    for (; next < organs.length && organs[next].at < at; next++) {
      last = organs[next].organ;
      if (last === 'other') otherBody = true;
    }
    // Special sessions ("S-32/1") and emergency special sessions are not numbered by the year.
    if (/[-‑]/.test(body[at - 1] ?? '')) return false;
    if (last === 'assembly') return true;
    const after = organs.slice(next).find((o) => o.at >= end && o.organ !== 'its');
    const namedAfter = after !== undefined && after.organ === 'other' && after.at - end < 150;
    return last !== 'other' && !otherBody && !namedAfter;
  };
}

function isRealDate(day: number, month: number, year: number): boolean {
  const date = new Date(Date.UTC(year, month, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month && date.getUTCDate() === day;
}

/** One paragraph's findings: see `checkCitationDates`. */
const DATES = findingsRead((doc, p) => {
  const findings: Finding[] = [];
  let previous: { time: number; cite: string; span: { start: number; end: number } } | undefined;
  for (const piece of p.pieces) {
    const body = doc.text.slice(piece.start, piece.end);
    // Read only when a year needs it: most citations are dated within their session.
    let isAssembly: ((at: number, end: number) => boolean) | undefined;
    for (const m of body.matchAll(DATED_RESOLUTION)) {
      const [whole, sessionText, number, dayText, monthName, yearText] = m;
      const session = Number(sessionText);
      const day = Number(dayText);
      const month = monthNumber(monthName) - 1;
      const year = Number(yearText);
      const span = { start: piece.start + m.index!, end: piece.start + m.index! + whole.length };
      const cite = `${session}/${number}`;
      if (!isRealDate(day, month, year)) {
        findings.push({
          code: CHECK_CODES.citationDate,
          span,
          message: `${day} ${monthName} ${year} is not a date.`,
        });
        continue;
      }
      const outOfSession = session >= 31 && year !== 1945 + session && year !== 1946 + session;
      if (outOfSession && (isAssembly ??= assemblyCitations(body))(m.index!, m.index! + whole.length)) {
        findings.push({
          code: CHECK_CODES.citationYear,
          span,
          message: `Resolution ${cite} is of the General Assembly's session ${session} (${1945 + session}–${1946 + session}); it cannot be dated ${year}.`,
        });
      }
      const time = Date.UTC(year, month, day);
      if (previous && time < previous.time) {
        findings.push({
          code: CHECK_CODES.citationOrder,
          span,
          message: `Resolution ${cite} is older than ${previous.cite}, cited before it: recalled resolutions are listed in chronological order.`,
          related: [{ span: previous.span, message: previous.cite }],
        });
      }
      previous = { time, cite, span };
    }
  }
  return findings;
});

/**
 * Cited General Assembly resolutions: session N meets in 1945 + N and 1946 + N; the date must
 * exist; a list of recalled resolutions goes in chronological order.
 */
export function checkCitationDates(doc: DraftDocument, reads = new ParagraphReader(doc)): Finding[] {
  return doc.paragraphs.flatMap((p) =>
    p.kind === 'preambular' || p.kind === 'operative' || p.kind === 'narrative' ? reads.read(DATES, p) : [],
  );
}
