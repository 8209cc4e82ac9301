/**
 * Export of a draft's structure to Akoma Ntoso 3.0, in the shape of the UN's AKN4UN profile:
 * a resolution is a `statement`, a communiqué or final document a `doc`; the enacting formula and
 * the preambular paragraphs make the `preamble`, the operative paragraphs (`paragraph` with `num`,
 * sub-paragraphs as `point`s) and headed sections (`hcontainer`) the `mainBody`, the closing line
 * the `conclusions`. Citations become `ref`s, footnotes `authorialNote`s at their markers and
 * `*emphasis*` `i`. Every word of the draft is kept; drafter's notes (`//`) are not part of it.
 */
import { citationsOf } from '../citations/citationsOf';
import { CitedDate, findDate } from '../citations/dates';
import type { Citation } from '../citations/recognise';
import { DraftDocument, FootnoteMarker, Paragraph, StructureNode, Subparagraph, wordsStart } from '../model/document';
import { emphasisSpans } from '../model/emphasis';
import type { Span } from '../types';

const AKN_NAMESPACE = 'http://docs.oasis-open.org/legaldocml/ns/akn/3.0';

export interface AkomaNtosoOptions {
  /** Where the draft lives (its editor's URI): recorded as the work's source alias. */
  readonly uri?: string;
  /**
   * The work's date, YYYY-MM-DD (ignored unless a date of the calendar); else the adoption date of
   * the closing line, the dateline's, or today.
   */
  readonly date?: string;
}

/** The organ that adopts the text, as the AKN author and the URIs name it. */
interface Author {
  readonly id: string;
  readonly country: string;
  readonly name: string;
}

const AUTHORS: readonly { pattern: RegExp; author: Author }[] = [
  { pattern: /Security Council/, author: { id: 'unsc', country: 'un', name: 'Security Council' } },
  { pattern: /Human Rights Council/, author: { id: 'unhrc', country: 'un', name: 'Human Rights Council' } },
  {
    pattern: /Economic and Social Council/,
    author: { id: 'ecosoc', country: 'un', name: 'Economic and Social Council' },
  },
  { pattern: /General Assembly/, author: { id: 'unga', country: 'un', name: 'General Assembly' } },
  { pattern: /Islamic/, author: { id: 'oic', country: 'oic', name: 'Organization of the Islamic Conference' } },
];

const ESCAPES: Record<number, string> = { 38: '&amp;', 60: '&lt;', 62: '&gt;', 34: '&quot;', 39: '&apos;' };

const NEEDS_ESCAPING = /[\u0000-\u0008\u000b\u000c\u000e-\u001f&<>"'\ud800-\udfff\ufffe\uffff]/;

/**
 * Text for XML: escaped, and the characters XML 1.0 forbids (controls, lone surrogates, U+FFFE/U+FFFF)
 * shown as U+FFFD, which keeps the words on either side apart. One pass, and no copy of clean text:
 * the export escapes every word of drafts of megabytes.
 */
function escapeXml(text: string): string {
  if (!NEEDS_ESCAPING.test(text)) return text;
  let xml = '';
  let clean = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let replacement: string | undefined;
    if (c < 0x20) replacement = c === 9 || c === 10 || c === 13 ? undefined : '\ufffd';
    else if (c <= 0x3e) replacement = ESCAPES[c];
    else if (c >= 0xd800 && c <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
      else replacement = '\ufffd';
    } else if ((c >= 0xdc00 && c <= 0xdfff) || c === 0xfffe || c === 0xffff) replacement = '\ufffd';
    if (replacement === undefined) continue;
    xml += text.slice(clean, i) + replacement;
    clean = i + 1;
  }
  return clean === 0 ? text : xml + text.slice(clean);
}

/** A piece of markup replacing `span` of the draft (an insertion when the span is empty). */
interface Markup {
  readonly span: Span;
  readonly xml: string;
  /** At one offset: closing tags (0) before replacements (1) before opening tags (2). */
  readonly rank: 0 | 1 | 2;
}

export function toAkomaNtoso(doc: DraftDocument, options: AkomaNtosoOptions = {}): string {
  return new AkomaNtosoWriter(doc, options).write();
}

class AkomaNtosoWriter {
  private readonly ids = new Set<string>();
  private readonly fallbackCounts = new Map<string, number>();
  private readonly refOpenings = new Map<string, string>();
  private readonly citations: readonly Citation[];
  /** Where each citation starts, for binary search. */
  private readonly citationStarts: readonly number[];
  private readonly footnotes: ReadonlyMap<number, Paragraph>;
  /** Footnotes written at their first marker, with their eIds: later markers refer to them. */
  private readonly notesWritten = new Map<Paragraph, string>();
  private readonly author: Author;
  private readonly resolution: boolean;
  /** Offsets of the `*` and `_` of the text, in order: a segment without one has no emphasis to look for. */
  private readonly emphasisMarkers: readonly number[] = [];

