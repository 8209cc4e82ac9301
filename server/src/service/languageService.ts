/**
 * The language service as one object: its dependencies (the corpus, how to read a corpus text,
 * how to link to a place) are given once, and every feature is a method on a draft. The server,
 * and any other editor integration, calls this; it knows no LSP.
 */
import { citationsOf } from './citations/citationsOf';
import type { DraftingStyle } from './checks/conventions';
import { Catalogue, EMPTY_CATALOGUE } from './corpus/catalogue';
import type { CorpusIndex } from './corpus/corpusIndex';
import {
  agreedLanguageEdits,
  agreedLanguageSummary,
  AgreedLanguageMatch,
  AgreedLanguageResult,
  findAgreedLanguage,
  passageAt,
} from './features/agreedLanguage';
import { AkomaNtosoOptions, toAkomaNtoso } from './features/akomaNtoso';
import { CompletionEntry, getCompletions } from './features/completion';
import {
  CheckedDraft,
  checkDraft,
  CheckOptions,
  DEFAULT_CHECK_OPTIONS,
  DraftDiagnostic,
  getDiagnostics,
} from './features/diagnostics';
import { getDocumentSymbols, OutlineSymbol } from './features/documentSymbols';
import {
  cleanText,
  convertStyleEdits,
  endingsStyle,
  insertOperativeParagraphEdits,
  moveParagraphEdits,
  MoveResult,
  toggleItalicsEdits,
} from './features/draftingCommands';
import { DocumentLink, getDocumentLinks } from './features/documentLinks';
import { FoldingRegion, getFoldingRanges } from './features/folding';
import { getHover, HoverResult, LocationLink } from './features/hover';
import type { TextReader } from './corpus/textWindow';
import { CorpusSymbol, getDefinition, getReferences, getWorkspaceSymbols, Location } from './features/navigation';
import { renumberEdits } from './features/renumber';
import { DraftInlayHint, getInlayHints } from './features/inlayHints';
import { previewHtml, richText } from './features/preview';
import { getSemanticTokens, SemanticToken } from './features/semanticTokens';
import { DraftSummary, getSummary } from './features/summary';
import type { DraftDocument, Paragraph } from './model/document';
import { Cancellation, neverCancelled, Span, SpanEdit } from './types';

/**
 * A draft as the features take it: its parse, and the URI it is known by (a corpus document's own
 * wording is not its agreed language).
 */
export interface Draft {
  readonly uri: string;
  readonly doc: DraftDocument;
}

export interface LanguageServiceOptions {
  readonly corpus: CorpusIndex;
  /** A corpus document's text: the open editor's if it is open, else the file's. */
  readonly readText: TextReader;
  /** A link to a place in a corpus document, for hovers (the server: a command URI). */
  readonly link: LocationLink;
  /** The shipped catalogue, behind the corpus (none: the corpus alone). */
  readonly catalogue?: Catalogue;
}

