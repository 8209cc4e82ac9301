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
      /^(package\.json|README\.md|LICENSE|language-configuration\.json|dist\/(extension|server|cli)\.js|syntaxes\/[\w.-]+\.json|seeds\/[\w.-]+|server\/catalogue\/un-resolutions\.tsv\.gz|docs\/[\w.-]+\.png|docs\/DEVELOPING\.md)$/;
    const unexpected = files.filter((f) => !allowed.test(f));
    assert.deepStrictEqual(unexpected, [], 'files that have no business in the VSIX');
    for (const required of [
      'package.json',
      'dist/extension.js',
      'dist/server.js',
      'dist/cli.js',
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
});
