import * as assert from 'assert';
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { CorpusIndex } from '../../server/src/service/corpus/corpusIndex';
import { fileUriOf } from '../../server/src/workspace/corpusFiles';
import { CorpusLoader } from '../../server/src/workspace/corpusLoader';
import { CorpusTexts } from '../../server/src/workspace/corpusTexts';
import { nodeWorkspace } from '../../server/src/workspace/nodeWorkspace';
import { FileError } from '../../server/src/workspace/workspace';

const PUBLIC = 'Final communique\n\nRecalling resolution 44/4 of 2 June 1989 and the public wording,\n';
const PRIVATE = 'Final communique\n\nRecalling resolution 44/4 of 2 June 1989 and our private fallback position,\n';

describe('the workspace on disk', () => {
  let folder: string;
  let outside: string;

  beforeEach(() => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'communique-node-workspace-'));
    outside = fs.mkdtempSync(path.join(os.tmpdir(), 'communique-outside-'));
  });

  afterEach(() => {
    fs.rmSync(folder, { recursive: true, force: true });
    fs.rmSync(outside, { recursive: true, force: true });
  });

  const readError = (file: string): string => {
    try {
      nodeWorkspace.read(file, 1024);
    } catch (error) {
      assert.ok(error instanceof FileError);
      return error.message;
    }
    return 'read';
  };

  it('refuses at once a pipe with no writer and a link to /dev/zero, as a watcher event or a close would reach them', () => {
    execFileSync('mkfifo', [path.join(folder, 'pipe.txt')]);
    fs.symlinkSync('/dev/zero', path.join(folder, 'zero.txt'));
    const started = performance.now();
    assert.strictEqual(readError(path.join(folder, 'pipe.txt')), 'is not a regular file');
    assert.strictEqual(readError(path.join(folder, 'zero.txt')), 'is a symbolic link');
    assert.strictEqual(readError('/dev/zero'), 'is not a regular file');
    assert.ok(performance.now() - started < 500);
  });

  it('refuses a file over the size limit without reading it, and reads one at the limit', () => {
    fs.writeFileSync(path.join(folder, 'big.txt'), 'x'.repeat(1025));
    fs.writeFileSync(path.join(folder, 'fits.txt'), 'x'.repeat(1024));
    assert.strictEqual(readError(path.join(folder, 'big.txt')), 'is 0.0 MB, over the 0 MB limit');
    assert.strictEqual(nodeWorkspace.read(path.join(folder, 'fits.txt'), 1024).bytes.length, 1024);
  });

  it('stops quoting a corpus file swapped for a link to a file outside, and drops it from the corpus', async () => {
    const file = path.join(folder, 'a.txt');
    fs.writeFileSync(file, PUBLIC);
    fs.writeFileSync(path.join(outside, 'private.txt'), PRIVATE);
    const corpus = new CorpusIndex();
    const warnings: string[] = [];
    const loader = new CorpusLoader({ workspace: nodeWorkspace, corpus, warn: (m) => warnings.push(m) });
    await loader.load([folder], []);
    const texts = new CorpusTexts(
      nodeWorkspace,
      () => undefined,
      (m) => warnings.push(m),
      (uri) => corpus.fingerprint(uri),
    );
    assert.strictEqual(texts.read(fileUriOf(file)), PUBLIC);
    fs.rmSync(file);
    fs.symlinkSync(path.join(outside, 'private.txt'), file);
    assert.strictEqual(texts.read(fileUriOf(file)), undefined);
    await loader.changed(file);
    assert.strictEqual(corpus.size.documents, 0);
    assert.deepStrictEqual(warnings, [`Corpus file ${file} is a symbolic link; skipped.`]);
  });

  it('names a pipe given as a corpus path, and skips it', async () => {
    execFileSync('mkfifo', [path.join(folder, 'pipe.txt')]);
    const warnings: string[] = [];
    await new CorpusLoader({ workspace: nodeWorkspace, corpus: new CorpusIndex(), warn: (m) => warnings.push(m) }).load(
      [path.join(folder, 'pipe.txt')],
      [],
    );
    assert.deepStrictEqual(warnings, [
      `Corpus path ${path.join(folder, 'pipe.txt')} is not a file or folder (a pipe or device?); skipped.`,
    ]);
  });
});
