/**
 * A Word file (.docx) read as a communiqué text: one paragraph per Word paragraph (its line breaks as spaces),
 * blank lines between;
 * Word's automatic numbers written out ("1.", "(a)"); italics as `*…*`; footnote references as
 * superscript numbers, with the footnote's text after the paragraph that refers to it ("¹ See …");
 * tracked changes accepted, or kept in negotiation brackets: "[deleted words] [inserted words]".
 */
import { ListPlace, WordNumbering } from './numbering';
import { childElements, firstChild, isOn, isTrue, readWordParts, WordParts, XmlElement } from './wordXml';

export type TrackedChanges = 'accept' | 'brackets';

export interface WordReadOptions {
  /** What tracked changes become: accepted (the text as it reads with them), or bracketed for negotiation. */
  readonly changes?: TrackedChanges;
}

/** A stretch of a paragraph's text with one formatting and one tracked change. */
interface Piece {
  readonly text: string;
  readonly italic: boolean;
  readonly change?: 'inserted' | 'deleted';
}

const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';
/** Elements that hold runs without changing them: links, fields, content controls, smart tags. */
const RUN_CONTAINERS = new Set(['hyperlink', 'fldSimple', 'smartTag', 'sdt', 'sdtContent', 'customXml', 'bdo', 'dir']);
/** Elements that hold paragraphs: tables, content controls, custom XML. */
const BLOCK_CONTAINERS = new Set(['body', 'tbl', 'tr', 'tc', 'sdt', 'sdtContent', 'customXml', 'txbxContent']);

export async function readWord(bytes: Uint8Array, options: WordReadOptions = {}): Promise<string> {
  return wordText(await readWordParts(bytes), options);
}

export function wordText(parts: WordParts, options: WordReadOptions = {}): string {
  return new WordReader(parts, options.changes ?? 'accept').read();
}

class WordReader {
  private readonly numbering: WordNumbering;
  /** Paragraph styles' own list places (a "List Number" style), after their `basedOn` chain. */
  private readonly styleLists = new Map<string, ListPlace | undefined>();
  private readonly footnotes = new Map<string, XmlElement>();
  /** Footnotes numbered as Word shows them: in the order they are referred to. */
  private noteCount = 0;

  constructor(
    private readonly parts: WordParts,
    private readonly changes: TrackedChanges,
  ) {
    this.numbering = new WordNumbering(parts.numbering);
    for (const note of parts.footnotes ? childElements(parts.footnotes, 'footnote') : []) {
      if (!note.attributes.type || note.attributes.type === 'normal') this.footnotes.set(note.attributes.id, note);
    }
  }

  read(): string {
    const body = firstChild(this.parts.document, 'body');
    const out: string[] = [];
    let carried = '';
    let notes: string[] = [];
    for (const p of body ? paragraphsIn(body) : []) {
      carried = joinWords(carried, this.paragraph(p, notes));
      // An accepted deletion of the paragraph mark joins the paragraph to the next one.
      if (this.changes === 'accept' && isMarkDeleted(p)) continue;
      if (carried) out.push(carried);
      out.push(...notes);
      carried = '';
      notes = [];
    }
    if (carried) out.push(carried);
    out.push(...notes);
    return out.length > 0 ? `${out.join('\n\n')}\n` : '';
  }

  /** A paragraph's text with its list number; the texts of the footnotes it refers to go to `notes`. */
  private paragraph(p: XmlElement, notes: string[]): string {
    const pieces: Piece[] = [];
    this.inline(p, pieces, notes, undefined);
    const text = this.render(pieces);
    const place = this.listPlace(firstChild(p, 'pPr'));
    // An empty paragraph is not a list item: Word shows no number before it.
    const label = place && text ? this.numbering.next(place) : undefined;
    return label ? `${label} ${text}` : text;
  }

  private listPlace(pPr: XmlElement | undefined): ListPlace | undefined {
    const numPr = firstChild(pPr, 'numPr');
    if (numPr) {
      const numId = firstChild(numPr, 'numId')?.attributes.val;
      // numId 0 takes a paragraph out of the list its style would put it in.
      return numId && numId !== '0'
        ? { numId, level: Number(firstChild(numPr, 'ilvl')?.attributes.val ?? 0) }
        : undefined;
    }
    const style = firstChild(pPr, 'pStyle')?.attributes.val;
    return style ? this.styleList(style, 0) : undefined;
  }

  private styleList(styleId: string, depth: number): ListPlace | undefined {
    if (this.styleLists.has(styleId)) return this.styleLists.get(styleId);
    const style =
      this.parts.styles && childElements(this.parts.styles, 'style').find((s) => s.attributes.styleId === styleId);
    const pPr = firstChild(style, 'pPr');
    const basedOn = firstChild(style, 'basedOn')?.attributes.val;
    const place = firstChild(pPr, 'numPr')
      ? this.listPlace(pPr)
      : basedOn && depth < 20
        ? this.styleList(basedOn, depth + 1)
        : undefined;
    this.styleLists.set(styleId, place);
    return place;
  }

