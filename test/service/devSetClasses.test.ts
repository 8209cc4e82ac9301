import * as assert from 'assert';
import { paragraphText } from '../../server/src/service/model/document';
import { parseDraft } from '../../server/src/service/model/parser';

/** A Council resolution, its blocks a blank line apart. */
const COUNCIL = (lines: readonly string[]): string =>
  ['S/RES/9999 (2005)', 'Resolution 9999 (2005)', 'The Security Council,', ...lines].join('\n\n') + '\n';

/** Each paragraph after the title block and the enacting formula as "kind: first words". */
function reading(text: string): string[] {
  const doc = parseDraft(text);
  return doc.paragraphs
    .filter((p) => !doc.header.includes(p) && p.kind !== 'enactingFormula')
    .map((p) => `${p.kind}: ${paragraphText(doc, p).replace(/\s+/g, ' ').slice(0, 30)}`);
}

describe('classes of the English development set', () => {
  it('"Decides …," before "Decides to remain seized" is operative, not preambular', () => {
    assert.deepStrictEqual(
      reading(
        COUNCIL([
          'Reaffirming its readiness to support the peace process,',
          'Decides to extend the mandate of the Mission until 17 March 2005,',
          'Decides to remain actively seized of the matter.',
        ]),
      ),
      [
        'preambular: Reaffirming its readiness to s',
        'operative: Decides to extend the mandate ',
        'operative: Decides to remain actively sei',
      ],
    );
  });

  it('"Recalls that …," before "1." stays preambular', () => {
    assert.deepStrictEqual(
      reading(
        COUNCIL([
          'Noting the report of the Secretary-General,',
          'Recalls that the deployment of the Force is a step toward a just and durable peace,',
          '1. Calls upon the parties concerned to implement its resolution 338 (1973);',
        ]),
      ),
      [
        'preambular: Noting the report of the Secre',
        'preambular: Recalls that the deployment of',
        'operative: 1. Calls upon the parties conc',
      ],
    );
  });

  it('"Decides:" over its items is an operative paragraph with sub-paragraphs, not a heading', () => {
    const text = COUNCIL([
      'Welcoming the efforts of the Force,',
      'Decides:\n(a) To call upon the parties concerned to implement its resolution 338 (1973);\n' +
        '(b) To renew the mandate of the Force for another period of six months.',
    ]);
    assert.deepStrictEqual(reading(text), [
      'preambular: Welcoming the efforts of the F',
      'operative: Decides: (a) To call upon the ',
    ]);
    const decides = parseDraft(text).paragraphs.find((p) => p.kind === 'operative');
    assert.deepStrictEqual(
      decides?.subparagraphs.map((s) => s.label),
      ['a', 'b'],
    );
  });

  it('"To carry out … the following tasks:" over "(i)" is operative; a title over "(iii)" is not', () => {
    assert.deepStrictEqual(
      reading(
        COUNCIL([
          'Welcoming the Agreement,',
          '1. Decides that the mandate of the Mission shall be as follows:\n(a) Protection of civilians:\n' +
            '(i) To protect civilians under threat;\n(ii) To deter violence;\n(b) Supporting the Agreement:',
          'To carry out, within its capabilities, the following tasks in support of the Agreement:\n' +
            '(i) To support the planning of transitional security arrangements;\n(ii) To support the Committee;',
          'Rule of law:\n(iii) To support the national authorities;',
          '2. Decides to remain seized of the matter.',
        ]),
      ),
      [
        'preambular: Welcoming the Agreement,',
        'operative: 1. Decides that the mandate of',
        'operative: To carry out, within its capab',
        'heading: Rule of law:',
        'narrative: (iii) To support the national ',
        'operative: 2. Decides to remain seized of',
      ],
    );
  });
});
