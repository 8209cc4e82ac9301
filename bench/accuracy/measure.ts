/**
 * Scores the service's reading of one rendering against the UN's gold: structure, block kinds,
 * findings on an adopted text, and citations against the UN's links.
 */
import { Citation, recogniseCitations } from '../../server/src/service/citations/recognise';
import { DraftDocument, Paragraph, Subparagraph } from '../../server/src/service';
import { getDiagnostics } from '../../server/src/service/features/diagnostics';
import { parseDraft } from '../../server/src/service/model/parser';
import type { AknDocument, GoldPoint } from '../../server/src/workspace/readers/aknDocument';
import type { BlockKind, RenderedLink, Rendering } from './layouts';
import { correctedGold, DivergenceCheck } from './goldDivergences';
import { knownDefect } from './knownDefects';

/**
 * The comparison form of a symbol: capitals, no spaces, a Council resolution without its year
 * (the service writes "S/RES/2619", the UN links "S/RES/2619(2022)"). "A/RES/48/218 B" and
 * "A/RES/48/218b" are the same key; "A/RES/48/218" is not.
 */
export function symbolKey(symbol: string): string {
  // "(supp)" in the UN's address names the Official Records supplement, which the text does not write.
  const key = symbol
    .toUpperCase()
    .replace(/\s+/g, '')
    .replace(/\(SUPP\)$/, '');
  const council = /^S\/RES\/(\d{1,5})(?:\(\d{4}\))?$/.exec(key);
  return council ? `S/RES/${council[1]}` : key;
}

/** "A/RES/54/237C" → document "A/RES/54/237", part C; "A/RES/217A(III)"; a range of parts, "A/RES/57/130A-B". */
const LETTERED = /^([AE]\/RES\/(?:(?:E?S-)?\d+\/)?\d+)([A-Z]{1,2})(?:-([A-Z]{1,2}))?(\([IVXL]+\))?$/;

