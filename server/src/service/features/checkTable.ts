import type { CheckCode, Severity } from '../checks/diagnostic';

/** How a finding is repaired: by renumbering the operative paragraphs, or by a local edit the check proposes. */
export type CheckFix = 'renumber' | 'local';

export interface CheckInfo {
  /** What the check looks at, for the settings and the README. */
  readonly description: string;
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
    description: 'The operative paragraphs are numbered from 1.',
    severity: 'error',
    example: 'The first operative paragraph is numbered 2; it should be 1.',
    fixes: ['renumber'],
  },
  'numbering-gap': {
    description: 'No number is skipped between operative paragraphs.',
    severity: 'error',
    example: 'Paragraph 5 is missing: 6 follows 4.',
    fixes: ['renumber'],
  },
  'numbering-duplicate': {
    description: 'No two operative paragraphs have the same number.',
    severity: 'error',
    example: 'Paragraph 2 is numbered twice.',
    fixes: ['renumber'],
  },
  'numbering-order': {
    description: 'Operative numbers run in ascending order.',
    severity: 'error',
    example: 'Paragraph 4 is out of order: it comes before paragraph 3.',
    fixes: ['renumber'],
  },
  'numbering-restart': {
    description: 'The operative numbering does not start again at 1 part-way through.',
    severity: 'error',
    example: 'The numbering starts again at 1 after paragraph 2.',
    fixes: ['renumber'],
  },
  'numbering-marker': {
    description: 'Every operative number is written the same way ("1." or "1)").',
    severity: 'warning',
    example: 'Paragraph 3 is numbered "3)" among paragraphs numbered "1.".',
    fixes: ['local'],
  },
  'numbering-missing': {
    description: 'No operative paragraph among numbered ones has lost its number.',
    severity: 'error',
    example: 'This operative paragraph has no number: it stands where paragraph 1 belongs.',
    fixes: ['local'],
  },
  'alternative-misplaced': {
    description: 'An alternative paragraph ("5 bis") follows the paragraph it is an alternative to.',
    severity: 'error',
    example: 'Paragraph 1 bis must follow paragraph 1.',
    fixes: ['renumber'],
  },
  'preamble-numbered': {
    description: 'Preambular paragraphs carry no numbers.',
    severity: 'warning',
    example: 'Preambular paragraphs are not numbered.',
    fixes: ['local'],
  },
  'operative-before-enacting': {
    description: 'No operative paragraph stands before the enacting formula ("The General Assembly,").',
    severity: 'error',
    example: 'An operative paragraph stands before the enacting formula.',
    fixes: [],
  },
  'subparagraph-sequence': {
    description: 'Sub-paragraphs are lettered or numbered in sequence: (a), (b), (c); (i), (ii).',
    severity: 'error',
    example: '(d) follows (b): (c) expected.',
    fixes: ['renumber'],
  },
  'subparagraph-nesting': {
    description: 'Sub-paragraph markers follow the degrees of the UN Editorial Manual: (a), then (i), then a., then i.',
    severity: 'information',
    example: '(i) stands where a sub-paragraph of the form (a) is expected.',
    fixes: [],
  },
  'subparagraph-lone': {
    description: 'A paragraph is divided into sub-paragraphs only when there are at least two.',
    severity: 'information',
    example: 'A lone (a): a paragraph is divided into sub-paragraphs only when there are at least two.',
    fixes: [],
  },
  'bracket-unclosed': {
    description: 'Every "[" of unagreed text is closed in the same paragraph.',
    severity: 'error',
    example: 'This "[" is never closed: bracketed text must end with "]" in the same paragraph.',
    fixes: [],
  },
  'bracket-unmatched': {
    description: 'Every "]" closes a "[".',
    severity: 'error',
    example: 'This "]" closes no "[".',
    fixes: [],
  },
  'footnote-missing-text': {
    description: 'Every footnote referred to has its text.',
    severity: 'error',
    example: 'Footnote 3 has no text.',
    fixes: ['local'],
  },
  'footnote-unreferenced': {
    description: 'Every footnote text is referred to in the draft.',
    severity: 'warning',
    example: 'Footnote 3 is not referred to in the text.',
    fixes: [],
  },
  'footnote-order': {
    description: 'Footnotes are numbered in the order they are first referred to.',
    severity: 'warning',
    example: 'Footnote 2 is the first footnote referred to; footnotes are numbered in order of first use.',
    fixes: [],
  },
  'cross-reference': {
    description: 'A cross-reference ("paragraph 5 above") names a paragraph the draft has.',
    severity: 'error',
    example: 'There is no paragraph 4 in this draft.',
    fixes: [],
  },
  'sequence-also': {
    description: '"Also" and "further" follow an earlier paragraph with the same opening.',
    severity: 'warning',
    example: '"Also welcomes" with no earlier paragraph opening "Welcomes".',
    fixes: ['local'],
  },
  punctuation: {
    description: "Paragraphs end with the punctuation of the draft's style (see `communique.style`).",
    severity: 'warning',
    example: 'An operative paragraph ends with ","; in UN resolution style it ends with ";".',
    fixes: ['local'],
  },
  'typography-space': {
    description: 'French puts a no-break space before ";", ":", "?" and "!"; English and Spanish put none.',
    severity: 'warning',
    example: 'In French a no-break space goes before ";".',
    fixes: ['local'],
  },
  emphasis: {
    description: "Opening phrases are in italics when the draft's other openings are.",
    severity: 'information',
    example: '"Urges" is not in italics, unlike the other opening phrases of this draft.',
    fixes: ['local'],
  },
  'opening-unknown': {
    description: 'An opening phrase the lexicon does not know; the nearest known phrases are offered.',
    severity: 'hint',
    example: '"Welcoming warmly" is not a known preambular opening; nearest known: "Welcoming", …',
    fixes: ['local'],
  },
  'opening-misspelt': {
    description:
      'An opening phrase a letter or two off a known one, in a draft whose body is named: most likely a slip.',
    severity: 'warning',
    example: '"Notting" is not a known preambular opening: "Noting" is.',
    fixes: ['local'],
  },
  'citation-year': {
    description: "A cited resolution's date fits its session.",
    severity: 'warning',
    example: "Resolution 44/8 is of the General Assembly's session 44 (1989–1990); it cannot be dated 1979.",
    fixes: [],
  },
  'citation-date': {
    description: 'A cited date is a real date.',
    severity: 'error',
    example: '31 February 2006 is not a date.',
    fixes: [],
  },
  'citation-order': {
    description: 'Recalled resolutions are listed in chronological order.',
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
