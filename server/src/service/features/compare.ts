import { diffArrays } from 'diff';
import type { CorpusIndex } from '../corpus/corpusIndex';
import { isPassage, passageWordHashes, shingleHashes } from '../corpus/passageIndex';
import type { DraftDocument, Paragraph, ParagraphKind, ParagraphNumber, Subparagraph } from '../model/document';
import { wordsStart } from '../model/document';
import type { Span } from '../types';

/**
 * Compares two drafts paragraph by paragraph: BASE (last year's text, the issued L. document)
 * and DRAFT (the new revision). Paragraphs are aligned by wording within their part, not by
 * line, so a renumbered paragraph reads as renumbered and a moved one as moved; sub-paragraphs
 * are aligned within their paragraph; inside a paragraph the changes are word by word.
 */

/** The parts aligned separately: a paragraph is never matched with one of another part. */
export type ComparedPart = 'header' | 'preamble' | 'operative' | 'text' | 'footnotes' | 'closing';

/**
 * What happened to a paragraph. `moved` and `changed` may also be renumbered (see `renumbered`);
 * `moved` may also be reworded (see `reworded`).
 */
export type ComparisonKind = 'unchanged' | 'renumbered' | 'moved' | 'inserted' | 'deleted' | 'changed';

/** One side of an aligned pair: a paragraph, or a sub-paragraph, of BASE or of DRAFT. */
export interface ComparedSide {
  /** Position among its part's paragraphs (or its parent's sub-paragraphs), from 0. */
  readonly index: number;
  /** The number or letter without its marker: "5", "5 bis", "b", "ii"; none for an unnumbered paragraph. */
  readonly label?: string;
  /** The number or marker as written: "5.", "(b)", "¹". */
  readonly labelSpan?: Span;
  /** The whole paragraph or sub-paragraph, its sub-paragraphs included. */
  readonly span: Span;
  /** Its own words: after its number, without its sub-paragraphs. Word edits fall inside these. */
  readonly words: readonly Span[];
  /** The paragraph it is, or the paragraph it belongs to. */
  readonly paragraph: Paragraph;
  readonly subparagraph?: Subparagraph;
}

/**
 * One change of wording: BASE's words at `base` became DRAFT's words at `draft`. An empty `base`
 * is an insertion at that point of BASE; an empty `draft` a deletion at that point of DRAFT.
 */
export interface WordEdit {
  readonly base: Span;
  readonly draft: Span;
}

export interface ComparedParagraph {
  readonly kind: ComparisonKind;
  /** Absent for an inserted paragraph. */
  readonly base?: ComparedSide;
  /** Absent for a deleted paragraph. */
  readonly draft?: ComparedSide;
  /** Both sides are numbered (or lettered) and the labels differ: old 5 → new 6. */
  readonly renumbered: boolean;
  /** Its own words or its sub-paragraphs differ. */
  readonly reworded: boolean;
  /** Word changes of its own words, in text order; empty for an unchanged, inserted or deleted one. */
  readonly edits: readonly WordEdit[];
  /** Too different (or too long and different) to compare word by word: the one edit replaces all its words. */
  readonly wholesale: boolean;
  /** Its sub-paragraphs aligned with each other, in DRAFT's order, deleted ones where they stood. */
  readonly subparagraphs: readonly ComparedParagraph[];
}

export interface PartComparison {
  readonly part: ComparedPart;
  /** In DRAFT's order; a deleted paragraph stands where it stood in BASE. */
  readonly paragraphs: readonly ComparedParagraph[];
}

export interface DraftComparison {
  /** The parts either draft has, in document order. */
  readonly parts: readonly PartComparison[];
  /** Every paragraph is unchanged. */
  readonly identical: boolean;
}

const PART_OF: Record<ParagraphKind, ComparedPart> = {
  title: 'header',
  subtitle: 'header',
  sessionHeader: 'header',
  documentSymbolLine: 'header',
  dateline: 'header',
  enactingFormula: 'header',
  preambular: 'preamble',
  operative: 'operative',
  heading: 'text',
  narrative: 'text',
  footnote: 'footnotes',
  closing: 'closing',
};
const PART_ORDER: readonly ComparedPart[] = ['header', 'preamble', 'operative', 'text', 'footnotes', 'closing'];

