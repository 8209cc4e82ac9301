import * as assert from 'assert';
import fc from 'fast-check';
import * as fs from 'fs';
import { manifestPath, manifestText, readmePath, readmeText } from '../../scripts/checks';
import { applyEdits, renumberEdits } from '../../server/src/service/features/renumber';
import { CHECK_CODES } from '../../server/src/service/checks/diagnostic';
import { CHECKS } from '../../server/src/service/features/checkTable';
import { getDiagnostics } from '../../server/src/service/features/diagnostics';
import { parseDraft } from '../../server/src/service/model/parser';
import { mutatedSeed, randomDraft } from '../support/generators';

describe('the table of checks', () => {
  it('is what the README table and the communique.checks schema in package.json say (run npm run checks)', () => {
    assert.strictEqual(fs.readFileSync(manifestPath, 'utf8'), manifestText());
    assert.strictEqual(fs.readFileSync(readmePath, 'utf8'), readmeText());
  });

  it('has every check code, and nothing else', () => {
    assert.deepStrictEqual(Object.keys(CHECKS).sort(), Object.values(CHECK_CODES).sort());
  });

  it('gives a local fix only where the table lists one (property)', () => {
    fc.assert(
      fc.property(fc.oneof(randomDraft, mutatedSeed), (text) => {
        for (const d of getDiagnostics(parseDraft(text))) {
          if (d.fix) assert.ok(CHECKS[d.code].fixes.includes('local'), `${d.code} has a local fix`);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('names renumbering for the numbering findings renumbering repairs', () => {
    const draft = 'The General Assembly,\n\n2. Decides to act;\n\n2. Requests a report;\n\n5. Urges all States.\n';
    const before = getDiagnostics(parseDraft(draft)).map((d) => d.code);
    assert.ok(before.length > 0 && before.every((code) => CHECKS[code].fixes.includes('renumber')), before.join());
    assert.deepStrictEqual(
      getDiagnostics(parseDraft(applyEdits(parseDraft(draft), renumberEdits(parseDraft(draft))))),
      [],
    );
  });
});
