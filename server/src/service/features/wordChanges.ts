/**
 * A draft against its base as one Word file with tracked changes, as the UN's guidelines for submitting
 * a draft resolution ask: accepting every change gives DRAFT's Word file, rejecting every change BASE's.
 * The paragraph comparison (compare.ts) says which paragraphs and sub-paragraphs are the same one and
 * which words changed; each Word paragraph of DRAFT is then written with BASE's words struck where they
 * went and DRAFT's inserted where they came. A paragraph out of BASE's order (moved), or moved between the
 * preamble and the operative part, is deleted where it stood and inserted where it stands, as Word shows a move
 * it did not record itself.
 */
import type { DraftDocument, Paragraph, Subparagraph } from '../model/document';
import type { Span } from '../types';
import { ComparedParagraph, compareDrafts, WordEdit } from './compare';
import { BlockPlan, Change, DraftWords, Inline, packWord, Revision, WordBlock, WordLayout } from './wordExport';

/** The Word file of DRAFT with every difference from BASE a tracked change by `revision`. */
export async function toWordWithChanges(
  base: DraftDocument,
  draft: DraftDocument,
  revision: Revision,
): Promise<Uint8Array> {
  return packWord(trackedLayout(base, draft), revision);
}

/** What a paired block of DRAFT is in BASE: its block there, and the word edits of its paragraph. */
interface Partner {
  readonly plan: BlockPlan;
  readonly edits: readonly WordEdit[];
}

/** DRAFT's blocks, BASE's deleted ones where they stood, each change tracked. */
export function trackedLayout(base: DraftDocument, draft: DraftDocument): WordLayout {
  const baseWords = new DraftWords(base);
  const draftWords = new DraftWords(draft);
  const basePlans = baseWords.plans();
  const draftPlans = draftWords.plans();
  const compared = compareDrafts(base, draft).parts.flatMap((p) => p.paragraphs);
  const partners = pairPlans(basePlans, draftPlans, compared);
  const writer = new PairWriter(baseWords, draftWords);
  const baseIndex = new Map(basePlans.map((plan, i) => [plan, i]));
  const blocks: WordBlock[] = [];
  const emitted = new Set<BlockPlan>();
  let next = 0;
  // BASE's blocks up to `end` that no DRAFT block in order has taken: deleted where they stood.
  const flushUpTo = (end: number): void => {
    for (; next < end; next++) {
      if (!emitted.has(basePlans[next])) blocks.push(baseWords.block(basePlans[next], 'deleted'));
    }
  };
  for (const plan of draftPlans) {
    const partner = partners.get(plan);
    const at = partner ? baseIndex.get(partner.plan)! : -1;
    // A partner BASE has passed already stood before a block taken since: this one moved. So did one from the
    // other part, whose number and opening a word change cannot carry back ("5. Recognizes" from "Recognizing").
    const acrossParts = partner && partner.plan.paragraph?.kind !== plan.paragraph?.kind;
    if (!partner || at < next || acrossParts) {
      blocks.push(draftWords.block(plan, 'inserted'));
      continue;
    }
    flushUpTo(at);
    emitted.add(partner.plan);
    next = at + 1;
    blocks.push(writer.block(partner.plan, plan, partner.edits));
  }
  flushUpTo(basePlans.length);
  return {
    blocks: [...blocks, ...draftWords.looseNotes()],
    footnotes: trackedNotes(baseWords, draftWords, compared, writer),
  };
}

/** DRAFT's footnotes, each paired with BASE's footnote of the same text reworded, its changes tracked. */
function trackedNotes(
  baseWords: DraftWords,
  draftWords: DraftWords,
  compared: readonly ComparedParagraph[],
  writer: PairWriter,
): Map<number, readonly Inline[]> {
  const pairs = new Map(compared.filter((c) => c.base && c.draft).map((c) => [c.draft!.paragraph, c]));
  const notes = new Map<number, readonly Inline[]>();
  for (const [number, plan] of draftWords.notePlans()) {
    const entry = pairs.get(plan.paragraph!);
    const block = entry
      ? writer.block(baseWords.notePlan(entry.base!.paragraph), plan, entry.edits)
      : draftWords.block(plan);
    notes.set(number, block.inlines);
  }
  return notes;
}

