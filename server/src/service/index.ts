/**
 * The Communiqué Drafter language service: parsing and analysis of drafts, with no dependency on LSP or
 * VS Code. Its public face is one object, `createLanguageService`, and the plain types its methods take and
 * return; the CLI, the bench and the tests may reach single features in their own modules.
 */
export { createLanguageService } from './languageService';
export type { Draft, LanguageService, LanguageServiceOptions } from './languageService';
export type * from './types';
export type * from './model/document';
export type { CorpusIndex } from './corpus/corpusIndex';
export type { OutlineKind, OutlineSymbol } from './features/documentSymbols';
export type { FoldingRegion } from './features/folding';
export type { CheckOptions, DraftDiagnostic, TextEditData } from './features/diagnostics';
export type { CheckCode, Severity } from './checks/diagnostic';
export type { DraftingStyle } from './checks/conventions';
export type { HoverResult, LocationLink, TextReader } from './features/hover';
export type { CorpusSymbol, Location } from './features/navigation';
export type { CompletionEntry } from './features/completion';
export type { AgreedLanguageMatch, AgreedLanguageResult } from './features/agreedLanguage';
export type { AkomaNtosoOptions } from './features/akomaNtoso';
