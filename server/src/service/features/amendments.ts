import type { DraftDocument } from '../model/document';
import { ordinalWord } from '../model/ordinals';
import type { Span } from '../types';
import { ComparedParagraph, ComparedPart, ComparedSide, DraftComparison, partOf, tokensIn } from './compare';

/**
 * The differences of DRAFT from BASE written as formal amendments to BASE, in the UN's form:
 * "In operative paragraph 5, replace "urges" by "calls upon"", "After the third preambular
 * paragraph, insert the following paragraph: …", numbered by BASE's paragraphs.
 */

/** More word changes than this in one paragraph, or most of its words: the paragraph is replaced whole. */
const MAX_WORD_AMENDMENTS = 4;
/** Words of context added before a quoted phrase that occurs more than once in its paragraph. */
const MAX_CONTEXT = 8;
/** Word changes at most this many words apart are amended together. */
const MERGE_GAP = 3;

type Token = ReturnType<typeof tokensIn>[number];

/** "the third preambular paragraph", "operative paragraph 5", "operative paragraph 5 (b)". */
function nameOf(part: ComparedPart, side: ComparedSide, parent?: ComparedSide): string {
  if (side.subparagraph) return `${parent ? nameOf(part, parent) : 'the paragraph'} (${side.label})`;
  return partOf(side) === 'preamble'
    ? `the ${ordinalWord(side.index + 1)} preambular paragraph`
    : `operative paragraph ${side.label ?? side.index + 1}`;
}

function capitalised(text: string): string {
  return text[0].toUpperCase() + text.slice(1);
}

/** A quotation of the draft's words: one line, without emphasis markers, in double quotes. */
function quote(text: string): string {
  return `"${text.replace(/[*_]/g, '').replace(/\s+/g, ' ').trim()}"`;
}

function wordsOf(doc: DraftDocument, side: ComparedSide): string {
  return side.words.map((w) => doc.text.slice(w.start, w.end)).join(' ');
}

function textOf(doc: DraftDocument, tokens: readonly Token[], from: number, to: number): string {
  return from >= to ? '' : doc.text.slice(tokens[from].start, tokens[to - 1].end);
}

function occurrences(tokens: readonly Token[], from: number, to: number): number {
  const length = to - from;
  let count = 0;
  for (let i = 0; i + length <= tokens.length; i++) {
    let k = 0;
    while (k < length && tokens[i + k].text === tokens[from + k].text) k++;
    if (k === length) count++;
  }
  return count;
}

/** An emphasis marker alone is formatting, not wording: it is not amended. */
function isWording(doc: DraftDocument, span: Span): boolean {
  return /[^\s*_]/.test(doc.text.slice(span.start, span.end));
}

