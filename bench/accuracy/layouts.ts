/**
 * Renders an AKN document as the plain text a drafter would have, in several layouts, and keeps
 * where every gold block and every UN link landed in that text, so the parse can be scored on it.
 */
import { random as seededRandom } from '../corpusGen';
import type { Span } from '../../server/src/service';
import type { AknDocument } from '../../server/src/workspace/readers/aknDocument';
import {
  CLEAN_STYLE,
  RenderedBlock,
  RenderedLink,
  Style,
  superscript,
  writeDocument,
  Writer,
} from '../../server/src/workspace/readers/aknText';

export type { BlockKind, RenderedBlock, RenderedLink } from '../../server/src/workspace/readers/aknText';

export const LAYOUTS = ['clean', 'wrapped', 'markdown', 'print', 'pasted'] as const;
export type LayoutName = (typeof LAYOUTS)[number];

export interface Rendering {
  readonly layout: LayoutName;
  readonly text: string;
  readonly blocks: readonly RenderedBlock[];
  readonly links: readonly RenderedLink[];
  /** Where the first annex starts; the text's end if there is none. */
  readonly annexStart: number;
}

const STYLES: Record<LayoutName, Style> = {
  clean: CLEAN_STYLE,
  wrapped: {
    width: 80,
    blankLines: true,
    markdown: false,
    reference: superscript,
    noteLead: (m) => `${superscript(m)} `,
  },
  markdown: { blankLines: true, markdown: true, reference: (m) => `[^${m}]`, noteLead: (m) => `[^${m}]: ` },
  // As text taken out of a PDF: references are digits glued to the word, notes sit at the page foot.
  print: { width: 80, blankLines: true, markdown: false, reference: (m) => m, noteLead: (m) => `${m}  ` },
  pasted: { blankLines: false, markdown: false, reference: superscript, noteLead: (m) => `${superscript(m)} ` },
};

function hash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

interface Insertion {
  readonly at: number;
  readonly text: string;
  readonly blocks: readonly RenderedBlock[];
  readonly links: readonly RenderedLink[];
}

/**
 * Cuts the text into pages of 38 to 50 lines at seeded places (so paragraphs split mid-sentence)
 * and puts, at each page foot, a rule with the page's footnotes, the job number and "n/N"; at each
 * page top the running header: the symbol alone on its line and the title.
 */
function paginate(doc: AknDocument, body: Writer, annexStart: number, jobNumber: string, style: Style): Rendering {
  // Seeded (mulberry32) from the symbol, so the page breaks fall in the same places on every run.
  const random = seededRandom(hash(doc.symbol));
  const lineStarts = [0];
  for (let i = 0; i < body.text.length; i++) if (body.text[i] === '\n') lineStarts.push(i + 1);
  const breaks: number[] = [];
  for (let line = 38 + Math.floor(random() * 13); line < lineStarts.length; line += 38 + Math.floor(random() * 13)) {
    const at = lineStarts[line];
    // Never inside a link's words, so that each citation stays whole on its page.
    if (body.text[at] !== '\n' && !body.links.some((l) => l.span.start < at && at < l.span.end)) breaks.push(at);
  }
  const pages = breaks.length + 1;
  const title = doc.title?.text ?? doc.cover[doc.cover.length - 1]?.text ?? '';
  const insertions: Insertion[] = [];
  const foot = (pageStart: number, pageEnd: number, page: number): Omit<Insertion, 'at'> => {
    const notes = new Writer(style);
    // A note is printed once, at the foot of the page of its first reference.
    const referenced = new Set(
      body.notes.filter((n) => !n.repeated && n.at >= pageStart && n.at < pageEnd).map((n) => n.marker),
    );
    for (const note of doc.footnotes) {
      if (referenced.has(note.marker))
        notes.block('footnote', [{ prefix: style.noteLead(note.marker), inline: note.text }]);
    }
    const rule = notes.text ? '__________________\n\n' : '';
    const shift = rule.length;
    return {
      text: `${rule}${notes.text}${notes.text ? '\n\n' : ''}${jobNumber}\n\n${page}/${pages}`,
      blocks: notes.blocks.map((b) => ({ ...b, span: { start: b.span.start + shift, end: b.span.end + shift } })),
      links: notes.links.map((l) => ({ ...l, span: { start: l.span.start + shift, end: l.span.end + shift } })),
    };
  };
  let pageStart = 0;
  breaks.forEach((at, i) => {
    const f = foot(pageStart, at, i + 1);
    const header = i % 2 === 0 ? `${doc.symbol}\n\n${title}` : `${title}\n\n${doc.symbol}`;
    insertions.push({ ...f, at, text: `\n${f.text}\n\n${header}\n\n` });
    pageStart = at;
  });
  const last = foot(pageStart, body.text.length, pages);
  insertions.push({ ...last, at: body.text.length, text: `\n\n${last.text}` });
  return applyInsertions(body, insertions, annexStart);
}

