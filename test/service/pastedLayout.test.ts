import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { DEFAULT_CHECK_OPTIONS, getDiagnostics } from '../../server/src/service/features/diagnostics';
import { paragraphText } from '../../server/src/service/model/document';
import { parseDraft } from '../../server/src/service/model/parser';
import { readAkn } from '../../server/src/workspace/readers/aknDocument';
import { CLEAN_STYLE, writeDocument } from '../../server/src/workspace/readers/aknText';

/** A resolution pasted with no blank lines: one paragraph, heading or title line a line. */
const PASTED = (lines: readonly string[]): string =>
  ['A/RES/99/1', '99/1. Financing of the Mission', 'The General Assembly,', ...lines].join('\n') + '\n';

/** The same with a blank line between blocks. */
const RESOLUTION_BLOCKS = (lines: readonly string[]): string =>
  ['A/RES/99/1', '99/1. Financing of the Mission', 'The General Assembly,', ...lines].join('\n\n') + '\n';

const LETTERED = path.resolve(__dirname, '..', '..', '..', 'test', 'fixtures', 'unxml-lettered');

/** Each paragraph after the title block as "kind: first words". */
function reading(text: string): string[] {
  const doc = parseDraft(text);
  return doc.paragraphs
    .filter((p) => !doc.header.includes(p))
    .map((p) => `${p.kind}: ${paragraphText(doc, p).replace(/\s+/g, ' ').slice(0, 40)}`);
}

/** The codes of the errors and warnings the checks raise on the text. */
function alarms(text: string): string[] {
  return getDiagnostics(parseDraft(text), DEFAULT_CHECK_OPTIONS)
    .filter((d) => d.severity === 'error' || d.severity === 'warning')
    .map((d) => d.code);
}

const LONG_PREAMBLE =
  'Recalling its resolution 78/1 of 1 December 2023 on the financing of the Mission, and its subsequent ' +
  'resolutions on the matter,';