/** Two paragraphs sharing this share of their distinct words (Dice) are the same paragraph reworded. */
const SAME_PARAGRAPH = 0.5;
/** The only unpaired paragraphs between the same neighbours are the same one rewritten from this share on. */
const SAME_PLACE = 0.25;
/** A word in more base paragraphs than this says little about which one a paragraph is. */
const COMMON_WORD_POSTINGS = 64;
/** Base paragraphs scored exactly for each draft paragraph: the ones sharing the most rarer words. */
const CANDIDATES = 8;
/**
 * Beyond this many word edits between two paragraphs the diff gives up and replaces the whole
 * text: Myers' diff costs (n + m) × edits, so a huge, wholly rewritten paragraph stays cheap.
 */
const MAX_EDIT_LENGTH = 1000;

/** A word, a number, or one punctuation mark or emphasis marker. Linear: no nested quantifiers. */
const TOKEN = /[\p{L}\p{N}\p{M}]+(?:['’\-][\p{L}\p{N}\p{M}]+)*|[^\s\p{L}\p{N}\p{M}]/gu;
/** "¹ " or "[3] " opening a footnote's text. */
const FOOTNOTE_LABEL = /^(?:[¹²³⁴⁵⁶⁷⁸⁹⁰]+|\[\d{1,3}\])/;

interface Token {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/** A paragraph or sub-paragraph ready to be aligned. */
interface Unit {
  readonly side: Omit<ComparedSide, 'index'>;
  readonly tokens: readonly Token[];
  /** Its whole wording, sub-paragraphs included but not their letters: equal keys are equal paragraphs. */
  readonly key: string;
  /** Its distinct words, lower case, for similarity. */
  readonly words: ReadonlySet<string>;
  readonly children: readonly Unit[];
}

/** The tokens of `spans` in `text`. */
export function tokensIn(text: string, spans: readonly Span[]): Token[] {
  const tokens: Token[] = [];
  for (const span of spans) {
    const slice = text.slice(span.start, span.end);
    for (const m of slice.matchAll(TOKEN))
      tokens.push({ text: m[0], start: span.start + m.index, end: span.start + m.index + m[0].length });
  }
  return tokens;
}

/** `spans` of `text` with the `holes` (sorted) cut out, each piece trimmed of white space; empty pieces dropped. */
function without(text: string, spans: readonly Span[], holes: readonly Span[]): Span[] {
  const out: Span[] = [];
  const push = (start: number, end: number): void => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s])) s++;
    while (e > s && /\s/.test(text[e - 1])) e--;
    if (s < e) out.push({ start: s, end: e });
  };
  for (const span of spans) {
    let start = span.start;
    for (const hole of holes) {
      if (hole.end <= start || hole.start >= span.end) continue;
      if (hole.start > start) push(start, hole.start);
      start = Math.max(start, hole.end);
    }
    if (start < span.end) push(start, span.end);
  }
  return out;
}

/** The distinct words of `tokens`, lower case: punctuation and emphasis are not wording. */
function wordSet(tokens: readonly Token[]): Set<string> {
  const words = new Set<string>();
  for (const t of tokens) if (/[\p{L}\p{N}]/u.test(t.text[0])) words.add(t.text.toLowerCase());
  return words;
}

function makeUnit(text: string, side: Omit<ComparedSide, 'index'>, children: readonly Unit[]): Unit {
  const tokens = tokensIn(text, side.words);
  const words = wordSet(tokens);
  for (const child of children) for (const w of child.words) words.add(w);
  const key = [tokens.map((t) => t.text).join(' '), ...children.map((c) => c.key)].join('\u0001');
  return { side, tokens, key, words, children };
}

function subparagraphUnit(text: string, paragraph: Paragraph, sub: Subparagraph): Unit {
  const children = sub.children.map((child) => subparagraphUnit(text, paragraph, child));
  const own = without(
    text,
    [{ start: sub.markerSpan.end, end: sub.span.end }],
    sub.children.map((c) => c.span),
  );
  const side = {
    label: sub.label,
    labelSpan: sub.markerSpan,
    span: sub.span,
    words: own,
    paragraph,
    subparagraph: sub,
  };
  return makeUnit(text, side, children);
}

