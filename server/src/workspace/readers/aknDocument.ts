/**
 * Reads the UN's own gold from an AKN4UN file (the UNxml GA and SC repositories): the symbol, the
 * organ, the title block, the enacting formula, the preambular and operative paragraphs with their
 * numbers and points, headings, annexes, footnotes and every citation the UN links.
 *
 * The element shapes are those of the development set: `preamble` holds `formula` and `container`s
 * (a `p`, a `blockList` of items, or a table); `mainBody` holds `paragraph`s (a `num`, a `content`
 * or a `list` of an `intro`, `point`s and `sublist`s, which belong to the point before them; or a
 * `heading`/`subheading` alone), `section`s and `part`s with their own `num` and heading, and
 * `crossHeading`s that are preambular paragraphs of a section (refersTo="#preamble") or headings.
 * Parts A, B … of one resolution are `components`; annexes are `attachments`.
 */
import type { Span } from '../../service';
import { letterLabel, letterOrdinal, romanValue, toRoman } from '../../service/model/subparagraphs';
import { child, descendant, descendants, elements, isElement, parseXml, textOf, XmlElement, XmlNode } from './xmlTree';

/** A citation the UN links: `<a href="https://undocs.org/en/A/RES/76/13">76/13</a>`. */
export interface GoldLink {
  /** Where the link's words are in the inline text. */
  readonly span: Span;
  /** The document symbol the link names, as in the address: "A/RES/76/13", "S/RES/1970(2011)". */
  readonly symbol: string;
}

/** A footnote's place in the text. */
export interface NoteRef {
  readonly at: number;
  readonly marker: string;
  /** A second reference to a note given earlier (the UN marks it up as a bare superscript). */
  readonly repeated?: boolean;
}

/** Text as the UN marks it up: words, italic spans, links and footnote references. */
export interface Inline {
  readonly text: string;
  readonly italic: readonly Span[];
  readonly links: readonly GoldLink[];
  readonly notes: readonly NoteRef[];
}

export interface GoldPoint {
  /** The label without its brackets: "a", "ii". */
  readonly label: string;
  /** As written: "(a)". */
  readonly num: string;
  readonly text: Inline;
  readonly children: readonly GoldPoint[];
}

export type GoldKind = 'heading' | 'formula' | 'preambular' | 'operative';

export interface GoldBlock {
  readonly kind: GoldKind;
  /** As written: "1.", "I.", "(a)"; none for an un-numbered paragraph. */
  readonly num?: string;
  readonly text: Inline;
  readonly points: readonly GoldPoint[];
  /** Words after the points ("…, and decides …"). */
  readonly wrapUp?: Inline;
  /** Rows of a table, each row's cells. */
  readonly table?: readonly (readonly Inline[])[];
}

export interface GoldFootnote {
  readonly marker: string;
  readonly text: Inline;
}

export type Organ = 'GA' | 'SC';

export interface AknDocument {
  readonly language: string;
  readonly organ: Organ;
  /** "A/RES/78/10", "S/RES/2619 (2022)". */
  readonly symbol: string;
  /** The cover's lines under the masthead: session, agenda item, "Resolution adopted by …", proponent. */
  readonly cover: readonly Inline[];
  readonly issued?: string;
  /** The FRBR work's adoption date, ISO: "2023-11-21". */
  readonly adopted?: string;
  /** GA: "78/10."; SC: none (the cover says "Resolution 2619 (2022)"). */
  readonly titleNumber?: string;
  readonly title?: Inline;
  /** Formula, headings, preambular and operative paragraphs, in order, over every part A, B … */
  readonly body: readonly GoldBlock[];
  readonly annexes: readonly (readonly GoldBlock[])[];
  readonly footnotes: readonly GoldFootnote[];
  /** "38th plenary meeting", "21 November 2023". */
  readonly closing: readonly string[];
  /** Symbols the cover names but does not link: the draft's "A/78/L.9". */
  readonly originatingDocuments: readonly string[];
}

// "sp/" is how some Spanish files name Spanish (5 366 links in the development set), beside "es/".
const LANGUAGE_PREFIX = /^(?:en|fr|es|sp|ru|zh|ch|ar)\//i;

