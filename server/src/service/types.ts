/**
 * Plain data types shared by the service's features. They mirror the shapes of the
 * Language Server Protocol (0-based lines, UTF-16 characters) without depending on it,
 * so the service can be used by the CLI, the server and the tests alike.
 */

/** A half-open range of UTF-16 offsets into a document's text. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** A replacement of part of a document, in offsets: what every feature that edits returns. */
export interface SpanEdit {
  readonly span: Span;
  readonly newText: string;
}

export interface Position {
  readonly line: number;
  readonly character: number;
}

export interface Range {
  readonly start: Position;
  readonly end: Position;
}

/** Lets a caller stop long work; checked between expensive steps. */
export interface Cancellation {
  readonly isCancellationRequested: boolean;
}

export const neverCancelled: Cancellation = Object.freeze({ isCancellationRequested: false });
