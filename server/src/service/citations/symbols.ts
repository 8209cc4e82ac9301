import type { Span } from '../types';
import type { Citation } from './recognise';
import { dateAfter } from './dates';

/**
 * A UN document symbol: a series in capitals, then parts separated by "/", one of them with a
 * digit: "A/78/100", "S/2024/123", "S/PRST/2030/1", "S/AC.99/2030/1", "A/CONF.300/2030/2",
 * "CD/9/Rev.1", "E/CN.6/2024/L.3", "A/ES-10/123", "ICCD/COP(14)/23", "A/HRC/RES/S-30/1".
 * Each part is letters or digits with "." inside ("CONF.300", "Add.1"), an optional "ES-" or
 * "S-" before it and a bracketed number after it; no part can match in two ways, so the scan
 * is linear.
 */
const SYMBOL =
  /(?<![\w/.])[A-Z]{1,10}(?:-[A-Z]{1,10})?(?:\/(?:[A-Z]{1,5}-)?[A-Za-z0-9]+(?:\.[A-Za-z0-9]+)*(?:\(\d{1,3}\))?)+/y;

/**
 * The matches of SYMBOL in `body`, as a global scan would find them, but tried only before a "/": every symbol
 * has one after its series, and a pattern tried at every capital of the text is many times slower than indexOf.
 * The series before the "/" is capitals and a hyphen, so a match starts where that run starts or after its hyphen.
 */
function symbolMatches(body: string): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  let from = 0;
  for (let slash = body.indexOf('/'); slash >= 0; slash = body.indexOf('/', Math.max(slash + 1, from))) {
    let runStart = slash;
    while (runStart > from && slash - runStart <= 21 && isSeriesCharacter(body.charCodeAt(runStart - 1))) runStart--;
    for (let start = runStart; start < slash; start++) {
      if (start !== runStart && body[start - 1] !== '-') continue;
      SYMBOL.lastIndex = start;
      const m = SYMBOL.exec(body);
      if (!m) continue;
      found.push(m);
      from = start + m[0].length;
      break;
    }
  }
  return found;
}

/** A capital or a hyphen: what the series of a symbol is written with ("A", "CEDAW", "UNEP-POPS"). */
function isSeriesCharacter(code: number): boolean {
  return (code >= 65 && code <= 90) || code === 45;
}
/**
 * The volume, part or section written after a symbol: " (Vol. I)", " (Part II)", " (Parts I and II)", " (Sect. 29A)",
 * " (Introduction)".
 */
const VOLUME =
  /^\s?\((?:(?:Vol|Part|Parts|Sect)\.?\s?(?:[IVXLC]{1,6}|\d{1,3}[A-Z]?)(?:\s(?:and|to)\s(?:[IVXLC]{1,6}|\d{1,3}[A-Z]?))?|Introduction)\)(?:\/(?:Add|Corr|Rev)\.\d{1,3})*/;
/** "and Add.1", ", Corr.1" after a symbol: a further part of the same document. */
const FOLLOWING_PART = /^(?:,\s*|\s+and\s+)((Add|Corr|Rev|Amend)\.\d{1,3})(?![\w/])/;
/** The hyphen of a joint symbol, "A/63/228-S/2008/531" (also as a non-breaking hyphen or an en dash). */
const JOINT = /^[-‑–]$/;
/** "S/RES/1515 (2003)", "S/RES/2042(2012)": a Council resolution and its year. */
const COUNCIL_RESOLUTION = /^S\/RES\/(\d{1,4})$/;
const COUNCIL_YEAR = /^\s?\((\d{4})\)/;
/** "A/RES/61/49", "A/RES/ES-10/19", "A/RES/S-27/2"; "A/RES/194 (III)" with its session in Roman numerals. */
const ASSEMBLY_RESOLUTION = /^A\/RES\/(?:(?:ES-|S-)?\d{1,3}\/\d{1,4}|(\d{1,4}))$/;
const ROMAN_SESSION_AFTER = /^\s?\(((?:E?S-)?[IVXL]{1,8})\)/;
/** "A/HRC/RES/7/1", the UN's symbol, also written "HRC/RES/7/1": one canonical symbol for both. */
const RIGHTS_COUNCIL_RESOLUTION = /^(?:A\/)?HRC\/RES\/((?:S-)?\d{1,3}\/\d{1,4})$/;
const ECOSOC_RESOLUTION = /^E\/RES\/\d{4}\/\d{1,4}$/;

