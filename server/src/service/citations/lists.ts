import { toRoman } from '../model/subparagraphs';
import type { Span } from '../types';
import { CitedDate, dateAfter } from './dates';
import { NamedOrgans, Organ, organAfter, organsBefore } from './organs';
import type { CitedBody, Citation } from './recognise';

/** "resolution", "resolutions", "Resolution", "UNSCR" (a Security Council resolution): a list of numbers may follow. */
const KEYWORD = /\bresolutions?\b|\bUNSCRs?\b/gi;
/**
 * What may come between the keyword and its list: ", in particular", " including", or a few words
 * and then such a phrase ("resolutions concerning the Sudan, in particular 1591 (2005)").
 * Read on a bounded slice, so its cost does not grow with the text.
 */
const LEAD =
  /^(?:[\s,]{0,3}(?:[\p{L}’'()-]+[\s,]{1,3}){0,10}?(?:in particular|including|notably|inter alia|especially)\b)?[\s,]{0,3}/u;
const LEAD_PHRASE = /in particular|including|notably|inter alia|especially/;
/**
 * One item of a list at the start of the text: "61/49", "ES-10/19", "2008/29", "35/36-POL",
 * "2000 (2011)", "1999(2011)", "217 A (III)", "180 (ii)", "242".
 */
const ITEM =
  /^(?:((?:E?S[-‑])?[1-9]\d{0,3})\/([1-9]\d{0,3})(-[A-Z]{2,5})?|([1-9]\d{0,3})(?:\s?(?:([A-Z])\s?)?\((\d{4}|(?:E?S-)?[IVXL]{1,8}|[ivxl]{1,8})\))?)(?![\w/]|\.\d)/;
/**
 * A resolution in parts: "45/10 B", "74/255 A and B", "53/77 AA", "54/237 C so as to"; an "A" alone is not the article
 * opening words ("70/1 A new …").
 */
const LETTER =
  /^\s([A-Z])\1?(?![\w’'/])(?!(?<=\sA)\s+(?!(?:of|and|to|on|in|at|by|as|entitled|adopted|annex|which|concerning|or)\b)\p{Ll})/u;
const MORE_LETTER =
  /^(?:,\s*|\s+and\s+|\s+to\s+|\s?[-–]\s?)([A-Z])\1?(?![\w’'/])(?!(?<=[\s,–-]A)\s+(?!(?:of|and|to|on|in|at|by|as|entitled|adopted|annex|which|concerning|or)\b)\p{Ll})/u;
/** Between items: ", ", " and ", ", and ", "; ", ", as well as ", ", including ". */
const SEPARATOR =
  /^(?:\s*[,;]\s*(?:and\s+|as well as\s+|in particular\s+|including\s+|or\s+)?|\s+(?:and|or|as well as)\s+)/;
/** Two resolutions with the comma left out between them: "2360 (2017) 2424 (2018)", "… 2018 75/42 of …". */
const SPACE_ONLY: Partial<Record<Form, RegExp>> = {
  year: /^\s+(?=[1-9]\d{0,3}\s?\(\d{4}\))/,
  session: /^\s+(?=(?:E?S[-‑])?[1-9]\d{0,3}\/[1-9]\d{0,3}\s+of\s)/,
};
/** ", entitled “…”" after an item: the title is skipped, and the list goes on after it. */
const ENTITLED = /^,?\s+entitled\s+[“"]/;
/** ", sect. C", ", para. 3", ", in particular paragraphs 15 to 17", ", annex": where in the resolution. */
const PINPOINT =
  /^,?\s+(?:(?:in particular|including|especially)\s+)?(?:sect(?:ion)?s?\.?|paras?\.|paragraphs?|annex(?:es)?|part|chap(?:ter)?\.?)(?:\s+(?:[A-Z]|[IVXL]{1,6}|\d{1,3})(?:\s?\([a-z]{1,4}\))?(?:\s*(?:,|and|to|-|–)\s*(?:[A-Z]|[IVXL]{1,6}|\d{1,3})(?:\s?\([a-z]{1,4}\))?){0,4})?(?![\w/])/;
/**
 * What a list may say about an item before going on to the next: "on the aggression against
 * Ukraine", ", in which it decided …", "… on children and armed conflict; 1502 (2003) on …". The list
 * goes on only at a number of the same form, not past the end of a sentence or a bracket ("(COVID-19)" is a name).
 */
const ABOUT = /^,?\s+(?:on|concerning|relating to|regarding|in which|by which|which|whereby)\s/;
const NEXT_SESSION_ITEM =
  /(?:[,;](?:[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3}|\[\^[\w-]{1,10}\])?\s*(?:and\s+|as well as\s+)?|\s+(?:and|as well as)\s+)(?=(?:E?S[-‑])?\d{1,4}\/\d{1,4}(?![\d/]))|[.:]\s|[()]\s(?<!\([\w-]{1,12}\)\s)|\bresolutions?\b/;
const NEXT_YEAR_ITEM =
  /(?:[,;](?:[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3}|\[\^[\w-]{1,10}\])?\s*(?:and\s+|as well as\s+)?|\s+(?:and|as well as)\s+)(?=\d{1,4}\s?\(\d{4}\))|[.:]\s|[()]\s(?<!\([\w-]{1,12}\)\s)|\bresolutions?\b/;
const MARK_START = /[⁰¹²³⁴⁵⁶⁷⁸⁹[]/;
const FOOTNOTE_MARK = /^[⁰¹²³⁴⁵⁶⁷⁸⁹]+|^\[\^[\w-]{1,10}\]/;

type Form = 'session' | 'year' | 'roman' | 'bare' | 'oic';

interface Item {
  readonly form: Form;
  readonly number: string;
  /** The session before the slash ("61" in 61/49) or in brackets ("XV", "2011"). */
  readonly session?: string;
  readonly letter?: string;
  readonly committee?: string;
}

function readItem(m: RegExpExecArray): Item {
  const [, written, number, committee, bare, letter, paren] = m;
  const session = written?.replace('‑', '-');
  if (session) return committee ? { form: 'oic', number, session, committee } : { form: 'session', number, session };
  if (!paren) return { form: 'bare', number: bare };
  if (/^\d{4}$/.test(paren)) return { form: 'year', number: bare, session: paren };
  return { form: 'roman', number: bare, session: paren.toUpperCase(), letter };
}

/** Session of the General Assembly that met in a year: session N opens in September 1945 + N. */
function sessionOfYear(year: number): number {
  return year - 1945;
}

/**
 * Whether a General Assembly resolution of session N can be dated in `year`: session N meets in 1945 + N and 1946 +
 * N.
 */
export function assemblyFits(session: number, year: number | undefined): boolean {
  return year === 1945 + session || year === 1946 + session;
}

/**
 * Whether a Human Rights Council resolution of session N can be dated in `year`: three sessions a year, the fourth in
 * 2007.
 */
export function rightsCouncilFits(session: number, year: number | undefined): boolean {
  const rightsYear = session <= 3 ? 2006 : 2007 + Math.floor((session - 4) / 3);
  return year !== undefined && Math.abs(year - rightsYear) <= 1;
}

/** Numbered "61/49" since the Assembly's thirty-first session; "3369 (XXX)" before it. */
const FIRST_NUMBERED_SESSION = 31;

const gaRoman = (number: string, session: string, letter?: string): string =>
  `A/RES/${number}${letter ? ` ${letter}` : ''} (${session})`;

/**
 * The symbol of one item. The form of the number decides the organ where it can: NN/NNN is the
 * General Assembly's from its 31st session (or the Human Rights Council's, where that is the organ
 * named or the only one the date fits), NNNN (YYYY) the Security Council's, NNN (XV) the General
 * Assembly's session; a bare number is read only for the Security Council, YYYY/NN only for the
 * Economic and Social Council. A date the organ's session cannot have rules the organ out.
 */
function resolve(
  item: Item,
  named: ListOrgans,
  documentOrgan: CitedBody,
  citedYear: number | undefined,
): Resolved | undefined {
  const organs = named.organs;
  const none = organs.size === 0;
  const has = (organ: Organ): boolean => organs.has(organ) || (none && documentOrgan === organ);
  const unnamed = none || organs.has('GA') || organs.has('SC');
  switch (item.form) {
    case 'oic':
      return { symbol: `OIC/CFM/RES/${item.session}/${item.number}${item.committee}`, body: 'OIC' };
    case 'session': {
      const session = item.session!;
      if (/^\d{4}$/.test(session)) {
        const ecosoc = has('ECOSOC') || organs.has('council');
        return ecosoc ? { symbol: `E/RES/${session}/${item.number}`, body: 'ECOSOC' } : undefined;
      }
      const rights: Resolved = { symbol: `A/HRC/RES/${session}/${item.number}`, body: 'HRC' };
      if (organs.has('HRC') && organs.has('GA')) return undefined;
      if (has('HRC') || organs.has('council')) return rights;
      if (!unnamed) return undefined;
      const regular = /^\d+$/.test(session) ? Number(session) : undefined;
      // "resolution 16/18 of 24 March 2011": the Assembly numbered no resolution so in its sixteenth session, in 1961;
      // the Council's sixteenth session met in 2011. A date that fits neither is a mistake the checks report.
      const rightsFits =
        regular !== undefined && !(organs.has('GA') && named.byName) && rightsCouncilFits(regular, citedYear);
      const rightsSession = regular !== undefined || session.startsWith('S-');
      if (named.inRightsClause && none && rightsSession && (citedYear === undefined || rightsFits)) return rights;
      if (regular !== undefined && regular < FIRST_NUMBERED_SESSION) return rightsFits ? rights : undefined;
      if (rightsFits && !assemblyFits(regular!, citedYear)) return rights;
      return { symbol: `A/RES/${session}/${item.number}${item.letter ? ` ${item.letter}` : ''}`, body: 'GA' };
    }
    case 'year': {
      const year = Number(item.session);
      if (!unnamed && !organs.has('council')) return undefined;
      if (organs.has('GA') && !organs.has('SC') && !organs.has('council') && named.byName) {
        if (year >= 1945 + FIRST_NUMBERED_SESSION) return undefined;
        return { symbol: gaRoman(item.number, toRoman(sessionOfYear(year)).toUpperCase()), body: 'GA' };
      }
      return { symbol: `S/RES/${item.number}`, body: 'SC', year };
    }
    case 'roman': {
      if ((organs.has('ECOSOC') || organs.has('council')) && !organs.has('GA')) {
        const letter = item.letter ? ` ${item.letter}` : '';
        return { symbol: `E/RES/${item.number}${letter} (${item.session})`, body: 'ECOSOC' };
      }
      return unnamed ? { symbol: gaRoman(item.number, item.session!, item.letter), body: 'GA' } : undefined;
    }
    case 'bare':
      return has('SC') || organs.has('council') ? { symbol: `S/RES/${item.number}`, body: 'SC' } : undefined;
  }
}

type Resolved = Pick<Citation, 'symbol' | 'body' | 'year'>;

/**
 * The organs named for a list, and whether the clause it is in speaks of the Human Rights Council ("her report to the
 * Human Rights Council submitted pursuant to resolution 34/24"): an organ-less NN/NNN there is the Council's.
 */
type ListOrgans = NamedOrgans & { readonly inRightsClause?: boolean };

/**
 * Whether the clause before `at` names the Human Rights Council last, with no other organ, resolution or
 * establishing after it ("the Human Rights Council, established by resolution 60/251" is the Assembly's).
 */
function inRightsClause(body: string, at: number): boolean {
  const before = body.slice(Math.max(0, at - 200), at);
  const clause = before.slice(
    Math.max(before.lastIndexOf('. '), before.lastIndexOf('; '), before.lastIndexOf(': ')) + 1,
  );
  const named = clause.lastIndexOf('Human Rights Council');
  return named >= 0 && !RIGHTS_CLAUSE_BREAK.test(clause.slice(named + 20));
}

const RIGHTS_CLAUSE_BREAK = /General Assembly|Security Council|Economic and Social|[Ee]stablish|[Cc]reat|resolution/;

/**
 * "Resolution 3369 on October 10, 1975 by the 30th … General Assembly": a bare number, the
 * first of its list, that the date and the organ named after it make an older General Assembly
 * resolution.
 */
function olderAssemblyResolution(
  number: string,
  citedDate: CitedDate | undefined,
  after: string,
): Resolved | undefined {
  if (!citedDate?.year || citedDate.year > 1976 || !/General Assembly|UNGA/.test(after)) return undefined;
  const session = sessionOfYear(citedDate.year) - (citedDate.month < 9 ? 1 : 0);
  return { symbol: gaRoman(number, toRoman(session).toUpperCase()), body: 'GA' };
}

/** Steps over footnote markers at `at`: those the parser found and superscript digits. */
function skipMarkers(body: string, at: number, base: number, markers: ReadonlyMap<number, number>): number {
  for (;;) {
    if (!MARK_START.test(body[at] ?? '') && !markers.has(base + at)) return at;
    const marker = markers.get(base + at);
    if (marker !== undefined) {
      at = marker - base;
      continue;
    }
    const mark = FOOTNOTE_MARK.exec(body.slice(at, at + 14));
    if (!mark) return at;
    at += mark[0].length;
  }
}

function restOfSeparator(body: string, at: number): number {
  return at + /^\s{0,3}(?:(?:and|or|as well as)\s{1,3})?/.exec(body.slice(at, at + 20))![0].length;
}

/** Steps over ", entitled “…”" at `at`; -1 where the title does not close within a long sentence. */
function skipTitle(body: string, at: number): number {
  const entitled = ENTITLED.exec(body.slice(at, at + 20));
  if (!entitled) return at;
  const open = at + entitled[0].length;
  const close = body.slice(open, open + 400).search(/[”"]/);
  return close < 0 ? -1 : open + close + 1;
}

/** Steps over pinpoints at `at`: ", sect. C, para. 3". */
function skipPinpoints(body: string, at: number): number {
  if (!/^,?\s[a-z]/.test(body.slice(at, at + 3))) return at;
  const pinpointAt = (i: number): RegExpExecArray | null => PINPOINT.exec(body.slice(i, i + 60));
  for (let pin = pinpointAt(at); pin; pin = pinpointAt(at)) at += pin[0].length;
  return at;
}

/**
 * Where the list goes on after what it says about an item ("… on the review of X, and 2282 (2016)"); -1 if it does
 * not.
 */
function afterAbout(body: string, at: number, form: Form): number {
  if (form !== 'session' && form !== 'year') return -1;
  if (!ABOUT.test(body.slice(at, at + 30))) return -1;
  const next = (form === 'session' ? NEXT_SESSION_ITEM : NEXT_YEAR_ITEM).exec(body.slice(at, at + 250));
  return next && /^[\s,;]/.test(next[0]) ? at + next.index + next[0].length : -1;
}

/**
 * "CAC/COSP/2013/18, sect. I.A, resolution 5/3", "Supplement No. 53 (A/73/53), chap. IV, sect. A, resolution 37/17":
 * a resolution of the body whose document is named ("(S/2020/174), resolution 1325 (2000)" is not one).
 */
const IN_DOCUMENT =
  /[A-Z]\/(?:[\w./-]|\(\w+\))*\d(?:[\w./-]|\(\w+\))*(?:\)?(?:,\s*(?:sect|annex|chap|part|para)[^,;()]{0,15})+|),\s*$/;

/**
 * The organs a keyword's list is of: named before it ("Security Council resolutions"), after it
 * ("resolutions of the Human Rights Council") or, for "including resolution 51/13", by the
 * keyword just before it in the same sentence ("Human Rights Council resolutions on the subject").
 */
function organsOfKeyword(
  body: string,
  start: number,
  end: number,
  documentOrgan: CitedBody,
  carried: Carried | undefined,
): NamedOrgans {
  if (/^UNSCR/.test(body.slice(start, end))) return SECURITY_COUNCIL;
  const before = organsBefore(body, start, documentOrgan);
  if (before.organs.size > 0 || before.draft) return before;
  const inDocument = IN_DOCUMENT.exec(body.slice(Math.max(0, start - 60), start));
  // Supplement No. 53 of the Assembly's records (A/74/53, A/74/53/Add.1) is the Human Rights Council's report.
  if (inDocument) return /^A\/\d{2,3}\/53(?![\d.])/.test(inDocument[0]) ? RIGHTS_COUNCIL : OTHER;
  const after = organAfter(body.slice(end, end + 120));
  if (after.organs.size > 0) return after;
  const gap = carried && start - carried.end <= 150 ? body.slice(carried.end, start) : undefined;
  if (gap === undefined || /[.;]\s/.test(gap) || !INTRODUCED.test(gap)) return before;
  carried!.organs ??= organsOfKeyword(body, carried!.start, carried!.keywordEnd, documentOrgan, undefined);
  return carried!.organs.organs.size > 0 ? { ...carried!.organs, byName: false } : before;
}

/** The keyword before, where its list ended, and its organs once they are needed. */
interface Carried {
  readonly start: number;
  readonly keywordEnd: number;
  readonly end: number;
  /** Read once a list after it needs them. */
  organs?: NamedOrgans;
}

/** "Human Rights Council resolutions on the subject, including resolution 51/13": the list goes on. */
const INTRODUCED =
  /(?:including|in particular|notably|especially|such as|inter alia|namely|being)\s+(?:the\s+)?(?:most\s+recent\s+|latest\s+)?$/;
const SECURITY_COUNCIL: NamedOrgans = { organs: new Set(['SC']), byName: true, draft: false };

const RIGHTS_COUNCIL: NamedOrgans = { organs: new Set(['HRC']), byName: true, draft: false };
const OTHER: NamedOrgans = { organs: new Set(['other']), byName: true, draft: false };

/** One number of a list as read, before the organ of the whole list is known. */
interface Entry {
  readonly item: Item;
  readonly span: Span;
  readonly citedDate?: CitedDate;
  /** "resolution 5/2 of the United Nations Environment Assembly": the organ named for this number alone. */
  readonly organs?: NamedOrgans;
  /** The first of a list, with nothing before it: may be an older Assembly resolution by its date. */
  readonly older?: Resolved;
}

/**
 * The list that starts at `offset`, read number by number while the numbers can be resolutions of
 * the organs named; then, if the list ends by naming its organ ("5/1 and 5/6 of 2 March 2022 of
 * the United Nations Environment Assembly"), read again for that organ. Returns where it ended.
 */
function readList(
  body: string,
  offset: number,
  named: ListOrgans,
  wordy: boolean,
  context: ListContext,
): { citations: Citation[]; end: number } {
  const { base, documentOrgan } = context;
  const skip = (at: number): number => skipMarkers(body, at, base, context.markers);
  const entries: Entry[] = [];
  let end = offset;
  for (;;) {
    const m = ITEM.exec(body.slice(offset, offset + 40));
    if (!m) break;
    const first = readItem(m);
    const previous = entries[entries.length - 1]?.item.form;
    // "resolution 2100 (2013), 40 civilian staff": a bare number only goes on a list of bare numbers.
    if (first.form === 'bare' && (previous ? previous !== 'bare' : wordy)) break;
    let at = offset + m[0].length;
    const after = organAfter(body.slice(at, at + 120));
    const organs = after.organs.size > 0 ? after : undefined;
    const items: { item: Item; span: Span }[] = [{ item: first, span: { start: base + offset, end: base + at } }];
    const letter = first.form === 'session' ? LETTER.exec(body.slice(at, at + 40)) : null;
    if (letter) {
      at += letter[0].length;
      items[0] = { item: { ...first, letter: letter[0].trim() }, span: { start: base + offset, end: base + at } };
      const letterAt = (i: number): RegExpExecArray | null => MORE_LETTER.exec(body.slice(i, i + 40));
      for (let more = letterAt(at); more; more = letterAt(at)) {
        const written = /[A-Z]+$/.exec(more[0])![0];
        at += more[0].length;
        const span = { start: base + at - written.length, end: base + at };
        items.push({ item: { ...first, letter: written }, span });
      }
    }
    at = skipPinpoints(body, skip(at));
    const dated = dateAfter(body, at) ?? (body[at] === ',' ? dateAfter(body, at + 1) : undefined);
    const citedDate = dated?.date;
    const older =
      !previous && first.form === 'bare'
        ? olderAssemblyResolution(first.number, citedDate, body.slice(at, at + 100))
        : undefined;
    if (!resolve(items[0].item, organs ?? named, documentOrgan, citedDate?.year) && !older) break;
    entries.push(...items.map(({ item, span }) => ({ item, span, citedDate, organs, older })));
    end = at = dated ? dated.end : at;
    at = skipTitle(body, skip(at));
    if (at < 0) break;
    end = at = skipPinpoints(body, skip(at));
    const separator = SEPARATOR.exec(body.slice(at, at + 20)) ?? SPACE_ONLY[first.form]?.exec(body.slice(at, at + 20));
    // "2016,³ and S-34/1": the rest of the separator after a footnote mark.
    const listed = separator ? restOfSeparator(body, skip(at + separator[0].length)) : -1;
    // ", by which it established the Council, and 65/281": a comma that starts what is said about the item.
    offset = listed >= 0 && ITEM.test(body.slice(listed, listed + 40)) ? listed : afterAbout(body, at, first.form);
    if (offset < 0) {
      offset = listed;
      break;
    }
  }
  const trailing = !named.byName ? organAfter(body.slice(end, end + 120)) : undefined;
  const listOrgans = trailing && trailing.organs.size > 0 ? trailing : named;
  const citations: Citation[] = [];
  for (const e of entries) {
    const resolved = resolve(e.item, e.organs ?? listOrgans, documentOrgan, e.citedDate?.year) ?? e.older;
    if (!resolved) continue;
    const { symbol, body: organ, year } = resolved;
    citations.push({ symbol, body: organ, year, span: e.span, citedDate: e.citedDate });
  }
  return { citations, end: Math.max(end, offset) };
}

interface ListContext {
  /** Where the text read starts in the document. */
  readonly base: number;
  readonly documentOrgan: CitedBody;
  /** A footnote marker's start to its end. */
  readonly markers: ReadonlyMap<number, number>;
}

/**
 * Every list of resolution numbers after "resolution(s)" in `body` (which starts at `base`), each
 * number with the organ that the words before the list, the words after the number and the form
 * of the number name together. `markers` maps a footnote marker's start to its end.
 */
export function resolutionLists(
  body: string,
  base: number,
  documentOrgan: CitedBody,
  markers: ReadonlyMap<number, number>,
): Citation[] {
  const found: Citation[] = [];
  let carried: Carried | undefined;
  for (const k of body.matchAll(KEYWORD)) {
    const start = k.index!;
    const keywordEnd = start + k[0].length;
    const lead = LEAD.exec(body.slice(keywordEnd, keywordEnd + 160))!;
    const listStart = keywordEnd + lead[0].length;
    // Most mentions of "resolution" start no list: their organs are read only if a later list needs them.
    if (!ITEM.test(body.slice(listStart, listStart + 40))) {
      carried = { start, keywordEnd, end: keywordEnd };
      continue;
    }
    const organs = organsOfKeyword(body, start, keywordEnd, documentOrgan, carried);
    carried = { start, keywordEnd, end: keywordEnd, organs };
    const named =
      organs.organs.size === 0 && inRightsClause(body, start) ? { ...organs, inRightsClause: true } : organs;
    if (named.draft) continue;
    // "resolutions on the Sudan, including 40 …": after words of its own a list does not start with a bare number.
    const wordy = /\p{L}/u.test(lead[0].replace(LEAD_PHRASE, ''));
    const list = readList(body, listStart, named, wordy, { base, documentOrgan, markers });
    for (const c of list.citations) found.push(c);
    if (list.citations.length > 0) carried = { ...carried, end: list.end };
  }
  return found;
}
