import * as assert from 'assert';
import { CorpusIndex, getCompletions, parseDraft } from '../../server/src/service';
import { readSeed, SEEDS, SeedName } from '../support/seeds';

const corpus = new CorpusIndex();
for (const name of Object.keys(SEEDS) as SeedName[]) corpus.set(`file:///seeds/${SEEDS[name]}`, readSeed(name));

/** Completions at the `|` in the draft, as "label → inserted text", best first. */
function complete(draftWithCursor: string): string[] {
  const offset = draftWithCursor.indexOf('|');
  const doc = parseDraft(draftWithCursor.replace('|', ''));
  return getCompletions(doc, offset, corpus).sort((a, b) => a.rank - b.rank || a.label.localeCompare(b.label)).map((c) => `${c.label} → ${c.insertText}`);
}

describe('completion', () => {
  it('after "resolution 61/" offers 61/49 with its date from the corpus', () => {
    const found = complete('The General Assembly,\n\nRecalling its resolution 61/|');
    assert.deepStrictEqual(found, ['61/49 → 61/49 of 4 December 2006']);
  });

  it('after "Security Council resolutions" offers the Council\'s resolutions', () => {
    const found = complete('The General Assembly,\n\nRecalling Security Council resolutions 13|');
    assert.deepStrictEqual(found, ['1397 → 1397']);
  });

  it('at the start of a preambular paragraph offers phrases, "Recalling also" first when the draft recalls', () => {
    const found = complete('The General Assembly,\n\nRecalling its resolution 61/49,\n\nRec|');
    assert.strictEqual(found[0], 'Recalling also → Recalling also ');
    assert.ok(found.includes('Recognizing → Recognizing '));
    assert.ok(found.every((f) => f.startsWith('Rec')));
  });

  it('at the start of an operative paragraph offers the next number and verbs, in italics when the draft italicises', () => {
    const found = complete('The General Assembly,\n\n*Recalling* its resolution,\n\n1. *Welcomes* the report;\n\n2. *Requests* a report;\n\n*We|');
    assert.deepStrictEqual(found, ['3. Welcomes → 3. *Welcomes* ', '3. Welcomes with appreciation → 3. *Welcomes with appreciation* ']);
    const all = complete('The General Assembly,\n\n*Recalling* its resolution,\n\n1. *Welcomes* the report;\n\n2. *Requests* a report;\n\n|');
    assert.strictEqual(all[0], '3. Also requests → 3. *Also requests* ');
    assert.ok(all.includes('3. Also welcomes → 3. *Also welcomes* '));
    assert.ok(all.includes('3. Decides → 3. *Decides* '));
  });

  it('offers the next sub-paragraph marker', () => {
    assert.deepStrictEqual(complete('The General Assembly,\n\n1. *Decides*:\n(a) to act;\n(b) to report;\n(|'), ['(c) → (c) ', '(i) → (i) ']);
  });
});