function applyInsertions(body: Writer, insertions: readonly Insertion[], annexStart: number): Rendering {
  const shiftOf = (pos: number): number => {
    let shift = 0;
    for (const ins of insertions) if (ins.at <= pos) shift += ins.text.length;
    return shift;
  };
  const endShiftOf = (pos: number): number => {
    let shift = 0;
    for (const ins of insertions) if (ins.at < pos) shift += ins.text.length;
    return shift;
  };
  const move = (s: Span): Span => ({ start: s.start + shiftOf(s.start), end: s.end + endShiftOf(s.end) });
  let text = '';
  let from = 0;
  const blocks: RenderedBlock[] = body.blocks.map((b) => ({ ...b, span: move(b.span) }));
  const links: RenderedLink[] = body.links.map((l) => ({ ...l, span: move(l.span) }));
  for (const ins of insertions) {
    text += body.text.slice(from, ins.at);
    // The insertion's own text starts after its leading line break(s).
    const at = text.length + (ins.text.length - ins.text.trimStart().length);
    blocks.push(...ins.blocks.map((b) => ({ ...b, span: { start: b.span.start + at, end: b.span.end + at } })));
    links.push(...ins.links.map((l) => ({ ...l, span: { start: l.span.start + at, end: l.span.end + at } })));
    text += ins.text;
    from = ins.at;
  }
  text += body.text.slice(from);
  blocks.sort((a, b) => a.span.start - b.span.start);
  return { layout: 'print', text, blocks, links, annexStart: annexStart + shiftOf(annexStart) };
}

/** "A_RES_78_10-2323443E.xml" → "23-23443": the UN job number printed at each page foot. */
export function jobNumberOf(fileName: string, symbol: string): string {
  const digits = /(\d{7})[A-Z]?(?:\.xml)?$/i.exec(fileName)?.[1] ?? String(hash(symbol) % 10_000_000).padStart(7, '0');
  return `${digits.slice(0, 2)}-${digits.slice(2)}`;
}

export function render(doc: AknDocument, layout: LayoutName, fileName: string): Rendering {
  const style = STYLES[layout];
  if (layout !== 'print') {
    const { writer, annexStart } = writeDocument(doc, style, false, true);
    return { layout, text: `${writer.text}\n`, blocks: writer.blocks, links: writer.links, annexStart };
  }
  const { writer, annexStart } = writeDocument(doc, style, true, false);
  const job = jobNumberOf(fileName, doc.symbol);
  // The masthead's job number and bar code, as a PDF's text has them.
  const masthead = `${job} (E)\n*${job.replace('-', '')}*\n\n`;
  const paged = paginate(doc, writer, annexStart, job, style);
  return applyMasthead(paged, masthead);
}

function applyMasthead(r: Rendering, masthead: string): Rendering {
  const split = r.text.indexOf('\n\n', r.text.indexOf('Distr.: General')) + 2;
  const shift = (s: Span): Span =>
    s.start >= split ? { start: s.start + masthead.length, end: s.end + masthead.length } : s;
  return {
    ...r,
    text: `${r.text.slice(0, split)}${masthead}${r.text.slice(split)}\n`,
    blocks: r.blocks.map((b) => ({ ...b, span: shift(b.span) })),
    links: r.links.map((l) => ({ ...l, span: shift(l.span) })),
    annexStart: r.annexStart >= split ? r.annexStart + masthead.length : r.annexStart,
  };
}