/**
 * Every UN symbol written out in `body` (which starts at `base` in the document): resolutions
 * with their organ ("A/RES/…", "S/RES/…", "A/HRC/RES/…", "E/RES/…") and other documents, each
 * with the parts that follow it ("A/63/L.44 and Add.1" gives A/63/L.44 and A/63/L.44/Add.1).
 */
export function writtenSymbols(body: string, base: number): Citation[] {
  const found: Citation[] = [];
  // "decision XII/19" of a conference of parties is not a UN symbol; every UN symbol has a digit.
  const matches = symbolMatches(body).filter((m) => /\d/.test(m[0]) && !/^[IVXLC]+\/\d+$/.test(m[0]));
  for (let i = 0; i < matches.length; i++) {
    const m = matches[i];
    const at = m.index!;
    let end = at + m[0].length;
    const read = readSymbol(m[0], body.slice(end, end + 40));
    end += read.extra;
    const span = { start: base + at, end: base + end };
    found.push({ ...read.citation, span, citedDate: dateAfter(body, end)?.date });
    if (read.citation.body !== 'document') continue;
    // "A/63/228-S/2008/531 and Corr.1": the part belongs to the whole joint symbol, named by its first.
    const next = matches[i + 1];
    const partsFrom = next && next.index === end + 1 && JOINT.test(body[end]) ? next.index + next[0].length : end;
    for (const part of followingParts(read.citation.symbol, body, partsFrom, base)) found.push(part);
  }
  return found;
}

interface ReadSymbol {
  readonly citation: Omit<Citation, 'span'>;
  /** Characters after the matched symbol that belong to it: a year, a session, a volume. */
  readonly extra: number;
}

function readSymbol(symbol: string, after: string): ReadSymbol {
  const council = COUNCIL_RESOLUTION.exec(symbol);
  if (council) {
    const year = COUNCIL_YEAR.exec(after);
    const citation = { symbol, body: 'SC', year: year ? Number(year[1]) : undefined } as const;
    return { citation, extra: year ? year[0].length : 0 };
  }
  const assembly = ASSEMBLY_RESOLUTION.exec(symbol);
  if (assembly) {
    const session = assembly[1] ? ROMAN_SESSION_AFTER.exec(after) : undefined;
    const citation = { symbol: session ? `${symbol} (${session[1]})` : symbol, body: 'GA' } as const;
    return { citation, extra: session ? session[0].length : 0 };
  }
  const rights = RIGHTS_COUNCIL_RESOLUTION.exec(symbol);
  if (rights) return { citation: { symbol: `A/HRC/RES/${rights[1]}`, body: 'HRC' }, extra: 0 };
  if (ECOSOC_RESOLUTION.test(symbol)) return { citation: { symbol, body: 'ECOSOC' }, extra: 0 };
  const volume = VOLUME.exec(after);
  if (!volume) return { citation: { symbol, body: 'document' }, extra: 0 };
  const citation = { symbol: `${symbol} ${volume[0].trim().replace(/\s+/g, ' ')}`, body: 'document' } as const;
  return { citation, extra: volume[0].length };
}

/** "and Add.1, Add.2 and Corr.1": each a document of its own, the kind's number replaced or a kind added. */
function followingParts(symbol: string, body: string, from: number, base: number): Citation[] {
  const parts: Citation[] = [];
  let current = symbol;
  let at = from;
  const partAt = (i: number): RegExpExecArray | null => FOLLOWING_PART.exec(body.slice(i, i + 20));
  for (let part = partAt(at); part; part = partAt(at)) {
    const [whole, name, kind] = part;
    const sameKind = new RegExp(`/${kind}\\.\\d{1,3}$`);
    current = sameKind.test(current) ? current.replace(sameKind, `/${name}`) : `${current}/${name}`;
    const span: Span = { start: base + at + whole.length - name.length, end: base + at + whole.length };
    parts.push({ symbol: current, body: 'document', span });
    at += whole.length;
  }
  return parts;
}
