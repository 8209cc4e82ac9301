import type { DraftDocument, Paragraph } from '../model/document';
import { earlierParagraphs, editedSpan, shiftSpan } from '../model/earlierParse';
import type { Finding } from './diagnostic';

/**
 * What a check reads of one paragraph alone: its kind and the words of its pieces, in the draft's language, and
 * nothing else of the draft. So a paragraph an edit did not touch reads as it did in the earlier version.
 */
export interface ParagraphRead<T> {
  readonly read: (doc: DraftDocument, paragraph: Paragraph) => T;
  /** The value as read of the same words `delta` characters further on. */
  readonly shift: (value: T, delta: number) => T;
}

/** The values a draft's paragraphs gave, for its next version. */
export interface ParagraphValues {
  readonly doc: DraftDocument;
  readonly values: ReadonlyMap<ParagraphRead<unknown>, readonly unknown[]>;
}

/**
 * Reads of a draft's paragraphs, each made once, and taken from the earlier version's where the paragraph is as it
 * was: after a keystroke in a 500-paragraph draft, the checks read one paragraph again, not all of them.
 */
export class ParagraphReader {
  private readonly values = new Map<ParagraphRead<unknown>, unknown[]>();
  private readonly earlierIndex = new Map<Paragraph, number>();
  private readonly index = new Map<Paragraph, number>();
  private readonly find: ReturnType<typeof earlierParagraphs> | undefined;

  constructor(
    readonly doc: DraftDocument,
    private readonly earlier?: ParagraphValues,
  ) {
    doc.paragraphs.forEach((p, i) => this.index.set(p, i));
    if (!earlier || earlier.doc.language !== doc.language) {
      this.earlier = undefined;
      return;
    }
    earlier.doc.paragraphs.forEach((p, i) => this.earlierIndex.set(p, i));
    this.find = earlierParagraphs(earlier.doc, editedSpan(earlier.doc.text, doc.text), doc.text.length);
  }

  /** `what` of one of the draft's paragraphs. */
  read<T>(what: ParagraphRead<T>, paragraph: Paragraph): T {
    let values = this.values.get(what as ParagraphRead<unknown>);
    if (!values) this.values.set(what as ParagraphRead<unknown>, (values = []));
    const index = this.index.get(paragraph)!;
    if (index in values) return values[index] as T;
    const before = this.earlierOf(paragraph);
    const earlierValues = before && this.earlier?.values.get(what as ParagraphRead<unknown>);
    const value =
      before && earlierValues && before.index in earlierValues
        ? what.shift(earlierValues[before.index] as T, before.shift)
        : what.read(this.doc, paragraph);
    values[index] = value;
    return value;
  }

  /** What was read, for the next version. */
  get reads(): ParagraphValues {
    return { doc: this.doc, values: this.values };
  }

  private earlierOf(paragraph: Paragraph): { index: number; shift: number } | undefined {
    const old = this.find?.(paragraph.kind, paragraph.pieces);
    return old && { index: this.earlierIndex.get(old.paragraph)!, shift: old.shift };
  }
}

/** A finding `delta` characters further on: its span, its related spans' and its fixes'. */
export function shiftFinding(finding: Finding, delta: number): Finding {
  if (delta === 0) return finding;
  const shifted: { -readonly [K in keyof Finding]: Finding[K] } = { ...finding, span: shiftSpan(finding.span, delta) };
  if (finding.related) shifted.related = finding.related.map((r) => ({ ...r, span: shiftSpan(r.span, delta) }));
  if (finding.fix) shifted.fix = { ...finding.fix, span: shiftSpan(finding.fix.span, delta) };
  if (finding.choices) shifted.choices = finding.choices.map((c) => ({ ...c, span: shiftSpan(c.span, delta) }));
  return shifted;
}

/** A check's findings on one paragraph, read as `ParagraphRead`. */
export function findingsRead(read: (doc: DraftDocument, paragraph: Paragraph) => Finding[]): ParagraphRead<Finding[]> {
  return { read, shift: (findings, delta) => findings.map((f) => shiftFinding(f, delta)) };
}
