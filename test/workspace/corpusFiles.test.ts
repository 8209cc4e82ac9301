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
    const files = await listCorpusFiles(
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