/**
 * DRAFT's blocks with their BASE partners: the masthead with the masthead, a paragraph's first block
 * with its partner's, a sub-paragraph's block with its partner's; each with its paragraph's word edits.
 */
function pairPlans(
  basePlans: readonly BlockPlan[],
  draftPlans: readonly BlockPlan[],
  compared: readonly ComparedParagraph[],
): Map<BlockPlan, Partner> {
  // A block is known by what it is made of: its sub-paragraph, its paragraph, or none (the masthead).
  const key = (
    paragraph: Paragraph | undefined,
    sub: Subparagraph | undefined,
  ): Paragraph | Subparagraph | 'masthead' => sub ?? paragraph ?? 'masthead';
  const baseByKey = new Map(basePlans.map((plan) => [key(plan.paragraph, plan.subparagraph), plan]));
  const wanted = new Map<Paragraph | Subparagraph | 'masthead', Partner>();
  const visit = (entry: ComparedParagraph, edits: readonly WordEdit[]): void => {
    if (entry.base && entry.draft) {
      const plan = baseByKey.get(key(entry.base.paragraph, entry.base.subparagraph));
      if (plan) wanted.set(key(entry.draft.paragraph, entry.draft.subparagraph), { plan, edits });
    }
    for (const sub of entry.subparagraphs) visit(sub, edits);
  };
  for (const entry of compared) visit(entry, allEdits(entry));
  const baseMasthead = baseByKey.get('masthead');
  if (baseMasthead) wanted.set('masthead', { plan: baseMasthead, edits: [] });
  const partners = new Map<BlockPlan, Partner>();
  for (const plan of draftPlans) {
    const partner = wanted.get(key(plan.paragraph, plan.subparagraph));
    if (partner) partners.set(plan, partner);
  }
  return partners;
}

/** A paragraph's word edits and its sub-paragraphs': disjoint spans, so each block takes those within it. */
function allEdits(entry: ComparedParagraph): WordEdit[] {
  return [...entry.edits, ...entry.subparagraphs.flatMap(allEdits)];
}

/** One stretch of a paired block: words both have, BASE's deleted ones, or DRAFT's inserted ones. */
interface Stretch {
  readonly change?: Change;
  readonly base?: Span;
  readonly draft?: Span;
}

class PairWriter {
  constructor(
    private readonly baseWords: DraftWords,
    private readonly draftWords: DraftWords,
  ) {}

  /** DRAFT's block against its BASE partner: unchanged, word by word, or (where words cannot be followed) whole. */
  block(basePlan: BlockPlan, draftPlan: BlockPlan, edits: readonly WordEdit[]): WordBlock {
    const stretches = this.stretches(basePlan, draftPlan, edits);
    const label = labelInlines(basePlan, draftPlan);
    // Words are set once each: setting a footnote's reference counts it (see DraftWords.reference).
    if (!stretches) {
      const old = this.baseWords.block(basePlan);
      const plain = this.draftWords.block(draftPlan);
      if (label.length === 0 && sameInlines(old.inlines, plain.inlines)) return plain;
      return {
        ...plain,
        label: undefined,
        inlines: [...label, ...tag(old.inlines, 'deleted'), ...tag(plain.inlines, 'inserted')],
      };
    }
    const { role, depth } = draftPlan;
    return {
      role,
      depth,
      label: label.length > 0 ? undefined : draftPlan.label,
      inlines: [...label, ...this.inlines(basePlan, draftPlan, stretches)],
    };
  }

