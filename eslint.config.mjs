// The linter keeps the layers apart: the language service knows no file system, LSP or VS Code; the
// workspace (corpus files, cache) knows no LSP. Formatting is prettier's (npm run format), not the linter's.
import tseslint from 'typescript-eslint';

const NODE_BUILTINS = [
  'fs',
  'fs/*',
  'path',
  'os',
  'child_process',
  'url',
  'net',
  'http',
  'https',
  'worker_threads',
  'node:*',
];
const LSP = [
  'vscode',
  'vscode-languageserver',
  'vscode-languageserver/*',
  'vscode-languageserver-*',
  'vscode-languageclient',
  'vscode-languageclient/*',
  'vscode-jsonrpc',
  'vscode-jsonrpc/*',
];

const restricted = (groups, message) => ({
  'no-restricted-imports': ['error', { patterns: [{ group: groups, message }] }],
});

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', '.vscode-test/**', 'test/e2e/.cache/**'] },
  {
    files: ['**/*.ts'],
    languageOptions: { parser: tseslint.parser },
    plugins: { '@typescript-eslint': tseslint.plugin },
    rules: { '@typescript-eslint/no-require-imports': 'error' },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
  },
  {
    files: ['server/src/service/**/*.ts'],
    rules: restricted(
      [...NODE_BUILTINS, ...LSP, '**/workspace/**', '**/protocol/**', '**/cli/**', '**/server'],
      'The language service knows no file system, LSP or VS Code, and nothing above it: see docs/DEVELOPING.md, How it is built.',
    ),
  },
  {
    files: ['server/src/workspace/**/*.ts'],
    rules: restricted(
      [...LSP, '**/protocol/**', '**/cli/**', '**/server'],
      'The workspace (corpus files, cache) knows no LSP and nothing above it: see docs/DEVELOPING.md, How it is built.',
    ),
  },
  {
    // Positions at the edge, once: the protocol's features hand offsets to convert.ts and take ranges back.
    files: ['server/src/protocol/**/*.ts'],
    ignores: ['server/src/protocol/convert.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: 'MemberExpression[property.name=/^(offsetAt|positionAt|rangeOf)$/]',
          message: 'Offsets and positions are converted in protocol/convert.ts only: see docs/DEVELOPING.md.',
        },
      ],
    },
  },
  {
    files: ['client/src/**/*.ts'],
    rules: restricted(
      ['**/server/src/*', '!**/server/src/protocol', '**/server/src/protocol/*', '!**/server/src/protocol/shared'],
      'The client shares only the protocol module with the server.',
    ),
  },
);
