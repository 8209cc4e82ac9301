/**
 * The protocol between the extension and the server beyond LSP: method names, command ids and
 * the shapes they carry. Imported by both sides (types only from the LSP protocol package, so the
 * client's bundle takes no server code).
 */
import type { Position, Range, TextDocumentIdentifier, WorkspaceEdit } from 'vscode-languageserver-protocol';

// The language names the client shows: the service's own table, which imports nothing.
export { LANGUAGE_NAMES } from '../service/languages/names';

/**
 * The URI schemes of the drafter's own drafts. Other schemes (git and local-history revisions, diff views,
 * output) are views of other texts: they never join the corpus, and the extension does not send them.
 */
export const DRAFT_SCHEMES = ['file', 'untitled'] as const;
export const isDraftUri = (uri: string): boolean => DRAFT_SCHEMES.some((scheme) => uri.startsWith(`${scheme}:`));

/** Notification, server to client: the corpus's size, and whether it is still loading. */
export const CORPUS_STATUS_NOTIFICATION = 'communique/corpusStatus';
export interface CorpusStatus {
  readonly documents: number;
  readonly citations: number;
  readonly loading: boolean;
  /** Drafts the corpus paths hold beyond `maxFiles` (\`communique.corpus.maxFiles\`), not indexed. */
  readonly leftOut: number;
  readonly maxFiles: number;
}

/** Request: how many drafts the server has parsed, for the bench's check of one parse per version. */
export const PARSE_COUNT_REQUEST = 'communique/parseCount';
export interface ParseCount {
  readonly parses: number;
}

/** Request: the corpus's documents, for the status bar's list. */
export const CORPUS_DOCUMENTS_REQUEST = 'communique/corpusDocuments';
export interface CorpusDocumentEntry {
  readonly uri: string;
  readonly title: string;
  readonly citations: number;
}

/** Request: the corpus wording closest to the paragraph at a position, each with the edit that adopts it. */
export const AGREED_LANGUAGE_REQUEST = 'communique/agreedLanguage';
export interface AgreedLanguageParams {
  readonly textDocument: TextDocumentIdentifier;
  readonly position: Position;
}
export interface AgreedLanguageMatchEntry {
  readonly source: string;
  readonly place: string;
  readonly similarity: number;
  readonly identical: boolean;
  readonly diffPlain: string;
  readonly edit: WorkspaceEdit;
}
export interface AgreedLanguageAnswer {
  readonly range: Range;
  readonly matches: readonly AgreedLanguageMatchEntry[];
}

/** Requests for what the client puts elsewhere: the clipboard, a new XML editor. */
export const CLEAN_TEXT_REQUEST = 'communique/cleanText';
export const AKOMA_NTOSO_REQUEST = 'communique/akomaNtoso';
export interface DraftParams {
  readonly textDocument: TextDocumentIdentifier;
}

/** Commands the server runs; the drafting ones take `{ uri, position }` of the editor they run in. */
export const SERVER_COMMANDS = {
  renumber: 'communique.renumber',
  openLocation: 'communique.openLocation',
  moveParagraphUp: 'communique.moveParagraphUp',
  moveParagraphDown: 'communique.moveParagraphDown',
  insertOperativeParagraph: 'communique.insertOperativeParagraph',
  toggleItalics: 'communique.toggleItalics',
  convertStyle: 'communique.convertStyle',
} as const;

/** Commands the extension runs itself (asking the server through the requests above). */
export const CLIENT_COMMANDS = {
  findAgreedLanguage: 'communique.findAgreedLanguage',
  showCorpus: 'communique.showCorpus',
  copyCleanText: 'communique.copyCleanText',
  exportAkomaNtoso: 'communique.exportAkomaNtoso',
  exportWord: 'communique.exportWord',
  exportWordTracked: 'communique.exportWordTracked',
  importWord: 'communique.importWord',
  /** Arguments: a URI, a position and the locations to list (LSP shapes): the editor's references view. */
  showReferences: 'communique.showReferences',
} as const;

/** What a drafting command answers: whether the editor took the edit, a line for the drafter, where the cursor goes. */
export interface DraftingCommandResult {
  readonly applied: boolean;
  readonly message?: string;
  readonly cursor?: { readonly uri: string; readonly position: Position };
}

