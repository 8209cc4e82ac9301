import * as assert from 'assert';
import { PassageIndex, passageWordHashes, shingleHashes } from '../../server/src/service/corpus/passageIndex';
import type { DraftDocument } from '../../server/src/service/model/document';
import { parseDraft } from '../../server/src/service/model/parser';
import { Postings } from '../../server/src/service/corpus/postings';
import { indexedFormOf } from '../../server/src/service/corpus/corpusIndex';
import { readSeed, SeedName, SEEDS } from '../support/seeds';

/** Indexes a parsed text as the corpus index does. */
const add = (index: PassageIndex, uri: string, doc: DraftDocument): void => {
  const { textLength, sampledShingles, summaries } = indexedFormOf(doc.text, doc).indexed;
  index.addSampled(uri, textLength, sampledShingles, summaries);
};

describe('the passage index under re-indexing', () => {
  it('keeps its arrays to what lives while a draft is re-indexed 3 000 times, and finds what a fresh index finds', () => {
    const seeds = (Object.keys(SEEDS) as SeedName[]).map((name) => parseDraft(readSeed(name)));
    const draft = parseDraft(readSeed('resolution').replace('Recalling', 'Recalling also'));
    const fresh = new PassageIndex();
    const churned = new PassageIndex();
    seeds.forEach((doc, i) => {
      add(fresh, `file:///seed-${i}`, doc);
      add(churned, `file:///seed-${i}`, doc);
    });
    // An open draft is re-indexed at every pause in typing; now and then a query posts what waits.
    for (let i = 0; i < 3000; i++) {
      add(churned, 'untitled:draft', draft);
      if (i % 50 === 0) churned.post();
    }
    add(fresh, 'untitled:draft', draft);
    fresh.post();
    churned.post();
    const live = fresh.footprint;
    const draftPassages = draft.paragraphs.length;
    assert.ok(
      churned.footprint.passages <= live.passages + Math.max(live.passages, 4096) + draftPassages,
      `${JSON.stringify(churned.footprint)} against ${JSON.stringify(live)} live`,
    );
    assert.ok(churned.footprint.documents <= live.documents + Math.max(live.documents, 4096) + 1);
    assert.strictEqual(churned.size, fresh.size);
    // Dead entries not yet compacted lengthen posting lists and so shift weights a little: the best match holds.
    const best = (index: PassageIndex, words: number[]): string => {
      const top = index.candidates(shingleHashes(words), [], 1)[0];
      return `${top?.uri}#${top?.paragraphIndex}`;
    };
    for (const paragraph of seeds[0].operative.slice(0, 5)) {
      const words = passageWordHashes(seeds[0], paragraph);
      assert.strictEqual(best(churned, words), best(fresh, words));
    }
  });
});

describe('the agreed-language postings', () => {
  it('keep each list in passage order when a merge takes recent lists and newer pairs together', () => {
    const postings = new Postings();
    // Passages 0-9 settle into the recent lists; passages 10 on come as pairs, enough to merge everything.
    for (let passage = 0; passage < 10; passage++) postings.add(7, passage);
    postings.settle();
    for (let passage = 10; passage < 70_010; passage++)
      postings.add(passage % 1000 === 0 ? 7 : 100 + (passage % 5000), passage);
    postings.settle();
    const list = postings.get(7)!;
    assert.strictEqual(list.recent, undefined, 'all merged');
    assert.ok(
      list.merged.every((passage, i) => i === 0 || passage > list.merged[i - 1]),
      `out of order: ${list.merged.slice(0, 12).join(', ')}…`,
    );
    // Compaction takes the lists in order as they are: it renumbers without sorting again.
    const identity = Int32Array.from({ length: 70_010 }, (_, i) => i);
    assert.ok(postings.exported(identity));
    postings.renumber(identity, 1);
  });
});
