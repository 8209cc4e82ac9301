/**
 * The citation grammar of the five languages besides English (whose grammar is in citations/):
 * "sa résolution 61/49 du 4 décembre 2006", "su resolución 61/49, de 4 de diciembre de 2006",
 * "свою резолюцию 61/49 от 4 декабря 2006 года", "قرارها 61/49", "résolutions 242 (1967) et 338 (1973)
 * du Conseil de sécurité", and in Chinese "第61/49号决议", "安全理事会第242(1967)号决议".
 * Each keyword reads a bounded slice after it, so the scan stays linear in the text.
 */
import { assemblyFits, rightsCouncilFits } from '../citations/lists';
import type { Citation } from '../citations/recognise';
import { toRoman } from '../model/subparagraphs';
import { LANGUAGES } from './index';
import type { CitationGrammar, LanguageCode } from './types';

/**
 * "61/49", "45/10 B", "ES-10/19", "S-24/2" (a no-break hyphen too), in Arabic "دإط-10/15" (emergency special session)
 * and "دإ-30/1" (special session): an Assembly (or Council) resolution of a session. Russian texts may type a part's
 * letter in the Cyrillic capital it looks like: "50/70 Р" is 50/70 P.
 */
/** The prefix of a special or emergency special session's number, as the symbol writes it. */
const SPECIAL_SESSION: Readonly<Record<string, string>> = { ES: 'ES', S: 'S', دإط: 'ES', دإ: 'S' };
/** A special session's prefix as texts write it, then its hyphen ("ES-10", or a no-break hyphen). */
const SPECIAL_PREFIX = `(${Object.keys(SPECIAL_SESSION).join('|')})[-\\u2011]`;
const SESSION_NUMBER = new RegExp(
  `^(?:${SPECIAL_PREFIX}(\\d{1,2})\\/(\\d{1,4})|` +
    '(\\d{1,3})\\/(\\d{1,4})(?:[ \\u00a0]?([A-ZАВСЕНКМОРТХ])(?![\\p{L}\\d]))?)(?![\\d/])',
  'u',
);
/** The Latin capital each Cyrillic look-alike stands for. */
const LATIN_OF_CYRILLIC: Readonly<Record<string, string>> = {
  А: 'A',
  В: 'B',
  С: 'C',
  Е: 'E',
  Н: 'H',
  К: 'K',
  М: 'M',
  О: 'O',
  Р: 'P',
  Т: 'T',
  Х: 'X',
};
/** "242 (1967)", "2282(2016)": a Security Council resolution and its year. */
const COUNCIL_NUMBER = /^(\d{1,4})[ \u00a0]?\((\d{4})\)/u;
/**
 * "1514 (XV)", "2200 A (XXI)" (in Russian its "А" may be Cyrillic), "1874 (S-IV)" (a special session), in Arabic
 * "1514 (د-15)" and "1874 (دإ-4)": an Assembly resolution of a session numbered in Roman.
 */
const ROMAN_NUMBER =
  /^(\d{1,4})(?:[ \u00a0]?([A-ZАВСЕНКМОРТХ]))?[ \u00a0]?\((?:(S[-\u2011])?([IVXL]{1,6})|د(إ)?[ \u00a0]?-[ \u00a0]?(\d{1,2}))\)/u;
/** "2016/6": a resolution of the Economic and Social Council, by year. */
const YEAR_NUMBER = /^((?:19|20)\d{2})\/(\d{1,3})(?![\d/])/u;
/**
 * How much of a list is read at a time (a long dated list runs on past it: the slice moves on with the list, so a
 * list costs its own length), how far a list may run at most, and how far around its keyword the organ is looked for.
 */
const WINDOW = 1500;
const WINDOW_LEFT = 500;
const LONGEST_LIST = 20_000;
const ORGAN_WINDOW = 60;
/** How far what a list says about an item may run before the next number of the list. */
const ABOUT_REACH = 300;

type Body = 'GA' | 'SC' | 'HRC' | 'ECOSOC';

