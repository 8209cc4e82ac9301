import { InlayHint, InlayHintKind } from 'vscode-languageserver/node';
import type { FeatureRegistration } from '../context';

/** Inlay hints for the lines on screen: cross-references' openings, cited resolutions' years. */
export const registerInlayHints: FeatureRegistration = ({ connection, documents, drafts, service }) => {
  connection.languages.inlayHint.on((params) => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return [];
    const draft = drafts.draft(document);
    const span = { start: document.offsetAt(params.range.start), end: document.offsetAt(params.range.end) };
    return service.inlayHints(draft, span).map((h): InlayHint => ({
      position: h.position,
      label: h.label,
      kind: h.kind === 'citationYear' ? InlayHintKind.Type : InlayHintKind.Parameter,
      tooltip: h.tooltip,
      paddingLeft: false,
    }));
  });
  return { inlayHintProvider: { resolveProvider: false } };
};
