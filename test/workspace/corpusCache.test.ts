import * as assert from 'assert';
import * as path from 'path';
import fc from 'fast-check';
import { CorpusIndex } from '../../server/src/service/corpus/corpusIndex';
import { PackedCitations } from '../../server/src/service/corpus/packedCitations';
import { shingleHashes, wellFormedSampledShingles, wordHashes } from '../../server/src/service/corpus/passageIndex';
import { checkedPostings } from '../../server/src/service/corpus/postings';
import { findAgreedLanguage } from '../../server/src/service/features/agreedLanguage';
import { parseDraft } from '../../server/src/service/model/parser';
import { CacheDamaged } from '../../server/src/workspace/corpusCache';
import { filePathOf } from '../../server/src/workspace/corpusFiles';
import { MemoryWorkspace } from '../../server/src/workspace/memoryWorkspace';
import { loaderOver } from './corpusLoader.test';

const FILES = {
  '/ws/a.communique':
    'The General Assembly,\n\nRecalling its resolution 61/49 of 4 December 2006,\n\n1. Decides to remain seized of the matter.\n',
  '/ws/b.communique': 'The General Assembly,\n\nRecalling its resolution 55/10 of 1 March 2001 and resolution 61/49,\n',
  '/ws/c.txt':
    'Final communiqué\n\nRecalling resolution 44/4 of 2 June 1989,\n\nWelcoming the wording of the agreed text on cooperation,\n',
  '/ws/copy.txt':
    'Final communiqué\n\nRecalling resolution 44/4 of 2 June 1989,\n\nWelcoming the wording of the agreed text on cooperation,\n',
};
const STORAGE = '/storage';

/** 150 resolutions citing each other and sharing wording: a cache of many blocks. */
const LARGE = Object.fromEntries(
  Array.from({ length: 150 }, (_, n) => [
    `/ws/r${n}.resolution`,
    `Resolution 70/${n + 1}\n\nThe General Assembly,\n\n` +
      Array.from(
        { length: 12 },
        (_, p) =>
          `Recalling its resolution 69/${(n * 7 + p * 13) % 300} of ${1 + (p % 28)} December 2014 and ` +
          `resolution 68/${(n + p) % 50}, on the wording of paragraph ${p} about topic ${n % 9},`,
      ).join('\n\n') +
      '\n\n1. Decides to remain seized of the matter.\n',
  ]),
);

/** Wording the corpus paragraphs share, as agreed-language queries. */
const QUERIES = ['Decides to remain seized of the matter', 'Welcoming the wording of the agreed text on cooperation'];

/**
 * Everything a request can learn from the corpus: documents, titles, every citation with its date, what a hover
 * shows of each symbol, agreed language
 * (the candidates, and what the finder quotes of them: words, place, range, source, from the index's summaries).
 */
function snapshot(corpus: CorpusIndex, workspace: MemoryWorkspace): unknown {
  const documents = [...corpus.allDocuments()].map((d) => [d.uri, d.title, d.titleRange]).sort();
  // What hovers show, away from the symbol's citations and on one of them: before `lookup`, which keeps its stats.
  const summaries = [...corpus.symbols()].sort().map((symbol) => {
    const away = corpus.summary(symbol, 3);
    const on = away.citing[0];
    return [away, on && corpus.summary(symbol, 3, { uri: on.uri, start: on.span.start })];
  });
  const symbols = [...corpus.symbols()].sort().map((symbol) => corpus.lookup(symbol));
  const agreed = QUERIES.map((query) => corpus.passages.candidates(shingleHashes(wordHashes(query)), [], 8));
  const readText = (uri: string): string | undefined => {
    const bytes = workspace.bytesOf(filePathOf(uri)!);
    return bytes && new TextDecoder().decode(bytes);
  };
  const quoted = QUERIES.map((query) => {
    const draft = parseDraft(`The General Assembly,\n\n1. ${query}.\n`);
    return findAgreedLanguage(draft, 'untitled:query', draft.text.indexOf(query), corpus, readText)?.matches;
  });
  return { documents, symbols, summaries, size: corpus.size, passages: corpus.passages.size, agreed, quoted };
}

