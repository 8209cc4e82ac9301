/**
 * The Communiqué Drafter language service, with no dependency on LSP, VS Code or the file system: the façade
 * (`createLanguageService`, every feature a method on a draft), the parse a draft is made of, the corpus it is
 * given, and the plain types its methods take and answer. The server calls this; the CLI, the bench and the
 * tests import a single feature from its own module.
 */
export { createLanguageService } from './languageService';
export type { Draft, LanguageService, LanguageServiceOptions } from './languageService';
export { parseDraft } from './model/parser';
export type { ParseOptions } from './model/parser';
export { CorpusIndex } from './corpus/corpusIndex';
export type * from './types';
export type * from './model/document';
export type { CheckCode, Severity } from './checks/diagnostic';
export type { DraftingStyle } from './checks/conventions';
export type { CheckedDraft, CheckOptions, DraftDiagnostic } from './features/diagnostics';
export type { OutlineKind, OutlineSymbol } from './features/documentSymbols';
export type { FoldingRegion } from './features/folding';
export type { LocationLink } from './features/hover';
export type { TextReader, TextWindow } from './corpus/textWindow';
