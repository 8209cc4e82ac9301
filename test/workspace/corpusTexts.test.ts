import * as assert from 'assert';
import { fileUriOf } from '../../server/src/workspace/corpusFiles';
import { CorpusTexts } from '../../server/src/workspace/corpusTexts';
import { MemoryWorkspace } from '../../server/src/workspace/memoryWorkspace';
import { loaderOver } from './corpusLoader.test';

const OLD = 'Final communique\n\nRecalling resolution 44/4 of 2 June 1989 and the agreed wording,\n';
const NEW = 'Final communique\n\nNoting with concern the report A/44/100,\n\n' + OLD.slice(18);

describe('corpus texts', () => {
  it('gives no text of a file changed since it was indexed, has it re-indexed, then gives the new text', async () => {
    const workspace = new MemoryWorkspace({ '/ws/a.txt': OLD });
    const { corpus, loader } = loaderOver(workspace);
    await loader.load(['/ws'], []);
    const texts = new CorpusTexts(workspace, () => undefined, () => undefined, (uri) => corpus.fingerprint(uri));
    const reindexed: Promise<void>[] = [];
    texts.whenStale((file) => reindexed.push(loader.changed(file)));
    const uri = fileUriOf('/ws/a.txt');
    assert.strictEqual(texts.read(uri), OLD);

    // Changed on disk, and no watcher said so: the index's offsets are the old text's.
    workspace.writeText('/ws/a.txt', NEW);
    assert.strictEqual(texts.read(uri), undefined);
    assert.strictEqual(reindexed.length, 1);
    await Promise.all(reindexed);
    assert.strictEqual(texts.read(uri), NEW);
    const cited = corpus.lookup('A/RES/44/4').citations.find((c) => c.uri === uri)!;
    assert.ok(NEW.slice(cited.span.start).startsWith('44/4 of 2 June 1989'), 'the index has the new offsets');
    assert.strictEqual(reindexed.length, 1);
  });

  it('gives the text of a document the corpus does not hold as it is', () => {
    const workspace = new MemoryWorkspace({ '/elsewhere/b.txt': OLD });
    const texts = new CorpusTexts(workspace, () => undefined, () => undefined, () => undefined);
    texts.whenStale(() => assert.fail('nothing to re-index'));
    assert.strictEqual(texts.read(fileUriOf('/elsewhere/b.txt')), OLD);
  });
});
