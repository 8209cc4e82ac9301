import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { compareDrafts } from '../../server/src/service/features/compare';
import { parseDraft } from '../../server/src/service/model/parser';
import { rolloverDraft } from '../../server/src/service/features/rollover';
import { readSeed, repoRoot } from '../support/seeds';

/** Every word changed from `before` to `after`, as [old, new], paragraph by paragraph. */
function changedWords(before: string, after: string): [string, string][] {
  const base = parseDraft(before);
  const draft = parseDraft(after);
  return compareDrafts(base, draft)
    .parts.flatMap((p) => p.paragraphs)
    .flatMap((p) =>
      p.edits.map(
        (e) =>
          [base.text.slice(e.base.start, e.base.end), draft.text.slice(e.draft.start, e.draft.end)] as [string, string],
      ),
    );
}

describe("rollover: next session's draft", () => {
  const seed = readSeed('resolution');
  const result = rolloverDraft(parseDraft(seed));

  it('recalls the resolution last in the list of recalled resolutions, with its adoption date', () => {
    assert.match(
      result.text,
      /, 59\/8 of 22 October 2004, 61\/49 of 4 December 2006 and 63\/114 of 5 December 2008,\n/,
    );
  });

  it('moves the session line and the sessions to come on, and clears the adoption lines and the number', () => {
    assert.match(result.text, /^Sixty-fourth session Agenda item 114 \(\*r\*\)$/m);
    assert.match(result.text, /at its sixty-sixth session on the state of cooperation/);
    assert.match(result.text, /provisional agenda of its sixty-sixth session the sub-item/);
    // Other sessions are other bodies' or past ones: they stay.
    assert.match(result.text, /the third extraordinary session of the Islamic Summit Conference/);
    assert.match(result.text, /the eleventh session of the Islamic Summit Conference/);
    for (const gone of [
      'Resolution adopted by the General Assembly',
      '[without reference to a Main Committee',
      '64th plenary meeting',
      '63/114. Cooperation',
    ]) {
      assert.ok(!result.text.includes(gone), gone);
    }
    assert.match(
      result.text,
      /^Cooperation between the United Nations and the Organization of the Islamic Conference$/m,
    );
    assert.ok(result.text.endsWith('Islamic Conference".\n'));
  });

  it('keeps every other word as it is', () => {
    assert.deepStrictEqual(changedWords(seed, result.text), [
      ['Sixty-third', 'Sixty-fourth'],
      ['63/114.', ''],
      ['and', ','],
      ['', 'and 63/114 of 5 December 2008'],
      ['sixty-fifth', 'sixty-sixth'],
      ['sixty-fifth', 'sixty-sixth'],
    ]);
  });

  it('says what it changed, one line each', () => {
    assert.deepStrictEqual(result.changes, [
      'Line 15: added "63/114 of 5 December 2008" to the resolutions recalled, after "61/49 of 4 December 2006".',
      'Session line: "Sixty-third session" → "Sixty-fourth session".',
      'Kept "Agenda item 114 (*r*)": check the item\'s number in the provisional agenda of the next session.',
      'Line 91: "sixty-fifth session" → "sixty-sixth session".',
      'Line 93: "sixty-fifth session" → "sixty-sixth session".',
      'Removed the adoption line "Resolution adopted by the General Assembly".',
      'Removed the adoption line "[without reference to a Main Committee (A/63/L.44 and Add.1)]".',
      'Removed the adoption line "64th plenary meeting 5 December 2008".',
      'Removed the resolution number "63/114." from the title.',
    ]);
  });

  it('turns "including resolution 78/193" into a list, and "eightieth session" into "eighty-first"', () => {
    const text = fs.readFileSync(path.join(repoRoot, 'test', 'fixtures', 'compare', 'A_RES_79_164.resolution'), 'utf8');
    const next = rolloverDraft(parseDraft(text)).text;
    assert.match(next, /including resolutions 78\/193 of 19 December 2023 and 79\/164 of 17 December 2024,/);
    assert.match(next, /^Eightieth session$/m);
    assert.match(next, /at its eighty-first session under the item/);
  });

  it('puts the resolution in its chronological place inside a list, and recalls it anew where nothing is recalled', () => {
    const middle = rolloverDraft(
      parseDraft(
        '63/114. Title\n\nThe General Assembly,\n\n*Recalling* its resolutions 61/49 of 4 December 2006 and 65/140 of 16 December 2010,\n\n1. *Decides* to act.\n\n64th plenary meeting 5 December 2008\n',
      ),
    );
    assert.match(
      middle.text,
      /its resolutions 61\/49 of 4 December 2006, 63\/114 of 5 December 2008 and 65\/140 of 16 December 2010,/,
    );
    const none = rolloverDraft(
      parseDraft(
        '63/114. Title\n\nThe General Assembly,\n\n*Noting* the report,\n\n1. *Decides* to act.\n\n64th plenary meeting 5 December 2008\n',
      ),
    );
    assert.match(
      none.text,
      /The General Assembly,\n\n\*Recalling\* its resolution 63\/114 of 5 December 2008,\n\n\*Noting\* the report,/,
    );
  });

  it('changes nothing without a session to move on from', () => {
    const text = readSeed('gaza');
    const result = rolloverDraft(parseDraft(text));
    assert.strictEqual(result.text, text);
    assert.match(result.changes[0], /No session found/);
  });
});