export interface LanguageService {
  /** `typing`: where the draft was last edited (see `getDocumentSymbols`). */
  outline(draft: Draft, typing?: Span): OutlineSymbol[];
  folding(draft: Draft): FoldingRegion[];
  diagnostics(draft: Draft, options?: CheckOptions): DraftDiagnostic[];
  /** The diagnostics, re-reading only the paragraphs changed since `earlier`, the check of the draft's last version. */
  check(draft: Draft, options: CheckOptions, earlier?: CheckedDraft): CheckedDraft;
  renumber(draft: Draft): SpanEdit[];
  hover(draft: Draft, offset: number): HoverResult | undefined;
  definition(draft: Draft, offset: number): Location[];
  references(draft: Draft, offset: number, includeDeclaration: boolean, token?: Cancellation): Location[];
  completion(draft: Draft, offset: number): CompletionEntry[];
  /** The draft's citations of UN documents, each linked to its official page. */
  documentLinks(draft: Draft): DocumentLink[];
  workspaceSymbols(query: string, token?: Cancellation): CorpusSymbol[];
  /** The draft's own title as a citation, with how many other corpus documents cite it. */
  citedIn(draft: Draft): { span: Span; documents: number } | undefined;
  /** The paragraph at `offset` that agreed language can be found for. */
  passageAt(draft: Draft, offset: number): Paragraph | undefined;
  agreedLanguage(draft: Draft, offset: number, limit?: number, token?: Cancellation): AgreedLanguageResult | undefined;
  agreedLanguageEdits(draft: Draft, paragraph: Paragraph, match: AgreedLanguageMatch): SpanEdit[];
  agreedLanguageSummary(result: AgreedLanguageResult): string | undefined;
  moveParagraph(draft: Draft, offset: number, direction: 'up' | 'down'): MoveResult | undefined;
  insertOperativeParagraph(draft: Draft, offset: number): { edits: SpanEdit[]; cursor: number } | undefined;
  toggleItalics(draft: Draft): SpanEdit[];
  /** The style the draft's paragraph ends follow (the one *Convert punctuation style* converts from). */
  style(draft: Draft): DraftingStyle;
  convertStyle(draft: Draft, to: DraftingStyle): SpanEdit[];
  cleanText(draft: Draft): string;
  akomaNtoso(draft: Draft, options?: AkomaNtosoOptions): string;
  semanticTokens(draft: Draft): SemanticToken[];
  /** The hints whose place is within `span` (what the editor shows). */
  inlayHints(draft: Draft, span: Span): DraftInlayHint[];
  /** The formatted draft as an HTML page, each block with its 0-based line as `data-line`. */
  preview(draft: Draft, title: string): string;
  /** The formatted draft for the clipboard: HTML with inline styles, and the clean text. */
  richText(draft: Draft): { html: string; text: string };
  /** The status bar's line, given the diagnostics the drafter sees. */
  summary(draft: Draft, diagnostics: readonly DraftDiagnostic[]): DraftSummary;
}

export function createLanguageService({
  corpus,
  readText,
  link,
  catalogue = EMPTY_CATALOGUE,
}: LanguageServiceOptions): LanguageService {
  return {
    outline: ({ doc }, typing) => getDocumentSymbols(doc, typing),
    folding: ({ doc }) => getFoldingRanges(doc),
    diagnostics: ({ doc }, options = DEFAULT_CHECK_OPTIONS) => getDiagnostics(doc, options),
    check: ({ doc }, options, earlier) => checkDraft(doc, options, earlier),
    renumber: ({ doc }) => renumberEdits(doc),
    hover: ({ uri, doc }, offset) => getHover(doc, uri, offset, corpus, readText, link, catalogue),
    definition: ({ doc }, offset) => getDefinition(doc, offset, corpus),
    references: ({ doc }, offset, includeDeclaration, token) =>
      getReferences(doc, offset, corpus, includeDeclaration, token),
    completion: ({ doc }, offset) => getCompletions(doc, offset, corpus, catalogue),
    documentLinks: ({ doc }) => getDocumentLinks(doc),
    workspaceSymbols: (query, token) => getWorkspaceSymbols(query, corpus, catalogue, token),
    citedIn: ({ uri, doc }) => {
      const own = citationsOf(doc).find((c) => c.self);
      if (!own) return undefined;
      const citing = corpus.citingDocuments(own.symbol);
      return { span: own.span, documents: citing.size - (citing.has(uri) ? 1 : 0) };
    },
    passageAt: ({ doc }, offset) => passageAt(doc, offset),
    agreedLanguage: ({ uri, doc }, offset, limit, token = neverCancelled) =>
      findAgreedLanguage(doc, uri, offset, corpus, readText, limit, token),
    agreedLanguageEdits: ({ doc }, paragraph, match) => agreedLanguageEdits(doc, paragraph, match),
    agreedLanguageSummary,
    moveParagraph: ({ doc }, offset, direction) => moveParagraphEdits(doc, offset, direction),
    insertOperativeParagraph: ({ doc }, offset) => insertOperativeParagraphEdits(doc, offset),
    toggleItalics: ({ doc }) => toggleItalicsEdits(doc),
    style: ({ doc }) => endingsStyle(doc),
    convertStyle: ({ doc }, to) => convertStyleEdits(doc, to),
    cleanText: ({ doc }) => cleanText(doc),
    akomaNtoso: ({ uri, doc }, options) => toAkomaNtoso(doc, { uri, ...options }),
    semanticTokens: ({ doc }) => getSemanticTokens(doc),
    inlayHints: ({ doc }, span) => getInlayHints(doc, span, corpus),
    preview: ({ doc }, title) => previewHtml(doc, title),
    richText: ({ doc }) => richText(doc),
    summary: ({ doc }, diagnostics) => getSummary(doc, diagnostics),
  };
}
