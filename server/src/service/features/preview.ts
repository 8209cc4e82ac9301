/**
 * The draft as the printed UN text, in HTML: the masthead, the title and the enacting formula centred,
 * opening phrases in italics, operative numbers and sub-paragraph markers hanging, unagreed [bracketed]
 * text marked, the footnotes at the foot. Built from the parse through the Word export's layout, so the
 * preview, the rich-text copy and the .docx set the same words the same way. Every text is escaped;
 * the page carries no script (the editor adds its own, under its policy).
 */
import type { DraftDocument } from '../model/document';
import { escapeHtml } from './compareReport';
import { cleanText } from './draftingCommands';
import { BlockPlan, BlockRole, DraftWords, Inline } from './wordExport';

const PAGE_STYLE = `body{margin:0;padding:1.5em;background:#e8e8e8}
.page{font-family:"Times New Roman",Times,serif;font-size:15px;line-height:1.45;color:#111;background:#fff;
max-width:42em;margin:0 auto;padding:3em 3.5em;box-shadow:0 1px 4px rgba(0,0,0,.3)}
p{margin:0 0 .7em;text-align:justify}
sup{line-height:0}
.masthead{display:flex;justify-content:space-between;font-weight:bold;border-bottom:1px solid #000;padding-bottom:.3em;
margin-bottom:1.2em}
.sessionHeader{font-weight:bold;text-align:left}
.subtitle,.symbolLine,.dateline{text-align:center}
.subtitle{font-weight:bold}
.title{text-align:center;font-weight:bold;font-size:1.2em;margin:1.2em 2em}
.title .num{margin-right:.4em}
.enactingFormula{text-align:center;margin:1em 0}
.heading{text-align:center;font-weight:bold;margin-top:1.2em}
.preambular,.narrative{text-indent:2.5em}
.operative,.subparagraph{padding-left:2.5em;text-indent:-2.5em}
.depth-1{padding-left:5em}.depth-2{padding-left:7.5em}.depth-3{padding-left:10em}.depth-4,.depth-5{padding-left:12.5em}
.operative .num,.subparagraph .num{display:inline-block;width:2.5em;text-indent:0}
.closing{text-align:center;margin-top:1.5em;padding-left:50%}
.unagreed{background:rgba(255,196,0,.35);outline:1px dashed #b58900}
.notes{margin-top:2em}
.notes::before{content:'';display:block;border-top:1px solid #000;width:30%;margin-bottom:.4em}
.footnote{font-size:.85em;text-indent:0;padding-left:0}
.current{box-shadow:-.6em 0 0 -.3em #4a90d9}`;

/** Styles of the clipboard's blocks, inline: e-mail and word processors drop a page's style sheet. */
const INLINE_STYLE: Partial<Record<BlockRole | 'notes', string>> = {
  masthead: 'font-weight:bold;border-bottom:1px solid #000',
  sessionHeader: 'font-weight:bold',
  subtitle: 'text-align:center;font-weight:bold',
  symbolLine: 'text-align:center',
  dateline: 'text-align:center',
  title: 'text-align:center;font-weight:bold',
  enactingFormula: 'text-align:center',
  heading: 'text-align:center;font-weight:bold',
  preambular: 'text-indent:1.27cm',
  narrative: 'text-indent:1.27cm',
  operative: 'margin-left:1.27cm;text-indent:-1.27cm',
  closing: 'text-align:right',
  notes: 'font-size:smaller;border-top:1px solid #000',
};

interface Rendering {
  /** A `data-line` on each block, for the editor's scroll sync and clicks; class names for the page's styles. */
  readonly forPage: boolean;
}

/** The formatted draft as a whole HTML page (no script), each block carrying its 0-based line as `data-line`. */
export function previewHtml(doc: DraftDocument, title: string): string {
  return (
    '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n' +
    `<title>${escapeHtml(title)}</title>\n<style>${PAGE_STYLE}</style>\n</head>\n` +
    `<body>\n<div class="page">\n${renderDraft(doc, { forPage: true })}</div>\n</body>\n</html>\n`
  );
}

/** What "Copy as rich text" puts on the clipboard: the formatted draft as HTML with inline styles, and its clean text. */
export function richText(doc: DraftDocument): { html: string; text: string } {
  return { html: `<div>\n${renderDraft(doc, { forPage: false })}</div>\n`, text: cleanText(doc) };
}