describe('texts pasted with no blank lines (the UN development set, on made-up texts)', () => {
  it('after the closing and its date, the annex and its numbered items are no operative paragraphs', () => {
    for (const annex of [['Annex I', 'Provisional agenda'], ['Terms of reference of the trust fund']]) {
      const text = PASTED([
        'Recalling its resolution 98/1,',
        '1. Decides to convene the Conference;',
        '2. Also decides to remain seized of the matter.',
        '48th plenary meeting',
        '21 December 2099',
        ...annex,
        '1. Opening of the Conference.',
        '2. Election of the two Presidents.',
      ]);
      const doc = parseDraft(text);
      assert.deepStrictEqual(
        doc.operative.map((p) => p.number?.value),
        [1, 2],
      );
      assert.strictEqual(doc.closing && paragraphText(doc, doc.closing), '48th plenary meeting\n21 December 2099');
      assert.deepStrictEqual(alarms(text), []);
    }
  });

  it('"Annex A" after the last paragraph opens the annex: its letter is no article that runs on', () => {
    const text = PASTED([
      'Acting under Chapter VII of the Charter of the United Nations,',
      '1. Decides to remain seized of the matter.',
      'Annex A',
      'Items subject to the Committee’s advance approval',
      '1. Surface to air missiles;',
      '2. Weapons with a calibre greater than 12.7 mm;',
    ]);
    assert.deepStrictEqual(reading(text).slice(3), [
      'heading: Annex A',
      'heading: Items subject to the Committee’s advance',
      'narrative: 1. Surface to air missiles;',
      'narrative: 2. Weapons with a calibre greater than 1',
    ]);
  });

  it('an ornament ("* * *") and the bracketed or labelled heading after it stand apart from the paragraphs', () => {
    const text = PASTED([
      'Acting under Chapter VII of the Charter of the United Nations,',
      '*',
      'Part 1: Degrading the armed groups',
      '1. Reiterates its concern;',
      '2. Decides to act;',
      '* * *',
      '3. Requests a report.',
    ]);
    assert.deepStrictEqual(
      parseDraft(text).operative.map((p) => p.number?.value),
      [1, 2, 3],
    );
    assert.deepStrictEqual(alarms(text), []);
    const bracketed = PASTED([
      'Acting under Chapter VII of the Charter of the United Nations,',
      '(“Supporting the political process”)',
      '1. Welcomes the progress made;',
      'A',
      '2. Decides to act.',
    ]);
    assert.deepStrictEqual(alarms(bracketed), []);
  });

  it('a budget\'s "Section 2" and its long title, and "Reports:", are headings between numbered paragraphs', () => {
    const text = PASTED([
      'Recalling its resolution 98/1,',
      '1. Takes note of the report;',
      'Part I',
      'Overall policymaking, direction and coordination',
      'Section 1',
      'Overall policymaking, direction and coordination',
      '2. Takes note of paragraph I.15 of the report;',
      'Section 2',
      'General Assembly and Economic and Social Council affairs and conference management',
      '3. Decides to establish one post of Interpreter (P-3);',
      'Reports:',
      '4. Requests the Secretary-General to report on the matter.',
    ]);
    const doc = parseDraft(text);
    assert.deepStrictEqual(
      doc.paragraphs.filter((p) => p.kind === 'heading').map((p) => paragraphText(doc, p)),
      [
        'Part I',
        'Overall policymaking, direction and coordination',
        'Section 1',
        'Overall policymaking, direction and coordination',
        'Section 2',
        'General Assembly and Economic and Social Council affairs and conference management',
        'Reports:',
      ],
    );
    assert.deepStrictEqual(alarms(text), []);
  });

  it("a section's long title, or its label and title, before its own preamble opens the section", () => {
    const text = PASTED([
      'Recalling its resolution 98/1,',
      '1. Takes note of the report;',
      '2. Authorizes the Secretary-General to enter into commitments;',
      'Request for a subvention to the Residual Special Court for Sierra Leone',
      'Recalling its resolution 58/284 of 8 April 2004,',
      '1. Takes note of the report of the Secretary-General;',
      'II Conditions of service of staff in the Professional and higher categories',
      'A. Base/floor salary scale',
      LONG_PREAMBLE,
      '1. Approves the revised unified base/floor salary scale.',
    ]);
    assert.deepStrictEqual(
      reading(text).filter((r) => r.startsWith('heading') || r.startsWith('preambular')),
      [
        'preambular: Recalling its resolution 98/1,',
        'heading: Request for a subvention to the Residual',
        'preambular: Recalling its resolution 58/284 of 8 Apr',
        'heading: II Conditions of service of staff in the',
        'heading: A. Base/floor salary scale',
        'preambular: Recalling its resolution 78/1 of 1 Decem',
      ],
    );
    assert.deepStrictEqual(alarms(text), []);
  });

  it('"The General Assembly", "Adopts the following declaration:", its title: paragraph 1 is its own', () => {
    const text = ['A/RES/99/1', '99/1. Political declaration', 'The General Assembly'].concat([
      'Adopts the following political declaration:',
      'Political declaration of the high-level meeting to review progress made in addressing the priorities of States',
      'Preamble',
      '1. We, Heads of State and Government, gathered at United Nations Headquarters on 27 September 2099, reaffirm;',
      '2. We recognize the progress made.',
    ]);
    assert.deepStrictEqual(reading(text.join('\n') + '\n'), [
      'enactingFormula: The General Assembly',
      'operative: Adopts the following political declarati',
      'heading: Political declaration of the high-level ',
      'operative: 1. We, Heads of State and Government, ga',
      'operative: 2. We recognize the progress made.',
    ]);
  });

  it('a paragraph on one long line ends at its end: an unnumbered paragraph after it opens on any verb', () => {
    const text = PASTED([
      LONG_PREAMBLE,
      'Appoints Ms. Jane Doe as Prosecutor of the Tribunal with effect from 15 September 2099 for a four-year term.',
    ]);
    assert.deepStrictEqual(reading(text), [
      'enactingFormula: The General Assembly,',
      'preambular: Recalling its resolution 78/1 of 1 Decem',
      'operative: Appoints Ms. Jane Doe as Prosecutor of t',
    ]);
    // Its dashed items and a list it opens with a colon stay within it.
    const items = PASTED([
      `${LONG_PREAMBLE.replace(/,$/, '')} and decides as follows, which the parties have agreed in full;`,
      '– All States shall take the necessary measures;',
    ]);
    assert.strictEqual(reading(items).length, 2, reading(items).join('\n'));
  });
});

