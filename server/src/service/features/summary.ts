/**
 * The draft in one line, for the status bar: "16 operative · numbering OK · 2 brackets open", with where
 * the first problem is (the first error or warning of the checks, else the first unagreed passage).
 */
import type { DraftDocument } from '../model/document';
import type { Span } from '../types';
import { RENUMBERED_CODES } from './checkTable';
import type { DraftDiagnostic } from './diagnostics';
import { bracketedSpans } from './semanticTokens';

export interface DraftSummary {
  readonly text: string;
  readonly operative: number;
  /** Errors and warnings of the numbering checks (those renumbering repairs). */
  readonly numberingProblems: number;
  /** Bracketed passages of the body, negotiation not yet agreed. */
  readonly openBrackets: number;
  readonly errors: number;
  readonly warnings: number;
  /** Where a click on the summary goes. */
  readonly firstProblem?: { readonly span: Span; readonly message: string };
}

const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

/** The summary of a draft, from its parse and the diagnostics the drafter sees (with their severities). */
export function getSummary(doc: DraftDocument, diagnostics: readonly DraftDiagnostic[]): DraftSummary {
  const renumbered = new Set<string>(RENUMBERED_CODES);
  const shown = diagnostics.filter((d) => d.severity === 'error' || d.severity === 'warning');
  const numberingProblems = shown.filter((d) => renumbered.has(d.code)).length;
  const header = new Set(doc.header);
  const brackets = doc.paragraphs
    .filter((p) => !header.has(p))
    .flatMap((p) => p.pieces.flatMap((piece) => bracketedSpans(doc, piece)));
  const parts = [
    doc.operative.length > 0
      ? `${doc.operative.length} operative`
      : plural(doc.paragraphs.length - doc.header.length, 'paragraph'),
  ];
  if (doc.operative.length > 0)
    parts.push(numberingProblems === 0 ? 'numbering OK' : `numbering: ${plural(numberingProblems, 'problem')}`);
  parts.push(brackets.length === 0 ? 'no brackets' : `${plural(brackets.length, 'bracket')} open`);
  const others = shown.length - numberingProblems;
  if (others > 0) parts.push(plural(others, 'other problem'));
  const first = shown[0];
  const firstProblem = first
    ? { span: first.span, message: first.message }
    : brackets[0] && { span: brackets[0], message: 'Unagreed text in brackets.' };
  return {
    text: parts.join(' · '),
    operative: doc.operative.length,
    numberingProblems,
    openBrackets: brackets.length,
    errors: shown.filter((d) => d.severity === 'error').length,
    warnings: shown.filter((d) => d.severity === 'warning').length,
    firstProblem,
  };
}
