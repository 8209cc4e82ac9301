/**
 * Real defects of the UN's own adopted texts in the development set, which the checks are right to
 * report: each was read in the text and is kept here with what is wrong, so that `npm run accuracy`
 * counts it apart from the false alarms (a finding listed here is still reported, once, where it is).
 * Add one only after reading the text: a finding the text does not bear out is the check's to fix.
 */
import { paragraphText } from '../../server/src/service/model/document';
import type { DraftDocument } from '../../server/src/service';
import type { DraftDiagnostic } from '../../server/src/service/features/diagnostics';

export interface KnownDefect {
  /** The file's name in the development set. */
  readonly file: string;
  readonly code: string;
  /** Words of the paragraph the finding is on, as the text writes them. */
  readonly words: string;
  /** What is wrong in the UN's text. */
  readonly why: string;
}

export const KNOWN_DEFECTS: readonly KnownDefect[] = [];

const plain = (s: string): string => s.replace(/[*_\\]/g, '').replace(/\s+/g, ' ');

/** Why the finding is a known defect of the text, or undefined. */
export function knownDefect(file: string, doc: DraftDocument, d: DraftDiagnostic): string | undefined {
  const name = file.replace(/^.*\//, '');
  const candidates = KNOWN_DEFECTS.filter((k) => k.file === name && k.code === d.code);
  if (candidates.length === 0) return undefined;
  const at = doc.lines.offsetAt(d.range.start);
  const p = doc.paragraphs.find((q) => q.span.start <= at && at <= q.span.end);
  const text = p ? plain(paragraphText(doc, p)) : '';
  return candidates.find((k) => text.includes(plain(k.words)))?.why;
}
