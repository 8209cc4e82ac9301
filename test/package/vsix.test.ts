import * as assert from 'assert';
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { repoRoot } from '../support/seeds';

describe('the VSIX', function () {
  // vsce reads the whole tree: a deadline for a loaded machine, not a speed target.
  this.timeout(60000);

  it('carries only the bundles, the grammar, the language configuration, the seeds, the catalogue and the manifest', () => {
    const vsce = path.join(repoRoot, 'node_modules', '.bin', 'vsce');
    const files = execFileSync(vsce, ['ls', '--no-dependencies'], { cwd: repoRoot, encoding: 'utf8' })
      .trim()
      .split('\n')
      .sort();
    const allowed =
      /^(package\.json|README\.md|LICENSE|language-configuration\.json|dist\/(extension|server|indexWorker|cli|vendor-(unpdf|docx|jszip))\.js|syntaxes\/[\w.-]+\.json|seeds\/[\w.-]+|server\/catalogue\/un-resolutions\.tsv\.gz|docs\/[\w.-]+\.png|docs\/DEVELOPING\.md)$/;
    const unexpected = files.filter((f) => !allowed.test(f));
    assert.deepStrictEqual(unexpected, [], 'files that have no business in the VSIX');
    for (const required of [
      'package.json',
      'dist/extension.js',
      'dist/server.js',
      'dist/indexWorker.js',
      'dist/cli.js',
      // Loaded when a first PDF or Word file is read or written.
      'dist/vendor-unpdf.js',
      'dist/vendor-docx.js',
      'dist/vendor-jszip.js',
      'language-configuration.json',
      'syntaxes/communique.tmLanguage.json',
      'seeds/ga-resolution-63-114.resolution',
      'server/catalogue/un-resolutions.tsv.gz',
    ]) {
      assert.ok(files.includes(required), `${required} is in the VSIX`);
    }
    // The extension's page is the README: a picture it shows that the VSIX lacks is a broken image there.
    const readme = fs.readFileSync(path.join(repoRoot, 'README.md'), 'utf8');
    const pictures = [...readme.matchAll(/!\[[^\]]*\]\(([^)\s]+)\)/g)].map((m) => m[1]);
    assert.ok(pictures.length >= 3, 'the README shows pictures');
    for (const picture of pictures) {
      assert.ok(fs.existsSync(path.join(repoRoot, picture)), `${picture} exists`);
      assert.ok(files.includes(picture), `${picture}, shown in the README, is in the VSIX`);
    }
  });
  it('bundles only the runtime dependencies the README names, and what they depend on', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));
    const readme = fs.readFileSync(path.join(repoRoot, 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('## What the VSIX carries'));
    const named = [...section.slice(0, section.indexOf('\n## ', 3)).matchAll(/^\| ([@\w./-]+) \| /gm)]
      .map((m) => m[1])
      .filter((name) => name !== 'package' && !name.startsWith('-'));
    assert.deepStrictEqual([...named].sort(), Object.keys(manifest.dependencies).sort());
    // What the direct dependencies pull in, by the lockfile.
    const lock = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package-lock.json'), 'utf8')).packages;
    const reachable = new Set<string>();
    const visit = (name: string): void => {
      if (reachable.has(name)) return;
      reachable.add(name);
      for (const dependency of Object.keys(lock[`node_modules/${name}`]?.dependencies ?? {})) visit(dependency);
    };
    for (const name of named) visit(name);
    for (const bundle of ['extension', 'server', 'cli']) {
      const map = JSON.parse(fs.readFileSync(path.join(repoRoot, 'dist', `${bundle}.js.map`), 'utf8'));
      const bundled = new Set<string>();
      for (const source of map.sources as string[]) {
        const at = source.lastIndexOf('node_modules/');
        if (at < 0) continue;
        const parts = source.slice(at + 'node_modules/'.length).split('/');
        bundled.add(parts[0].startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0]);
      }
      assert.ok(bundled.size > 0, `${bundle}.js.map names its packages`);
      assert.deepStrictEqual(
        [...bundled].filter((name) => !reachable.has(name)),
        [],
        `${bundle}.js`,
      );
    }
  });
});