function paragraphUnit(doc: DraftDocument, paragraph: Paragraph): Unit {
  const children = paragraph.subparagraphs.map((sub) => subparagraphUnit(doc.text, paragraph, sub));
  let from = wordsStart(paragraph);
  let label: string | undefined;
  let labelSpan: Span | undefined;
  if (paragraph.number) {
    label = numberLabel(paragraph.number);
    labelSpan = paragraph.number.span;
  } else if (paragraph.footnoteNumber !== undefined) {
    const marker = FOOTNOTE_LABEL.exec(doc.text.slice(from, from + 8));
    label = String(paragraph.footnoteNumber);
    if (marker) {
      labelSpan = { start: from, end: from + marker[0].length };
      from = labelSpan.end;
    }
  }
  const pieces = paragraph.pieces
    .map((p) => ({ start: Math.max(p.start, from), end: p.end }))
    .filter((p) => p.start < p.end);
  const own = without(
    doc.text,
    pieces,
    paragraph.subparagraphs.map((s) => s.span),
  );
  return makeUnit(doc.text, { label, labelSpan, span: paragraph.span, words: own, paragraph }, children);
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** "5", "5 bis": a paragraph number as a drafter names it. */
export function numberLabel(number: ParagraphNumber): string {
  return `${number.value}${number.suffix ? ` ${number.suffix}` : ''}`;
}

function dice(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size + b.size === 0) return 1;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const w of small) if (large.has(w)) shared++;
  return (2 * shared) / (a.size + b.size);
}

/**
 * Pairs draft units with base units: first identical wording, then the most similar wording
 * above SAME_PARAGRAPH, best pairs first. Returns, for each draft unit, its base unit's index or -1.
 */
function matchUnits(base: readonly Unit[], draft: readonly Unit[]): number[] {
  const partner = new Array<number>(draft.length).fill(-1);
  const taken = new Array<boolean>(base.length).fill(false);
  const byKey = new Map<string, number[]>();
  // Lists from last to first: pop() hands out the first of equal paragraphs in constant time.
  for (let i = base.length - 1; i >= 0; i--) pushTo(byKey, base[i].key, i);
  draft.forEach((u, j) => {
    const i = byKey.get(u.key)?.pop();
    if (i !== undefined) {
      partner[j] = i;
      taken[i] = true;
    }
  });
  // The rest by similar wording: candidates through the words they share, then scored exactly.
  const postings = new Map<string, number[]>();
  base.forEach((u, i) => {
    if (taken[i]) return;
    for (const w of u.words) pushTo(postings, w, i);
  });
  const pairs: { i: number; j: number; score: number }[] = [];
  draft.forEach((u, j) => {
    if (partner[j] >= 0) return;
    const shared = new Map<number, number>();
    for (const w of u.words) {
      const list = postings.get(w);
      if (!list || list.length > COMMON_WORD_POSTINGS) continue;
      for (const i of list) shared.set(i, (shared.get(i) ?? 0) + 1);
    }
    const best = [...shared].sort((a, b) => b[1] - a[1]).slice(0, CANDIDATES);
    for (const [i] of best) {
      const score = dice(base[i].words, u.words);
      if (score >= SAME_PARAGRAPH) pairs.push({ i, j, score });
    }
  });
  pairs.sort((a, b) => b.score - a.score || Math.abs(a.i - a.j) - Math.abs(b.i - b.j));
  for (const { i, j } of pairs) {
    if (taken[i] || partner[j] >= 0) continue;
    taken[i] = true;
    partner[j] = i;
  }
  return partner;
}

/**
 * The draft units whose partners keep their order: the longest increasing run of partner indices
 * (patience sorting, n log n). The others have moved.
 */
