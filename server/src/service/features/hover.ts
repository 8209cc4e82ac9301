import { citationAt } from '../citations/citationsOf';
import { datesAgree, formatDate } from '../citations/dates';
import { Catalogue, CatalogueEntry, EMPTY_CATALOGUE } from '../corpus/catalogue';
import type { CorpusIndex, IndexedCitation } from '../corpus/corpusIndex';
import type { SymbolMetadata } from '../corpus/metadata';
import { TextReader, TextWindow, windowAround } from '../corpus/textWindow';
import type { DraftDocument } from '../model/document';
import { paragraphText } from '../model/document';
import { MONTH_NAMES } from '../model/months';
import { toRoman } from '../model/subparagraphs';
import type { Range, Span } from '../types';
import { MAX_QUOTED, oneLine } from './displayText';
import { officialPage } from './documentLinks';
import { escapeMarkdown } from './markdown';

/** Builds the link that opens a citation in the editor: the extension's own command, with arguments it made. */
export type LocationLink = (uri: string, range: Range) => string;

export interface HoverResult {
  readonly markdown: string;
  /** What the hover is about: a citation or a footnote marker. */
  readonly span: Span;
}

const MAX_CITING = 5;
/** Dates listed, at most: a corpus that dates a text a thousand ways does not make a page of them. */
const MAX_DATES = 8;
/** A footnote is quoted whole up to this length. */
const MAX_FOOTNOTE = 2000;

/** Corpus or draft text for the hover: on one line, cut after `max` characters, escaped. */
function quote(text: string, max = MAX_QUOTED): string {
  return escapeMarkdown(oneLine(text, max));
}

/**
 * A link's target as Markdown reads it, whole: the brackets, angle brackets, backslashes, spaces and
 * controls that `encodeURIComponent` leaves or a caller forgot (a ")" in a file name) percent-encoded.
 */
function linkTarget(target: string): string {
  const percent = (c: string): string => `%${c.charCodeAt(0).toString(16).padStart(2, '0').toUpperCase()}`;
  return target.replace(/[()<>[\]\\\u0000-\u0020\u007f]/g, percent);
}

/** The first MAX_DATES of `items`, and how many more there are. */
function listed(items: readonly string[], separator: string): string {
  const more = items.length - MAX_DATES;
  return `${items.slice(0, MAX_DATES).join(separator)}${more > 0 ? ` (and ${more} more)` : ''}`;
}

/** Characters a quotation takes on each side of the citation, at most. */
const REACH = 220;

/** The sentence around a citation, from a window of its document's text that reaches REACH past it on each side. */
function sentenceAround(window: TextWindow, citation: IndexedCitation): string {
  const text = window.text;
  const [at, to] = [citation.span.start - window.start, citation.span.end - window.start];
  let start = at;
  while (
    start > 0 &&
    at - start < REACH &&
    !/[.;]\s/.test(text.slice(start - 2, start)) &&
    !/\n\s*\n/.test(text.slice(start - 2, start))
  )
    start--;
  let end = to;
  while (end < text.length && end - to < REACH && !/[.;,]\s|\n\s*\n/.test(text.slice(end, end + 2))) end++;
  // A cut quotation starts and ends on whole words.
  if (at - start >= REACH) start = Math.min(at, text.indexOf(' ', start) + 1 || start);
  if (end - to >= REACH) end = Math.max(to, text.lastIndexOf(' ', end) - 1);
  const before = text.slice(start, at);
  const after = text.slice(to, end + 1);
  const lead = window.start + start > 0 && at - start >= REACH ? '… ' : '';
  const trail = end - to >= REACH ? ' …' : '';
  const [said, cited] = [escapeMarkdown(before.trimStart()), quote(text.slice(at, to))];
  return `${lead}${said}**${cited}**${escapeMarkdown(after.trimEnd())}${trail}`;
}