/** The first token at or after `offset`. */
function tokenAt(tokens: readonly Token[], offset: number): number {
  let low = 0;
  let high = tokens.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (tokens[mid].start < offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * The word changes of a paragraph as clauses: `replace "X" by "Y"`, `delete "X"`,
 * `after "X" insert "Y"`; a phrase found more than once in the paragraph takes the words before it.
 */
function wordClauses(base: DraftDocument, draft: DraftDocument, compared: ComparedParagraph): string[] {
  const tokens = tokensIn(base.text, compared.base!.words);
  // Changes a few words apart are one amendment: "replace "77/207 of 15 December 2022" by "78/193 of …"".
  const groups: { from: number; to: number; draft: Span }[] = [];
  for (const edit of compared.edits) {
    if (!isWording(base, edit.base) && !isWording(draft, edit.draft)) continue;
    const from = tokenAt(tokens, edit.base.start);
    const to = tokenAt(tokens, edit.base.end);
    const last = groups[groups.length - 1];
    if (last && from - last.to <= MERGE_GAP) {
      groups[groups.length - 1] = { from: last.from, to, draft: { start: last.draft.start, end: edit.draft.end } };
    } else {
      groups.push({ from, to, draft: edit.draft });
    }
  }
  return groups.map(({ from, to, draft: span }) => {
    const added = draft.text.slice(span.start, span.end);
    if (from === to) {
      // An insertion: after the words before it, or before the paragraph's first words.
      if (from === 0) {
        return `before ${quote(textOf(base, tokens, 0, Math.min(tokens.length, 3)))} insert ${quote(added)}`;
      }
      let anchor = from - 1;
      while (anchor > 0 && from - anchor < MAX_CONTEXT && occurrences(tokens, anchor, from) > 1) anchor--;
      return `after ${quote(textOf(base, tokens, anchor, from))} insert ${quote(added)}`;
    }
    let start = from;
    while (start > 0 && from - start < MAX_CONTEXT && occurrences(tokens, start, to) > 1) start--;
    const context = textOf(base, tokens, start, from);
    const removed = textOf(base, tokens, start, to);
    if (added.length === 0) return `delete ${quote(removed)}`;
    return `replace ${quote(removed)} by ${quote(context ? `${context} ${added}` : added)}`;
  });
}

function joined(clauses: readonly string[]): string {
  if (clauses.length <= 1) return clauses.join('');
  return `${clauses.slice(0, -1).join(', ')} and ${clauses[clauses.length - 1]}`;
}

/** Whether the changes are better read as the paragraph replaced whole. */
function rewrittenWhole(base: DraftDocument, compared: ComparedParagraph, clauses: readonly string[]): boolean {
  const words = wordsOf(base, compared.base!).length;
  const changed = compared.edits.reduce((n, e) => n + (e.base.end - e.base.start), 0);
  return compared.wholesale || clauses.length > MAX_WORD_AMENDMENTS || changed > words / 2;
}

/** Amendments to one aligned list (a part's paragraphs, or a paragraph's sub-paragraphs), in BASE's order. */
function amendList(
  base: DraftDocument,
  draft: DraftDocument,
  part: ComparedPart,
  list: readonly ComparedParagraph[],
  parent?: ComparedParagraph,
): { order: number; text: string }[] {
  const out: { order: number; text: string }[] = [];
  const noun = parent ? 'subparagraph' : 'paragraph';
  const name = (side: ComparedSide): string => (parent ? `subparagraph (${side.label})` : nameOf(part, side));
  const within = (text: string): string => (parent ? `In ${nameOf(part, parent.base!)}, ${text}` : capitalised(text));
  // Where an insertion or a moved paragraph goes: after the nearest paragraph of BASE that stays in place before it.
  let anchor: ComparedSide | undefined;
  let order = -0.5;
  for (let i = 0; i < list.length; i++) {
    const compared = list[i];
    if (compared.kind === 'inserted' || compared.kind === 'moved') {
      const group: ComparedParagraph[] = [compared];
      while (compared.kind === 'inserted' && list[i + 1]?.kind === 'inserted') group.push(list[++i]);
      const first = list.find((c) => c.base && c.kind !== 'moved')?.base;
      if (compared.kind === 'moved') {
        const to = anchor ? `to follow ${name(anchor)}` : `to precede ${name(first!)}`;
        // A paragraph from the other part goes where it is moved to, among this part's amendments.
        const at = partOf(compared.base!) === part ? compared.base!.index : order + 0.25;
        out.push({ order: at, text: `${within(`move ${name(compared.base!)} ${to}`)}.` });
        if (compared.reworded) out.push(...amendPair(base, draft, part, compared, parent));
        continue;
      }
      const where = anchor ? `after ${name(anchor)}` : first ? `before ${name(first)}` : '';
      // Quoted without DRAFT's number: BASE's paragraphs are renumbered by the last amendment.
      const texts = group
        .map((c) => quote(draft.text.slice(c.draft!.words[0]?.start ?? c.draft!.span.start, c.draft!.span.end)))
        .map((t) => `    ${t}`);
      const what = group.length === 1 ? `the following ${noun}` : `the following ${noun}s`;
      const instruction = within(`${where ? `${where}, ` : ''}insert ${what}:`);
      out.push({ order: order + 0.25, text: `${instruction}\n${texts.join('\n')}` });
      continue;
    }
    const side = compared.base!;
    order = side.index;
    anchor = side;
    if (compared.kind === 'deleted') out.push({ order, text: `${within(`delete ${name(side)}`)}.` });
    else if (compared.reworded) out.push(...amendPair(base, draft, part, compared, parent));
  }
  return out;
}

/** Amendments to the wording of one paragraph of BASE kept in DRAFT. */
function amendPair(
  base: DraftDocument,
  draft: DraftDocument,
  part: ComparedPart,
  compared: ComparedParagraph,
  parent?: ComparedParagraph,
): { order: number; text: string }[] {
  const order = compared.base!.index;
  const name = nameOf(part, compared.base!, parent?.base);
  const clauses = wordClauses(base, draft, compared);
  const out: { order: number; text: string }[] = [];
  if (clauses.length > 0) {
    out.push({
      order,
      text: rewrittenWhole(base, compared, clauses)
        ? `Replace ${name} by the following:\n    ${quote(wordsOf(draft, compared.draft!))}`
        : `In ${name}, ${joined(clauses)}.`,
    });
  }
  out.push(...amendList(base, draft, part, compared.subparagraphs, compared).map((a) => ({ order, text: a.text })));
  if (compared.subparagraphs.some((sub) => sub.renumbered)) {
    out.push({ order, text: `In ${name}, reletter the subparagraphs accordingly.` });
  }
  return out;
}

/**
 * The amendments, numbered, preamble first then the operative part, each in BASE's order.
 * Renumbering is one closing amendment; changes elsewhere (title block, footnotes) are named, not amended.
 */
export function amendmentsText(base: DraftDocument, draft: DraftDocument, comparison: DraftComparison): string {
  const lines: string[] = [];
  for (const part of ['preamble', 'operative'] as const) {
    const paragraphs = comparison.parts.find((p) => p.part === part)?.paragraphs ?? [];
    const amendments = amendList(base, draft, part, paragraphs).sort((a, b) => a.order - b.order);
    lines.push(...amendments.map((a) => a.text));
    if (part === 'operative' && paragraphs.some((p) => p.renumbered)) {
      lines.push('Renumber the operative paragraphs accordingly.');
    }
  }
  const elsewhere = comparison.parts.filter(
    (p) => p.part !== 'preamble' && p.part !== 'operative' && p.paragraphs.some((c) => c.kind !== 'unchanged'),
  );
  const numbered = lines.map((text, i) => `${i + 1}. ${text}`);
  if (elsewhere.length > 0) {
    numbered.push(
      `(Not written as amendments: changes in the ${elsewhere.map((p) => PART_WORDS[p.part]).join(', ')}.)`,
    );
  }
  if (numbered.length === 0) return 'No amendments: the preamble and the operative part are the same.\n';
  return `${numbered.join('\n\n')}\n`;
}

const PART_WORDS: Record<ComparedPart, string> = {
  header: 'title block',
  preamble: 'preamble',
  operative: 'operative part',
  text: 'text',
  footnotes: 'footnotes',
  closing: 'closing line',
};