async function loadedOnce(): Promise<{ workspace: MemoryWorkspace; fresh: unknown }> {
  const workspace = new MemoryWorkspace(FILES);
  const { loader, corpus } = loaderOver(workspace, { storage: STORAGE });
  await loader.load(['/ws'], []);
  await loader.postPassages();
  return { workspace, fresh: snapshot(corpus, workspace) };
}

/**
 * Changes one byte of the cache of `files` in each of `runs` (a cache over `minBytes` long): each start warns once
 * (at once, or when the background check meets the damage) and answers as a fresh load, and the cache it writes is
 * trusted at the next start. How many runs met the damage only after the start.
 */
async function everyByteChecked(files: Record<string, string>, runs: number, minBytes = 0): Promise<number> {
  const workspace = new MemoryWorkspace(files);
  const first = loaderOver(workspace, { storage: STORAGE });
  await first.loader.load(['/ws'], []);
  await first.loader.postPassages();
  const fresh = snapshot(first.corpus, workspace);
  const original = workspace.bytesOf(`${STORAGE}/corpus-index.bin`)!;
  assert.ok(original.length > minBytes, `${original.length} bytes`);
  let lazilyFound = 0;
  await fc.assert(
    fc.asyncProperty(fc.nat(), fc.integer({ min: 1, max: 255 }), async (at, flip) => {
      const bytes = Uint8Array.from(original);
      bytes[at % bytes.length] ^= flip;
      workspace.write(`${STORAGE}/corpus-index.bin`, bytes);
      // The files keep their stamps: only the cache could make the answers differ.
      const { loader, corpus, warnings } = loaderOver(workspace, { storage: STORAGE });
      await loader.load(['/ws'], []);
      if (warnings.length === 0) lazilyFound++;
      await loader.postPassages();
      await loader.verifyCache();
      assert.strictEqual(warnings.filter((w) => w.startsWith('Corpus index cache')).length, 1, warnings.join('\n'));
      assert.match(warnings[0], /cannot be read \(.*\); the corpus is indexed afresh\.$/);
      assert.deepStrictEqual(snapshot(corpus, workspace), fresh);
      // Rebuilt: the next start trusts it again.
      const again = loaderOver(workspace, { storage: STORAGE });
      await again.loader.load(['/ws'], []);
      await again.loader.verifyCache();
      assert.deepStrictEqual(again.warnings, []);
    }),
    { numRuns: runs },
  );
  return lazilyFound;
}

