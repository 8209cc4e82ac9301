import type { DraftDocument } from '../model/document';
import { Citation, recogniseCitations } from './recognise';

const memo = new WeakMap<DraftDocument, readonly Citation[]>();

/** The citations of a parsed draft, recognised once per (immutable) document. */
export function citationsOf(doc: DraftDocument): readonly Citation[] {
  let found = memo.get(doc);
  if (!found) memo.set(doc, (found = recogniseCitations(doc)));
  return found;
}

/** The citation under `offset`, if any. */
export function citationAt(doc: DraftDocument, offset: number): Citation | undefined {
  return citationsOf(doc).find((c) => c.span.start <= offset && offset <= c.span.end);
}