/** Request: the draft compared with a base text (an open document or a file), as an HTML page and as text. */
export const COMPARE_REQUEST = 'communique/compare';
export interface CompareParams {
  readonly textDocument: TextDocumentIdentifier;
  readonly base: { readonly uri: string };
}
/** The page has `data-line`, DRAFT's 0-based line, on each paragraph. */
export interface ComparisonAnswer {
  readonly html: string;
  readonly text: string;
  readonly identical: boolean;
}

/**
 * Request: the draft (one language version) aligned with another language version of the same text
 * (an open document or a file), paragraph by paragraph; null when the other version cannot be read.
 */
export const PARALLEL_REQUEST = 'communique/parallel';
export interface ParallelParams {
  readonly textDocument: TextDocumentIdentifier;
  readonly other: { readonly uri: string };
}
/** One place where the versions do not correspond; a range for each version that has the paragraph. */
export interface ParallelFindingAnswer {
  readonly kind: string;
  readonly message: string;
  /** In the draft. */
  readonly range?: Range;
  /** In the other version: only where its text is the file's own (a draft, not an AKN or Word file read as text). */
  readonly otherRange?: Range;
  /** How each version names the paragraph: "operative paragraph 7". */
  readonly place?: string;
  readonly otherPlace?: string;
}
export interface ParallelAnswer {
  /** "the English", "the French". */
  readonly names: { readonly draft: string; readonly other: string };
  readonly paired: number;
  readonly findings: readonly ParallelFindingAnswer[];
}

/** Request: the corpus text closest to the draft (same title, else most shared wording). */
export const CLOSEST_DOCUMENT_REQUEST = 'communique/closestDocument';
export interface ClosestDocumentAnswer {
  readonly uri: string;
  readonly title: string;
}

/** Request: next session's draft from an adopted resolution, with what changed. */
export const ROLLOVER_REQUEST = 'communique/rollover';
export interface RolloverAnswer {
  readonly text: string;
  readonly changes: readonly string[];
}

/** Requests for Word files; the bytes travel as base64, the client reads and writes the files. */
export const WORD_EXPORT_REQUEST = 'communique/wordExport';
export interface WordExportParams {
  readonly textDocument: TextDocumentIdentifier;
  /** BASE's text: with it, every difference of the draft from it is a tracked change by `author`. */
  readonly base?: string;
  readonly author?: string;
}
export interface WordExportAnswer {
  readonly data: string;
}

export const WORD_IMPORT_REQUEST = 'communique/wordImport';
export interface WordImportParams {
  /** The .docx file's bytes, base64. */
  readonly data: string;
  /** Tracked changes accepted, or shown as negotiation brackets. */
  readonly changes?: 'accept' | 'brackets';
}
/** What an import answers: the communiqué text, or why the file could not be read. */
export type WordImportResult = { readonly text: string } | { readonly error: string };

/** Request: the draft as the printed text, an HTML page (no script) with `data-line` on each block. */
export const PREVIEW_REQUEST = 'communique/preview';
export interface PreviewAnswer {
  readonly html: string;
}

/** Request: the formatted draft for the clipboard, HTML with inline styles and the clean text. */
export const RICH_TEXT_REQUEST = 'communique/richText';
export interface RichTextAnswer {
  readonly html: string;
  readonly text: string;
}

/** Request: the status bar's summary of the draft and where its first problem is. */
export const SUMMARY_REQUEST = 'communique/summary';
export interface SummaryAnswer {
  readonly text: string;
  readonly tooltip: string;
  /** The draft's language (en, fr, es, ru, ar, zh), and whether `communique.language` forces it. */
  readonly language: string;
  readonly languageForced: boolean;
  readonly firstProblem?: { readonly range: Range; readonly message: string };
}

/** Commands of the views beside the text (the extension runs them). */
export const VIEW_COMMANDS = {
  showPreview: 'communique.showPreview',
  copyRichText: 'communique.copyRichText',
  goToFirstProblem: 'communique.goToFirstProblem',
  setLanguage: 'communique.setLanguage',
} as const;
