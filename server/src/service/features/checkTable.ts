import type { CheckCode, Severity } from '../checks/diagnostic';

/** How a finding is repaired: by renumbering the operative paragraphs, or by a local edit the check proposes. */
export type CheckFix = 'renumber' | 'local';

export interface CheckInfo {
  readonly severity: Severity;
  /** A message the check gives, as the README shows it. */
  readonly example: string;
  readonly fixes: readonly CheckFix[];
}

/**
 * Every check: its default severity, an example of what it says, and which fixes repair it. The
 * one place these are written: the diagnostics take their severity from here, and the README's
 * table and the `communique.checks` settings schema are generated from it (npm run checks).
 */
export const CHECKS: Readonly<Record<CheckCode, CheckInfo>> = {
  'numbering-first': {
    severity: 'error',
    example: 'The first operative paragraph is numbered 2; it should be 1.',
    fixes: ['renumber'],
  },
  'numbering-gap': { severity: 'error', example: 'Paragraph 5 is missing: 6 follows 4.', fixes: ['renumber'] },
  'numbering-duplicate': { severity: 'error', example: 'Paragraph 2 is numbered twice.', fixes: ['renumber'] },
  'numbering-order': {
    severity: 'error',
    example: 'Paragraph 4 is out of order: it comes before paragraph 3.',
    fixes: ['renumber'],
  },
  'numbering-restart': {
    severity: 'error',
    example: 'The numbering starts again at 1 after paragraph 2.',
    fixes: ['renumber'],
  },
  'numbering-marker': {
    severity: 'warning',
    example: 'Paragraph 3 is numbered "3)" among paragraphs numbered "1.".',
    fixes: ['local'],
  },
  'alternative-misplaced': {
    severity: 'error',
    example: 'Paragraph 1 bis must follow paragraph 1.',
    fixes: ['renumber'],
  },
  'preamble-numbered': { severity: 'warning', example: 'Preambular paragraphs are not numbered.', fixes: ['local'] },
  'operative-before-enacting': {
    severity: 'error',
    example: 'An operative paragraph stands before the enacting formula.',
    fixes: [],
  },
  'subparagraph-sequence': { severity: 'error', example: '(d) follows (b): (c) expected.', fixes: ['renumber'] },
  'subparagraph-nesting': {
    severity: 'information',
    example: '(i) stands where a sub-paragraph of the form (a) is expected.',
    fixes: [],
  },
  'subparagraph-lone': {
    severity: 'information',
    example: 'A lone (a): a paragraph is divided into sub-paragraphs only when there are at least two.',
    fixes: [],
  },
  'bracket-unclosed': {
    severity: 'error',
    example: 'This "[" is never closed: bracketed text must end with "]" in the same paragraph.',
    fixes: [],
  },
  'bracket-unmatched': { severity: 'error', example: 'This "]" closes no "[".', fixes: [] },
  'footnote-missing-text': { severity: 'error', example: 'Footnote 3 has no text.', fixes: ['local'] },
  'footnote-unreferenced': { severity: 'warning', example: 'Footnote 3 is not referred to in the text.', fixes: [] },
  'footnote-order': {
    severity: 'warning',
    example: 'Footnote 2 is the first footnote referred to; footnotes are numbered in order of first use.',
    fixes: [],
  },
  'cross-reference': { severity: 'error', example: 'There is no paragraph 4 in this draft.', fixes: [] },
  'sequence-also': {
    severity: 'warning',
    example: '"Also welcomes" with no earlier paragraph opening "Welcomes".',
    fixes: ['local'],
  },
  punctuation: {
    severity: 'warning',
    example: 'An operative paragraph ends with ","; in UN resolution style it ends with ";".',
    fixes: ['local'],
  },
  emphasis: {
    severity: 'information',
    example: '"Urges" is not in italics, unlike the other opening phrases of this draft.',
    fixes: ['local'],
  },
  'opening-unknown': {
    severity: 'hint',
    example: '"Recallling" is not a known preambular opening; nearest known: "Recalling", …',
    fixes: [],
  },
  'citation-year': {
    severity: 'warning',
    example: "Resolution 44/8 is of the General Assembly's session 44 (1989–1990); it cannot be dated 1979.",
    fixes: [],
  },
  'citation-date': { severity: 'error', example: '31 February 2006 is not a date.', fixes: [] },
  'citation-order': {
    severity: 'information',
    example:
      'Resolution 44/8 is older than 45/9, cited before it: recalled resolutions are listed in chronological order.',
    fixes: [],
  },
};

/** The codes whose findings renumbering repairs. */
export const RENUMBERED_CODES: readonly CheckCode[] = (Object.keys(CHECKS) as CheckCode[]).filter((code) =>
  CHECKS[code].fixes.includes('renumber'),
);
