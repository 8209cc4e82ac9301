import { SemanticTokensBuilder } from 'vscode-languageserver/node';
import { SEMANTIC_TOKEN_MODIFIERS, SEMANTIC_TOKEN_TYPES } from '../../service/features/semanticTokens';
import type { FeatureRegistration } from '../context';

const TYPE_INDEX = new Map<string, number>(SEMANTIC_TOKEN_TYPES.map((t, i) => [t, i]));
const MODIFIER_BIT = new Map<string, number>(SEMANTIC_TOKEN_MODIFIERS.map((m, i) => [m, 1 << i]));

/** Semantic tokens of the whole draft, encoded as LSP's relative integers. */
export const registerSemanticTokens: FeatureRegistration = ({ connection, documents, drafts, service }) => {
  connection.languages.semanticTokens.on((params) => {
    const document = documents.get(params.textDocument.uri);
    const builder = new SemanticTokensBuilder();
    if (!document) return builder.build();
    for (const t of service.semanticTokens(drafts.draft(document))) {
      const modifiers = t.modifiers.reduce((bits, m) => bits | MODIFIER_BIT.get(m)!, 0);
      builder.push(t.line, t.character, t.length, TYPE_INDEX.get(t.type)!, modifiers);
    }
    return builder.build();
  });
  return {
    semanticTokensProvider: {
      legend: { tokenTypes: [...SEMANTIC_TOKEN_TYPES], tokenModifiers: [...SEMANTIC_TOKEN_MODIFIERS] },
      full: true,
    },
  };
};
