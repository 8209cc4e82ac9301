/**
 * The Communiqué Drafter language service: parsing and analysis of drafts, with no
 * dependency on LSP or VS Code. The server, the CLI and the tests all call it.
 */
export { parseDraft } from './model/parser';
export type { ParseOptions } from './model/parser';
export type * from './model/document';
export { paragraphText } from './model/document';
export { LineIndex } from './model/lineIndex';
export { getDocumentSymbols } from './features/documentSymbols';
export type { OutlineKind, OutlineSymbol } from './features/documentSymbols';
export { getFoldingRanges } from './features/folding';
export type { FoldingRegion } from './features/folding';
export type * from './types';
export { neverCancelled } from './types';
export { getDiagnostics, DEFAULT_CHECK_OPTIONS } from './features/diagnostics';
export type { CheckOptions, DraftDiagnostic } from './features/diagnostics';
export { renumberEdits, applyEdits } from './features/renumber';
export { CHECK_CODES } from './checks/diagnostic';
export { CHECKS, RENUMBERED_CODES } from './features/checkTable';
export type { CheckFix, CheckInfo } from './features/checkTable';
export type { CheckCode, Severity } from './checks/diagnostic';
export { detectStyle } from './checks/conventions';
export type { DraftingStyle } from './checks/conventions';
export { citedSymbol, recogniseCitations } from './citations/recognise';
export type { Citation, CitedBody } from './citations/recognise';
export { citationsOf } from './citations/citationsOf';
export { formatDate } from './citations/dates';
export { CorpusIndex } from './corpus/corpusIndex';
export type { CachedDocument, IndexedCitation, IndexedDocument, SymbolEntry } from './corpus/corpusIndex';
export { NUMBERS_PER_CITATION, PackedCitations } from './corpus/packedCitations';
export { wellFormedSampledShingles } from './corpus/passageIndex';
export { getHover } from './features/hover';
export type { HoverResult, LocationLink, TextReader } from './features/hover';
export { getDefinition, getReferences, getWorkspaceSymbols } from './features/navigation';
export type { CorpusSymbol, Location } from './features/navigation';
export { getDocumentLinks } from './features/documentLinks';
export type { DocumentLink } from './features/documentLinks';
export { escapeMarkdown } from './features/markdown';
export { oneLine } from './features/displayText';
export { getCompletions } from './features/completion';
export type { CompletionEntry } from './features/completion';
export { DRAFT_FIRST_LINE, readsLikeDraft } from './model/firstLine';
export {
  findAgreedLanguage,
  agreedLanguageEdits,
  agreedLanguageNote,
  agreedLanguageSummary,
  passageAt,
} from './features/agreedLanguage';
export type { AgreedLanguageMatch, AgreedLanguageResult } from './features/agreedLanguage';
export { isCalendarDate, toAkomaNtoso } from './features/akomaNtoso';
export type { AkomaNtosoOptions } from './features/akomaNtoso';
export {
  moveParagraphEdits,
  insertOperativeParagraphEdits,
  toggleItalicsEdits,
  convertStyleEdits,
  cleanText,
} from './features/draftingCommands';
export { closestCorpusDocument, compareDrafts } from './features/compare';
export type {
  ComparedParagraph,
  ComparedPart,
  ComparedSide,
  ComparisonKind,
  DraftComparison,
  PartComparison,
  WordEdit,
} from './features/compare';
export { createLanguageService } from './languageService';
export type { Draft, LanguageService, LanguageServiceOptions } from './languageService';
export { comparisonHtml, comparisonJson, comparisonText, wordSegments } from './features/compareReport';
export type { Segment } from './features/compareReport';
export { amendmentsText } from './features/amendments';
export { rolloverDraft } from './features/rollover';
export type { Rollover } from './features/rollover';
export { toWord, wordLayout } from './features/wordExport';
export type { WordLayout, WordBlock, Inline, Revision } from './features/wordExport';
export { toWordWithChanges, trackedLayout } from './features/wordChanges';
export { getSemanticTokens, SEMANTIC_TOKEN_MODIFIERS, SEMANTIC_TOKEN_TYPES } from './features/semanticTokens';
export type { SemanticToken, SemanticTokenModifier, SemanticTokenType } from './features/semanticTokens';
export { getInlayHints } from './features/inlayHints';
export type { DraftInlayHint } from './features/inlayHints';
export { previewHtml, richText } from './features/preview';
export { getSummary } from './features/summary';
export type { DraftSummary } from './features/summary';
