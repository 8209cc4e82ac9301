import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { listCorpusFiles, readCorpusFile } from '../../server/src/workspace/corpusFiles';
import { corpusRoots } from '../../server/src/workspace/corpusPaths';
import { nodeWorkspace } from '../../server/src/workspace/nodeWorkspace';

describe('corpus files that go wrong while the corpus is read', () => {
  let folder: string;

  before(() => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'communique-corpus-files-'));
    for (const name of ['a.communique', 'b.communique', 'c.resolution'])
      fs.writeFileSync(path.join(folder, name), `The General Assembly,\n\nRecalling ${name},\n`);
  });

  after(() => fs.rmSync(folder, { recursive: true, force: true }));

  it('skips, with a warning, a file deleted between listing and reading, and reads the rest', async () => {
    const warnings: string[] = [];
    const { files } = await listCorpusFiles(
      nodeWorkspace,
      corpusRoots([folder], [], (m) => warnings.push(m)),
      (m) => warnings.push(m),
    );
    assert.strictEqual(files.length, 3);
    fs.rmSync(path.join(folder, 'b.communique'));
    const texts = files.map((file) => readCorpusFile(nodeWorkspace, file, (m) => warnings.push(m)));
    assert.deepStrictEqual(
      texts.map((t) => t !== undefined),
      [true, false, true],
    );
    assert.deepStrictEqual(warnings, [
      `Corpus file ${path.join(folder, 'b.communique')} cannot be read (ENOENT); skipped.`,
    ]);
  });

  it('lists at most communique.corpus.maxFiles drafts over all paths, first by name, and counts the rest', async () => {
    const many = path.join(folder, 'many');
    fs.mkdirSync(many);
    for (const name of ['x.communique', 'y.communique', 'z.resolution'])
      fs.writeFileSync(path.join(many, name), `The General Assembly,\n\nRecalling ${name},\n`);
    const warnings: string[] = [];
    const roots = corpusRoots([path.join(many, 'z.resolution'), many], [], (m) => warnings.push(m));
    const listing = await listCorpusFiles(nodeWorkspace, roots, (m) => warnings.push(m), 2);
    // The file named first comes first; a file two paths name is counted once, not as left out.
    assert.deepStrictEqual(
      listing.files.map((f) => path.basename(f)),
      ['z.resolution', 'x.communique'],
    );
    assert.strictEqual(listing.leftOut, 1);
    assert.deepStrictEqual(warnings, [
      'The corpus paths hold 1 draft more than communique.corpus.maxFiles (2) allows; it is not indexed.',
    ]);
  });

  it('skips, with a warning, a path that cannot be read as a file', () => {
    const warnings: string[] = [];
    const odd = path.join(folder, 'folder.communique');
    fs.mkdirSync(odd);
    assert.strictEqual(
      readCorpusFile(nodeWorkspace, odd, (m) => warnings.push(m)),
      undefined,
    );
    assert.deepStrictEqual(warnings, [`Corpus file ${odd} is not a regular file; skipped.`]);
  });
});