/** The resolution number at the start of `text` in a list of `organ`'s, and its length. */
function readNumber(text: string, start: number, organ: Body, part?: string): Citation | undefined {
  const council = COUNCIL_NUMBER.exec(text);
  const at = (written: string): { start: number; end: number } => ({ start, end: start + written.length });
  if (council) return { symbol: `S/RES/${Number(council[1])}`, body: 'SC', span: at(council[0]), year: +council[2] };
  const roman = ROMAN_NUMBER.exec(text);
  if (roman) {
    const letter = roman[2] ? ` ${LATIN_OF_CYRILLIC[roman[2]] ?? roman[2]}` : '';
    const special = roman[3] || roman[5] ? 'S-' : '';
    const session = special + (roman[4] ?? toRoman(Number(roman[6])).toUpperCase());
    return { symbol: `A/RES/${roman[1]}${letter} (${session})`, body: 'GA', span: at(roman[0]) };
  }
  // "2016/22": no other organ numbers its resolutions by year, whether or not the Council is named near the list.
  const year = YEAR_NUMBER.exec(text);
  if (year) return { symbol: `E/RES/${year[1]}/${year[2]}`, body: 'ECOSOC', span: at(year[0]) };
  const session = SESSION_NUMBER.exec(text);
  if (!session) return undefined;
  if (session[1]) {
    const number = `${SPECIAL_SESSION[session[1]]}-${session[2]}/${session[3]}`;
    // The Human Rights Council holds special sessions too: "S-16/1" of its own.
    return organ === 'HRC' && SPECIAL_SESSION[session[1]] === 'S'
      ? { symbol: `A/HRC/RES/${number}`, body: 'HRC', span: at(session[0]) }
      : { symbol: `A/RES/${number}`, body: 'GA', span: at(session[0]) };
  }
  const [, , , , s, n, written] = session;
  const letter = written && (LATIN_OF_CYRILLIC[written] ?? written);
  const number = `${s}/${n}${(letter ?? part) ? ` ${letter ?? part}` : ''}`;
  return organ === 'HRC'
    ? { symbol: `A/HRC/RES/${number}`, body: 'HRC', span: at(session[0]) }
    : { symbol: `A/RES/${number}`, body: 'GA', span: at(session[0]) };
}

/** The organ whose list a keyword opens: the Human Rights or the Economic and Social Council named near it. */
function organNear(around: string, grammar: CitationGrammar): Body {
  if (grammar.humanRightsCouncil.test(around)) return 'HRC';
  return grammar.economicAndSocialCouncil.test(around) ? 'ECOSOC' : 'GA';
}

/**
 * "résolutions 27/13 du 25 septembre 2014": a number no organ is named for, whose date the Assembly's session cannot
 * have and the Human Rights Council's can, is the Council's (as citations/lists.ts reads English).
 */
function byDate(c: Citation, organ: Body, date: string | undefined): Citation {
  const session = /^A\/RES\/(\d{1,2})\//.exec(c.symbol);
  // "٢٠١٠": Arabic texts may write the year in Arabic-Indic digits.
  const western = date?.replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x660));
  const year = western ? Number(/\d{4}/.exec(western)?.[0]) : undefined;
  if (organ !== 'GA' || !session || assemblyFits(Number(session[1]), year)) return c;
  return rightsCouncilFits(Number(session[1]), year) ? { ...c, symbol: `A/HRC${c.symbol.slice(1)}`, body: 'HRC' } : c;
}

/** "27/21" of the Assembly read as the Human Rights Council's, named after it: the Assembly's own stay. */
function ofRightsCouncil(c: Citation): Citation {
  return /^A\/RES\/\d+\//.test(c.symbol) ? { ...c, symbol: `A/HRC${c.symbol.slice(1)}`, body: 'HRC' } : c;
}

/** A footnote marker after a list item's date: "du 25 septembre 2014¹, 30/4 du …"; in Markdown "2014[^1]", "([^1])". */
const FOOTNOTE_MARK = /^(?:[¹²³⁴⁵⁶⁷⁸⁹⁰]+|\(?\[\^\d{1,3}\]\)?)/u;

