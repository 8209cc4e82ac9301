/**
 * The citation grammar of the five languages besides English (whose grammar is in citations/):
 * "sa résolution 61/49 du 4 décembre 2006", "su resolución 61/49, de 4 de diciembre de 2006",
 * "свою резолюцию 61/49 от 4 декабря 2006 года", "قرارها 61/49", "résolutions 242 (1967) et 338 (1973)
 * du Conseil de sécurité", and in Chinese "第61/49号决议", "安全理事会第242(1967)号决议".
 * Each keyword reads a bounded slice after it, so the scan stays linear in the text.
 */
import type { Citation } from '../citations/recognise';
import { LANGUAGES } from './index';
import type { CitationGrammar, LanguageCode } from './types';

/** "61/49", "45/10 B", "ES-10/19": an Assembly (or Council) resolution of a session. */
const SESSION_NUMBER = /^(?:(ES-\d{1,2})\/(\d{1,4})|(\d{1,3})\/(\d{1,4})(?:[ \u00a0]?([A-Z])(?![\p{L}\d]))?)(?![\d/])/u;
/** "242 (1967)", "2282(2016)": a Security Council resolution and its year. */
const COUNCIL_NUMBER = /^(\d{1,4})[ \u00a0]?\((\d{4})\)/u;
/** How far after a keyword its list is read, and how far around it the organ is looked for. */
const WINDOW = 1500;
const ORGAN_WINDOW = 60;

type Body = 'GA' | 'SC' | 'HRC';

function citation(written: string, start: number, organ: Body, part?: string): Citation | undefined {
  const council = COUNCIL_NUMBER.exec(written);
  const span = { start, end: start + written.length };
  if (council) return { symbol: `S/RES/${Number(council[1])}`, body: 'SC', span, year: Number(council[2]) };
  const session = SESSION_NUMBER.exec(written);
  if (!session) return undefined;
  if (session[1]) return { symbol: `A/RES/${session[1]}/${session[2]}`, body: 'GA', span };
  const [, , , s, n, letter] = session;
  const number = `${s}/${n}${(letter ?? part) ? ` ${letter ?? part}` : ''}`;
  return organ === 'HRC'
    ? { symbol: `A/HRC/RES/${number}`, body: 'HRC', span }
    : { symbol: `A/RES/${number}`, body: 'GA', span };
}

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

/** The list after each keyword of `grammar` in `body` (at `base` in the document). */
function keywordLists(body: string, base: number, grammar: CitationGrammar): Citation[] {
  const found: Citation[] = [];
  for (const k of body.matchAll(grammar.keyword)) {
    const from = k.index + k[0].length;
    const rest = body.slice(from, from + WINDOW);
    const around = body.slice(Math.max(0, k.index - ORGAN_WINDOW), from + ORGAN_WINDOW);
    const organ: Body = grammar.humanRightsCouncil.test(around) ? 'HRC' : 'GA';
    let at = /^\s*/u.exec(rest)![0].length;
    at += grammar.beforeList.exec(rest.slice(at))?.[0].length ?? 0;
    for (;;) {
      const item = COUNCIL_NUMBER.exec(rest.slice(at)) ?? SESSION_NUMBER.exec(rest.slice(at));
      const part = item && partWord(grammar)?.exec(rest.slice(at + item[0].length));
      const letter = part ? String.fromCharCode(65 + grammar.parts!.indexOf(part[1])) : undefined;
      const c = item && citation(item[0], base + from + at, organ, letter);
      if (!item || !c) break;
      found.push(c);
      at += item[0].length + (part?.[0].length ?? 0);
      at += grammar.date.exec(rest.slice(at))?.[0].length ?? 0;
      const separator = grammar.separator.exec(rest.slice(at));
      if (!separator) break;
      at += separator[0].length;
    }
  }
  return found;
}

/** "第67/123号", "2042(2012)、": a number and what follows it in a Chinese list. */
const CHINESE_NUMBER =
  /(?<![\d/A-Za-z.])(\d{1,3}\/\d{1,4}(?:[ \u00a0]?[A-Z](?![A-Za-z]))?|\d{1,4}[ \u00a0]?\(\d{4}\))(?=号|、|和|及|至)/gu;
/** What the list is of: resolutions (决议), not decisions (决定). */
const CHINESE_KIND = /决[议定]/u;

function chineseLists(body: string, base: number): Citation[] {
  const found: Citation[] = [];
  for (const m of body.matchAll(CHINESE_NUMBER)) {
    const end = m.index + m[0].length;
    const kind = CHINESE_KIND.exec(body.slice(end, end + 300));
    if (!kind || kind[0] !== '决议') continue;
    const before = body.slice(Math.max(0, m.index - 12), m.index);
    const c = citation(m[1], base + m.index, before.includes('人权理事会') ? 'HRC' : 'GA');
    if (c) found.push(c);
  }
  return found;
}

/** The resolutions a paragraph piece in `language` cites by number; none for English (citations/ reads it). */
export function foreignResolutionLists(body: string, base: number, language: LanguageCode): Citation[] {
  if (language === 'zh') return chineseLists(body, base);
  const grammar = LANGUAGES[language].citations;
  return grammar ? keywordLists(body, base, grammar) : [];
}
