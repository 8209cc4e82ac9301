/**
 * Cursor markers: tests say where a position is by marking it in the text, not by counting lines
 * or searching with indexOf. `$0` … `$9` name positions; a lone `|` is the one cursor of a text.
 * The markers are taken out, and the offsets are in the text without them.
 */
import * as fs from 'fs';
import * as path from 'path';
import { repoRoot } from './seeds';

export interface Marked {
  /** The text without its markers. */
  readonly text: string;
  /** Offsets of `$0` … `$9`, by number. */
  readonly at: readonly number[];
  /** The offset of `|`, or of `$0` when the text has no `|`. */
  readonly cursor: number;
}

const MARKER = /\$(\d)|\|/g;

/** Takes the markers out of `source`; each may appear once, and at least one must. */
export function marked(source: string): Marked {
  const at: number[] = [];
  let bar: number | undefined;
  let text = '';
  let last = 0;
  for (const m of source.matchAll(MARKER)) {
    text += source.slice(last, m.index);
    last = m.index + m[0].length;
    if (m[1] === undefined) {
      if (bar !== undefined) throw new Error('two | cursors in one text');
      bar = text.length;
    } else {
      const n = Number(m[1]);
      if (at[n] !== undefined) throw new Error(`marker $${n} twice in one text`);
      at[n] = text.length;
    }
  }
  text += source.slice(last);
  const cursor = bar ?? at[0];
  if (cursor === undefined) throw new Error('no cursor marker ($0 or |) in the text');
  return { text, at, cursor };
}

/** A fixture under test/fixtures/cursor/ with its markers taken out. */
export function readMarked(name: string): Marked {
  return marked(fs.readFileSync(path.join(repoRoot, 'test', 'fixtures', 'cursor', name), 'utf8'));
}

/**
 * The offset of the `|` in `context` within a real text (a seed) that cannot hold markers itself:
 * `cursorIn(text, 'resolution 61/|49')`. The context must occur exactly once, so a test never lands
 * on another occurrence than the one it names.
 */
export function cursorIn(text: string, context: string): number {
  const { text: bare, cursor } = marked(context);
  const first = text.indexOf(bare);
  if (first < 0) throw new Error(`"${bare}" is not in the text`);
  if (text.indexOf(bare, first + 1) >= 0) throw new Error(`"${bare}" occurs more than once: give more context`);
  return first + cursor;
}

/** The LSP position (line, UTF-16 character) of `offset` in `text`. */
export function positionIn(text: string, offset: number): { line: number; character: number } {
  const before = text.slice(0, offset);
  const line = before.split(/\r\n|\r|\n/).length - 1;
  const lineStart = Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r')) + 1;
  return { line, character: offset - lineStart };
}