  /** Collects the runs within `element`, inside a tracked change or not. */
  private inline(element: XmlElement, pieces: Piece[], notes: string[], change: Piece['change']): void {
    for (const child of childElements(element)) {
      if (child.name === 'r') this.run(child, pieces, notes, change);
      else if (child.name === 'ins' || child.name === 'moveTo') this.inline(child, pieces, notes, 'inserted');
      else if (child.name === 'del' || child.name === 'moveFrom') this.inline(child, pieces, notes, 'deleted');
      else if (RUN_CONTAINERS.has(child.name)) this.inline(child, pieces, notes, change);
    }
  }

  private run(r: XmlElement, pieces: Piece[], notes: string[], change: Piece['change']): void {
    const rPr = firstChild(r, 'rPr');
    const italic = isOn(firstChild(rPr, 'i'));
    // A number set in superscript is a footnote mark typed as text, or a second reference to a note.
    const raised = firstChild(rPr, 'vertAlign')?.attributes.val === 'superscript';
    const add = (text: string): void => {
      pieces.push({ text: raised && /^\d+$/.test(text) ? superscript(Number(text)) : text, italic, change });
    };
    for (const child of childElements(r)) {
      switch (child.name) {
        case 't':
        case 'delText':
          add(textOf(child));
          break;
        // A line break within a Word paragraph is layout ("Sixty-third session / Agenda item 114"): one line.
        case 'tab':
        case 'ptab':
        case 'br':
        case 'cr':
          add(' ');
          break;
        case 'noBreakHyphen':
          add('\u2011');
          break;
        case 'footnoteReference': {
          // A custom mark is the text of the run that follows.
          const custom = child.attributes.customMarkFollows;
          if (custom !== undefined && isTrue(custom)) break;
          const number = ++this.noteCount;
          pieces.push({ text: superscript(number), italic: false, change });
          const note = this.footnotes.get(child.attributes.id);
          if (note) notes.push(`${superscript(number)} ${this.footnoteText(note)}`);
          break;
        }
      }
    }
  }

  private footnoteText(note: XmlElement): string {
    return childElements(note, 'p')
      .map((p) => {
        const pieces: Piece[] = [];
        this.inline(p, pieces, [], undefined);
        return this.render(pieces);
      })
      .filter(Boolean)
      .join(' ');
  }

  /** The pieces as communiqué text: italics in `*…*`, changes accepted or bracketed, spaces collapsed. */
  private render(pieces: readonly Piece[]): string {
    const kept = this.changes === 'accept' ? pieces.filter((p) => p.change !== 'deleted') : pieces;
    let out = '';
    let at = 0;
    while (at < kept.length) {
      let end = at + 1;
      while (end < kept.length && kept[end].change === kept[at].change) end++;
      const words = emphasised(kept.slice(at, end));
      if (kept[at].change && this.changes === 'brackets' && words.trim()) {
        // Spaces around the changed words stay outside the brackets; "[old] [new]" are set apart by one.
        const lead = /^\s*/.exec(words)![0];
        out += `${lead || (out.endsWith(']') ? ' ' : '')}[${words.trim()}]${/\s*$/.exec(words)![0]}`;
      } else out += words;
      at = end;
    }
    return out
      .replace(/[ \t\u00a0]*\n[ \t\u00a0]*/g, '\n')
      .replace(/[ \t]+/g, ' ')
      .replace(/\n+/g, '\n')
      .trim();
  }
}

/** Runs of one change as text, each stretch of italics in `*…*` with its outer spaces outside the markers. */
function emphasised(pieces: readonly Piece[]): string {
  let out = '';
  let at = 0;
  while (at < pieces.length) {
    let end = at + 1;
    while (end < pieces.length && pieces[end].italic === pieces[at].italic) end++;
    const text = pieces
      .slice(at, end)
      .map((p) => p.text)
      .join('');
    if (pieces[at].italic && text.trim()) {
      const lead = /^\s*/.exec(text)![0];
      const trail = /\s*$/.exec(text)![0];
      out += `${lead}*${text.trim()}*${trail}`;
    } else out += text;
    at = end;
  }
  return out;
}

function textOf(element: XmlElement): string {
  return element.children.map((c) => ('text' in c ? c.text : '')).join('');
}

function superscript(n: number): string {
  return [...String(n)].map((d) => SUPERSCRIPT_DIGITS[Number(d)]).join('');
}

function joinWords(a: string, b: string): string {
  return a && b ? `${a} ${b}` : a || b;
}

/** The paragraph mark is a tracked deletion: accepting it joins the paragraph to the next. */
function isMarkDeleted(p: XmlElement): boolean {
  return firstChild(firstChild(firstChild(p, 'pPr'), 'rPr'), 'del') !== undefined;
}

function paragraphsIn(container: XmlElement): XmlElement[] {
  const found: XmlElement[] = [];
  for (const child of childElements(container)) {
    if (child.name === 'p') found.push(child);
    else if (BLOCK_CONTAINERS.has(child.name)) found.push(...paragraphsIn(child));
  }
  return found;
}