export function inOrder(partner: readonly number[]): boolean[] {
  const tails: number[] = []; // draft index ending the best run of each length
  const previous = new Array<number>(partner.length).fill(-1);
  partner.forEach((i, j) => {
    if (i < 0) return;
    let low = 0;
    let high = tails.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (partner[tails[mid]] < i) low = mid + 1;
      else high = mid;
    }
    previous[j] = low > 0 ? tails[low - 1] : -1;
    tails[low] = j;
  });
  const kept = new Array<boolean>(partner.length).fill(false);
  for (let j = tails.length > 0 ? tails[tails.length - 1] : -1; j >= 0; j = previous[j]) kept[j] = true;
  return kept;
}

/** Word edits between two token lists, as spans; undefined when the diff gives up. */
function wordEdits(
  base: readonly Token[],
  draft: readonly Token[],
  baseAt: number,
  draftAt: number,
): WordEdit[] | undefined {
  const changes = diffArrays(
    base.map((t) => t.text),
    draft.map((t) => t.text),
    { maxEditLength: MAX_EDIT_LENGTH },
  );
  if (!changes) return undefined;
  const edits: WordEdit[] = [];
  let i = 0;
  let j = 0;
  const point = (tokens: readonly Token[], k: number, fallback: number): Span => {
    const at = k < tokens.length ? tokens[k].start : k > 0 ? tokens[k - 1].end : fallback;
    return { start: at, end: at };
  };
  for (let c = 0; c < changes.length; c++) {
    const change = changes[c];
    if (!change.added && !change.removed) {
      i += change.count;
      j += change.count;
      continue;
    }
    const removed = change.removed ? change.count : 0;
    const next = changes[c + 1];
    const added = change.added ? change.count : next?.added && change.removed ? (c++, next.count) : 0;
    edits.push({
      base: removed > 0 ? { start: base[i].start, end: base[i + removed - 1].end } : point(base, i, baseAt),
      draft: added > 0 ? { start: draft[j].start, end: draft[j + added - 1].end } : point(draft, j, draftAt),
    });
    i += removed;
    j += added;
  }
  return edits;
}

function sideOf(unit: Unit, index: number): ComparedSide {
  return { ...unit.side, index };
}

function comparePair(
  base: Unit,
  baseIndex: number,
  draft: Unit,
  draftIndex: number,
  moved: boolean,
): ComparedParagraph {
  const subparagraphs = alignUnits(base.children, draft.children);
  const baseAt = base.side.words[0]?.start ?? base.side.span.end;
  const draftAt = draft.side.words[0]?.start ?? draft.side.span.end;
  const sameWords =
    base.tokens.length === draft.tokens.length && base.tokens.every((t, i) => t.text === draft.tokens[i].text);
  // Own words paired for their place more than their wording are rewritten whole, not word by word.
  const rewritten = dice(wordSet(base.tokens), wordSet(draft.tokens)) < SAME_PLACE;
  const found = sameWords ? [] : rewritten ? undefined : wordEdits(base.tokens, draft.tokens, baseAt, draftAt);
  const whole = (unit: Unit, at: number): Span =>
    unit.tokens.length > 0
      ? { start: unit.tokens[0].start, end: unit.tokens[unit.tokens.length - 1].end }
      : { start: at, end: at };
  const edits = found ?? [{ base: whole(base, baseAt), draft: whole(draft, draftAt) }];
  const renumbered =
    base.side.label !== undefined && draft.side.label !== undefined && base.side.label !== draft.side.label;
  const reworded = edits.length > 0 || subparagraphs.some((s) => s.kind !== 'unchanged' && s.kind !== 'renumbered');
  const kind: ComparisonKind = moved ? 'moved' : reworded ? 'changed' : renumbered ? 'renumbered' : 'unchanged';
  return {
    kind,
    base: sideOf(base, baseIndex),
    draft: sideOf(draft, draftIndex),
    renumbered,
    reworded,
    edits,
    wholesale: found === undefined,
    subparagraphs,
  };
}

function lone(kind: 'inserted' | 'deleted', unit: Unit, index: number): ComparedParagraph {
  const side = sideOf(unit, index);
  return {
    kind,
    ...(kind === 'inserted' ? { draft: side } : { base: side }),
    renumbered: false,
    reworded: false,
    edits: [],
    wholesale: false,
    subparagraphs: unit.children.map((child, k) => lone(kind, child, k)),
  };
}

