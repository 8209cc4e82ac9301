import { CITED_DATE, findDate, formatDate } from '../citations/dates';
import { recogniseCitations } from '../citations/recognise';
import type { DraftDocument, Paragraph } from '../model/document';
import { ordinalLike, ordinalValue } from '../model/ordinals';
import type { Span } from '../types';

/**
 * Next session's starting draft from an adopted resolution: it recalls the resolution in its
 * chronological place among the recalled resolutions, moves the session ordinals on, clears the
 * adoption lines and keeps every other word as it is. Says what it changed, one line each.
 */
export interface Rollover {
  readonly text: string;
  /** What was changed, and what the drafter should check, for a person to read. */
  readonly changes: readonly string[];
}

interface Edit extends Span {
  readonly text: string;
}

/** "Sixty-fifth session", "seventy-ninth special session": an ordinal in words before "session". */
const SESSION_ORDINAL =
  /\b((?:[A-Za-z]+-)?[A-Za-z]+)([^\S\r\n]+(?:(?:emergency[^\S\r\n]+)?special[^\S\r\n]+)?session)\b/g;
/** "Recalling its resolutions", "Reaffirming also its resolution", "Recalling further its relevant resolutions". */
const RECALLING = /^\*?(?:Recalling|Reaffirming)\b[^,;]{0,80}?\bresolutions?\b/;
const GA_RESOLUTION = /^A\/RES\/(\d{1,3})\/(\d{1,4})$/;
/** What joins two items of a list: ", ", " and ", ", and ". */
const LIST_SEPARATOR = /^(?:\s*,\s*(?:and\s+)?|\s+and\s+)$/;

interface ListItem {
  readonly span: Span;
  readonly key: number;
}

function keyOf(session: number, number: number): number {
  return session * 100000 + number;
}

/** The runs of GA resolutions "37/4 of 22 October 1982, … and 61/49 of 4 December 2006" in a paragraph. */
function resolutionLists(
  doc: DraftDocument,
  paragraph: Paragraph,
  citations: ReturnType<typeof recogniseCitations>,
): ListItem[][] {
  const lists: ListItem[][] = [];
  for (const citation of citations) {
    const ga = GA_RESOLUTION.exec(citation.symbol);
    if (!ga || citation.self || citation.span.start < paragraph.span.start || citation.span.end > paragraph.span.end)
      continue;
    const date = CITED_DATE.exec(doc.text.slice(citation.span.end, citation.span.end + 40));
    const item = {
      span: { start: citation.span.start, end: citation.span.end + (date ? date[0].length : 0) },
      key: keyOf(Number(ga[1]), Number(ga[2])),
    };
    const list = lists[lists.length - 1];
    const previous = list?.[list.length - 1];
    if (previous && LIST_SEPARATOR.test(doc.text.slice(previous.span.end, item.span.start))) list.push(item);
    else lists.push([item]);
  }
  return lists;
}

/** The edits that put `entry` ("63/114 of 5 December 2008") in its place in `list`. */
function insertIntoList(doc: DraftDocument, list: readonly ListItem[], entry: string, key: number): Edit[] {
  const before = list.filter((item) => item.key < key).length;
  const last = list[list.length - 1];
  if (list.length === 1) {
    // "resolution 61/49 of …" becomes "resolutions 61/49 of … and 63/114 of …".
    const keyword = /resolution(\s+)$/.exec(doc.text.slice(Math.max(0, last.span.start - 30), last.span.start));
    const plural: Edit[] = keyword
      ? [{ start: last.span.start - keyword[1].length, end: last.span.start - keyword[1].length, text: 's' }]
      : [];
    return before === 0
      ? [...plural, { start: last.span.start, end: last.span.start, text: `${entry} and ` }]
      : [...plural, { start: last.span.end, end: last.span.end, text: ` and ${entry}` }];
  }
  if (before === 0) return [{ start: list[0].span.start, end: list[0].span.start, text: `${entry}, ` }];
  if (before < list.length)
    return [{ start: list[before - 1].span.end, end: list[before - 1].span.end, text: `, ${entry}` }];
  // After the last: "…, 59/8 and 61/49" becomes "…, 59/8, 61/49 and 63/114".
  const penultimate = list[list.length - 2];
  return [
    { start: penultimate.span.end, end: last.span.start, text: ', ' },
    { start: last.span.end, end: last.span.end, text: ` and ${entry}` },
  ];
}

/** The paragraph and its following blank lines, for removing it whole. */
function withFollowingGap(doc: DraftDocument, paragraph: Paragraph): Span {
  const next = doc.paragraphs[doc.paragraphs.indexOf(paragraph) + 1];
  return { start: paragraph.span.start, end: next ? next.span.start : doc.text.length };
}

function quoted(doc: DraftDocument, span: Span): string {
  return `"${doc.text.slice(span.start, span.end).replace(/\s+/g, ' ').trim()}"`;
}

