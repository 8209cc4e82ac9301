import type { Span } from '../types';

export type Severity = 'error' | 'warning' | 'information' | 'hint';

/** Every check's stable code. Documented in the README; settings refer to them. */
export const CHECK_CODES = {
  numberingFirst: 'numbering-first',
  numberingGap: 'numbering-gap',
  numberingDuplicate: 'numbering-duplicate',
  numberingOrder: 'numbering-order',
  numberingRestart: 'numbering-restart',
  numberingMarker: 'numbering-marker',
  numberingMissing: 'numbering-missing',
  alternativeMisplaced: 'alternative-misplaced',
  preambleNumbered: 'preamble-numbered',
  operativeBeforeEnacting: 'operative-before-enacting',
  subparagraphSequence: 'subparagraph-sequence',
  subparagraphNesting: 'subparagraph-nesting',
  subparagraphLone: 'subparagraph-lone',
  bracketUnclosed: 'bracket-unclosed',
  bracketUnmatched: 'bracket-unmatched',
  footnoteMissingText: 'footnote-missing-text',
  footnoteUnreferenced: 'footnote-unreferenced',
  footnoteOrder: 'footnote-order',
  crossReference: 'cross-reference',
  sequenceAlso: 'sequence-also',
  punctuation: 'punctuation',
  typographySpace: 'typography-space',
  emphasis: 'emphasis',
  openingUnknown: 'opening-unknown',
  openingMisspelt: 'opening-misspelt',
  citationYear: 'citation-year',
  citationDate: 'citation-date',
  citationOrder: 'citation-order',
} as const;

export type CheckCode = (typeof CHECK_CODES)[keyof typeof CHECK_CODES];

export interface RelatedSpan {
  readonly span: Span;
  readonly message: string;
}

/** A finding of a check, in offsets; ranges are made at the output. */
export interface Finding {
  readonly code: CheckCode;
  /** Its severity is the check's (features/checkTable.ts), as the settings may change it. */
  readonly span: Span;
  readonly message: string;
  readonly related?: readonly RelatedSpan[];
  /** A form adopted texts use (the Council's first "Further decides"): shown as information unless the check is off. */
  readonly asNote?: boolean;
  /** What a quick fix needs: the replacement of a span, when the fix is local. */
  readonly fix?: { readonly title: string; readonly span: Span; readonly newText: string };
  /** Fixes the drafter chooses among, none preferred: the nearest known phrases of an unknown opening. */
  readonly choices?: readonly { readonly title: string; readonly span: Span; readonly newText: string }[];
}