const partWords = new Map<CitationGrammar, RegExp>();

/** " لام": a part spelt out after a number, in a language that spells them. */
function partWord(grammar: CitationGrammar): RegExp | undefined {
  if (!grammar.parts) return undefined;
  const cached = partWords.get(grammar);
  if (cached) return cached;
  const pattern = new RegExp(`^[ \u00a0]+(${grammar.parts.join('|')})(?![\\p{L}])`, 'u');
  partWords.set(grammar, pattern);
  return pattern;
}

/**
 * "217 ألف (د-3)": a resolution of a session numbered in Roman whose part is spelt out between its number and its
 * session, read as "217 A (د-3)" would be.
 */
function spelledPart(text: string, start: number, organ: Body, grammar: CitationGrammar): Citation | undefined {
  const digits = /^\d{1,4}/u.exec(text)?.[0];
  const part = digits ? partWord(grammar)?.exec(text.slice(digits.length)) : undefined;
  if (!digits || !part) return undefined;
  const letter = String.fromCharCode(65 + grammar.parts!.indexOf(part[1]));
  const c = readNumber(`${digits} ${letter}${text.slice(digits.length + part[0].length)}`, start, organ);
  if (!c?.symbol.endsWith(')')) return undefined;
  return { ...c, span: { start, end: c.span.end - 2 + part[0].length } };
}

/**
 * "36/87 A et B", "52/38 لام وميم": a further part of the number before, after the list's separator; its length
 * and letter.
 */
function furtherPart(text: string, grammar: CitationGrammar): { length: number; letter: string } | undefined {
  const separator = grammar.separator.exec(text);
  if (!separator) return undefined;
  const after = text.slice(separator[0].length);
  const written = /^([A-ZАВСЕНКМОРТХ])(?![\p{L}\p{N}/])/u.exec(after)?.[1];
  if (written) return { length: separator[0].length + 1, letter: LATIN_OF_CYRILLIC[written] ?? written };
  const spelt = grammar.parts?.findIndex((p) => after.startsWith(p) && !/\p{L}/u.test(after[p.length] ?? ''));
  if (spelt === undefined || spelt < 0) return undefined;
  return { length: separator[0].length + grammar.parts![spelt].length, letter: String.fromCharCode(65 + spelt) };
}

/** "2360 (2017) 2424 (2018)": two Council resolutions with the comma between them left out. */
const SPACE_BEFORE_COUNCIL_NUMBER = /^\s+(?=\d{1,4}[ \u00a0]?\(\d{4}\))/u;
/** The next number of a list, in the form of the number before it: "74/274", "2282 (2016)". */
const NEXT_NUMBER: Readonly<Record<'session' | 'council', RegExp>> = {
  session: new RegExp(`(?<![\\p{L}\\d/.-])(?:${SPECIAL_PREFIX})?\\d{1,3}\\/\\d{1,4}(?![\\d/])`, 'gu'),
  council: /(?<![\p{L}\d/.-])\d{1,4}[ \u00a0]?\(\d{4}\)/gu,
};
/** What a list says about an item ends at a sentence's end, a colon or another list's keyword. */
const ABOUT_ENDS = /[.:!?;؛。][ \u00a0\n]/u;
/** The end of a separator before a number: ", ", " и ", " et ", " y ", "، و". */
const SEPARATED = /(?:[,،;؛]\s*|\s)(?:(?:и|et|y|و)\s*)?$/u;

/**
 * Where the list goes on after an item ending at `at` (-1 where it does not): past its separator, or past what the
 * list says about it ("… года об общем обзоре …, 73/189") to the next number of the same form.
 */
