import {
  checkAlsoFurther,
  checkEmphasis,
  checkOpenings,
  checkPunctuation,
  detectPunctuationStyle,
  DraftingStyle,
} from '../checks/conventions';
import { checkCitationDates } from '../checks/citationDates';
import { checkTypography } from '../checks/typography';
import { CheckCode, Finding, Severity } from '../checks/diagnostic';
import { CHECKS } from './checkTable';
import { checkNumbering, checkParts } from '../checks/numbering';
import { checkBrackets, checkCrossReferences, checkFootnotes, checkSubparagraphs } from '../checks/structure';
import type { FullParse } from '../model/corpusParse';
import { ParagraphReader, ParagraphValues } from '../checks/paragraphReads';
import type { Span, SpanEdit } from '../types';

export interface CheckOptions {
  /** "auto" detects the style from the draft. */
  readonly style: 'auto' | DraftingStyle;
  /** Per code: "off" or another severity than the check's own. */
  readonly severities: Readonly<Record<string, Severity | 'off'>>;
}

export const DEFAULT_CHECK_OPTIONS: CheckOptions = Object.freeze({ style: 'auto', severities: Object.freeze({}) });

export interface DraftDiagnostic {
  readonly span: Span;
  readonly severity: Severity;
  readonly code: CheckCode;
  readonly message: string;
  readonly related: readonly { readonly span: Span; readonly message: string }[];
  /** The local fix, if the check has one. */
  readonly fix?: { readonly title: string; readonly edit: SpanEdit };
  /** Other local fixes to choose among, none preferred. */
  readonly choices?: readonly { readonly title: string; readonly edit: SpanEdit }[];
}

function localFix(fix: { readonly title: string; readonly span: Span; readonly newText: string }): {
  title: string;
  edit: SpanEdit;
} {
  return { title: fix.title, edit: { span: fix.span, newText: fix.newText } };
}

/** A draft's diagnostics, with what the checks read of each paragraph for its next version. */
export interface CheckedDraft {
  readonly diagnostics: DraftDiagnostic[];
  readonly reads: ParagraphValues;
}

/** Runs every check on the draft; findings in document order, with the severities `options` give. */
export function getDiagnostics(doc: FullParse, options: CheckOptions = DEFAULT_CHECK_OPTIONS): DraftDiagnostic[] {
  return checkDraft(doc, options).diagnostics;
}

/**
 * `getDiagnostics`, where the paragraphs an edit left alone give the findings they gave in the earlier version's
 * check (`earlier`): a keystroke in a 500-paragraph draft re-reads one paragraph, not every paragraph 3 times.
 */
export function checkDraft(doc: FullParse, options: CheckOptions, earlier?: CheckedDraft): CheckedDraft {
  const reads = new ParagraphReader(doc, earlier?.reads);
  const style = options.style === 'auto' ? detectPunctuationStyle(doc) : options.style;
  const findings: Finding[] = [
    ...checkNumbering(doc),
    ...checkParts(doc),
    ...checkSubparagraphs(doc),
    ...checkBrackets(doc),
    ...checkFootnotes(doc),
    ...checkCrossReferences(doc, reads),
    ...checkAlsoFurther(doc),
    ...checkPunctuation(doc, style),
    ...checkTypography(doc, reads),
    ...checkEmphasis(doc),
    ...checkOpenings(doc),
    ...checkCitationDates(doc, reads),
  ];
  const out: DraftDiagnostic[] = [];
  for (const f of findings.sort((a, b) => a.span.start - b.span.start)) {
    const severity = options.severities[f.code] ?? CHECKS[f.code].severity;
    if (severity === 'off') continue;
    out.push({
      span: f.span,
      severity: f.asNote ? 'information' : severity,
      code: f.code,
      message: f.message,
      related: (f.related ?? []).map((r) => ({ span: r.span, message: r.message })),
      fix: f.fix && localFix(f.fix),
      choices: f.choices?.map(localFix),
    });
  }
  return { diagnostics: out, reads: reads.reads };
}