/** Next session's draft from the adopted resolution `doc`. */
export function rolloverDraft(doc: DraftDocument): Rollover {
  const edits: Edit[] = [];
  const changes: string[] = [];
  const number = doc.title?.resolutionNumber;
  const headerSession = doc.header
    .filter((p) => p.kind === 'sessionHeader')
    .map((p) => ordinalValue(/^\S+/.exec(doc.text.slice(p.span.start, p.span.end))?.[0] ?? ''))
    .find((n) => n !== undefined);
  const session = number && /^\d+\//.test(number) ? Number(number.split('/')[0]) : headerSession;
  if (session === undefined) {
    return {
      text: doc.text,
      changes: ['No session found (no resolution number, no session line): nothing was changed.'],
    };
  }

  // 1. The resolution itself joins the resolutions recalled.
  const adopted =
    (doc.closing && findDate(doc.text.slice(doc.closing.span.start, doc.closing.span.end))) ??
    doc.header.map((p) => findDate(doc.text.slice(p.span.start, p.span.end))).find((d) => d !== undefined);
  if (number && GA_RESOLUTION.test(`A/RES/${number}`)) {
    const entry = `${number}${adopted ? ` of ${formatDate(adopted)}` : ''}`;
    const [s, n] = number.split('/').map(Number);
    const citations = recogniseCitations(doc);
    const recalling = doc.preambular.filter((p) => RECALLING.test(doc.text.slice(p.span.start, p.span.start + 200)));
    // The list of the item's earlier resolutions: the one that recalls the latest of them.
    const lists = recalling
      .flatMap((p) => resolutionLists(doc, p, citations))
      .filter((list) => list.every((item) => item.key !== keyOf(s, n)));
    const best = lists.sort((a, b) => Math.max(...b.map((i) => i.key)) - Math.max(...a.map((i) => i.key)))[0];
    if (best) {
      edits.push(...insertIntoList(doc, best, entry, keyOf(s, n)));
      const after = best.filter((item) => item.key < keyOf(s, n)).pop();
      const line = doc.lines.positionAt(best[0].span.start).line + 1;
      const where = after ? `after ${quoted(doc, after.span)}` : `before ${quoted(doc, best[0].span)}`;
      changes.push(`Line ${line}: added "${entry}" to the resolutions recalled, ${where}.`);
    } else {
      const first = doc.preambular[0] ?? doc.operative[0];
      const italic = first?.opening?.italic ?? false;
      const opening = italic ? '*Recalling*' : 'Recalling';
      const at = first ? first.span.start : doc.enactingFormula ? doc.enactingFormula.span.end : doc.text.length;
      const paragraph = `${opening} its resolution ${entry},`;
      edits.push({ start: at, end: at, text: first ? `${paragraph}\n\n` : `\n\n${paragraph}` });
      changes.push(`Added the preambular paragraph "${paragraph.replace(/\*/g, '')}" before the first paragraph.`);
    }
    if (!adopted)
      changes.push(`Resolution ${number} is recalled without its date: the adoption date was not found. Add it.`);
  }

  // 2. Session ordinals: the session line, and the sessions still to come in the text.
  for (const paragraph of doc.paragraphs) {
    if (paragraph.kind === 'closing') continue;
    const isSessionLine = paragraph.kind === 'sessionHeader';
    for (const piece of paragraph.pieces) {
      const text = doc.text.slice(piece.start, piece.end);
      for (const m of text.matchAll(SESSION_ORDINAL)) {
        const value = ordinalValue(m[1]);
        if (value === undefined || (isSessionLine ? value !== session : value <= session)) continue;
        const start = piece.start + m.index!;
        const moved = ordinalLike(value + 1, m[1]);
        edits.push({ start, end: start + m[1].length, text: moved });
        changes.push(
          `${isSessionLine ? 'Session line' : `Line ${doc.lines.positionAt(start).line + 1}`}: ` +
            `"${m[1]}${m[2]}" → "${moved}${m[2]}".`,
        );
      }
      const agenda = isSessionLine ? /\bAgenda item[ \t\u00a0]+[^\n]*/.exec(text) : null;
      if (agenda)
        changes.push(
          `Kept "${agenda[0].trim()}": check the item's number in the provisional agenda of the next session.`,
        );
    }
  }

  // 3. The adoption lines go: the draft is not adopted yet.
  for (const paragraph of doc.paragraphs) {
    const text = doc.text.slice(paragraph.span.start, paragraph.span.end);
    const adoption =
      paragraph.kind === 'closing' ||
      (paragraph.kind !== 'preambular' && paragraph.kind !== 'operative' && /^Resolution adopted by\b/.test(text)) ||
      (paragraph.kind === 'documentSymbolLine' && /^\[(?:without reference to|on the report of)\b/.test(text));
    if (adoption) {
      edits.push({ ...withFollowingGap(doc, paragraph), text: '' });
      changes.push(`Removed the adoption line "${text.replace(/\s+/g, ' ')}".`);
    }
  }
  if (doc.title && number) {
    const at = doc.text.indexOf(`${number}.`, doc.title.span.start);
    if (at >= 0 && at < doc.title.span.end) {
      let end = at + number.length + 1;
      while (/[ \t\u00a0]/.test(doc.text[end])) end++;
      edits.push({ start: at, end, text: '' });
      changes.push(`Removed the resolution number "${number}." from the title.`);
    }
  }

  let text = doc.text;
  for (const edit of [...edits].sort((a, b) => b.start - a.start || b.end - a.end))
    text = text.slice(0, edit.start) + edit.text + text.slice(edit.end);
  // The lines removed at the end leave their blank lines behind: the draft ends with one line break.
  return { text: `${text.trimEnd()}\n`, changes };
}