function nextItem(rest: string, at: number, item: Citation, grammar: CitationGrammar): number {
  const separator =
    grammar.separator.exec(rest.slice(at)) ??
    (item.body === 'SC' ? SPACE_BEFORE_COUNCIL_NUMBER.exec(rest.slice(at)) : null);
  if (separator) {
    const after = at + separator[0].length;
    if (readsAsNumber(rest.slice(after)) || !grammar.about) return after;
  }
  if (!grammar.about?.test(rest.slice(at, at + 40))) return separator ? at + separator[0].length : -1;
  const session = /^A\/(?:HRC\/)?RES\/(?:E?S-)?\d{1,3}\//.test(item.symbol);
  const form = item.body === 'SC' ? 'council' : session ? 'session' : undefined;
  if (!form) return -1;
  const reach = rest.slice(at, at + ABOUT_REACH);
  const pattern = NEXT_NUMBER[form];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(reach); m; m = pattern.exec(reach)) {
    const between = reach.slice(0, m.index);
    if (ABOUT_ENDS.test(between) || between.search(grammar.keyword) >= 0) return -1;
    if (SEPARATED.test(between)) return at + m.index;
  }
  return -1;
}

const LIST_NUMBER_START = new RegExp(`^(?:${SPECIAL_PREFIX})?\\d`, 'u');

/** Whether a list number starts `text`. */
function readsAsNumber(text: string): boolean {
  return LIST_NUMBER_START.test(text);
}

/** The list after each keyword of `grammar` in `body` (at `base` in the document). */
function keywordLists(body: string, base: number, grammar: CitationGrammar): Citation[] {
  const found: Citation[] = [];
  for (const k of body.matchAll(grammar.keyword)) {
    const from = k.index + k[0].length;
    const around = body.slice(Math.max(0, k.index - ORGAN_WINDOW), from + ORGAN_WINDOW);
    const organ = organNear(around, grammar);
    let start = from;
    let rest = body.slice(start, start + WINDOW);
    let at = /^\s*/u.exec(rest)![0].length;
    at += grammar.beforeList.exec(rest.slice(at))?.[0].length ?? 0;
    let undated = found.length;
    for (;;) {
      if (at > WINDOW - WINDOW_LEFT) {
        if (start + at - from > LONGEST_LIST) break;
        start += at;
        at = 0;
        rest = body.slice(start, start + WINDOW);
      }
      const c =
        readNumber(rest.slice(at), base + start + at, organ) ??
        spelledPart(rest.slice(at), base + start + at, organ, grammar);
      if (!c) break;
      const length = c.span.end - c.span.start;
      const part = partWord(grammar)?.exec(rest.slice(at + length));
      const letter = part ? String.fromCharCode(65 + grammar.parts!.indexOf(part[1])) : undefined;
      const items = [letter ? readNumber(rest.slice(at), base + start + at, organ, letter)! : c];
      at += length + (part?.[0].length ?? 0);
      const lettered = / [A-Z]$/.test(items[0].symbol) ? items[0].symbol.slice(0, -1) : undefined;
      for (
        let more = lettered && furtherPart(rest.slice(at), grammar);
        more;
        more = furtherPart(rest.slice(at), grammar)
      ) {
        const end = base + start + at + more.length;
        items.push({ ...items[0], symbol: lettered + more.letter, span: { start: end - 1, end } });
        at += more.length;
      }
      const council = grammar.councilAfterNumber?.exec(rest.slice(at));
      at += council?.[0].length ?? 0;
      // "59/276, sección XI, de 23 de diciembre de 2004": a part of the text cited may stand before its date.
      at += grammar.annex?.exec(rest.slice(at))?.[0].length ?? 0;
      const date = grammar.date.exec(rest.slice(at))?.[0];
      found.push(...items);
      // "34/8, 35/34 et 45/11 du Conseil des droits de l’homme": the Council named after a number is that of the
      // numbers before it with no date of their own, too.
      if (council) for (let i = undated; i < found.length; i++) found[i] = ofRightsCouncil(found[i]);
      // "33/12 et 33/13 du 29 septembre 2016": the date after the last number dates those before it with none.
      if (date) for (let i = undated; i < found.length; i++) found[i] = byDate(found[i], organ, date);
      if (date) undated = found.length;
      at += date?.length ?? 0;
      at += grammar.title?.exec(rest.slice(at))?.[0].length ?? 0;
      at += grammar.annex?.exec(rest.slice(at))?.[0].length ?? 0;
      at += FOOTNOTE_MARK.exec(rest.slice(at))?.[0].length ?? 0;
      const next = nextItem(rest, at, items[0], grammar);
      if (next < 0) break;
      at = next;
    }
  }
  return found;
}

