import type { DraftDocument } from '../model/document';
import { toRoman } from '../model/subparagraphs';
import type { Span } from '../types';
import { CITED_DATE, CitedDate, findDate, readCitedDate } from './dates';

export type CitedBody = 'GA' | 'SC' | 'HRC' | 'ECOSOC' | 'OIC' | 'document';

export interface Citation {
  /** Canonical symbol: "A/RES/61/49", "A/RES/194 (III)", "S/RES/242", "A/63/L.44/Add.1". */
  readonly symbol: string;
  readonly body: CitedBody;
  /** The reference as written ("61/49", "242 (1967)", "A/63/228"). */
  readonly span: Span;
  readonly citedDate?: CitedDate;
  /** Security Council resolutions: the year given in parentheses. */
  readonly year?: number;
  /** The resolution this document is (its own title line), not a reference to another. */
  readonly self?: boolean;
}

const ROMAN_SESSION = /^[IVXL]+$/;

/** Session of the General Assembly that met in a year: session N opens in September 1945 + N. */
function sessionOfYear(year: number): number {
  return year - 1945;
}

/** The body named just before a reference to a resolution. */
function bodyBefore(text: string, at: number, documentBody: CitedBody): CitedBody {
  const before = text.slice(Math.max(0, at - 80), at);
  if (/Security Council\W*(?:\w+\W+){0,3}$/i.test(before) || /\bSC\s*$/.test(before)) return 'SC';
  if (/Human Rights Council\W*(?:\w+\W+){0,2}$/i.test(before)) return 'HRC';
  if (/Economic and Social Council\W*(?:\w+\W+){0,2}$/i.test(before)) return 'ECOSOC';
  if (/(?:General Assembly|UNGA|its)\W*(?:\w+\W+){0,2}$/i.test(before)) return 'GA';
  return documentBody;
}

/** One item of a list of resolution numbers, at the start of `text`. */
const ITEM = /^(?:(ES-|S-)?(\d{1,3})\/(\d{1,4})(-[A-Z]{2,5})?|(\d{1,4})(?:\s+\(([IVXL]+|\d{4})\))?)(?![\d/])/;
/** Between items: ", ", " and ", ", and ", ", in particular ". */
const SEPARATOR = /^(?:\s*,\s*(?:and\s+|in particular\s+)?|\s+and\s+)/;
/** "resolution", "resolutions", "Resolution", followed by the list. */
const KEYWORD = /\bresolutions?\b(?:\s*,?\s+in particular)?\s+/gi;
const EXPLICIT_RESOLUTION = /\b(A|S|HRC|E)\/RES\/(?:(ES-\d{1,2}|S-\d{1,2}|\d{1,3})\/(\d{1,4})|(\d{1,4})(?:\s+\((\d{4}|[IVXL]+)\))?)/g;
/** UN document symbols: A/63/228, A/63/L.44, S/2008/531, A/60/633, with an addendum or corrigendum. */
const DOCUMENT_SYMBOL = /\b([AS])\/(\d{2,4})\/(L\.\d{1,4}|\d{1,5})((?:\/(?:Add|Corr|Rev)\.\d{1,3})*)(?![\w/])/g;
/** "and Add.1", "and Corr.1" after a document symbol. */
const FOLLOWING_PART = /^(?:,\s*|\s+and\s+)((?:Add|Corr|Rev)\.\d{1,3})/;

function documentBodyOf(doc: DraftDocument): CitedBody {
  const formula = doc.enactingFormula ? doc.text.slice(doc.enactingFormula.span.start, doc.enactingFormula.span.end) : '';
  if (/Security Council/.test(formula)) return 'SC';
  if (/Human Rights Council/.test(formula)) return 'HRC';
  if (/Economic and Social Council/.test(formula)) return 'ECOSOC';
  return 'GA';
}

function ga(session: number | string, number: string, prefix = ''): string {
  return `A/RES/${prefix}${session}/${number}`;
}

/**
 * Every citation of a resolution or UN document in the draft, with the canonical symbol, the
 * exact span of the reference and the date as cited; the draft's own number first if it has one.
 */