function renderDraft(doc: DraftDocument, rendering: Rendering): string {
  const words = new DraftWords(doc);
  /** Footnotes in the order of their first reference, numbered as printed. */
  const printed = new Map<number, number>();
  const blocks = words.plans().map((plan) => renderBlock(doc, plan, words.block(plan).inlines, printed, rendering));
  const notePlans = words.notePlans();
  const notes = [...printed].flatMap(([number, shown]) => {
    const plan = notePlans.get(number);
    if (!plan) return [];
    const attributes = rendering.forPage ? ` class="footnote"${lineAttribute(doc, plan)}` : '';
    return [`<p${attributes}><sup>${shown}</sup> ${renderInlines(words.block(plan).inlines, printed, rendering)}</p>`];
  });
  const loose = words.looseNotes().map((b) => `<p>${renderInlines(b.inlines, printed, rendering)}</p>`);
  const foot = [...notes, ...loose];
  const notesAttribute = rendering.forPage ? ' class="notes"' : ` style="${INLINE_STYLE.notes}"`;
  return blocks.join('') + (foot.length > 0 ? `<div${notesAttribute}>\n${foot.join('\n')}\n</div>\n` : '');
}

function lineAttribute(doc: DraftDocument, plan: BlockPlan): string {
  const at = plan.subparagraph?.markerSpan.start ?? plan.spans[0]?.start ?? plan.paragraph?.span.start;
  return at === undefined ? '' : ` data-line="${doc.lines.lineOf(at)}"`;
}

function renderBlock(
  doc: DraftDocument,
  plan: BlockPlan,
  inlines: readonly Inline[],
  printed: Map<number, number>,
  rendering: Rendering,
): string {
  const depth = plan.depth ?? 0;
  const header = plan.paragraph !== undefined && doc.header.includes(plan.paragraph);
  let attributes: string;
  if (rendering.forPage) {
    // Classes only: the page's policy allows its one style sheet, no style attributes.
    const depthClass = plan.role === 'subparagraph' ? ` depth-${depth}` : '';
    attributes = ` class="${plan.role}${depthClass}"${lineAttribute(doc, plan)}`;
  } else {
    const style =
      plan.role === 'subparagraph'
        ? `margin-left:${1.27 * (depth + 1)}cm;text-indent:-1.27cm`
        : (INLINE_STYLE[plan.role] ?? '');
    attributes = style ? ` style="${style}"` : '';
  }
  const label = plan.label === undefined ? '' : `<span class="num">${escapeHtml(plan.label)}</span>`;
  // On the clipboard the number is followed by a tab, as a word processor sets a hanging number.
  const gap = plan.label !== undefined && !rendering.forPage ? '\t' : '';
  const body =
    plan.role === 'masthead' && rendering.forPage
      ? inlines
          .map((i) => (i.type === 'text' ? i.text.split('\t') : []))
          .flat()
          .map((part) => `<span>${escapeHtml(part)}</span>`)
          .join('')
      : renderInlines(inlines, printed, rendering, !header);
  return `<p${attributes}>${label}${gap}${body}</p>\n`;
}

/** The inlines as HTML: italics, bold, superscripts, line breaks, footnote references, and bracketed words marked. */
function renderInlines(
  inlines: readonly Inline[],
  printed: Map<number, number>,
  rendering: Rendering,
  markBrackets = true,
): string {
  const unagreed = rendering.forPage ? 'class="unagreed"' : 'style="background:#ffe58f"';
  let depth = 0;
  const out: string[] = [];
  for (const inline of inlines) {
    if (inline.type === 'break') {
      out.push('<br>');
      continue;
    }
    if (inline.type === 'note') {
      if (!printed.has(inline.number)) printed.set(inline.number, printed.size + 1);
      out.push(`<sup>${printed.get(inline.number)}</sup>`);
      continue;
    }
    // Brackets may open in one run and close in another: each piece of a run is marked on its own.
    const pieces = inline.text.split(/(?=[[\]])|(?<=[[\]])/);
    let html = '';
    for (const piece of pieces) {
      if (piece === '[') depth++;
      const text = escapeHtml(piece);
      html += depth > 0 && markBrackets ? `<span ${unagreed}>${text}</span>` : text;
      if (piece === ']' && depth > 0) depth--;
    }
    if (inline.italic) html = `<em>${html}</em>`;
    if (inline.bold) html = `<strong>${html}</strong>`;
    if (inline.superscript) html = `<sup>${html}</sup>`;
    out.push(html);
  }
  return out.join('');
}