/**
 * "第67/123号", "2042(2012)、", "第1514(XV)号", "第2016/6号", "ES-10/15号", "第1874(S-IV)号": a number and what follows it
 * in a Chinese list.
 */
const CHINESE_NUMBER = new RegExp(
  '(?<![\\d/A-Za-z.-])((?:E?S[-\\u2011])?\\d{1,4}\\/\\d{1,4}(?:[ \\u00a0]?[A-Z](?![A-Za-z]))?|\\d{1,4}[ \\u00a0]?\\(\\d{4}\\)|' +
    '\\d{1,4}[ \\u00a0]?[A-Z]?[ \\u00a0]?\\((?:S[-\\u2011])?[IVXL]{1,6}\\))(?=[ \\u00a0]?(?:号|、|和|及|至))',
  'gu',
);
/** What the list is of: resolutions (决议), not decisions (决定); read as far as a long dated list runs. */
const CHINESE_KIND = /决[议定]/u;
const CHINESE_LIST = 1200;
const CHINESE_DATE = /(\d{4})年\d{1,2}月\d{1,2}日第?$/u;

/**
 * The organ a Chinese number is of: the last named before it in its clause, past its date and the list's numbers
 * ("经济及社会理事会2019年7月23日第2019/19和2019/20号决议", "人权理事会关于《…》的第17/4号决议"); the Assembly's if none,
 * or where "其" ("its") stands before the number or its date.
 */
const CHINESE_ORGAN = 80;
const CHINESE_ORGANS = /人权理事会|经济及社会理事会|大会|安全理事会|安理会|其(?=[\d第])/gu;

function chineseOrgan(before: string): Body {
  const clause = before.slice(
    Math.max(before.lastIndexOf('，'), before.lastIndexOf('；'), before.lastIndexOf('。')) + 1,
  );
  const named = [...clause.matchAll(CHINESE_ORGANS)].pop()?.[0];
  return named === '人权理事会' ? 'HRC' : named === '经济及社会理事会' ? 'ECOSOC' : 'GA';
}

function chineseLists(body: string, base: number): Citation[] {
  const found: Citation[] = [];
  for (const m of body.matchAll(CHINESE_NUMBER)) {
    const end = m.index + m[0].length;
    const kind = CHINESE_KIND.exec(body.slice(end, end + CHINESE_LIST));
    if (!kind || kind[0] !== '决议') continue;
    const organ = chineseOrgan(body.slice(Math.max(0, m.index - CHINESE_ORGAN), m.index));
    const c = readNumber(m[1], base + m.index, organ);
    // "2014年9月25日第27/13号": the date is written before the number.
    if (c) found.push(byDate(c, organ, CHINESE_DATE.exec(body.slice(Math.max(0, m.index - 16), m.index))?.[1]));
  }
  return found;
}

/** The resolutions a paragraph piece in `language` cites by number; none for English (citations/ reads it). */
export function foreignResolutionLists(body: string, base: number, language: LanguageCode): Citation[] {
  // A hard-wrapped line ends where a space was, and Markdown's emphasis and escapes may cut a list anywhere
  // ("*1267 (1999)* *و*", "الأول/ \\ديسمبر"): one space for one character keeps every offset.
  const flat = body.replace(/[\r\n\t*_\\]/g, ' ');
  if (language === 'zh') return chineseLists(flat, base);
  const grammar = LANGUAGES[language].citations;
  return grammar ? keywordLists(flat, base, grammar) : [];
}
