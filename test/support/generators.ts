/** Drafts for property tests: random ones made of the pieces drafts are made of, and mutated seeds. */
import fc from 'fast-check';
import { readSeed, SEEDS, SeedName } from './seeds';

const seedTexts = (Object.keys(SEEDS) as SeedName[]).map(readSeed);

/** Pieces drafts are made of, so random text hits the parser's interesting paths. */
export const fragment = fc.oneof(
  fc.constantFrom(
    '\n',
    '\n\n',
    '\r\n',
    '\r',
    '\f',
    '\ufeff',
    '\u00a0',
    '\t',
    ' ',
    '*',
    '[',
    ']',
    '(a) ',
    '(i) ',
    'a. ',
    '1. ',
    '5 bis. ',
    '12) ',
    '¹',
    '² ',
    '[1] ',
    'The General Assembly,',
    'Recalling also ',
    '*Also welcomes* ',
    'RESOLUTION ',
    'Heading\n',
    ':',
    ';',
    ',',
    '.',
    '63/114. ',
    'مرحبا ',
    'résolution ',
    '\u0000',
    '\ud800',
  ),
  fc.string({ maxLength: 20 }),
);
/** Random drafts made of those pieces. */
export const randomDraft = fc.array(fragment, { maxLength: 80 }).map((parts) => parts.join(''));

/** A seed with a few slices cut out, duplicated or moved. */
export const mutatedSeed = fc
  .tuple(
    fc.integer({ min: 0, max: seedTexts.length - 1 }),
    fc.array(fc.tuple(fc.nat(), fc.nat({ max: 400 }), fc.nat()), { maxLength: 6 }),
  )
  .map(([which, cuts]) => {
    let text = seedTexts[which];
    for (const [at, length, to] of cuts) {
      const start = at % (text.length + 1);
      const slice = text.slice(start, start + length);
      const rest = text.slice(0, start) + text.slice(start + length);
      const target = to % (rest.length + 1);
      text = to % 3 === 0 ? rest : rest.slice(0, target) + slice + (to % 3 === 1 ? slice : '') + rest.slice(target);
    }
    return text;
  });
