import * as assert from 'assert';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DraftCache } from '../../server/src/protocol/draftCache';

describe('the parse cache', () => {
  it('parses a version once, and parses again a new text sent under the same version number', () => {
    const drafts = new DraftCache();
    const first = TextDocument.create(
      'untitled:r9',
      'communique',
      1,
      'The General Assembly,\n\n3. Decides to act;\n\n4. Urges all States.\n',
    );
    const parsed = drafts.get(first);
    assert.strictEqual(drafts.get(first), parsed, 'the same version and text: the same parse');
    const repeated = TextDocument.update(
      first,
      [{ text: 'The General Assembly,\n\nRecalling that 3 of 4 States agree,\n\nAlso recalling 2007,\n' }],
      1,
    );
    const reparsed = drafts.get(repeated);
    assert.notStrictEqual(reparsed, parsed);
    assert.strictEqual(reparsed.text, repeated.getText());
    assert.deepStrictEqual(
      reparsed.paragraphs.map((p) => p.kind),
      ['enactingFormula', 'preambular', 'preambular'],
    );
  });
});