describe('the corpus index cache (in memory)', () => {
  it('takes a first load back from the cache it wrote, answering as a load that keeps all in memory', async () => {
    const kept = loaderOver(new MemoryWorkspace(FILES));
    await kept.loader.load(['/ws'], []);
    await kept.loader.postPassages();
    const workspace = new MemoryWorkspace(FILES);
    const { loader, corpus, warnings } = loaderOver(workspace, { storage: STORAGE });
    const draft = 'file:///elsewhere/open.communique';
    await loader.indexOpen(draft, 'The General Assembly,\n\nRecalling resolution 61/49,\n');
    await kept.loader.indexOpen(draft, 'The General Assembly,\n\nRecalling resolution 61/49,\n');
    await loader.load(['/ws'], []);
    await loader.postPassages();
    assert.ok(workspace.opens.includes(path.resolve(`${STORAGE}/corpus-index.bin`)), 'the cache written is read');
    assert.deepStrictEqual(snapshot(corpus, workspace), snapshot(kept.corpus, workspace));
    assert.ok(
      corpus.lookup('A/RES/61/49').citations.some((c) => c.uri === draft),
      'the open draft stays',
    );
    assert.deepStrictEqual(warnings, kept.warnings);
  });

  it('restores every unchanged file from the cache, reading none, with the same answers as a fresh load', async () => {
    const { workspace, fresh } = await loadedOnce();
    workspace.reads.length = 0;
    const { loader, corpus, warnings } = loaderOver(workspace, { storage: STORAGE });
    await loader.load(['/ws'], []);
    await loader.postPassages();
    assert.deepStrictEqual(
      workspace.reads.filter((file) => file.startsWith('/ws')),
      [],
    );
    assert.deepStrictEqual(snapshot(corpus, workspace), fresh);
    assert.deepStrictEqual(warnings, []);
    // What the finder quotes is taken from the summaries the cache kept: the place, the range, the words.
    const [seized] = (fresh as { quoted: { place: string; range: unknown; text: string }[][] }).quoted;
    assert.deepStrictEqual(
      seized.map(({ place, range, text }) => [place, range, text]),
      [
        [
          'operative paragraph 1',
          { start: { line: 4, character: 3 }, end: { line: 4, character: 42 } },
          'Decides to remain seized of the matter.',
        ],
      ],
    );
  });

  it('keeps the stored postings of unchanged files only: answers as fresh after edits and deletions', async () => {
    const { workspace } = await loadedOnce();
    // A file changed and a draft indexed in the session: their postings are in the recent lists when it is written.
    const session = loaderOver(workspace, { storage: STORAGE });
    await session.loader.load(['/ws'], []);
    workspace.writeText('/ws/a.communique', FILES['/ws/a.communique'].replace('seized', 'actively seized'));
    await session.loader.changed('/ws/a.communique');
    session.loader.indexOpen('untitled:draft', 'The General Assembly,\n\n1. Decides to remain seized of the matter.\n');
    session.corpus.passages.post();
    session.loader.saveCache();
    workspace.writeText('/ws/b.communique', FILES['/ws/b.communique'].replace('55/10', '55/11'));
    workspace.remove('/ws/c.txt');
    workspace.writeText('/ws/d.communique', 'The General Assembly,\n\n1. Decides to remain seized of the matter.\n');
    const fresh = loaderOver(workspace);
    await fresh.loader.load(['/ws'], []);
    await fresh.loader.postPassages();
    const warm = loaderOver(workspace, { storage: STORAGE });
    await warm.loader.load(['/ws'], []);
    await warm.loader.postPassages();
    assert.deepStrictEqual(snapshot(warm.corpus, workspace), snapshot(fresh.corpus, workspace));
    assert.deepStrictEqual(warm.warnings, []);
    assert.ok(warm.corpus.passages.candidates(shingleHashes(wordHashes(QUERIES[0])), [], 8).length > 0);
  });

  it('is discarded with one warning, and rebuilt from the files, whatever byte of it is changed (property)', async () => {
    await everyByteChecked(FILES, 60);
  });

  it('reads a large cache lazily: damage in a block no start reads is found in the background (property)', async () => {
    const lazilyFound = await everyByteChecked(LARGE, 12, 4 * 65536);
    assert.ok(lazilyFound > 0, 'some damage was in a part the start did not read');
  });

  it('answers no request from a damaged block: the request fails, once, and the corpus is read afresh', async () => {
    const workspace = new MemoryWorkspace(LARGE);
    const first = loaderOver(workspace, { storage: STORAGE });
    await first.loader.load(['/ws'], []);
    const fresh = snapshot(first.corpus, workspace);
    const bytes = Uint8Array.from(workspace.bytesOf(`${STORAGE}/corpus-index.bin`)!);
    // The middle of the file: citations, which a start does not read and every lookup does.
    bytes[bytes.length >> 1] ^= 0x40;
    workspace.write(`${STORAGE}/corpus-index.bin`, bytes);
    const { loader, corpus, warnings } = loaderOver(workspace, { storage: STORAGE });
    await loader.load(['/ws'], []);
    assert.deepStrictEqual(warnings, []);
    assert.throws(() => snapshot(corpus, workspace), CacheDamaged);
    assert.strictEqual(warnings.length, 1);
    await loader.verifyCache();
    assert.deepStrictEqual(snapshot(corpus, workspace), fresh);
    assert.strictEqual(warnings.length, 1);
  });

  it('takes back no citation numbers that no text could have given', () => {
    const good = Int32Array.from([3, 8, 2, 10, 2, 15, 0, 0, 4, 12, 2006]);
    assert.ok(PackedCitations.wellFormed(good, ['4 December 2006'], 100));
    const damaged = (at: number, value: number): Int32Array => Int32Array.from(good, (n, i) => (i === at ? value : n));
    assert.ok(!PackedCitations.wellFormed(damaged(8, 516), ['4 December 2006'], 100), 'a day of 516');
    assert.ok(!PackedCitations.wellFormed(damaged(9, 13), ['4 December 2006'], 100), 'a thirteenth month');
    assert.ok(!PackedCitations.wellFormed(damaged(1, 200), ['4 December 2006'], 100), 'a span past the text');
    assert.ok(!PackedCitations.wellFormed(damaged(0, 9), ['4 December 2006'], 100), 'a span ending before it starts');
    assert.ok(!PackedCitations.wellFormed(damaged(7, 2), ['4 December 2006'], 100), 'self neither 0 nor 1');
    assert.ok(!PackedCitations.wellFormed(good, ['4 December 2006', ''], 100), 'columns of different lengths');
  });

  it('takes back no postings that the passage index could not have written', () => {
    const arrays = {
      hashes: Uint32Array.from([5, 9]),
      starts: Uint32Array.from([0, 2, 3]),
      passages: Int32Array.from([0, 2, 1]),
      droppedHashes: new Uint32Array(0),
      droppedCounts: new Int32Array(0),
    };
    assert.strictEqual(checkedPostings(arrays, 3), undefined);
    const damaged = (change: Partial<typeof arrays>, passages = 3): string =>
      checkedPostings({ ...arrays, ...change }, passages)!;
    assert.match(damaged({}, 2), /out of range/, 'a passage past the documents');
    assert.match(damaged({ hashes: Uint32Array.from([9, 5]) }), /out of order/, 'hashes out of order');
    assert.match(damaged({ passages: Int32Array.from([2, 0, 1]) }), /out of order/, 'a list out of passage order');
    assert.match(damaged({ starts: Uint32Array.from([0, 2, 4]) }), /do not add up/, 'starts past the entries');
    const emptyList = { starts: Uint32Array.from([0, 3, 3]), passages: Int32Array.from([0, 1, 2]) };
    assert.match(damaged(emptyList), /empty/, 'an empty list');
    assert.match(damaged({ droppedHashes: Uint32Array.from([5]) }), /dropped/, 'a count missing');
    const droppedTwice = { droppedHashes: Uint32Array.from([5, 5]), droppedCounts: Int32Array.from([1, 1]) };
    assert.match(damaged(droppedTwice), /dropped/, 'a hash dropped twice');
  });

  it('takes back no passage shingles whose counts do not fit (a count of -2 looped forever, 2^31-1 crashed V8)', () => {
    assert.ok(wellFormedSampledShingles(Int32Array.from([0, 2, 11, 12, 3, 1, 13])));
    assert.ok(wellFormedSampledShingles(new Int32Array(0)));
    for (const count of [-2, 0, 0x7fffffff, 3])
      assert.ok(!wellFormedSampledShingles(Int32Array.from([0, count, 11, 12])), `count ${count}`);
    assert.ok(!wellFormedSampledShingles(Int32Array.from([3, 1, 11, 2, 1, 12])), 'paragraphs out of order');
    assert.ok(!wellFormedSampledShingles(Int32Array.from([0])), 'a count missing');
  });
});