  constructor(
    private readonly doc: DraftDocument,
    private readonly options: AkomaNtosoOptions,
  ) {
    for (let i = 0; i < doc.text.length; i++) {
      const c = doc.text.charCodeAt(i);
      if (c === 42 || c === 95) (this.emphasisMarkers as number[]).push(i);
    }
    this.citations = citationsOf(doc)
      .filter((c) => !c.self)
      .sort((a, b) => a.span.start - b.span.start);
    this.citationStarts = this.citations.map((c) => c.span.start);
    // Where a number has two texts (a drafting slip), the first is the note; the other is kept in the conclusions.
    this.footnotes = new Map([...doc.footnotes].reverse().map((f) => [f.footnoteNumber!, f]));
    const formula = doc.enactingFormula ? this.plain(doc.enactingFormula.span) : '';
    const titleText = doc.header.map((p) => this.plain(p.span)).join(' ');
    this.author = AUTHORS.find((a) => a.pattern.test(formula))?.author ??
      AUTHORS.find((a) => a.pattern.test(titleText))?.author ?? { id: 'author', country: 'un', name: 'Unknown author' };
    this.resolution = Boolean(doc.title?.resolutionNumber) || Boolean(doc.enactingFormula && /,\s*$/.test(formula));
  }

  write(): string {
    const [preambleNodes, bodyNodes] = this.splitPreamble();
    const element = this.resolution ? 'statement' : 'doc';
    const name = this.resolution
      ? 'resolution'
      : /communiqu/i.test(this.titleText())
        ? 'communique'
        : /final document/i.test(this.titleText())
          ? 'finalDocument'
          : 'document';
    // Inline notes are written while the body is, so the footnotes left over are known only afterwards.
    const preface = this.preface();
    const preamble =
      preambleNodes.length > 0 ? `<preamble>${preambleNodes.map((n) => this.node(n, true)).join('')}</preamble>` : '';
    const body = bodyNodes.map((n) => this.node(n, false)).join('');
    const conclusions = this.conclusions();
    return (
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        `<akomaNtoso xmlns="${AKN_NAMESPACE}">`,
        `<${element} name="${name}">`,
        this.meta(name),
        preface,
        preamble,
        `<mainBody>${body || '<p/>'}</mainBody>`,
        conclusions,
        `</${element}>`,
        '</akomaNtoso>',
        '',
      ]
        .filter((line) => line !== '')
        .join('\n') + '\n'
    );
  }

  /** The enacting formula and the preambular paragraphs before anything else: the preamble; the rest is the body. */
  private splitPreamble(): [StructureNode[], StructureNode[]] {
    const nodes = this.doc.structure.filter(
      (n) => !(n.type === 'paragraph' && (n.paragraph === this.doc.closing || n.paragraph.kind === 'footnote')),
    );
    let split = 0;
    const opensTheDraft = (n: StructureNode): boolean =>
      n.type === 'preamble' || (n.type === 'paragraph' && n.paragraph.kind === 'enactingFormula');
    while (split < nodes.length && opensTheDraft(nodes[split])) split++;
    return [nodes.slice(0, split), nodes.slice(split)];
  }

  private titleText(): string {
    return this.doc.title ? this.plain(this.doc.title.span) : '';
  }

  private meta(name: string): string {
    const date = this.workDate();
    const dateName = this.options.date !== undefined && isCalendarDate(this.options.date) ? 'given' : 'adoption';
    const number = this.doc.title?.resolutionNumber?.replace(/\D+/g, '-') ?? 'draft';
    const type = this.resolution ? 'statement' : 'doc';
    const work = `/akn/${this.author.country}/${type}/${name}/${this.author.id}/${date}/${number}`;
    const expression = `${work}/eng@`;
    const source = this.options.uri ? `<FRBRalias name="source" value="${escapeXml(this.options.uri)}"/>` : '';
    return [
      '<meta>',
      '<identification source="#communique-drafter">',
      `<FRBRWork><FRBRthis value="${work}/!main"/><FRBRuri value="${work}"/>${source}<FRBRdate date="${date}" name="${dateName}"/><FRBRauthor href="#${this.author.id}"/><FRBRcountry value="${this.author.country}"/></FRBRWork>`,
      `<FRBRExpression><FRBRthis value="${expression}/!main"/><FRBRuri value="${expression}"/><FRBRdate date="${date}" name="${dateName}"/><FRBRauthor href="#${this.author.id}"/><FRBRlanguage language="eng"/></FRBRExpression>`,
      `<FRBRManifestation><FRBRthis value="${expression}/!main.xml"/><FRBRuri value="${expression}.akn"/><FRBRdate date="${date}" name="generation"/><FRBRauthor href="#communique-drafter"/></FRBRManifestation>`,
      '</identification>',
      '<references source="#communique-drafter">',
      `<TLCOrganization eId="${this.author.id}" href="/ontology/organization/${this.author.country}/${this.author.id}" showAs="${escapeXml(this.author.name)}"/>`,
      '<TLCOrganization eId="communique-drafter" href="/ontology/organization/communique-drafter" showAs="Communiqué Drafter"/>',
      '</references>',
      '</meta>',
    ].join('\n');
  }

  /** The given date, the adoption date of the closing line, the dateline's, or today's. */
  private workDate(): string {
    if (this.options.date && isCalendarDate(this.options.date)) return this.options.date;
    const dateline = this.doc.header.find((p) => p.kind === 'dateline');
    for (const p of [this.doc.closing, dateline]) {
      const found = p && findDate(this.plain(p.span));
      if (found?.year) return isoDate(found);
    }
    return new Date().toISOString().slice(0, 10);
  }

  private preface(): string {
    if (this.doc.header.length === 0) return '';
    const lines = this.doc.header.map((p) => {
      const content = this.inline(p, p.span);
      if (p === this.doc.title) return `<p class="title"><docTitle>${content}</docTitle></p>`;
      if (p.kind === 'dateline') {
        const date = findDate(this.plain(p.span));
        return date?.year ? `<p><docDate date="${isoDate(date)}">${content}</docDate></p>` : `<p>${content}</p>`;
      }
      return `<p>${content}</p>`;
    });
    return `<preface>\n${lines.join('\n')}\n</preface>`;
  }

  private conclusions(): string {
    const parts: string[] = [];
    if (this.doc.closing) parts.push(`<p>${this.inline(this.doc.closing, this.doc.closing.span)}</p>`);
    // Footnotes no marker refers to keep their words here.
    for (const f of this.doc.footnotes)
      if (!this.notesWritten.has(f)) parts.push(`<p class="footnote">${this.inline(f, f.span)}</p>`);
    return parts.length > 0 ? `<conclusions>\n${parts.join('\n')}\n</conclusions>` : '';
  }

  private node(node: StructureNode, inPreamble: boolean): string {
    switch (node.type) {
      case 'section': {
        const id = this.id('', 'hcontainer');
        const heading = node.heading;
        return `<hcontainer name="section" eId="${id}"><heading>${this.inline(heading, heading.span)}</heading>\n${node.children.map((c) => this.node(c, inPreamble)).join('')}</hcontainer>\n`;
      }
      case 'preamble':
      case 'operativePart':
        return node.children.map((c) => this.node(c, inPreamble)).join('');
      case 'paragraph':
        return this.paragraph(node.paragraph, inPreamble);
    }
  }

  private paragraph(p: Paragraph, inPreamble: boolean): string {
    // The closing line goes to the conclusions, footnotes to their markers.
    if (p === this.doc.closing || p.kind === 'footnote') return '';
    if (p.kind === 'enactingFormula')
      return `<formula name="enactingFormula"><p>${this.inline(p, p.span)}</p></formula>\n`;
    if (p.kind === 'preambular' || p.kind === 'heading' || p.kind === 'closing' || (inPreamble && !p.number)) {
      // Containers hold blocks only: a preambular paragraph's sub-paragraphs stay in its text.
      // A second closing line (drafts pasted together) stays where it is.
      return `<container name="${p.kind === 'preambular' ? 'preambularParagraph' : p.kind}" eId="${this.id('', 'container')}"><p>${this.inline(p, p.span)}</p></container>\n`;
    }
    const label = p.number ? `${p.number.value}${p.number.suffix ?? ''}` : undefined;
    const id = this.id(label ? `para_${label}` : '', 'para');
    const num = p.number
      ? `<num>${escapeXml(this.doc.text.slice(p.number.span.start, p.number.span.end).trim())}</num>`
      : '';
    return `<paragraph eId="${id}">${num}${this.hierarchy(p, { start: wordsStart(p), end: p.span.end }, p.subparagraphs, id)}</paragraph>\n`;
  }

  /** A paragraph's or point's text: `content`, or `intro` and its points. */
  private hierarchy(p: Paragraph, span: Span, points: readonly Subparagraph[], parentId: string): string {
    if (points.length === 0) return `<content><p>${this.inline(p, span)}</p></content>`;
    const intro = this.inline(p, { start: span.start, end: points[0].span.start });
    const introXml = intro.trim() ? `<intro><p>${intro}</p></intro>` : '';
    const fallback = `${parentId}__point`;
    return (
      introXml +
      points
        .map((point) => {
          const id = this.id(`${fallback}_${point.label}`, fallback);
          const num = `<num>${escapeXml(this.doc.text.slice(point.markerSpan.start, point.markerSpan.end).trim())}</num>`;
          return `<point eId="${id}">${num}${this.hierarchy(p, { start: point.markerSpan.end, end: point.span.end }, point.children, id)}</point>`;
        })
        .join('')
    );
  }

  /** The citations starting within `span`, found by binary search in the sorted list. */
  private citationsWithin(span: Span): readonly Citation[] {
    const low = firstAtOrAfter(this.citationStarts, span.start);
    return this.citations.slice(low, firstAtOrAfter(this.citationStarts, span.end));
  }

  /** A ref's opening tag; drafts cite the same few texts over and over. */
  private refOpening(c: Citation): string {
    const key = `${c.body}\n${c.symbol}\n${c.citedDate?.year ?? c.year ?? ''}`;
    let xml = this.refOpenings.get(key);
    if (xml === undefined) this.refOpenings.set(key, (xml = `<ref href="${escapeXml(referenceUri(c))}">`));
    return xml;
  }

  /** The footnote's text at its first marker; a `noteRef` to it at the others. */
  private note(number: number): string {
    const footnote = this.footnotes.get(number)!;
    const written = this.notesWritten.get(footnote);
    if (written) return `<noteRef href="#${written}" marker="${number}"/>`;
    const id = this.id(`fn_${number}`, 'fn');
    this.notesWritten.set(footnote, id);
    const text = this.inline(footnote, footnote.span).replace(/^\S+\s*/, '');
    return `<authorialNote marker="${number}" placement="bottom" eId="${id}"><p>${text}</p></authorialNote>`;
  }

  /** A unique eId: `wanted` (a number or letter of the draft's own) if free, else the next `fallback_N`. */
  private id(wanted: string, fallback: string): string {
    let id = wanted.replace(/[^\w.-]/g, '');
    // Each fallback counts on from where it stopped: a draft of thousands of paragraphs is not rescanned for each.
    while (!id || this.ids.has(id) || /^\d/.test(id)) {
      const n = (this.fallbackCounts.get(fallback) ?? 0) + 1;
      this.fallbackCounts.set(fallback, n);
      id = `${fallback}_${n}`;
    }
    this.ids.add(id);
    return id;
  }

  /** The text of a span with its lines joined, for reading dates and names. */
  private plain(span: Span): string {
    return this.doc.text.slice(span.start, span.end).replace(/\s+/g, ' ').trim();
  }

  /**
   * Mixed content for the part `span` of paragraph `p`: its pieces joined, with refs, notes and emphasis.
   * Only the pieces within `span` are visited: a paragraph of a thousand points is not walked for each.
   */
  private inline(p: Paragraph, span: Span): string {
    let xml = '';
    for (let i = firstAbove(p.pieces, span.start, (s) => s.end); i < p.pieces.length; i++) {
      const piece = p.pieces[i];
      if (piece.start >= span.end) break;
      const segment = { start: Math.max(piece.start, span.start), end: Math.min(piece.end, span.end) };
      if (segment.start < segment.end) xml += (xml ? ' ' : '') + this.segment(p, segment);
    }
    return xml.replace(/\s+/g, ' ').trim();
  }

  private segment(p: Paragraph, segment: Span): string {
    // A footnote's own text holds no notes: its leading number is not a marker to expand.
    const markers = p.kind === 'footnote' ? [] : p.footnoteMarkers;
    const first = firstAbove(markers, segment.start, (m) => m.span.end);
    const marker = this.emphasisMarkers[firstAtOrAfter(this.emphasisMarkers, segment.start)];
    const emphasised = marker !== undefined && marker < segment.end;
    const citation = this.citations[firstAtOrAfter(this.citationStarts, segment.start)];
    // Most segments of a long draft are plain words: no markup to place.
    if (
      !emphasised &&
      !(citation && citation.span.start < segment.end) &&
      !(first < markers.length && markers[first].span.start < segment.end)
    )
      return escapeXml(this.doc.text.slice(segment.start, segment.end));
    const inside = (s: Span): boolean => segment.start <= s.start && s.end <= segment.end;
    const markup: Markup[] = [];
    const refs = this.citationsWithin(segment).filter((c) => inside(c.span));
    const refSpans = refs.map((r) => r.span);
    for (const c of refs) {
      markup.push({
        span: { start: c.span.start, end: c.span.start },
        xml: this.refOpening(c),
        rank: 2,
      });
      markup.push({ span: { start: c.span.end, end: c.span.end }, xml: '</ref>', rank: 0 });
    }
    const notes: FootnoteMarker[] = [];
    for (let i = first; i < markers.length && markers[i].span.start < segment.end; i++) {
      const m = markers[i];
      if (inside(m.span) && this.footnotes.has(m.number) && overlapping(refSpans, m.span).length === 0) notes.push(m);
    }
    for (const m of notes) markup.push({ span: m.span, xml: this.note(m.number), rank: 1 });
    const taken = [...refSpans, ...notes.map((n) => n.span)].sort((a, b) => a.start - b.start);
    const emphases = emphasised ? emphasisSpans(this.doc.text, segment) : [];
    for (const e of emphases) {
      // An emphasis that would cut through a ref or a note stays as the characters it is. The spans
      // are apart: only the first and the last of those it overlaps can reach out of it.
      const crossed = overlapping(taken, e);
      if ([crossed[0], crossed[crossed.length - 1]].some((t) => t && !(e.start < t.start && t.end < e.end))) continue;
      markup.push({ span: { start: e.start, end: e.start + 1 }, xml: '<i>', rank: 1 });
      markup.push({ span: { start: e.end - 1, end: e.end }, xml: '</i>', rank: 1 });
    }
    markup.sort((a, b) => a.span.start - b.span.start || a.rank - b.rank);
    let at = segment.start;
    let xml = '';
    for (const m of markup) {
      xml += escapeXml(this.doc.text.slice(at, m.span.start)) + m.xml;
      at = m.span.end;
    }
    return xml + escapeXml(this.doc.text.slice(at, segment.end));
  }
}