describe('texts out of a PDF, with plain-digit references (the UN development set, on made-up texts)', () => {
  const PRINT = (lines: readonly string[], notes: readonly string[]): string =>
    PASTED(lines).replace(/\n$/, '') + '\n\n__________________\n\n' + notes.join('\n\n') + '\n';

  it('a note whose digits are glued to a number or an acronym is not said to be unreferenced', () => {
    const notes = ['1  Resolution 70/1.', '2  Report of the Conference.', '3  Resolution 71/256, annex.'];
    const glued = PRINT(
      ['Recalling the 2030 Agenda,1 Agenda 212 and the New Urban Agenda,3', '1. Decides to act.'],
      notes,
    );
    assert.deepStrictEqual(alarms(glued), []);
    // With no such digits, the note is unreferenced; superscripts say where every reference is.
    const missing = PRINT(
      ['Recalling the 2030 Agenda,1 Agenda 21 and the New Urban Agenda,3', '1. Decides to act.'],
      notes,
    );
    assert.deepStrictEqual(alarms(missing), ['footnote-unreferenced']);
    const superscripts = PASTED(['Recalling the 2030 Agenda,¹ Agenda 21² and the Urban Agenda,³', '1. Decides to act.'])
      .concat('¹ Resolution 70/1.\n² Report of the Conference.\n³ Resolution 71/256, annex.\n')
      .replace('Agenda 21²', 'Agenda 212');
    assert.deepStrictEqual(alarms(superscripts), ['footnote-unreferenced']);
  });

  it("a budget table's row wrapped over two lines is no footnote", () => {
    const table = [
      '1. Appropriates for the biennium the amount of 3,000 dollars as follows:',
      'Section  Amount\n9  Economic and social affairs  162 317 700\n' +
        '10  Least developed countries, landlocked developing countries and small island\n' +
        'developing States  10 908 200\n11  Environment  40 529 400',
      '2. Decides to act.',
    ];
    const doc = parseDraft(RESOLUTION_BLOCKS(table));
    assert.deepStrictEqual(doc.footnotes, []);
    assert.deepStrictEqual(alarms(RESOLUTION_BLOCKS(table)), []);
    // A negative amount in brackets ends a row too: "3. Services to the public  (180 400)" is no paragraph 3.
    const income = RESOLUTION_BLOCKS([
      '1. Estimates of income are approved as follows:\nIncome section  Amount\n1. Staff assessment  283 437 900\n' +
        '2. General income  19 265 100\n3. Services to the public  (180 400)\nTotal  302 522 600',
      '2. The income from staff assessment shall be credited to the Tax Equalization Fund;',
      '3. Decides to act.',
    ]);
    assert.deepStrictEqual(
      parseDraft(income).operative.map((p) => p.number?.value),
      [1, 2, 3],
    );
  });

  it('a note the markup set one letter into the next word is read after the word before it', () => {
    const file = path.join(LETTERED, 'GAresolutions/77session/English/A_RES_77_256 A-B-2300172E.xml');
    const slipped = fs
      .readFileSync(file, 'utf8')
      .replace(/Commission(<authorialNote marker="2"[\s\S]*?<\/authorialNote>) t(o read)/, 'Commission t$1$2');
    const text = writeDocument(readAkn(slipped), CLEAN_STYLE, false, true).writer.text;
    assert.ok(text.includes('Service Commission² to read as follows'), text.slice(0, 3000));
  });
});
