import * as assert from 'assert';
import fc from 'fast-check';
import { compareDrafts } from '../../server/src/service/features/compare';
import { parseDraft } from '../../server/src/service/model/parser';
import type { ComparedParagraph } from '../../server/src/service/features/compare';
import type { DraftDocument } from '../../server/src/service';
import { tokensIn } from '../../server/src/service/features/compare';
import { mutatedSeed } from '../support/generators';

const SEED = 20261201;

/** DRAFT's words of a pair, rebuilt from BASE's words and the edits: they must be DRAFT's own. */
function rebuilt(base: DraftDocument, draft: DraftDocument, pair: ComparedParagraph): string[] {
  const words: string[] = [];
  let next = 0;
  for (const token of tokensIn(base.text, pair.base!.words)) {
    for (; next < pair.edits.length && pair.edits[next].base.start <= token.start; next++) {
      words.push(...tokensIn(draft.text, [pair.edits[next].draft]).map((t) => t.text));
    }
    const edit = pair.edits[next - 1];
    if (!edit || token.start >= edit.base.end) words.push(token.text);
  }
  for (; next < pair.edits.length; next++)
    words.push(...tokensIn(draft.text, [pair.edits[next].draft]).map((t) => t.text));
  return words;
}

function check(
  base: DraftDocument,
  draft: DraftDocument,
  list: readonly ComparedParagraph[],
): { base: number[]; draft: number[] } {
  const seen = { base: [] as number[], draft: [] as number[] };
  for (const pair of list) {
    if (pair.base) seen.base.push(pair.base.index);
    if (pair.draft) seen.draft.push(pair.draft.index);
    if (pair.base && pair.draft) {
      assert.deepStrictEqual(
        rebuilt(base, draft, pair),
        tokensIn(draft.text, pair.draft.words).map((t) => t.text),
      );
      const children = check(base, draft, pair.subparagraphs);
      assert.deepStrictEqual(
        children.base.sort((a, b) => a - b),
        pair.base.subparagraph
          ? pair.base.subparagraph.children.map((_, i) => i)
          : pair.base.paragraph.subparagraphs.map((_, i) => i),
      );
      assert.deepStrictEqual(
        children.draft,
        pair.draft.subparagraph
          ? pair.draft.subparagraph.children.map((_, i) => i)
          : pair.draft.paragraph.subparagraphs.map((_, i) => i),
      );
    }
  }
  return seen;
}

describe('compare properties', () => {
  it(`every paragraph of both drafts appears once, and the word edits turn BASE's words into DRAFT's (seed ${SEED})`, () => {
    fc.assert(
      fc.property(mutatedSeed, mutatedSeed, (a, b) => {
        const base = parseDraft(a);
        const draft = parseDraft(b);
        const comparison = compareDrafts(base, draft);
        let baseCount = 0;
        let draftCount = 0;
        for (const part of comparison.parts) {
          const seen = check(base, draft, part.paragraphs);
          assert.deepStrictEqual(
            seen.draft,
            seen.draft.map((_, i) => i),
            "DRAFT's order",
          );
          assert.deepStrictEqual(
            [...seen.base].sort((x, y) => x - y),
            seen.base.map((_, i) => i),
            "each of BASE's once",
          );
          baseCount += seen.base.length;
          draftCount += seen.draft.length;
        }
        assert.strictEqual(baseCount, base.paragraphs.length);
        assert.strictEqual(draftCount, draft.paragraphs.length);
        assert.strictEqual(compareDrafts(base, base).identical, true);
      }),
      { numRuns: 60, seed: SEED },
    );
  });
});