  /**
   * The block's words cut at the edits within it; undefined where they cannot be followed word by word:
   * the masthead, a block of two lines, or stretches between edits that do not read the same.
   */
  private stretches(basePlan: BlockPlan, draftPlan: BlockPlan, edits: readonly WordEdit[]): Stretch[] | undefined {
    if (basePlan.spans.length !== 1 || draftPlan.spans.length !== 1) return undefined;
    const [baseSpan] = basePlan.spans;
    const [draftSpan] = draftPlan.spans;
    const within = edits
      .filter((e) => inside(e.draft, draftSpan) && inside(e.base, baseSpan))
      .sort((a, b) => a.draft.start - b.draft.start);
    const stretches: Stretch[] = [];
    let baseAt = baseSpan.start;
    let draftAt = draftSpan.start;
    const common = (baseEnd: number, draftEnd: number): boolean => {
      const same =
        squeeze(this.baseWords.doc.text.slice(baseAt, baseEnd)) ===
        squeeze(this.draftWords.doc.text.slice(draftAt, draftEnd));
      stretches.push({ base: { start: baseAt, end: baseEnd }, draft: { start: draftAt, end: draftEnd } });
      return same;
    };
    for (const edit of within) {
      if (edit.base.start < baseAt || edit.draft.start < draftAt || !common(edit.base.start, edit.draft.start))
        return undefined;
      if (edit.base.end > edit.base.start) stretches.push({ change: 'deleted', base: edit.base });
      if (edit.draft.end > edit.draft.start) stretches.push({ change: 'inserted', draft: edit.draft });
      baseAt = edit.base.end;
      draftAt = edit.draft.end;
    }
    return common(baseSpan.end, draftSpan.end) ? stretches : undefined;
  }

  /**
   * The stretches as inlines. A space goes before a stretch where its side has one there; where only
   * BASE (DRAFT) has it, the space is deleted (inserted) with the words, so either reading is spaced right.
   */
  private inlines(basePlan: BlockPlan, draftPlan: BlockPlan, stretches: readonly Stretch[]): Inline[] {
    const out: Inline[] = [];
    const reading = {
      base: { text: this.baseWords.doc.text, at: -1, started: false },
      draft: { text: this.draftWords.doc.text, at: -1, started: false },
    };
    for (const stretch of stretches) {
      const words =
        stretch.change === 'deleted'
          ? this.baseWords.words(basePlan, stretch.base!)
          : this.draftWords.words(draftPlan, stretch.draft!);
      if (words.length === 0) continue;
      const spaced = (side: 'base' | 'draft'): boolean => {
        const span = stretch[side];
        const r = reading[side];
        if (!span) return false;
        const start = firstVisible(r.text, span);
        const spaceBefore = r.started && /\s/.test(r.text.slice(r.at, start));
        r.started = true;
        r.at = lastVisible(r.text, span);
        return spaceBefore;
      };
      const inBase = spaced('base');
      const inDraft = spaced('draft');
      if (inBase && inDraft) out.push(space());
      else if (inBase) out.push(space('deleted'));
      else if (inDraft) out.push(space('inserted'));
      out.push(...tag(words, stretch.change));
    }
    return out;
  }
}

/** Paragraph numbers or sub-paragraph markers, where they differ: BASE's deleted, DRAFT's inserted, then the tab. */
function labelInlines(basePlan: BlockPlan, draftPlan: BlockPlan): Inline[] {
  if (basePlan.label === draftPlan.label) return [];
  const bold = draftPlan.role === 'title';
  const text = (label: string, change?: Change): Inline => ({ type: 'text', text: label, italic: false, bold, change });
  if (basePlan.label !== undefined && draftPlan.label !== undefined)
    return [text(basePlan.label, 'deleted'), text(draftPlan.label, 'inserted'), text('\t')];
  return basePlan.label !== undefined
    ? [text(`${basePlan.label}\t`, 'deleted')]
    : [text(`${draftPlan.label}\t`, 'inserted')];
}

function tag(inlines: readonly Inline[], change: Change | undefined): Inline[] {
  return change ? inlines.map((i) => ({ ...i, change })) : [...inlines];
}

function space(change?: Change): Inline {
  return { type: 'text', text: ' ', italic: false, change };
}

function sameInlines(a: readonly Inline[], b: readonly Inline[]): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function inside(inner: Span, outer: Span): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

/** Words compared without their spacing: line breaks and double spaces are not changes. */
function squeeze(text: string): string {
  return text.replace(/\s+/g, '');
}

function firstVisible(text: string, span: Span): number {
  let at = span.start;
  while (at < span.end && /\s/.test(text[at])) at++;
  return at;
}

function lastVisible(text: string, span: Span): number {
  let at = span.end;
  while (at > span.start && /\s/.test(text[at - 1])) at--;
  return at;
}