/** Whether `text` is a date of the calendar, YYYY-MM-DD: "2024-02-29" is, "2023-02-29" and "2024-99-99" are not. */
export function isCalendarDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** "5 December 2008" as AKN dates are written: 2008-12-05. */
function isoDate(date: CitedDate): string {
  return `${date.year}-${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`;
}

/** The index of the first of `items` (in order of `keyOf`) whose key is above `offset`; their length if none is. */
function firstAbove<T>(items: readonly T[], offset: number, keyOf: (item: T) => number): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (keyOf(items[mid]) <= offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** The index of the first of `offsets` (in order) at or after `offset`, a whole number. */
const firstAtOrAfter = (offsets: readonly number[], offset: number): number =>
  firstAbove(offsets, offset - 1, (o) => o);

/** The spans of `spans` (in order, apart) that overlap `span`, found by binary search. */
function overlapping(spans: readonly Span[], span: Span): readonly Span[] {
  const from = firstAbove(spans, span.start, (s) => s.end);
  let to = from;
  while (to < spans.length && spans[to].start < span.end) to++;
  return spans.slice(from, to);
}

/**
 * The AKN URI of a cited text. Resolutions: /akn/un/statement/resolution/{organ}[/{year}]/{number},
 * the year only where the citation gives it (a General Assembly session spans two years); UN
 * documents: /akn/un/doc/{symbol with "/" as "-"}; OIC resolutions under /akn/oic.
 */
function referenceUri(c: Citation): string {
  const year = c.citedDate?.year ?? c.year;
  const dated = (organ: string, country: string, number: string): string =>
    `/akn/${country}/statement/resolution/${organ}${year ? `/${year}` : ''}/${number}`;
  const afterRes = c.symbol
    .replace(/^(?:[A-Z]+|A\/HRC)\/(?:CFM\/)?RES\//, '')
    .replace(/\s*\(([IVXL]+)\)/, '-$1')
    .replace(/\//g, '-')
    .replace(/\s+/g, '');
  switch (c.body) {
    case 'GA':
      return dated('unga', 'un', afterRes);
    case 'SC':
      return dated('unsc', 'un', afterRes);
    case 'HRC':
      return dated('unhrc', 'un', afterRes);
    case 'ECOSOC':
      return dated('ecosoc', 'un', afterRes);
    case 'OIC':
      return dated('oic-cfm', 'oic', afterRes);
    case 'document':
      return `/akn/un/doc/${c.symbol.replace(/\//g, '-').replace(/\s+/g, '')}`;
  }
}
