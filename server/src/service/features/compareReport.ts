import type { DraftDocument } from '../model/document';
import type { Span } from '../types';
import { ComparedParagraph, ComparedPart, ComparedSide, DraftComparison, numberLabel, partOf } from './compare';

/**
 * A comparison written out for people and programs: plain text for the terminal, a standalone
 * HTML page, and JSON. Every format names paragraphs as a drafter cites them.
 */

/** A run of words as both drafts have them, or as only one has them. */
export interface Segment {
  readonly kind: 'same' | 'deleted' | 'inserted';
  readonly text: string;
}

const PART_NAMES: Record<ComparedPart, string> = {
  header: 'Title block',
  preamble: 'Preamble',
  operative: 'Operative part',
  text: 'Text',
  footnotes: 'Footnotes',
  closing: 'Closing',
};

const HEADER_PLACES: Record<string, string> = {
  title: 'the title',
  subtitle: 'the subtitle',
  sessionHeader: 'the session line',
  documentSymbolLine: 'the symbol line',
  dateline: 'the date line',
  enactingFormula: 'the enacting formula',
};

/**
 * "preambular paragraph 3", "operative paragraph 5 (b)", "footnote 2": where a side stands in its
 * draft. A sub-paragraph is placed in its `parent`; a sub-paragraph of a sub-paragraph, by its paragraph's number.
 */
function placeOf(part: ComparedPart, side: ComparedSide, parent?: ComparedSide): string {
  if (side.subparagraph) {
    const number = side.paragraph.number;
    const container = parent
      ? placeOf(part, parent)
      : number
        ? `operative paragraph ${numberLabel(number)}`
        : 'a paragraph';
    return `${container} (${side.label})`;
  }
  // Its own part: a paragraph moved from the preamble to the operative part is placed in each.
  switch (partOf(side)) {
    case 'preamble':
      return `preambular paragraph ${side.index + 1}`;
    case 'operative':
      return `operative paragraph ${side.label ?? side.index + 1}`;
    case 'header':
      return HEADER_PLACES[side.paragraph.kind] ?? `line ${side.index + 1} of the title block`;
    case 'footnotes':
      return `footnote ${side.label ?? side.index + 1}`;
    case 'closing':
      return 'the closing line';
    case 'text':
      return `paragraph ${side.index + 1}`;
  }
}

function slice(doc: DraftDocument, span: Span): string {
  return doc.text.slice(span.start, span.end);
}

/**
 * The paragraph's own words, as DRAFT has them with BASE's words it dropped, or as one side alone
 * has them. Runs keep the text's own spacing, so "A/78/479" reads "A/[-78-]{+79+}/[-479-]{+457+}".
 */
export function wordSegments(base: DraftDocument, draft: DraftDocument, compared: ComparedParagraph): Segment[] {
  const segments: Segment[] = [];
  const push = (kind: Segment['kind'], text: string): void => {
    if (text.length === 0) return;
    const last = segments[segments.length - 1];
    if (last?.kind === kind) segments[segments.length - 1] = { kind, text: last.text + text };
    else segments.push({ kind, text });
  };
  if (!compared.draft) {
    compared.base!.words.forEach((piece, n) => push('deleted', `${n > 0 ? ' ' : ''}${slice(base, piece)}`));
    return segments;
  }
  const own: Segment['kind'] = compared.base ? 'same' : 'inserted';
  const { edits } = compared;
  let next = 0;
  compared.draft.words.forEach((piece, n) => {
    if (n > 0) push(own, ' ');
    let cursor = piece.start;
    for (; next < edits.length && edits[next].draft.start <= piece.end; next++) {
      const edit = edits[next];
      push(own, draft.text.slice(cursor, edit.draft.start));
      push('deleted', slice(base, edit.base));
      push('inserted', slice(draft, edit.draft));
      cursor = edit.draft.end;
      // Words dropped before a space keep a space after them: "a [-x-] b" and "[-63/114.-] Title", not "a [-x-]b".
      const at = edit.draft.start;
      const spacedBefore = at === piece.start || /\s/.test(draft.text[at - 1]);
      if (
        at === edit.draft.end &&
        spacedBefore &&
        at < piece.end &&
        !/\s/.test(draft.text[at]) &&
        /\s/.test(base.text[edit.base.end] ?? '')
      )
        push(own, ' ');
    }
    push(own, draft.text.slice(cursor, piece.end));
  });
  // Deletions after DRAFT's last word (its words all gone, or cut at the end).
  for (; next < edits.length; next++) push('deleted', slice(base, edits[next].base));
  return segments;
}

