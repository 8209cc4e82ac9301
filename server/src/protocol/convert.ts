import {
  DocumentSymbol,
  FoldingRange,
  LSPErrorCodes,
  ResponseError,
  SymbolKind,
  TextDocumentEdit,
  TextEdit,
  WorkspaceEdit,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Draft, FoldingRegion, OutlineKind, OutlineSymbol, Position, Range, Span, SpanEdit } from '../service';
import { applyEdits } from '../service/features/renumber';
import { LineIndex } from '../service/model/lineIndex';

/** Conversion from the service's plain data to LSP types: done here, at the edge, once. */

/**
 * A request's position as the offset the service takes, through the draft's own line index (the one
 * its answers' ranges come from), never the editor document's: one conversion, one set of rules.
 */
export function offsetIn(draft: Pick<Draft, 'doc'>, position: Position): number {
  return draft.doc.lines.offsetAt(position);
}

/** A request's range as the span the service takes. */
export function spanIn(draft: Pick<Draft, 'doc'>, range: Range): Span {
  return { start: offsetIn(draft, range.start), end: offsetIn(draft, range.end) };
}

/** An offset of the service's answer as the position LSP sends. */
export function positionIn(draft: Pick<Draft, 'doc'>, offset: number): Position {
  return draft.doc.lines.positionAt(offset);
}

/** An offset into the text `edits` make of the draft, as a position there (where a command leaves the cursor). */
export function positionAfter(draft: Pick<Draft, 'doc'>, edits: readonly SpanEdit[], offset: number): Position {
  return new LineIndex(applyEdits(draft.doc, edits)).positionAt(offset);
}

/** A span of the service's answer as the range LSP sends. */
export function rangeIn(draft: Pick<Draft, 'doc'>, span: Span): Range {
  return draft.doc.lines.rangeOf(span);
}

/**
 * One turn of the event loop, before a long request starts: a cancellation sent right behind the request is read
 * first, so the service's token already says so.
 */
export function nextTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/** The answer to a request whose work the service stopped because LSP's token was cancelled. */
export function cancelled(what: string): ResponseError<void> {
  return new ResponseError(LSPErrorCodes.RequestCancelled, `${what} was cancelled.`);
}

const SYMBOL_KINDS: Record<OutlineKind, SymbolKind> = {
  title: SymbolKind.File,
  headerLine: SymbolKind.String,
  enactingFormula: SymbolKind.Constructor,
  section: SymbolKind.Namespace,
  preamble: SymbolKind.Module,
  operativePart: SymbolKind.Module,
  preambular: SymbolKind.Property,
  operative: SymbolKind.Method,
  subparagraph: SymbolKind.Field,
  footnotes: SymbolKind.Module,
  footnote: SymbolKind.String,
  closing: SymbolKind.Event,
};

export function toDocumentSymbol(draft: Pick<Draft, 'doc'>, symbol: OutlineSymbol): DocumentSymbol {
  return {
    name: symbol.name,
    detail: symbol.detail,
    kind: SYMBOL_KINDS[symbol.kind],
    range: rangeIn(draft, symbol.span),
    selectionRange: rangeIn(draft, symbol.selectionSpan),
    children: symbol.children.map((child) => toDocumentSymbol(draft, child)),
  };
}

/**
 * The service's span edits of `draft` as an edit of its document at the version they were computed for (the
 * editor refuses it if the text has moved on); the ranges come from the draft's own line index.
 */
export function versionedEdit(document: TextDocument, draft: Draft, edits: readonly SpanEdit[]): WorkspaceEdit {
  return {
    documentChanges: [
      TextDocumentEdit.create(
        { uri: document.uri, version: document.version },
        edits.map((e) => TextEdit.replace(rangeIn(draft, e.span), e.newText)),
      ),
    ],
  };
}

export function toFoldingRange(region: FoldingRegion): FoldingRange {
  return { startLine: region.startLine, endLine: region.endLine };
}