/**
 * Between two paragraphs that keep their place, a paragraph of BASE and one of DRAFT left unpaired
 * are one paragraph rewritten when they bear the same number, or when they are the only ones there
 * and still share some wording: footnote 3 "A/78/261." became "A/79/315.", not a new footnote.
 */
function pairInGaps(base: readonly Unit[], draft: readonly Unit[], partner: number[], kept: boolean[]): void {
  const taken = new Array<boolean>(base.length).fill(false);
  for (const i of partner) if (i >= 0) taken[i] = true;
  let previousBase = -1;
  let previousDraft = -1;
  for (let j = 0; j <= draft.length; j++) {
    if (j < draft.length && !kept[j]) continue;
    const nextBase = j < draft.length ? partner[j] : base.length;
    const freeBase: number[] = [];
    for (let i = previousBase + 1; i < nextBase; i++) if (!taken[i]) freeBase.push(i);
    const freeDraft: number[] = [];
    for (let k = previousDraft + 1; k < j; k++) if (partner[k] < 0) freeDraft.push(k);
    const pair = (i: number, k: number): void => {
      partner[k] = i;
      kept[k] = true;
      taken[i] = true;
    };
    if (freeBase.length === 1 && freeDraft.length === 1) {
      if (
        dice(base[freeBase[0]].words, draft[freeDraft[0]].words) >= SAME_PLACE ||
        sameLabel(base[freeBase[0]], draft[freeDraft[0]])
      ) {
        pair(freeBase[0], freeDraft[0]);
      }
    } else {
      const byLabel = new Map<string, number[]>();
      for (let f = freeBase.length - 1; f >= 0; f--) {
        const label = base[freeBase[f]].side.label;
        if (label !== undefined) pushTo(byLabel, label, freeBase[f]);
      }
      let lastPaired = -1;
      for (const k of freeDraft) {
        const same = draft[k].side.label === undefined ? undefined : byLabel.get(draft[k].side.label!);
        while (same && same.length > 0 && same[same.length - 1] <= lastPaired) same.pop();
        const i = same?.pop();
        if (i === undefined) continue;
        pair(i, k);
        lastPaired = i;
      }
    }
    previousBase = nextBase;
    previousDraft = j;
  }
}

function sameLabel(a: Unit, b: Unit): boolean {
  return a.side.label !== undefined && a.side.label === b.side.label;
}

/** Aligns two lists of paragraphs (or sub-paragraphs): DRAFT's order, deleted ones where they stood in BASE. */
function alignUnits(base: readonly Unit[], draft: readonly Unit[]): ComparedParagraph[] {
  const partner = matchUnits(base, draft);
  const kept = inOrder(partner);
  pairInGaps(base, draft, partner, kept);
  const matched = new Array<boolean>(base.length).fill(false);
  for (const i of partner) if (i >= 0) matched[i] = true;
  const out: ComparedParagraph[] = [];
  let nextBase = 0;
  const flushDeleted = (upTo: number): void => {
    for (; nextBase < upTo; nextBase++) if (!matched[nextBase]) out.push(lone('deleted', base[nextBase], nextBase));
  };
  draft.forEach((unit, j) => {
    const i = partner[j];
    if (i < 0) {
      out.push(lone('inserted', unit, j));
      return;
    }
    if (kept[j]) flushDeleted(i + 1);
    out.push(comparePair(base[i], i, unit, j, !kept[j]));
  });
  flushDeleted(base.length);
  return out;
}

function unitsByPart(doc: DraftDocument): Map<ComparedPart, Unit[]> {
  const parts = new Map<ComparedPart, Unit[]>();
  for (const paragraph of doc.paragraphs) {
    pushTo(parts, PART_OF[paragraph.kind], paragraphUnit(doc, paragraph));
  }
  return parts;
}

/** The part a paragraph (or sub-paragraph) of either draft belongs to. */
export function partOf(side: ComparedSide): ComparedPart {
  return PART_OF[side.paragraph.kind];
}

/** Parts a paragraph moves between, in both directions: "Recognizing …," becomes "5. Recognizes …;". */
const MOVES_ACROSS: readonly (readonly [ComparedPart, ComparedPart])[] = [
  ['preamble', 'operative'],
  ['operative', 'preamble'],
];