export function recogniseCitations(doc: DraftDocument): Citation[] {
  const text = doc.text;
  const found: Citation[] = [];
  const taken: Span[] = [];
  const add = (c: Citation): void => {
    if (taken.some((t) => c.span.start < t.end && t.start < c.span.end)) return;
    taken.push(c.span);
    found.push(c);
  };

  const title = doc.title;
  if (title?.resolutionNumber) {
    const start = text.indexOf(title.resolutionNumber, title.span.start);
    const [session, number] = title.resolutionNumber.split('/');
    const closing = doc.closing ? findDate(text.slice(doc.closing.span.start, doc.closing.span.end)) : undefined;
    add({ symbol: ga(session, number), body: 'GA', span: { start, end: start + title.resolutionNumber.length }, citedDate: closing, self: true });
  }

  const documentBody = documentBodyOf(doc);
  const regions = doc.paragraphs.flatMap((p) => p.pieces);
  for (const region of regions) {
    const body = text.slice(region.start, region.end);

    for (const m of body.matchAll(EXPLICIT_RESOLUTION)) {
      const at = region.start + m.index!;
      const [whole, series, session, number, oldNumber, paren] = m;
      const span = { start: at, end: at + whole.length };
      const date = dateAfter(body, m.index! + whole.length);
      if (series === 'S' && oldNumber) add({ symbol: `S/RES/${oldNumber}`, body: 'SC', span, year: paren ? Number(paren) : undefined, citedDate: date });
      else if (series === 'A' && session) add({ symbol: ga(session.replace(/^(ES|S)-/, '$1-'), number), body: 'GA', span, citedDate: date });
      else if (series === 'A' && oldNumber) add({ symbol: `A/RES/${oldNumber} (${paren && ROMAN_SESSION.test(paren) ? paren : toRoman(sessionOfYear(Number(paren))).toUpperCase()})`, body: 'GA', span, citedDate: date });
      else if (series === 'HRC' && session) add({ symbol: `HRC/RES/${session}/${number}`, body: 'HRC', span, citedDate: date });
      else if (series === 'E' && session) add({ symbol: `E/RES/${session}/${number}`, body: 'ECOSOC', span, citedDate: date });
    }

    for (const k of body.matchAll(KEYWORD)) {
      let offset = k.index! + k[0].length;
      const listBody = bodyBefore(body, k.index!, documentBody);
      for (let first = true; ; first = false) {
        const rest = body.slice(offset, offset + 80);
        const item = ITEM.exec(rest);
        if (!item) break;
        const [whole, special, session, number, oicCommittee, bare, paren] = item;
        const span = { start: region.start + offset, end: region.start + offset + whole.length };
        const dateMatch = CITED_DATE.exec(body.slice(offset + whole.length, offset + whole.length + 40));
        const citedDate = dateMatch ? readCitedDate(dateMatch) : undefined;
        const citation = readItem(listBody, { special, session, number, oicCommittee, bare, paren }, citedDate, span, first, body.slice(offset + whole.length, offset + whole.length + 60));
        if (!citation) break;
        add(citation);
        offset += whole.length + (dateMatch ? dateMatch[0].length : 0);
        const separator = SEPARATOR.exec(body.slice(offset, offset + 20));
        if (!separator) break;
        offset += separator[0].length;
      }
    }

    for (const m of body.matchAll(DOCUMENT_SYMBOL)) {
      const at = region.start + m.index!;
      const symbol = m[0];
      add({ symbol, body: 'document', span: { start: at, end: at + symbol.length } });
      let after = m.index! + symbol.length;
      // "A/63/228-S/2008/531 and Corr.1": the part belongs to the whole joint symbol.
      const joint = /^-[AS]\/\d{2,4}\/(?:L\.)?\d{1,5}/.exec(body.slice(after));
      if (joint) after += joint[0].length;
      const part = FOLLOWING_PART.exec(body.slice(after, after + 30));
      if (part) {
        const partAt = region.start + after + part[0].length - part[1].length;
        add({ symbol: `${symbol}/${part[1]}`, body: 'document', span: { start: partAt, end: partAt + part[1].length } });
      }
    }
  }
  return found.sort((a, b) => a.span.start - b.span.start);
}

interface Item {
  special?: string;
  session?: string;
  number?: string;
  oicCommittee?: string;
  bare?: string;
  paren?: string;
}

/** Reads one list item in the context of the body the list names. */
function readItem(body: CitedBody, item: Item, citedDate: CitedDate | undefined, span: Span, first: boolean, after: string): Citation | undefined {
  if (item.session && item.number) {
    if (item.oicCommittee) return { symbol: `OIC/CFM/RES/${item.session}/${item.number}${item.oicCommittee}`, body: 'OIC', span, citedDate };
    if (body === 'SC') return undefined;
    const prefix = item.special ?? '';
    const symbol = body === 'HRC' ? `HRC/RES/${prefix}${item.session}/${item.number}` : body === 'ECOSOC' ? `E/RES/${item.session}/${item.number}` : ga(item.session, item.number, prefix);
    return { symbol, body: body === 'HRC' || body === 'ECOSOC' ? body : 'GA', span, citedDate };
  }
  const n = item.bare!;
  if (body === 'SC') {
    const year = item.paren && /^\d{4}$/.test(item.paren) ? Number(item.paren) : undefined;
    return { symbol: `S/RES/${n}`, body: 'SC', span, year, citedDate };
  }
  if (item.paren && ROMAN_SESSION.test(item.paren)) return { symbol: `A/RES/${n} (${item.paren})`, body: 'GA', span, citedDate };
  if (item.paren) return { symbol: `A/RES/${n} (${toRoman(sessionOfYear(Number(item.paren))).toUpperCase()})`, body: 'GA', span, citedDate };
  // "Resolution 3369 on October 10, 1975 by the 30th … General Assembly": the date gives the session.
  if (first && citedDate?.year && citedDate.year <= 1976 && /General Assembly|UNGA/.test(after + '')) {
    const session = sessionOfYear(citedDate.year) - (citedDate.month < 9 ? 1 : 0);
    return { symbol: `A/RES/${n} (${toRoman(session).toUpperCase()})`, body: 'GA', span, citedDate };
  }
  return undefined;
}

function dateAfter(body: string, at: number): CitedDate | undefined {
  const m = CITED_DATE.exec(body.slice(at, at + 40));
  return m ? readCitedDate(m) : undefined;
}