/** "A/RES/61/49" → what it is: body, session and the years the session met. */
function describe(symbol: string, year: number | undefined): string {
  let m = /^A\/RES\/(\d+)\/\d+(?: [A-Z]{1,2})?$/.exec(symbol);
  if (m) return `General Assembly resolution, session ${m[1]} (${1945 + Number(m[1])}–${1946 + Number(m[1])})`;
  m = /^A\/RES\/\d+(?: [A-Z])? \(([IVXL]+)\)$/.exec(symbol);
  if (m) {
    const session = [...Array(40).keys()].find((n) => toRoman(n).toUpperCase() === m![1]) ?? 0;
    return `General Assembly resolution, session ${m[1]} (${1945 + session}–${1946 + session})`;
  }
  if (/^A\/RES\/ES-/.test(symbol)) return 'General Assembly resolution of an emergency special session';
  if (/^S\/RES\//.test(symbol)) return `Security Council resolution${year ? ` of ${year}` : ''}`;
  if (/^A\/HRC\/RES\//.test(symbol)) return 'Human Rights Council resolution';
  if (/^E\/RES\//.test(symbol)) return 'Economic and Social Council resolution';
  if (/^OIC\//.test(symbol)) return 'OIC Council of Foreign Ministers resolution (POL: political affairs)';
  const kinds: string[] = [];
  if (/\/L\.\d+/.test(symbol)) kinds.push('a draft (L. = limited distribution, usually a draft resolution)');
  if (/\/Add\.\d+$/.test(symbol)) kinds.push('an addendum (Add.)');
  if (/\/Corr\.\d+$/.test(symbol)) kinds.push('a corrigendum (Corr.)');
  if (/\/Rev\.\d+$/.test(symbol)) kinds.push('a revision (Rev.)');
  const organ = symbol.startsWith('S/') ? 'Security Council' : 'General Assembly';
  return `United Nations ${organ} document${kinds.length ? `: ${kinds.join(', ')}` : ''}`;
}

/** FRBR language codes of the UN's six languages (and German, which UNxml also holds). */
const LANGUAGES: Readonly<Record<string, string>> = {
  eng: 'English',
  fra: 'French',
  spa: 'Spanish',
  rus: 'Russian',
  zho: 'Chinese',
  ara: 'Arabic',
  deu: 'German',
};

/** "2023-11-21" → "21 November 2023". */
export function isoDateText(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const month = m ? MONTH_NAMES[Number(m[2]) - 1] : undefined;
  return m && month ? `${Number(m[3])} ${month} ${m[1]}` : iso;
}

/** What the UN's records say: adoption, vote, sponsors, agenda item, the language versions held. */
function metadataLines({ record, texts }: SymbolMetadata): string[] {
  const lines: string[] = [];
  const at = [
    record.adopted ? `on ${isoDateText(record.adopted)}` : '',
    record.meeting ? `at the ${quote(record.meeting)}` : '',
  ].filter(Boolean);
  const tally = [record.inFavour, record.against, record.abstaining].every((n) => n !== undefined)
    ? `${record.inFavour}–${record.against}–${record.abstaining}`
    : undefined;
  const vote =
    record.vote === 'without'
      ? ' without a vote'
      : record.vote === 'unanimous'
        ? ` unanimously${tally ? ` (${tally})` : ''}`
        : record.vote === 'recorded'
          ? ` by a recorded vote${tally ? ` of ${tally} (in favour–against–abstaining)` : ''}`
          : '';
  if (at.length > 0 || vote) lines.push(`Adopted${vote}${at.length > 0 ? ` ${at.join(' ')}` : ''}.`);
  if (record.sponsors) lines.push(`Sponsors: ${record.sponsors}.`);
  if (record.agendaItem) lines.push(`${quote(record.agendaItem)}.`);
  const languages = [...new Set(texts.map((t) => LANGUAGES[t.language] ?? t.language))];
  if (languages.length > 0) lines.push(`Language versions in the corpus: ${quote(languages.join(', '))}.`);
  return lines;
}

/** What the catalogue adds: the languages the UN publishes, and where the text is when the corpus lacks it. */
function catalogueLines({ record, languages }: CatalogueEntry, inCorpus: boolean): string[] {
  const lines: string[] = [];
  const named = languages.map((l) => LANGUAGES[l] ?? l);
  if (named.length > 0) lines.push(`Published by the UN in ${quote(named.join(', '))}.`);
  // The document's page: "A/RES/75/101 A-B" for a citation of its part A.
  const official = `[${quote(record.symbol)} on docs.un.org](${linkTarget(officialPage(record.symbol))})`;
  lines.push(
    inCorpus ? `From the catalogue: ${official}.` : `From the catalogue; text not in your corpus: ${official}.`,
  );
  return lines;
}

function footnoteHover(doc: DraftDocument, offset: number): HoverResult | undefined {
  for (const p of doc.paragraphs) {
    if (offset < p.span.start || offset > p.span.end) continue;
    const marker = p.footnoteMarkers.find((m) => m.span.start <= offset && offset <= m.span.end);
    if (!marker) continue;
    const footnote = doc.footnotes.find((f) => f.footnoteNumber === marker.number);
    const text = footnote ? paragraphText(doc, footnote).replace(/^\S+\s*/, '') : undefined;
    return {
      markdown: text
        ? `**Footnote ${marker.number}**: ${quote(text, MAX_FOOTNOTE)}`
        : `**Footnote ${marker.number}** has no text in this draft.`,
      span: marker.span,
    };
  }
  return undefined;
}

/**
 * Hover on a citation: what the corpus knows about the cited text, who cites it and how, and
 * whether the dates agree. On a footnote marker: the footnote. Corpus text is escaped.
 */
export function getHover(
  doc: DraftDocument,
  uri: string,
  offset: number,
  corpus: CorpusIndex,
  readText: TextReader,
  link: LocationLink,
  catalogue: Catalogue = EMPTY_CATALOGUE,
): HoverResult | undefined {
  const citation = citationAt(doc, offset);
  if (!citation) return footnoteHover(doc, offset);
  const summary = corpus.summary(citation.symbol, MAX_CITING, { uri, start: citation.span.start });
  const year = citation.year ?? summary.year;
  const lines: string[] = [
    `**${quote(citation.symbol)}${/^S\/RES\//.test(citation.symbol) && year ? ` (${year})` : ''}** — ${describe(citation.symbol, year)}`,
  ];
  const definition = summary.definition;
  const held = corpus.metadata.about(citation.symbol);
  // The shipped catalogue is the last source: only for what no corpus file's records say.
  const catalogued = held ? undefined : catalogue.about(citation.symbol);
  const about = held ?? (catalogued && { record: catalogued.record, texts: [] });
  if (about?.record.title) lines.push(`*${quote(about.record.title)}*`);
  else if (definition) lines.push(`*${quote(definition.title ?? citation.symbol)}*`);
  if (about) lines.push(...metadataLines(about));
  else if (definition?.citedDate) lines.push(`Adopted on ${formatDate(definition.citedDate)}.`);
  if (catalogued) lines.push(...catalogueLines(catalogued, definition !== undefined));
  if (citation.self) {
    lines.push(`This document is ${quote(citation.symbol)}.`);
  }
  const documentsCiting = summary.citingDocuments;
  lines.push(
    documentsCiting === 0
      ? 'No other corpus document cites it.'
      : `Cited in ${documentsCiting} corpus document${documentsCiting === 1 ? '' : 's'}:`,
  );
  for (const c of summary.citing) {
    // The window reaches past the scan's two characters of look-around on each side.
    const around = { start: c.span.start - REACH - 2, end: c.span.end + REACH + 2 };
    const window = windowAround(readText(c.uri, around), around);
    const source = quote(corpus.document(c.uri)?.title ?? c.uri.split('/').pop() ?? c.uri);
    const quoted = window ? sentenceAround(window, c) : '';
    const dated = c.citedDate ? ` — dated ${formatDate(c.citedDate)}` : '';
    lines.push(`- [${source}](${linkTarget(link(c.uri, c.range))}): ${quoted}${dated}`);
  }
  const distinct = summary.dates;
  if (distinct.length > 0) lines.push(`Dated in the corpus: ${listed(distinct.map(formatDate), '; ')}.`);
  // Distinct full dates: two of them disagree.
  const full = distinct.filter((d) => d.year);
  if (full.length > 1) lines.push(`⚠ The corpus does not agree on its date: ${listed(full.map(formatDate), ' / ')}.`);
  if (
    citation.citedDate &&
    !citation.citedDate.year &&
    full.length > 0 &&
    full.every((d) => datesAgree(d, citation.citedDate!))
  ) {
    lines.push(
      `Cited here as ${formatDate(citation.citedDate)}, without the year: the corpus dates it ${formatDate(full[0])}.`,
    );
  }
  return { markdown: lines.join('\n\n'), span: citation.span };
}
