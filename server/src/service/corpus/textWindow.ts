import type { Span } from '../types';

/**
 * Part of a corpus document's text: from `start`, the start of line `line`, on. What a hover or the agreed-language
 * finder reads of a long document instead of all of it.
 */
export interface TextWindow {
  readonly start: number;
  readonly line: number;
  readonly text: string;
  /** The length of the whole text the window is part of. */
  readonly textLength: number;
}

/**
 * Reads a corpus document's text: the open editor's if it is open, else the file's; undefined if it has none, or none
 * that is the text its index entry was made from. Given `around`, it may give only a window covering that span.
 */
export type TextReader = (uri: string, around?: Span) => string | TextWindow | undefined;

/** What a reader gave, as a window covering `around` (a whole text is a window at its start); else undefined. */
export function windowAround(read: string | TextWindow | undefined, around: Span): TextWindow | undefined {
  const window = typeof read === 'string' ? { start: 0, line: 0, text: read, textLength: read.length } : read;
  if (!window) return undefined;
  const [start, end] = [Math.max(0, around.start), Math.min(window.textLength, around.end)];
  return window.start <= start && end <= window.start + window.text.length ? window : undefined;
}
