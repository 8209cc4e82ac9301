/**
 * Text taken from a draft or the corpus (a title, a file name, a footnote) and shown in an answer:
 * a hover, a completion's detail, a symbol, a quick pick, the note under adopted wording.
 */

/** Bidirectional controls (marks, embeddings, overrides, isolates): they make text show other than it reads. */
const BIDI_CONTROL = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
/** White space, line and paragraph separators and the other control characters: a run of them is one space. */
const BREAKS = /[\s\u0000-\u001f\u007f-\u009f]+/g;

/** Longest text from the corpus an answer quotes in one place, in UTF-16 units. */
export const MAX_QUOTED = 300;

/** The text on one line, each bidirectional control shown as U+FFFD so that none reorders what follows. */
export function visibleLine(text: string): string {
  return text.replace(BIDI_CONTROL, '\ufffd').replace(BREAKS, ' ');
}

/**
 * The text on one line (see visibleLine), trimmed, and cut with "…" after `max` characters: a
 * file name cannot start a line of a draft, and a 1 MB title is not a 1 MB answer.
 * Reads no more of `text` than a cut needs.
 */
export function oneLine(text: string, max = MAX_QUOTED): string {
  const read = text.length > max * 4 ? text.slice(0, max * 4) : text;
  const line = visibleLine(read).trim();
  if (line.length <= max && read === text) return line;
  let end = Math.min(line.length, max - 1);
  // Not between the two halves of a surrogate pair.
  if (end > 0 && /[\ud800-\udbff]/.test(line[end - 1])) end--;
  return `${line.slice(0, end).trimEnd()}…`;
}