/** 1-based line of a side's start in its draft. */
function lineOf(doc: DraftDocument, side: ComparedSide): number {
  return doc.lines.positionAt(side.span.start).line + 1;
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** White space runs as one space, a leading or trailing one kept: segments are joined as they are. */
function spaced(text: string): string {
  return text.replace(/\s+/g, ' ');
}

/** Words of unchanged text kept around a change in the terminal: enough to find the place. */
const CONTEXT_WORDS = 6;

function elide(text: string, keepStart: boolean, keepEnd: boolean): string {
  const words = text.trim().split(' ');
  if (words.length <= 2 * CONTEXT_WORDS + 1) return text;
  const head = keepStart ? `${text.startsWith(' ') ? ' ' : ''}${words.slice(0, CONTEXT_WORDS).join(' ')} ` : '';
  const tail = keepEnd ? ` ${words.slice(-CONTEXT_WORDS).join(' ')}${text.endsWith(' ') ? ' ' : ''}` : '';
  return `${head}…${tail}`;
}

/** [-deleted-]{+inserted+}, with long unchanged stretches cut to the words around the changes. */
function plainDiff(segments: readonly Segment[]): string {
  return segments
    .map((s, i) => {
      const text = spaced(s.text);
      if (s.kind === 'deleted') return `[-${text}-]`;
      if (s.kind === 'inserted') return `{+${text}+}`;
      return segments.length === 1 ? text : elide(text, i > 0, i < segments.length - 1);
    })
    .join('')
    .trim();
}

/** What a line of the report says of a paragraph: "operative paragraph 5 → 6, moved". */
function heading(part: ComparedPart, compared: ComparedParagraph, parent?: ComparedParagraph): string {
  const base = compared.base && placeOf(part, compared.base, parent?.base);
  const draft = compared.draft && placeOf(part, compared.draft, parent?.draft);
  // "operative paragraph 5 → 6"; across parts "preambular paragraph 3 → operative paragraph 5".
  const samePart = compared.base && compared.draft && partOf(compared.base) === partOf(compared.draft);
  const to = samePart ? draft!.replace(/^.* /, '') : draft;
  const where = base && draft ? (base === draft ? base : `${base} → ${to}`) : (base ?? `new ${draft}`);
  const what = compared.kind === 'moved' && compared.reworded ? 'moved and changed' : compared.kind;
  return `${where}, ${what}`;
}

function textLines(
  base: DraftDocument,
  draft: DraftDocument,
  part: ComparedPart,
  compared: ComparedParagraph,
  indent: string,
  parent?: ComparedParagraph,
): string[] {
  if (compared.kind === 'unchanged') return [];
  const line = compared.draft
    ? `draft line ${lineOf(draft, compared.draft)}`
    : `base line ${lineOf(base, compared.base!)}`;
  const out = [`${indent}${heading(part, compared, parent)} (${line})`];
  const showWords = compared.kind === 'inserted' || compared.kind === 'deleted' || compared.edits.length > 0;
  if (showWords) out.push(`${indent}    ${plainDiff(wordSegments(base, draft, compared))}`);
  const subs = compared.kind === 'inserted' || compared.kind === 'deleted' ? [] : compared.subparagraphs;
  for (const sub of subs) out.push(...textLines(base, draft, part, sub, `${indent}  `, compared));
  return out;
}

const TALLY_ORDER: readonly ComparedParagraph['kind'][] = [
  'changed',
  'moved',
  'inserted',
  'deleted',
  'renumbered',
  'unchanged',
];

/** Counts by kind: "1 changed, 1 moved, 13 renumbered, 2 unchanged". */
function tally(paragraphs: readonly ComparedParagraph[]): string {
  return TALLY_ORDER.map((kind) => [kind, paragraphs.filter((p) => p.kind === kind).length] as const)
    .filter(([, n]) => n > 0)
    .map(([kind, n]) => `${n} ${kind}`)
    .join(', ');
}

/** The terminal's report: per part, the paragraphs that changed, renumbering runs in one line. */
export function comparisonText(base: DraftDocument, draft: DraftDocument, comparison: DraftComparison): string {
  if (comparison.identical) return 'The drafts are the same, paragraph by paragraph.\n';
  const out: string[] = [];
  for (const { part, paragraphs } of comparison.parts) {
    if (paragraphs.every((p) => p.kind === 'unchanged')) continue;
    out.push(`${PART_NAMES[part]}: ${tally(paragraphs)}`);
    for (let i = 0; i < paragraphs.length; i++) {
      let last = i;
      while (paragraphs[i].kind === 'renumbered' && paragraphs[last + 1]?.kind === 'renumbered') last++;
      if (last > i) {
        const [first, end] = [paragraphs[i], paragraphs[last]];
        out.push(
          `  ${placeOf(part, first.base!).replace(/paragraph (\S+)$/, 'paragraphs $1')}–${end.base!.label}` +
            ` → ${first.draft!.label}–${end.draft!.label}, renumbered`,
        );
        i = last;
        continue;
      }
      out.push(...textLines(base, draft, part, paragraphs[i], '  '));
    }
  }
  return `${out.join('\n')}\n`;
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function htmlWords(segments: readonly Segment[]): string {
  return segments
    .map((s) => {
      const text = escapeHtml(spaced(s.text));
      return s.kind === 'deleted' ? `<del>${text}</del>` : s.kind === 'inserted' ? `<ins>${text}</ins>` : text;
    })
    .join('')
    .trim();
}

function htmlParagraph(
  base: DraftDocument,
  draft: DraftDocument,
  part: ComparedPart,
  compared: ComparedParagraph,
  parent?: ComparedParagraph,
): string {
  const line = compared.draft ? lineOf(draft, compared.draft) : undefined;
  const label =
    compared.kind === 'unchanged'
      ? compared.draft && placeOf(part, compared.draft, parent?.draft)
      : heading(part, compared, parent);
  const subs = compared.subparagraphs.map((sub) => htmlParagraph(base, draft, part, sub, compared)).join('');
  const goTo = line === undefined ? '' : ` data-line="${line - 1}"`;
  return (
    `<div class="paragraph ${compared.kind}"${goTo}><div class="place">${escapeHtml(label ?? '')}</div>` +
    `<div class="words">${htmlWords(wordSegments(base, draft, compared))}</div>${subs}</div>\n`
  );
}

const STYLE = `body{font-family:Georgia,serif;max-width:50em;margin:2em auto;line-height:1.5;color:#222;background:#fff}
h1{font-size:1.3em}h2{font-size:1.1em;border-bottom:1px solid #ccc}
.paragraph{margin:.6em 0;padding:.2em .6em;border-left:4px solid transparent}
.paragraph .paragraph{margin-left:1.5em}
.place{font:.8em sans-serif;color:#555}
.unchanged{color:#777}.unchanged>.place{display:none}
.changed,.moved{border-color:#d9a400}.inserted{border-color:#2a7a2a}
.deleted{border-color:#b22}.renumbered{border-color:#88a}
[data-line]{cursor:pointer}
del{color:#b22;text-decoration:line-through}ins{color:#2a7a2a;text-decoration:underline}`;

/**
 * A standalone page: every paragraph of DRAFT, deleted ones where they stood, with BASE's dropped
 * words struck through and DRAFT's new words underlined. All text is escaped; the page has no script.
 * Each paragraph carries `data-line`, its 0-based line in DRAFT, for a viewer that goes to it.
 */
export function comparisonHtml(
  base: DraftDocument,
  draft: DraftDocument,
  comparison: DraftComparison,
  names: { base: string; draft: string },
): string {
  const title = `${names.draft} compared with ${names.base}`;
  const parts = comparison.parts
    .map(
      ({ part, paragraphs }) =>
        `<section><h2>${PART_NAMES[part]}</h2>\n<p class="place">${escapeHtml(tally(paragraphs))}</p>\n` +
        `${paragraphs.map((p) => htmlParagraph(base, draft, part, p)).join('')}</section>\n`,
    )
    .join('');
  return (
    '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n' +
    `<title>${escapeHtml(title)}</title>\n<style>${STYLE}</style>\n</head>\n` +
    `<body>\n<h1>${escapeHtml(title)}</h1>\n${parts}</body>\n</html>\n`
  );
}

interface JsonSide {
  readonly place: string;
  readonly label?: string;
  readonly range: ReturnType<DraftDocument['lines']['rangeOf']>;
  readonly text: string;
}

interface JsonParagraph {
  readonly kind: ComparedParagraph['kind'];
  readonly renumbered: boolean;
  readonly reworded: boolean;
  readonly base?: JsonSide;
  readonly draft?: JsonSide;
  readonly edits: readonly {
    readonly base: string;
    readonly draft: string;
    readonly baseRange: JsonSide['range'];
    readonly draftRange: JsonSide['range'];
  }[];
  readonly subparagraphs: readonly JsonParagraph[];
}

function jsonParagraph(
  base: DraftDocument,
  draft: DraftDocument,
  part: ComparedPart,
  compared: ComparedParagraph,
  parent?: ComparedParagraph,
): JsonParagraph {
  const side = (
    doc: DraftDocument,
    s: ComparedSide | undefined,
    parentSide: ComparedSide | undefined,
  ): JsonSide | undefined =>
    s && {
      place: placeOf(part, s, parentSide),
      label: s.label,
      range: doc.lines.rangeOf(s.span),
      text: oneLine(s.words.map((w) => slice(doc, w)).join(' ')),
    };
  return {
    kind: compared.kind,
    renumbered: compared.renumbered,
    reworded: compared.reworded,
    base: side(base, compared.base, parent?.base),
    draft: side(draft, compared.draft, parent?.draft),
    edits: compared.edits.map((e) => ({
      base: slice(base, e.base),
      draft: slice(draft, e.draft),
      baseRange: base.lines.rangeOf(e.base),
      draftRange: draft.lines.rangeOf(e.draft),
    })),
    subparagraphs: compared.subparagraphs.map((sub) => jsonParagraph(base, draft, part, sub, compared)),
  };
}

/** The comparison as JSON: parts of aligned paragraphs with 0-based LSP ranges into BASE and DRAFT. */
export function comparisonJson(base: DraftDocument, draft: DraftDocument, comparison: DraftComparison): object {
  return {
    identical: comparison.identical,
    parts: comparison.parts.map(({ part, paragraphs }) => ({
      part,
      paragraphs: paragraphs.map((p) => jsonParagraph(base, draft, part, p)),
    })),
  };
}
