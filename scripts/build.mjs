// Bundles the entry points: the extension (client), the language server, its indexer threads and the CLI.
import { build } from 'esbuild';

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node18',
  sourcemap: true,
  logLevel: 'warning',
};

/**
 * Libraries loaded when a first PDF or Word file is read or written, bundled apart (dist/vendor-NAME.js): PDF.js
 * alone is half the server's code, and V8 parses every byte of a bundle at each start.
 */
const LATER = ['unpdf', 'docx', 'jszip'];
const loadedLater = {
  name: 'loaded-later',
  setup(plugin) {
    plugin.onResolve({ filter: new RegExp(`^(?:${LATER.join('|')})$`) }, ({ path, kind }) => {
      if (kind !== 'dynamic-import') throw new Error(`${path} must be imported with import(), when first needed`);
      return { path: `./vendor-${path}.js`, external: true };
    });
  },
};
const server = { ...common, plugins: [loadedLater] };

await Promise.all([
  build({ ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] }),
  build({ ...server, entryPoints: ['server/src/server.ts'], outfile: 'dist/server.js' }),
  // The corpus indexer threads the server and the CLI start: found beside them in dist/.
  build({ ...server, entryPoints: ['server/src/workspace/indexWorker.ts'], outfile: 'dist/indexWorker.js' }),
  build({
    ...server,
    entryPoints: ['server/src/cli/main.ts'],
    outfile: 'dist/cli.js',
    banner: { js: '#!/usr/bin/env node' },
  }),
  ...LATER.map((name) =>
    build({
      ...common,
      // jszip is CommonJS: import() gives its exports as the default; the others' names are re-exported.
      stdin: {
        contents: name === 'jszip' ? `module.exports = require('jszip');` : `export * from '${name}';`,
        resolveDir: '.',
      },
      outfile: `dist/vendor-${name}.js`,
    }),
  ),
]);