/**
 * The symbol a link names, or undefined for a link that is not to a UN document
 * (a web page, an ODS search): "https://undocs.org/en/S/RES/2664%20(2022)" → "S/RES/2664 (2022)".
 */
export function symbolOfHref(href: string): string | undefined {
  let address: string;
  try {
    address = decodeURIComponent(href.trim());
  } catch {
    address = href.trim();
  }
  const hostEnd = (host: string): number => {
    const at = address.toLowerCase().indexOf(host);
    return at < 0 || at > 12 ? -1 : at + host.length;
  };
  let rest: string | undefined;
  if (/^\/(?:en|fr|es|sp|ru|zh|ch|ar)\//.test(address)) rest = address.slice(4);
  for (const host of ['undocs.org/', 'docs.un.org/']) {
    const end = hostEnd(host);
    if (end >= 0) rest = address.slice(end);
  }
  if (rest === undefined) return undefined;
  rest = rest
    .replace(/^\/+/, '')
    .replace(LANGUAGE_PREFIX, '')
    .replace(/[?#].*$/, '')
    .trim();
  return /^[A-Za-z]+[./]/.test(rest) ? rest : undefined;
}

/** Builds inline text: white space collapsed as a browser would, spans kept on the words. */
class InlineBuilder {
  private text = '';
  private readonly italic: Span[] = [];
  private readonly links: GoldLink[] = [];
  private readonly notes: NoteRef[] = [];

  constructor(private readonly footnotes: GoldFootnote[]) {}

  add(node: XmlNode): void {
    if (!isElement(node)) {
      this.words(node);
      return;
    }
    switch (node.name) {
      case 'authorialNote': {
        const marker = node.attributes.marker ?? String(this.footnotes.length + 1);
        this.notes.push({ at: this.trimmedLength(), marker });
        const note = new InlineBuilder(this.footnotes);
        for (const p of elements(node)) {
          note.addAll(p.children);
          note.words(' ');
        }
        this.footnotes.push({ marker, text: note.build() });
        return;
      }
      case 'sup': {
        const marker = textOf(node).trim();
        if (this.footnotes.some((f) => f.marker === marker)) {
          this.notes.push({ at: this.trimmedLength(), marker, repeated: true });
          return;
        }
        break;
      }
      case 'eol':
        this.words(' ');
        return;
      case 'img':
      case 'meta':
        return;
      case 'span':
        if ((node.attributes.class ?? '').split(/\s+/).includes('italic')) {
          const start = this.text.length;
          this.addAll(node.children);
          this.italic.push({ start, end: this.text.length });
          return;
        }
        break;
      case 'a': {
        const symbol = symbolOfHref(node.attributes.href ?? '');
        const start = this.text.length;
        this.addAll(node.children);
        if (symbol) this.links.push({ span: { start, end: this.text.length }, symbol });
        return;
      }
    }
    this.addAll(node.children);
  }

  addAll(nodes: readonly XmlNode[]): void {
    for (const n of nodes) this.add(n);
  }

  words(raw: string): void {
    // Runs of white space become one space; none at the start, none doubled across two chunks.
    const collapsed = raw.replace(/[ \t\n\r]+/g, ' ');
    this.text += this.text.length === 0 || this.text.endsWith(' ') ? collapsed.replace(/^ /, '') : collapsed;
  }

  private trimmedLength(): number {
    return this.text.endsWith(' ') ? this.text.length - 1 : this.text.length;
  }

  /** The text without outer spaces; every span shrunk to the words it covers. */
  build(): Inline {
    const lead = this.text.length - this.text.trimStart().length;
    const text = this.text.trim();
    const clip = (s: Span): Span => {
      let start = Math.min(Math.max(s.start - lead, 0), text.length);
      let end = Math.min(Math.max(s.end - lead, 0), text.length);
      while (start < end && text[start] === ' ') start++;
      while (end > start && text[end - 1] === ' ') end--;
      return { start, end };
    };
    return {
      text,
      italic: this.italic.map(clip).filter((s) => s.end > s.start),
      links: this.links.map((l) => ({ span: clip(l.span), symbol: l.symbol })).filter((l) => l.span.end > l.span.start),
      notes: this.notes.map((n) => ({ ...n, at: wordEnd(text, Math.min(Math.max(n.at - lead, 0), text.length)) })),
    };
  }
}

/**
 * A note the markup set one letter into the next word ("Reduction, t|he", "Development a|nd"): the UN's slip,
 * where its print has the reference after the word before ("Reduction,⁶ the").
 */
function wordEnd(text: string, at: number): number {
  const slipped = at >= 3 && /\s/.test(text[at - 2]) && /\p{L}/u.test(text[at - 1]) && /\p{L}/u.test(text[at] ?? '');
  return slipped ? at - 2 : at;
}

// Russian may type "а)", "с)" in Cyrillic; Arabic letters its points "(أ)", and its second degree in quoted
// digits, "‘1’" or, as often typed, "’1‘".
const SUBPARAGRAPH_NUM =
  /^(?:\(?(?:[a-z]{1,3}|[асеорх]|[ivxlc]{1,7}|[\u0621-\u064a\ufee9-\ufeec]ـ?)\)|[‘’]\d{1,2}[’‘])$/u;
const OPERATIVE_NUM = /^\d/;
const LETTERED_PREAMBLE = /^[a-z]\.$/;

/** A short line in no italics and with no final punctuation, which the UN marks up as a paragraph: a heading. */
function isUntitledHeading(text: Inline): boolean {
  // In no italics, or all in italics ("Travel Ban"), not an italic opening and its words ("*Decides* …").
  const italics =
    text.italic.length === 0 ||
    (text.italic.length === 1 && text.italic[0].start === 0 && text.italic[0].end === text.text.length);
  return text.text.length > 0 && italics && text.text.length < 150 && !/[.;:,؛،]$/u.test(text.text);
}

/** Two inline texts as one, a space between. */
function joinInline(a: Inline, b: Inline): Inline {
  const at = a.text.length + 1;
  const move = (s: Span): Span => ({ start: s.start + at, end: s.end + at });
  return {
    text: `${a.text} ${b.text}`,
    italic: [...a.italic, ...b.italic.map(move)],
    links: [...a.links, ...b.links.map((l) => ({ ...l, span: move(l.span) }))],
    notes: [...a.notes, ...b.notes.map((n) => ({ ...n, at: n.at + at }))],
  };
}

/** The points with `words` added to the text of the last, innermost one. */
function appendToLastPoint(points: readonly GoldPoint[], words: Inline): GoldPoint[] {
  const last = points[points.length - 1];
  const changed = last.children.length
    ? { ...last, children: appendToLastPoint(last.children, words) }
    : { ...last, text: joinInline(last.text, words) };
  return [...points.slice(0, -1), changed];
}

/** The innermost last point of a list: the words a flat paragraph after it may belong to. */
function lastPoint(points: readonly GoldPoint[]): GoldPoint | undefined {
  const last = points[points.length - 1];
  return last && last.children.length ? lastPoint(last.children) : last;
}

// English "(a) ", French and Spanish "a) ", Russian "а) " in a Cyrillic letter, Arabic "(أ) " and "‘1’ ".
const LABEL_IN_TEXT =
  /^(\(?(?:[a-z]{1,3}|[асеорх]|[ivxlc]{1,7})\)|\([\u0621-\u064a\ufee9-\ufeec]ـ?\)|[‘’]\d{1,2}[’‘]) /u;
/** "1 - تحيط" (Arabic), "6.\u200e Reaffirms" (a left-to-right mark after the period): a number in the words. */
const NUMBER_IN_TEXT = /^(\d{1,3})(?:[ \u00a0]+-|\.[\u200e\u200f])[ \u00a0]+/;
const ARABIC_LETTER = /^[\u0621-\u064a\ufee9-\ufeec]/u;
/** Whether `label` comes right after `before` in a series: b after a, ii after i, aa after z, ب after أ, 2 after 1. */
function follows(label: string, before: string): boolean {
  const roman = romanValue(before);
  if (roman !== undefined && toRoman(roman + 1) === label) return true;
  if (/^\d+$/.test(before)) return label === String(Number(before) + 1);
  const letter = letterOrdinal(before);
  if (letter === undefined) return false;
  return ARABIC_LETTER.test(before) ? letterOrdinal(label) === letter + 1 : letterLabel(letter + 1) === label;
}

/** The first label of a series nested under another: (a), (i), أ, ‘1’. */
const FIRST_LABELS = new Set(['a', 'i', 'أ', '1']);

/** Adds a point marked up flat after the points before it: as their sibling, or under the last one. */
function attach(points: readonly GoldPoint[], point: GoldPoint): GoldPoint[] {
  const last = points[points.length - 1];
  if (!last || follows(point.label, last.label)) return [...points, point];
  const lastChild = last.children[last.children.length - 1];
  if ((!lastChild && FIRST_LABELS.has(point.label)) || (lastChild && !follows(point.label, last.label))) {
    return [...points.slice(0, -1), { ...last, children: attach(last.children, point) }];
  }
  return [...points, point];
}

/** The inline text without its first `length` characters (a label written in the words). */
function dropPrefix(inline: Inline, length: number): Inline {
  const move = (s: Span): Span => ({ start: Math.max(0, s.start - length), end: Math.max(0, s.end - length) });
  return {
    text: inline.text.slice(length),
    italic: inline.italic.map(move).filter((s) => s.end > s.start),
    links: inline.links.map((l) => ({ ...l, span: move(l.span) })),
    notes: inline.notes.map((n) => ({ ...n, at: Math.max(0, n.at - length) })),
  };
}

function labelOf(num: string): string {
  return num
    .trim()
    .replace(/^[(‘’]/, '')
    .replace(/[.)’‘]$/, '');
}

/** Reads one file's gold. Throws only on XML that is not well-formed or not AKN. */
export function readAkn(xml: string): AknDocument {
  return new AknReader(parseXml(xml)).read();
}

class AknReader {
  private readonly footnotes: GoldFootnote[] = [];
  private readonly body: GoldBlock[] = [];

  constructor(private readonly root: XmlElement) {}

  read(): AknDocument {
    const statement = descendant(this.root, 'statement') ?? descendant(this.root, 'documentCollection');
    if (!statement) throw new Error('not an AKN statement');
    const top = child(this.root, 'statement') ?? child(this.root, 'documentCollection') ?? statement;
    const cover = child(top, 'coverPage');
    const author = descendant(this.root, 'FRBRauthor')?.attributes.href ?? '';
    const language = descendant(this.root, 'FRBRlanguage')?.attributes.language ?? '';
    const symbol = this.plain(cover && descendant(cover, 'docNumber'));
    const organ: Organ = author === 'sc' || symbol.startsWith('S/') ? 'SC' : 'GA';
    const preface = child(top, 'preface');
    const titleNumber = preface ? this.plain(descendant(preface, 'docNumber')) || undefined : undefined;
    const titleElement = preface && descendant(preface, 'docTitle');
    const title = titleElement ? this.inline(titleElement.children) : undefined;

    const components = child(this.root, 'components');
    if (components) {
      for (const component of elements(components, 'component')) {
        const part = child(component, 'statement') ?? component;
        const partPreface = child(part, 'preface');
        if (partPreface) {
          const letter = this.plain(descendant(partPreface, 'docNumber'));
          if (letter) this.block('heading', [letter]);
          const partTitle = descendant(partPreface, 'docTitle');
          if (partTitle) this.block('heading', partTitle.children);
        }
        this.readStatement(part);
      }
    } else {
      this.readStatement(top);
    }

    const annexes: GoldBlock[][] = [];
    const attachments = child(top, 'attachments');
    for (const doc of attachments ? descendants(attachments, 'doc') : []) {
      const saved = this.body.length;
      this.readStatement(doc);
      annexes.push(this.body.splice(saved));
    }

    const conclusions = child(top, 'conclusions') ?? this.lastConclusions();
    return {
      language,
      organ,
      symbol,
      cover: cover ? this.coverLines(cover) : [],
      issued:
        this.plain(cover && descendants(cover, 'docDate').find((d) => d.attributes.refersTo === '#dateOfIssuance')) ||
        undefined,
      adopted:
        descendants(this.root, 'FRBRdate').find((d) => d.attributes.name === 'adoption')?.attributes.date || undefined,
      titleNumber,
      title,
      body: this.body,
      annexes,
      footnotes: this.footnotes,
      closing: conclusions ? this.closingLines(conclusions) : [],
      originatingDocuments: cover
        ? descendants(cover, 'inline')
            .filter((i) => i.attributes.name === 'originating document')
            .map((i) => this.plain(i))
        : [],
    };
  }

  private lastConclusions(): XmlElement | undefined {
    const components = child(this.root, 'components');
    const parts = components ? elements(components, 'component').map((c) => child(c, 'statement') ?? c) : [];
    return parts
      .map((p) => child(p, 'conclusions'))
      .filter((c) => c !== undefined)
      .pop();
  }

  private readStatement(statement: XmlElement): void {
    const preamble = child(statement, 'preamble');
    if (preamble) this.readPreamble(preamble);
    const mainBody = child(statement, 'mainBody');
    if (mainBody) this.readMainBody(mainBody);
  }

  private readPreamble(preamble: XmlElement): void {
    for (const e of elements(preamble)) {
      if (e.name === 'formula')
        this.block('formula', e.children.filter((c) => isElement(c) && c.name === 'p').flatMap(pChildren));
      else if (e.name === 'container') this.readContainer(e, 'preambular');
      else if (e.name === 'blockList') this.readBlockList(e, 'preambular');
      else if (e.name === 'block' || e.name === 'crossHeading' || e.name === 'subheading')
        this.block('heading', e.children);
      else if (e.name === 'p') this.block('preambular', e.children);
    }
  }

  /** A preambular container: a `p`, a `blockList` or a table. */
  private readContainer(container: XmlElement, kind: GoldKind): void {
    const blockList = child(container, 'blockList');
    if (blockList) {
      this.readBlockList(blockList, kind);
      return;
    }
    const table = child(container, 'table');
    const ps = elements(container, 'p');
    if (table) {
      this.body.push({ kind, text: this.inline(ps.flatMap(pChildren)), points: [], table: this.rows(table) });
      return;
    }
    this.block(kind, ps.flatMap(pChildren));
  }

  private readBlockList(blockList: XmlElement, kind: GoldKind): void {
    const intro = child(blockList, 'listIntroduction');
    const points = elements(blockList, 'item').map((item) => this.point(item));
    this.body.push({ kind, text: this.inline(intro ? intro.children : []), points });
  }

  private rows(table: XmlElement): Inline[][] {
    return elements(table, 'tr').map((tr) =>
      elements(tr).map((cell) => this.inline(elements(cell).flatMap((p) => [...p.children, ' ']))),
    );
  }

  /** The body's elements; `heading` is the element its container's heading block was read from, not read again. */
  private readMainBody(container: XmlElement, heading?: XmlElement): void {
    for (const e of elements(container)) {
      if (e === heading) continue;
      switch (e.name) {
        case 'paragraph':
          this.readParagraph(e);
          break;
        case 'section':
        case 'part':
        case 'title':
        case 'subsection':
        case 'chapter':
        case 'hcontainer':
        case 'division': {
          const num = child(e, 'num');
          const heading = child(e, 'heading') ?? child(e, 'subheading');
          if (num || heading)
            this.block('heading', [...(num ? [textOf(num).trim(), ' '] : []), ...(heading ? heading.children : [])]);
          this.readMainBody(e, heading);
          break;
        }
        case 'crossHeading':
          if (e.attributes.refersTo === '#preamble') this.block('preambular', e.children);
          else this.block('heading', e.children);
          break;
        case 'container': {
          // A table in the operative part belongs to the paragraph before it ("as detailed in the table below:").
          const previous = this.body[this.body.length - 1];
          const table = child(e, 'table');
          // Read once: reading registers the footnotes.
          const words = table || child(e, 'blockList') ? undefined : this.inline(elements(e, 'p').flatMap(pChildren));
          if (words) {
            // "<container name="Reporting"><p>Reporting and Consultation</p>": a heading between paragraphs.
            if (words.text)
              this.body.push({ kind: isUntitledHeading(words) ? 'heading' : 'operative', text: words, points: [] });
          } else if (table && previous?.kind === 'operative') {
            const notes = elements(e, 'p')
              .map((p) => [this.inline(p.children)])
              .filter((row) => row[0].text);
            this.body[this.body.length - 1] = {
              ...previous,
              table: [...(previous.table ?? []), ...this.rows(table), ...notes],
            };
          } else this.readContainer(e, 'operative');
          break;
        }
        case 'subheading':
        case 'heading':
        case 'block':
          this.block('heading', e.children);
          break;
        case 'p':
          this.block(
            'operative',
            e.children.filter((c) => !(isElement(c) && c.name === 'num')),
          );
          break;
        case 'blockList':
          this.readBlockList(e, 'operative');
          break;
      }
    }
  }

  private readParagraph(paragraph: XmlElement): void {
    const numElement = child(paragraph, 'num');
    let num = numElement ? textOf(numElement).trim() : undefined;
    const heading = child(paragraph, 'heading') ?? child(paragraph, 'subheading');
    const content = child(paragraph, 'content');
    const list = child(paragraph, 'list');
    if (heading && !content && !list) {
      this.block('heading', [...(num ? [num, ' '] : []), ...heading.children]);
      return;
    }
    const previous = this.body[this.body.length - 1];
    // Some Council files mark the preamble up as paragraphs lettered "a.", "b." before any operative
    // paragraph; the resolution itself does not letter them.
    if (num && LETTERED_PREAMBLE.test(num) && !this.body.some((b) => b.kind === 'operative') && content) {
      this.block('preambular', elementsChildren(content));
      return;
    }
    // A paragraph numbered "(a)" is a point of the operative paragraph before it, marked up flat.
    if (num && SUBPARAGRAPH_NUM.test(num) && previous?.kind === 'operative') {
      this.body[this.body.length - 1] = { ...previous, points: attach(previous.points, this.point(paragraph)) };
      return;
    }
    const written = list ? this.inline(elementsChildren(child(list, 'intro'))) : this.inline(elementsChildren(content));
    // Arabic files may write the number in the words, "1 - تحيط علما …", with no `num`.
    const numberInText = num === undefined ? NUMBER_IN_TEXT.exec(written.text) : null;
    const text = numberInText ? dropPrefix(written, numberInText[0].length) : written;
    if (numberInText) num = numberInText[0].includes('-') ? `${numberInText[1]} -` : `${numberInText[1]}.`;
    // Or its label is only in its words: "<p>(a) To afford each other …</p>", "<p>a) d’inviter …</p>".
    const label = num === undefined && !list ? LABEL_IN_TEXT.exec(text.text) : null;
    if (label && previous?.kind === 'operative') {
      const words = dropPrefix(text, label[0].length);
      const point = { label: labelOf(label[1]), num: label[1], text: words, children: [] };
      this.body[this.body.length - 1] = { ...previous, points: attach(previous.points, point) };
      return;
    }
    if (num === undefined && !list && previous?.kind === 'operative' && text.text) {
      // The rest of the paragraph before, marked up as a paragraph of its own: its sentence goes on in lower case
      // ("and its request that all documents …"), or it is the text of the item that closes it, titled alone
      // ("(b) Neutralizing armed groups" / "In support of the authorities …").
      const item = lastPoint(previous.points);
      // In a script without case (Arabic "وطلبها أن …", "and its request that …"), words after the points in no
      // italics and no heading: an operative paragraph of its own opens on its verb in italics.
      const continued =
        /^\p{Ll}/u.test(text.text) ||
        (/^\p{Lo}/u.test(text.text) &&
          previous.points.length > 0 &&
          !isUntitledHeading(text) &&
          !text.italic.some((s) => s.start === 0));
      const itemText = item && !previous.wrapUp?.text && !/[.;:,؛،]["”’)]*$/u.test(item.text.text);
      if (continued && !previous.table) {
        const wrapUp = previous.wrapUp?.text ? joinInline(previous.wrapUp, text) : text;
        this.body[this.body.length - 1] = itemText
          ? { ...previous, points: appendToLastPoint(previous.points, text) }
          : previous.points.length
            ? { ...previous, wrapUp }
            : { ...previous, text: joinInline(previous.text, text) };
        return;
      }
      if (itemText && !isUntitledHeading(text) && !text.italic.some((s) => s.start === 0)) {
        this.body[this.body.length - 1] = { ...previous, points: appendToLastPoint(previous.points, text) };
        return;
      }
    }
    const wrapUp = list && child(list, 'wrapUp');
    // Council files mark headings up as un-numbered paragraphs: "Renewal of UNIOGBIS’s mandate".
    const untitledHeading = num === undefined && !list && isUntitledHeading(text);
    const kind: GoldKind =
      untitledHeading ||
      (num !== undefined && !OPERATIVE_NUM.test(num) && !SUBPARAGRAPH_NUM.test(num) && !content && !list)
        ? 'heading'
        : 'operative';
    if (!text.text && !list) return;
    this.body.push({
      kind,
      num,
      text,
      points: list ? this.points(list) : [],
      wrapUp: wrapUp ? this.inline(elementsChildren(wrapUp)) : undefined,
    });
  }

  /** The points of a list; a `sublist` belongs to the point before it. */
  private points(list: XmlElement): GoldPoint[] {
    const out: GoldPoint[] = [];
    for (const e of elements(list)) {
      if (e.name === 'point') {
        out.push(this.point(e));
      } else if (e.name === 'sublist') {
        const nested = this.points(e);
        const last = out.pop();
        if (last) out.push({ ...last, children: [...last.children, ...nested] });
        else out.push(...nested);
      }
    }
    return out;
  }

  private point(element: XmlElement): GoldPoint {
    const numElement = child(element, 'num');
    const num = numElement ? textOf(numElement).trim() : '';
    const list = child(element, 'list');
    const content = child(element, 'content');
    const ps = content
      ? elementsChildren(content)
      : list
        ? elementsChildren(child(list, 'intro'))
        : elements(element, 'p').flatMap(pChildren);
    return { label: labelOf(num), num, text: this.inline(ps), children: list ? this.points(list) : [] };
  }

  private coverLines(cover: XmlElement): Inline[] {
    const lines: Inline[] = [];
    for (const p of elements(cover, 'p')) {
      const first = elements(p)[0];
      if (!first || ['docNumber', 'docStatus', 'docDate', 'img'].includes(first.name)) continue;
      if (first.name === 'span' && descendant(first, 'docAuthority')) continue;
      if (first.name === 'docAuthority' || elements(p).some((e) => e.name === 'img')) continue;
      const line = this.inline(p.children);
      if (line.text) lines.push(line);
    }
    return lines;
  }

  private closingLines(conclusions: XmlElement): string[] {
    const lines: string[] = [];
    for (const p of elements(conclusions, 'p')) {
      let line = '';
      const visit = (node: XmlNode): void => {
        if (!isElement(node)) line += node;
        else if (node.name === 'eol') {
          if (line.trim()) lines.push(collapse(line));
          line = '';
        } else node.children.forEach(visit);
      };
      p.children.forEach(visit);
      if (line.trim()) lines.push(collapse(line));
    }
    return lines;
  }

  private block(kind: GoldKind, nodes: readonly XmlNode[]): void {
    const text = this.inline(nodes);
    if (text.text || kind === 'formula') this.body.push({ kind, text, points: [] });
  }

  private inline(nodes: readonly XmlNode[]): Inline {
    const builder = new InlineBuilder(this.footnotes);
    builder.addAll(nodes);
    return builder.build();
  }

  private plain(element: XmlElement | undefined): string {
    return element ? collapse(textOf(element)) : '';
  }
}

function collapse(text: string): string {
  return text.replace(/[ \t\r\n]+/g, ' ').trim();
}

/** The contents of every `p` of an element, one after the other with a space between. */
function elementsChildren(element: XmlElement | undefined): XmlNode[] {
  return element ? elements(element).flatMap((p) => (p.name === 'p' ? [...p.children, ' '] : [])) : [];
}

function pChildren(node: XmlNode): XmlNode[] {
  return isElement(node) ? [...node.children, ' '] : [];
}
