import { InlayHint, InlayHintKind } from 'vscode-languageserver/node';
import type { FeatureRegistration } from '../context';
import { positionIn, spanIn } from '../convert';

/** Inlay hints for the lines on screen: cross-references' openings, cited resolutions' years. */
export const registerInlayHints: FeatureRegistration = ({ connection, documents, drafts, service }) => {
  connection.languages.inlayHint.on((params) => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return [];
    const draft = drafts.draft(document);
    return service.inlayHints(draft, spanIn(draft, params.range)).map((h): InlayHint => ({
      position: positionIn(draft, h.at),
      label: h.label,
      kind: h.kind === 'citationYear' ? InlayHintKind.Type : InlayHintKind.Parameter,
      tooltip: h.tooltip,
      paddingLeft: false,
    }));
  });
  return { inlayHintProvider: { resolveProvider: false } };
};
