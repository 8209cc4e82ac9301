import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { CorpusIndex, fingerprintOf } from '../../server/src/service/corpus/corpusIndex';
import { CorpusLoader } from '../../server/src/workspace/corpusLoader';
import { IndexedFile, Indexer, indexFile, IndexWorkers } from '../../server/src/workspace/indexWorkers';
import { nodeWorkspace } from '../../server/src/workspace/nodeWorkspace';
import { repoRoot, readSeed, SeedName, SEEDS, seedsDir } from '../support/seeds';

const FORMATS = path.join(repoRoot, 'test', 'fixtures', 'corpus-formats');

/** The committed sample of the UN's development set (sessions 74-79, Council texts to 2024), and the seeds. */
const SAMPLE = [path.join(repoRoot, 'test', 'fixtures', 'unxml'), path.join(repoRoot, 'seeds')];

/** The sample loaded into a fresh index, texts indexed by `indexer`: what the index keeps of each file, in order. */
async function loaded(indexer: Indexer | undefined, warnings: string[] = []) {
  const corpus = new CorpusIndex();
  const loader = new CorpusLoader({ workspace: nodeWorkspace, corpus, warn: (w) => warnings.push(w), indexer });
  await loader.load(SAMPLE, []);
  await loader.postPassages();
  const documents = [...corpus.allDocuments()].map((d) => [d.uri, corpus.cached(d.uri)]);
  return { documents, size: corpus.size, passages: corpus.passages.exported(documents.map(([uri]) => uri as string)) };
}

describe('the corpus indexer threads', function () {
  this.timeout(120_000);
  let workers: IndexWorkers;

  before(() => {
    const started = IndexWorkers.start(2);
    assert.ok(started, 'the worker script is compiled beside its pool');
    workers = started;
  });
  after(() => workers.close());

  it('make of each seed and of AKN, Word and PDF files what this thread makes of them', async () => {
    const files = [
      ...Object.values(SEEDS).map((name) => path.join(seedsDir, name)),
      ...fs.readdirSync(FORMATS, { recursive: true, encoding: 'utf8' }).map((name) => path.join(FORMATS, name)),
    ];
    assert.ok(files.some((f) => f.endsWith('.pdf')) && files.some((f) => f.endsWith('.docx')), files.join(', '));
    for (const file of files.filter((f) => fs.statSync(f).isFile())) {
      const bytes = fs.readFileSync(file);
      const [threaded, here] = await Promise.all([workers.file(file, bytes), indexFile(file, bytes)]);
      // Posted across threads, the packed citations arrive as plain data: their columns are what count.
      const plain = (indexed: IndexedFile) =>
        JSON.stringify(indexed, (_, v) => (ArrayBuffer.isView(v) ? [...(v as Int32Array)] : v));
      assert.strictEqual(plain(threaded), plain(here), file);
    }
  });

  it('load the UN sample into the same index as this thread does, file for file and in the same order', async () => {
    const [threaded, here] = [await loaded(workers), await loaded(undefined)];
    assert.ok(here.size.documents > 400, JSON.stringify(here.size));
    assert.deepStrictEqual(threaded.size, here.size);
    assert.deepStrictEqual(
      threaded.documents.map(([uri]) => uri),
      here.documents.map(([uri]) => uri),
    );
    assert.deepStrictEqual(JSON.stringify(threaded.documents), JSON.stringify(here.documents));
    assert.deepStrictEqual(threaded.passages, here.passages);
  });

  it('index a large open draft in a thread: the latest text is filed, and none once the draft is closed', async () => {
    const corpus = new CorpusIndex();
    const loader = new CorpusLoader({ workspace: nodeWorkspace, corpus, warn: assert.fail, indexer: workers });
    const big = (seed: SeedName): string => `${readSeed(seed)}\n\n`.repeat(Math.ceil(300_000 / readSeed(seed).length));
    const [older, latest] = [
      loader.indexOpen('untitled:big', big('geneva')),
      loader.indexOpen('untitled:big', big('resolution')),
    ];
    await Promise.all([older, latest]);
    assert.strictEqual(corpus.fingerprint('untitled:big'), fingerprintOf(big('resolution')));
    const here = new CorpusIndex();
    here.set('untitled:big', big('resolution'));
    assert.strictEqual(JSON.stringify(corpus.cached('untitled:big')), JSON.stringify(here.cached('untitled:big')));

    const indexing = loader.indexOpen('untitled:closed', big('resolution'));
    await loader.closed('untitled:closed');
    await indexing;
    assert.strictEqual(corpus.has('untitled:closed'), false);
  });

  it('fail the texts of a thread that stops and start another; the loader skips their files, saying so', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'communique-workers-'));
    // A thread that stops at its first text, as one out of memory would.
    const script = path.join(dir, 'stops.js');
    fs.writeFileSync(script, "require('worker_threads').parentPort.once('message', () => process.exit(3));\n");
    const stopping = IndexWorkers.start(1, script)!;
    try {
      await assert.rejects(
        stopping.file('draft.communique', Buffer.from(readSeed('resolution'))),
        /the indexer thread stopped \(exit code 3\)/,
      );
      const warnings: string[] = [];
      const corpus = new CorpusIndex();
      const loader = new CorpusLoader({
        workspace: nodeWorkspace,
        corpus,
        warn: (w) => warnings.push(w),
        indexer: stopping,
      });
      fs.writeFileSync(path.join(dir, 'draft.communique'), readSeed('resolution'));
      await loader.load([path.join(dir, 'draft.communique')], []);
      assert.deepStrictEqual(warnings, [
        `Corpus file ${path.join(dir, 'draft.communique')} could not be indexed ` +
          '(the indexer thread stopped (exit code 3)); skipped.',
      ]);
      assert.strictEqual(corpus.size.documents, 0);
    } finally {
      await stopping.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