/** "A/CONF.157/24 (Part I)", "A/62/40 (Vol. I)": a part or volume of the document the UN may link as a whole. */
const IN_VOLUME = /^([^(]+)\((?:PARTS?|VOL\.?)[^()]*\)$/;

const partOrder = (letter: string): number => letter.length * 100 + letter.charCodeAt(letter.length - 1);

/**
 * Whether a found symbol is the one the UN links, both as keys. A resolution in parts ("54/237 C", "217 A (III)") is
 * one document of the UN, which links a part now to that document ("A/RES/54/237", "A/RES/217(III)", 2 300 links of
 * the development set), now to the part ("A/RES/67/234b") or to a range of parts ("A/RES/57/130A-B"): a part read
 * is right against any of these; so is a volume or part of a document ("A/CONF.157/24 (Part I)") against the
 * document. A symbol read without its letter or part stays wrong against a link to a part.
 */
export function sameSymbol(found: string, gold: string): boolean {
  if (found === gold) return true;
  const volume = IN_VOLUME.exec(found);
  if (volume) return volume[1] === gold;
  const part = LETTERED.exec(found);
  if (!part || part[3]) return false;
  const document = part[1] + (part[4] ?? '');
  if (document === gold) return true;
  const range = LETTERED.exec(gold);
  if (!range || range[1] + (range[4] ?? '') !== document) return false;
  const at = partOrder(part[2]);
  return partOrder(range[2]) <= at && at <= partOrder(range[3] ?? range[2]);
}

/** The kind of symbol, for recall by kind: "A/RES", "S/RES", "S/PRST", "A/CONF", "A/…", "S/…", "E/…", "other". */
export function symbolClass(key: string): string {
  for (const prefix of ['A/RES/', 'S/RES/', 'S/PRST/', 'A/CONF.', 'A/HRC/', 'E/RES/'])
    if (key.startsWith(prefix)) return prefix.replace(/[/.]$/, '');
  if (/^[ASE]\//.test(key)) return `${key[0]}/…`;
  return 'other';
}

export interface StructureDiff {
  readonly aspect: 'preambular' | 'operative' | 'numbers' | 'subparagraphs' | 'footnotes';
  readonly expected: string;
  readonly found: string;
}

export interface CitationMiss {
  readonly symbol: string;
  /** What the service found on those words, if anything. */
  readonly found?: string;
  readonly context: string;
}

export interface DocumentScore {
  readonly symbol: string;
  readonly file: string;
  readonly exact: boolean;
  readonly diffs: readonly StructureDiff[];
  /** Exact against the gold with its listed divergences applied (goldDivergences.ts); `exact` where none is. */
  readonly exactCorrected: boolean;
  /** The listed divergences of this document and how each fared in this rendering. */
  readonly divergences: readonly DivergenceCheck[];
  /** Per block kind: [read right, total]. */
  readonly blocks: Readonly<Record<string, readonly [number, number]>>;
  readonly misreadBlocks: readonly string[];
  /** `known`: why it is a real defect of the UN's text (knownDefects.ts), counted apart from the false alarms. */
  readonly findings: readonly { code: string; severity: string; line: number; message: string; known?: string }[];
  readonly goldCitations: number;
  readonly recalled: number;
  readonly recallByClass: Readonly<Record<string, readonly [number, number]>>;
  readonly misses: readonly CitationMiss[];
  /** Found citations: on a UN link and equal to it, on a link but another symbol, or on no link. */
  readonly correct: number;
  readonly wrong: number;
  readonly wrongList: readonly CitationMiss[];
  /**
   * Not on its own link, but its draft's symbol, a symbol the UN links elsewhere
   * in the text, a symbol written out in full (the UN linking nothing, a part or another issue), or
   * an unlinked "1296 (2000)" read as a Council resolution, which its form says it is.
   */
  readonly confirmedElsewhere: number;
  /** The document's own symbol (its symbol line, a print layout's running headers): not scored. */
  readonly ownSymbol: number;
  /** On no link and not confirmed: real or not, the gold cannot say. */
  readonly unverified: number;
  readonly unverifiedList: readonly string[];
  /** The distinct symbols cited, as keys, the document's own left out: for the comparison with the English version. */
  readonly cited: readonly string[];
}

const PARSER_KIND: Record<BlockKind, string> = {
  title: 'title',
  formula: 'enactingFormula',
  heading: 'heading',
  preambular: 'preambular',
  operative: 'operative',
  footnote: 'footnote',
  closing: 'closing',
};

/** The Cyrillic letters Russian texts type for the Latin labels they look like: "а)", "с)", "е)". */
const CYRILLIC_LOOKALIKES: Readonly<Record<string, string>> = { а: 'a', с: 'c', е: 'e', о: 'o', р: 'p', х: 'x' };

/**
 * "с)" in a Cyrillic letter, then "d)", "e)": the UN's markup, not knowing "d" follows that "с", nests the next points
 * in a sublist under it ("а b с(d е(f))", A/RES/78/212); they are its siblings, as the text's series says.
 */
function unnestLookalikes(points: readonly GoldPoint[]): GoldPoint[] {
  return points.flatMap((p) => {
    const latin = CYRILLIC_LOOKALIKES[p.label];
    const first = p.children[0]?.label;
    if (!latin || first !== String.fromCharCode(latin.charCodeAt(0) + 1)) return [p];
    return [{ ...p, children: [] }, ...unnestLookalikes(p.children)];
  });
}

/** Labels of the points; an indent marked by a dash or a bullet has none to compare. */
function goldLabels(points: readonly GoldPoint[]): string {
  return unnestLookalikes(points)
    .filter((p) => /^[\p{L}\d]+$/u.test(p.label))
    .map((p) => {
      const children = goldLabels(p.children);
      return children ? `${p.label}(${children})` : p.label;
    })
    .join(' ');
}

/**
 * Labels of the sub-paragraphs that start a line. An enumeration inside a running sentence ("in particular: (i) full
 * implementation …; (ii) …") the UN never marks up as points: it is no part of the comparison on either side.
 */
function parsedLabels(subs: readonly Subparagraph[]): string {
  return subs
    .filter((s) => !s.inline)
    .map((s) => {
      const children = parsedLabels(s.children);
      return children ? `${s.label}(${children})` : s.label;
    })
    .join(' ');
}

/**
 * "33 – تشير …": a number the UN wrote in a paragraph's text without marking it up as its <num> (an Arabic operative
 * number with an en dash, often): the paragraph's number all the same.
 */
const WRITTEN_NUMBER = /^[\u200e\u200f]?(\d{1,3})[ \u00a0]*[-\u2013.][\u200e\u200f]?[ \u00a0]/;
/** "41 приветствует …", "2 Condemns …": the same with no mark at all, read only where it is the next number. */
const BARE_WRITTEN_NUMBER = /^(\d{1,3})[ \u00a0]+(?=\p{L})/u;

function goldParagraphNumber(b: AknDocument['body'][number], previous?: string): string {
  const bare = BARE_WRITTEN_NUMBER.exec(b.text.text)?.[1];
  const next = bare !== undefined && previous !== undefined && Number(bare) === Number(previous) + 1 ? bare : undefined;
  return goldNumber(b.num ?? WRITTEN_NUMBER.exec(b.text.text)?.[1] ?? next);
}

/** The operative paragraphs' numbers in the gold, each read knowing the one before. */
function goldParagraphNumbers(blocks: readonly AknDocument['body'][number][]): string[] {
  const numbers: string[] = [];
  for (const b of blocks) numbers.push(goldParagraphNumber(b, numbers[numbers.length - 1]));
  return numbers;
}

function goldNumber(num: string | undefined): string {
  return (num ?? '')
    .replace(/\s*[.)-]$/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

function parsedNumber(p: Paragraph): string {
  return p.number ? `${p.number.value}${p.number.suffix ? ` ${p.number.suffix}` : ''}` : '';
}

function compress(numbers: readonly string[]): string {
  const out: string[] = [];
  let i = 0;
  while (i < numbers.length) {
    let j = i;
    while (j + 1 < numbers.length && /^\d+$/.test(numbers[j]) && Number(numbers[j + 1]) === Number(numbers[j]) + 1) j++;
    out.push(
      j > i + 1
        ? `${numbers[i]}–${numbers[j]}`
        : numbers
            .slice(i, j + 1)
            .map((n) => n || '·')
            .join(','),
    );
    i = j + 1;
  }
  return out.join(',');
}

/**
 * "будучи убеждена в том, что …:" then "a) …," "b) …,": the UN's markup may put the list of a preambular paragraph in
 * a `blockList` of its own after it (A/RES/75/55), which reads as a block with no words of its own, only points; it
 * is the paragraph's list, not a paragraph.
 */
function listOfPreambularParagraph(body: AknDocument['body'], i: number): boolean {
  const b = body[i];
  const before = body[i - 1];
  return (
    b.text.text.trim() === '' &&
    b.points.length > 0 &&
    before?.kind === 'preambular' &&
    /:[\s\u00a0]*$/u.test(before.text.text)
  );
}

/**
 * "Exact" structure: the same number of preambular paragraphs, the same operative paragraphs
 * with the same numbers in the same order (an un-numbered one counts as "·"), the same
 * sub-paragraph labels with the same nesting in every operative paragraph (those that start a line), and the
 * same number of footnotes. Paragraphs of annexes are left out on both sides; footnotes are counted over all.
 */
function structure(gold: AknDocument, doc: DraftDocument, annexStart: number): StructureDiff[] {
  const diffs: StructureDiff[] = [];
  const inBody = (p: Paragraph): boolean => p.span.start < annexStart;
  const preambular = doc.preambular.filter(inBody);
  const operative = doc.operative.filter(inBody);
  const goldPre = gold.body.filter((b, i) => b.kind === 'preambular' && !listOfPreambularParagraph(gold.body, i));
  const goldOps = gold.body.filter((b) => b.kind === 'operative');
  if (preambular.length !== goldPre.length)
    diffs.push({ aspect: 'preambular', expected: String(goldPre.length), found: String(preambular.length) });
  if (operative.length !== goldOps.length)
    diffs.push({ aspect: 'operative', expected: String(goldOps.length), found: String(operative.length) });
  const goldNumbers = goldParagraphNumbers(goldOps);
  const expectedNumbers = compress(goldNumbers);
  const foundNumbers = compress(operative.map(parsedNumber));
  if (expectedNumbers !== foundNumbers)
    diffs.push({ aspect: 'numbers', expected: expectedNumbers, found: foundNumbers });
  const labelDiffs: string[] = [];
  const labelFound: string[] = [];
  goldOps.forEach((b, i) => {
    const expected = goldLabels(b.points);
    const found = operative[i] ? parsedLabels(operative[i].subparagraphs) : '';
    if (expected !== found) {
      labelDiffs.push(`${goldNumbers[i] || '·'}: ${expected || '—'}`);
      labelFound.push(`${goldNumbers[i] || '·'}: ${found || '—'}`);
    }
  });
  if (labelDiffs.length)
    diffs.push({
      aspect: 'subparagraphs',
      expected: labelDiffs.slice(0, 3).join('; '),
      found: labelFound.slice(0, 3).join('; '),
    });
  if (doc.footnotes.length !== gold.footnotes.length)
    diffs.push({ aspect: 'footnotes', expected: String(gold.footnotes.length), found: String(doc.footnotes.length) });
  return diffs;
}

const COUNCIL_FORM = /^\d{1,4} \((?:19[4-9]\d|20\d\d)\)$/;

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

function context(text: string, at: number): string {
  return text.slice(Math.max(0, at - 40), at + 40).replace(/\s+/g, ' ');
}

export function measure(gold: AknDocument, rendering: Rendering, file: string): DocumentScore {
  const doc = parseDraft(rendering.text);
  const diffs = structure(gold, doc, rendering.annexStart);
  const corrected = correctedGold(file, gold, rendering, doc);
  const exactCorrected = corrected ? structure(corrected.gold, doc, corrected.annexStart).length === 0 : !diffs.length;

  const blocks: Record<string, [number, number]> = {};
  const misreadBlocks: string[] = [];
  const byStart = new Map<number, Paragraph>(doc.paragraphs.map((p) => [p.span.start, p]));
  for (const b of rendering.blocks) {
    const p = byStart.get(b.span.start);
    const right = p !== undefined && p.span.end === b.span.end && p.kind === PARSER_KIND[b.kind];
    const tally = (blocks[b.kind] ??= [0, 0]);
    tally[1]++;
    if (right) tally[0]++;
    else if (misreadBlocks.length < 5) {
      const length = b.span.end - b.span.start;
      const got = p
        ? `${p.kind}${p.span.end === b.span.end ? '' : ` ending at +${p.span.end - b.span.start} of ${length}`}`
        : 'no paragraph starts here';
      misreadBlocks.push(
        `${b.kind} "${rendering.text.slice(b.span.start, b.span.start + 50).replace(/\s+/g, ' ')}" read as ${got}`,
      );
    }
  }

  const findings = getDiagnostics(doc)
    .filter((d) => d.severity === 'error' || d.severity === 'warning')
    .map((d) => ({
      code: d.code,
      severity: d.severity,
      line: doc.lines.positionAt(d.span.start).line + 1,
      message: d.message,
      known: knownDefect(file, doc, d),
    }));

  return {
    symbol: gold.symbol,
    file,
    exact: diffs.length === 0,
    diffs,
    exactCorrected,
    divergences: corrected?.checks ?? [],
    blocks,
    misreadBlocks,
    findings,
    ...citations(gold, rendering, recogniseCitations(doc)),
  };
}

/**
 * The UN's markup breaks one link where its formatting changes: "<a>61/194</a><a>,</a>" (119 links of the
 * development set on a comma or an "and" alone), "<a>S/PRST/</a> <a>2014/23</a>". Links to one symbol with
 * nothing but spaces between them are one link, scored once.
 */
function joinedLinks(links: readonly RenderedLink[], text: string): RenderedLink[] {
  const joined: RenderedLink[] = [];
  for (const l of [...links].sort((a, b) => a.span.start - b.span.start)) {
    const last = joined[joined.length - 1];
    const between = last && last.span.end <= l.span.start ? text.slice(last.span.end, l.span.start) : undefined;
    if (last && last.symbol === l.symbol && between !== undefined && /^\s*$/.test(between))
      joined[joined.length - 1] = { symbol: l.symbol, span: { start: last.span.start, end: l.span.end } };
    else joined.push(l);
  }
  return joined;
}

function citations(gold: AknDocument, rendering: Rendering, found: readonly Citation[]) {
  const text = rendering.text;
  const links = joinedLinks(rendering.links, text).map((l) => ({ ...l, key: symbolKey(l.symbol) }));
  const recallByClass: Record<string, [number, number]> = {};
  const misses: CitationMiss[] = [];
  let recalled = 0;
  for (const link of links) {
    const on = found.filter((c) => overlaps(c.span, link.span));
    const hit = on.some((c) => sameSymbol(symbolKey(c.symbol), link.key));
    const tally = (recallByClass[symbolClass(link.key)] ??= [0, 0]);
    tally[1]++;
    if (hit) {
      recalled++;
      tally[0]++;
    } else {
      misses.push({
        symbol: link.symbol,
        found: on.map((c) => c.symbol).join(', ') || undefined,
        context: context(text, link.span.start),
      });
    }
  }
  const own = symbolKey(gold.symbol);
  const confirmed = new Set([...gold.originatingDocuments, ...links.map((l) => l.symbol)].map(symbolKey));
  let correct = 0;
  let wrong = 0;
  let confirmedElsewhere = 0;
  let ownSymbol = 0;
  const wrongList: CitationMiss[] = [];
  const unverifiedList: string[] = [];
  for (const c of found) {
    const key = symbolKey(c.symbol);
    const on = links.filter((l) => overlaps(c.span, l.span));
    // A symbol written out in full is what the text says, even where the UN links only part of it
    // ("A/50/60-S/1995/1" linked as A/50/60), another issue ("A/75/3/Rev.1" linked as A/75/3) or nothing.
    const writtenOut = symbolKey(text.slice(c.span.start, c.span.end)) === key;
    if (on.some((l) => sameSymbol(key, l.key))) correct++;
    else if (on.length === 0 && key === own) ownSymbol++;
    else if (writtenOut || (on.length === 0 && confirmed.has(key))) confirmedElsewhere++;
    else if (on.length === 0 && COUNCIL_FORM.test(text.slice(c.span.start, c.span.end).replace(/\s+/g, ' '))) {
      // Unlinked, but "1296 (2000)" has the form of a Council resolution: no other body numbers so.
      if (key.startsWith('S/RES/')) confirmedElsewhere++;
      else {
        wrong++;
        wrongList.push({
          symbol: 'a Council resolution, by its form',
          found: c.symbol,
          context: context(text, c.span.start),
        });
      }
    } else if (on.length > 0) {
      wrong++;
      wrongList.push({
        symbol: on.map((l) => l.symbol).join(', '),
        found: c.symbol,
        context: context(text, c.span.start),
      });
    } else unverifiedList.push(`${c.symbol} «${text.slice(c.span.start, c.span.end)}»`);
  }
  return {
    goldCitations: links.length,
    recalled,
    recallByClass,
    misses,
    correct,
    wrong,
    wrongList,
    confirmedElsewhere,
    ownSymbol,
    unverified: unverifiedList.length,
    unverifiedList,
    cited: [...new Set(found.map((c) => symbolKey(c.symbol)))].filter((key) => key !== own),
  };
}