/**
 * A paragraph deleted from one part and one inserted in the other with the same (or similar) words is
 * one paragraph moved: it stands, moved, where DRAFT has it, and no longer as deleted where BASE had it.
 */
function pairAcrossParts(
  parts: Map<ComparedPart, ComparedParagraph[]>,
  baseParts: Map<ComparedPart, Unit[]>,
  draftParts: Map<ComparedPart, Unit[]>,
): void {
  for (const [from, to] of MOVES_ACROSS) {
    const deleted = (parts.get(from) ?? []).filter((c) => c.kind === 'deleted');
    const inserted = (parts.get(to) ?? []).filter((c) => c.kind === 'inserted');
    if (deleted.length === 0 || inserted.length === 0) continue;
    const baseUnits = deleted.map((c) => baseParts.get(from)![c.base!.index]);
    const draftUnits = inserted.map((c) => draftParts.get(to)![c.draft!.index]);
    const partner = matchUnits(baseUnits, draftUnits);
    const gone = new Set<ComparedParagraph>();
    const moved = new Map<ComparedParagraph, ComparedParagraph>();
    partner.forEach((i, j) => {
      if (i < 0) return;
      gone.add(deleted[i]);
      const { base: b, draft: d } = { base: deleted[i].base!, draft: inserted[j].draft! };
      moved.set(inserted[j], comparePair(baseUnits[i], b.index, draftUnits[j], d.index, true));
    });
    parts.set(
      from,
      parts.get(from)!.filter((c) => !gone.has(c)),
    );
    parts.set(
      to,
      parts.get(to)!.map((c) => moved.get(c) ?? c),
    );
  }
}

/** Compares DRAFT with BASE, part by part; a paragraph moved between preamble and operative part as moved. */
export function compareDrafts(base: DraftDocument, draft: DraftDocument): DraftComparison {
  const baseParts = unitsByPart(base);
  const draftParts = unitsByPart(draft);
  const aligned = new Map<ComparedPart, ComparedParagraph[]>();
  for (const part of PART_ORDER) {
    if (baseParts.has(part) || draftParts.has(part))
      aligned.set(part, alignUnits(baseParts.get(part) ?? [], draftParts.get(part) ?? []));
  }
  pairAcrossParts(aligned, baseParts, draftParts);
  const parts = [...aligned].map(([part, paragraphs]) => ({ part, paragraphs }));
  return { parts, identical: parts.every((p) => p.paragraphs.every((c) => c.kind === 'unchanged')) };
}

/** Corpus paragraphs asked of the passage index per paragraph of the draft. */
const CLOSEST_CANDIDATES = 12;

function bareTitle(title: string | undefined): string | undefined {
  return title
    ?.replace(/^(?:A\/RES\/)?(?:ES-|S-)?\d{1,3}\/\d{1,4}\.\s*/, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/**
 * The corpus document closest to the draft, usually last year's text on the same item: one with
 * the same title (its number left out) first, else the one sharing the most wording, paragraph by
 * paragraph. Never the draft itself or a copy of it.
 */
export function closestCorpusDocument(doc: DraftDocument, uri: string, corpus: CorpusIndex): string | undefined {
  const self = corpus.sameText(uri);
  const scores = new Map<string, number>();
  for (const paragraph of doc.paragraphs) {
    if (!isPassage(paragraph)) continue;
    const best = new Map<string, number>();
    for (const c of corpus.passages.candidates(
      shingleHashes(passageWordHashes(doc, paragraph)),
      self,
      CLOSEST_CANDIDATES,
    )) {
      best.set(c.uri, Math.max(best.get(c.uri) ?? 0, c.score));
    }
    for (const [candidate, score] of best) scores.set(candidate, (scores.get(candidate) ?? 0) + score);
  }
  const title = bareTitle(doc.title && doc.text.slice(doc.title.span.start, doc.title.span.end));
  const sameItem = (candidate: string): boolean =>
    title !== undefined && bareTitle(corpus.document(candidate)?.title) === title;
  const ranked = [...scores].sort((a, b) => Number(sameItem(b[0])) - Number(sameItem(a[0])) || b[1] - a[1]);
  return ranked[0]?.[0];
}
