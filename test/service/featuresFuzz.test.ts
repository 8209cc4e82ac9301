import * as assert from 'assert';
import fc from 'fast-check';
import { citationsOf } from '../../server/src/service/citations/citationsOf';
import { cleanText } from '../../server/src/service/features/draftingCommands';
import { CorpusIndex } from '../../server/src/service/corpus/corpusIndex';
import { findAgreedLanguage } from '../../server/src/service/features/agreedLanguage';
import { getCompletions } from '../../server/src/service/features/completion';
import { getHover } from '../../server/src/service/features/hover';
import { parseDraft } from '../../server/src/service/model/parser';
import { toAkomaNtoso } from '../../server/src/service/features/akomaNtoso';
import { randomDraft } from '../support/generators';
import { readSeed, SEEDS, SeedName } from '../support/seeds';

/**
 * The features a drafter's keystrokes and clicks reach, on random and hostile text up to 2 MB: none
 * throws, and each answers within a bound (generous, for a loaded machine: a quadratic loop or a
 * backtracking pattern on such text takes minutes, not seconds).
 */
const BOUND_MS = 4000;
const seed = Number(process.env.FUZZ_SEED ?? Math.floor(Math.random() * 2 ** 31));

const corpus = new CorpusIndex();
const texts = new Map<string, string>();
for (const name of Object.keys(SEEDS) as SeedName[]) {
  corpus.set(`file:///seeds/${SEEDS[name]}`, readSeed(name));
  texts.set(`file:///seeds/${SEEDS[name]}`, readSeed(name));
}
const link = (uri: string, range: unknown): string =>
  `command:communique.openLocation?${encodeURIComponent(JSON.stringify([uri, range]))}`;

/** What backtracking patterns and nested loops feed on: keywords, lists, runs of one character. */
const HOSTILE_FRAGMENTS = [
  'resolution ',
  'resolutions ',
  'Security Council resolutions ',
  ' ',
  '    ',
  '\t',
  ',',
  ', ',
  ', and ',
  'and ',
  'of ',
  '61/49',
  '63/',
  ' of 4 December 2006',
  '(XX)',
  'A/RES/63/114',
  '\n',
  '\n\n',
  '\r\n',
  '\f',
  '1. ',
  '12. ',
  '(a) ',
  '(iv) ',
  '*',
  '**',
  '_',
  '¹',
  '²',
  '[1]',
  '// ',
  'Decides ',
  '*Decides* ',
  'Recalling ',
  'Xqzing ',
  'The General Assembly,\n\n',
  '\u202e',
  '\u2066',
  '😀',
  '\ud800',
  '\u0000',
  '$(alert)',
  '[x](command:y)',
  '<b>',
  '&amp;',
  ')',
  '(',
  'e.g.',
  ';',
  '.',
];

/**
 * A run of hostile fragments repeated to `size` characters: one pattern many times, as an attack would
 * type it. Drawn as the recipe, so that a failure reports the fragments and the size, not 2 MB of text.
 */
const hostileRecipe = fc.record({
  fragments: fc.array(fc.constantFrom(...HOSTILE_FRAGMENTS), { minLength: 1, maxLength: 12 }),
  size: fc.integer({ min: 10_000, max: 2_000_000 }),
});
const hostileText = ({ fragments, size }: { fragments: readonly string[]; size: number }): string => {
  const unit = fragments.join('');
  return unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
};

function timed<T>(what: string, run: () => T): T {
  const start = performance.now();
  const result = run();
  const ms = performance.now() - start;
  assert.ok(ms < BOUND_MS, `${what}: ${Math.round(ms)} ms`);
  return result;
}

const URI = 'untitled:fuzz.communique';
const readText = (uri: string): string | undefined => texts.get(uri);

/** Every feature at a few offsets (the start, the end, and random ones) of `text`. */
function driveFeatures(text: string, fractions: readonly number[]): void {
  const doc = timed('parse', () => parseDraft(text));
  // Recognised once per document, untimed here: the recogniser's bound on such text is its own tests'.
  citationsOf(doc);
  const offsets = [0, text.length, ...fractions.map((f) => Math.floor(f * text.length))];
  for (const offset of offsets) {
    const completions = timed(`completion at ${offset}`, () => getCompletions(doc, offset, corpus));
    assert.ok(completions.every((c) => (c.detail ?? '').length <= 400 && c.label.length <= 400));
    const hover = timed(`hover at ${offset}`, () => getHover(doc, URI, offset, corpus, readText, link));
    assert.ok(!hover || hover.markdown.length < 20_000, `hover of ${hover?.markdown.length} characters`);
    const agreed = timed(`agreed language at ${offset}`, () => findAgreedLanguage(doc, URI, offset, corpus, readText));
    assert.ok(!agreed || agreed.matches.every((m) => !/[\n\r]/.test(m.source + m.place)));
  }
  assert.ok(timed('Akoma Ntoso export', () => toAkomaNtoso(doc)).startsWith('<?xml'));
  assert.strictEqual(typeof timed('clean text', () => cleanText(doc)), 'string');
}

describe('features on random and hostile text (fuzz)', () => {
  before(() => console.log(`      features fuzz seed: ${seed} (FUZZ_SEED=${seed} repeats it)`));
  const fractions = fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 3 });

  it('random drafts and random Unicode: no feature throws or takes long', () => {
    const text = fc.oneof(randomDraft, fc.string({ unit: 'binary', maxLength: 400 }));
    fc.assert(fc.property(text, fractions, driveFeatures), { seed, numRuns: 150 });
  });

  it('hostile text up to 2 MB: no feature throws or takes long', () => {
    const property = fc.property(hostileRecipe, fractions, (recipe, at) => driveFeatures(hostileText(recipe), at));
    fc.assert(property, { seed, numRuns: 6, endOnFailure: true });
  }).timeout(300_000);
});
