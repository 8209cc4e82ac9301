import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import fc from 'fast-check';
import { LAYOUTS, render } from '../../bench/accuracy/layouts';
import { checkDraft, DEFAULT_CHECK_OPTIONS, getDiagnostics } from '../../server/src/service/features/diagnostics';
import { editedSpan } from '../../server/src/service/model/earlierParse';
import { parseDraft } from '../../server/src/service/model/parser';
import { readAkn } from '../../server/src/workspace/readers/aknDocument';
import { fragment } from '../support/generators';
import { readSeed, SEEDS, SeedName } from '../support/seeds';

const SEED = 20261203;
const FIXTURES = path.join(__dirname, '../../../test/fixtures');

function filesUnder(dir: string, ext: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(ext))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

/** The seeds, the real layouts, and every twelfth UN resolution of the sample in each layout, all six languages. */
const TEXTS: readonly string[] = [
  ...(Object.keys(SEEDS) as SeedName[]).map(readSeed),
  ...filesUnder(path.join(FIXTURES, 'real-layouts'), '.txt').map((file) => fs.readFileSync(file, 'utf8')),
  ...filesUnder(path.join(FIXTURES, 'unxml'), '.xml')
    .filter((_, i) => i % 12 === 0)
    .flatMap((file) => {
      const doc = readAkn(fs.readFileSync(file, 'utf8'));
      return LAYOUTS.map((layout) => render(doc, layout, path.basename(file)).text);
    }),
];

/** A drafter's edit: a few characters typed, a few deleted, a line split or joined, a number or a marker typed. */
const edit = fc.tuple(fc.nat(), fc.nat({ max: 6 }), fragment);

function applied(text: string, [at, removed, typed]: [number, number, string]): string {
  const start = at % (text.length + 1);
  return text.slice(0, start) + typed + text.slice(Math.min(text.length, start + removed));
}

describe('parse of a new version from the earlier one', () => {
  it(`gives what a parse from nothing gives, after each of a run of edits (seed ${SEED})`, () => {
    fc.assert(
      fc.property(fc.nat({ max: TEXTS.length - 1 }), fc.array(edit, { minLength: 1, maxLength: 4 }), (which, edits) => {
        let text = TEXTS[which];
        let earlier = parseDraft(text);
        for (const e of edits) {
          text = applied(text, e);
          const kept = parseDraft(text, { earlier });
          assert.deepStrictEqual(kept, parseDraft(text));
          earlier = kept;
        }
      }),
      { numRuns: 300, seed: SEED },
    );
  });

  it(`checks as a check from nothing does, the unchanged paragraphs' findings kept (seed ${SEED})`, () => {
    fc.assert(
      fc.property(fc.nat({ max: TEXTS.length - 1 }), fc.array(edit, { minLength: 1, maxLength: 4 }), (which, edits) => {
        let text = TEXTS[which];
        let doc = parseDraft(text);
        let checked = checkDraft(doc, DEFAULT_CHECK_OPTIONS);
        for (const e of edits) {
          text = applied(text, e);
          doc = parseDraft(text, { earlier: doc });
          checked = checkDraft(doc, DEFAULT_CHECK_OPTIONS, checked);
          assert.deepStrictEqual(checked.diagnostics, getDiagnostics(parseDraft(text)));
        }
      }),
      { numRuns: 300, seed: SEED + 1 },
    );
  });

  it('keeps nothing of a parse in another language', () => {
    const text = readSeed(Object.keys(SEEDS)[0] as SeedName);
    const french = parseDraft(text, { language: 'fr' });
    assert.deepStrictEqual(parseDraft(text, { earlier: french }), parseDraft(text));
  });

  it('finds where two texts differ, in chunks and at their ends', () => {
    const long = 'a'.repeat(10_000);
    assert.deepStrictEqual(editedSpan(long, long), { start: 10_000, end: 10_000 });
    assert.deepStrictEqual(editedSpan(long + 'b' + long, long + 'cc' + long), { start: 10_000, end: 10_002 });
    assert.deepStrictEqual(editedSpan('b' + long, long), { start: 0, end: 0 });
    assert.deepStrictEqual(editedSpan(long, long + 'x'), { start: 10_000, end: 10_001 });
  });
});
