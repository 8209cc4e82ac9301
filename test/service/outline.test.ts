import * as assert from 'assert';
import { getDocumentSymbols } from '../../server/src/service/features/documentSymbols';
import { editedSpan } from '../../server/src/service/model/earlierParse';
import { DraftDocument, OutlineSymbol } from '../../server/src/service';
import { parseDraft } from '../../server/src/service/model/parser';
import { readSeed } from '../support/seeds';

function find(symbols: readonly OutlineSymbol[], name: string): OutlineSymbol {
  const found = symbols.find((s) => s.name === name);
  assert.ok(found, `no symbol "${name}" among ${symbols.map((s) => s.name).join(', ')}`);
  return found;
}

/** A symbol's first and last line, 0-based, as the editor shows it. */
const linesOf = (doc: DraftDocument, s: OutlineSymbol): [number, number] => [
  doc.lines.positionAt(s.span.start).line,
  doc.lines.positionAt(s.span.end).line,
];

describe('outline of the seeds', () => {
  it('Gaza communiqué: title, 7 preambular and 11 operative paragraphs', () => {
    const doc = parseDraft(readSeed('gaza'));
    const symbols = getDocumentSymbols(doc);
    assert.deepStrictEqual(
      symbols.map((s) => s.kind),
      ['title', 'enactingFormula', 'preamble', 'operativePart'],
    );
    assert.strictEqual(
      symbols[0].name,
      'Final communiqué of General Secretariat of the Organization of the Islamic Conference',
    );
    assert.strictEqual(symbols[0].detail, '(3 JANUARY 2009)');
    assert.deepStrictEqual(
      find(symbols, 'Preamble').children.map((s) => s.name),
      ['Recalling', 'Recognizing', 'Reaffirming', 'Asserting', 'Recalling', 'Commending', 'Having considered'],
    );
    const operative = find(symbols, 'Operative part').children;
    assert.strictEqual(operative.length, 11);
    assert.strictEqual(operative[0].name, '1. Strongly condemns');
    assert.strictEqual(operative[3].name, '4. Expresses dismay');
    assert.strictEqual(operative[10].name, '11. Mandates');
    // Consecutive numbered lines are separate paragraphs, each on its own line.
    assert.deepStrictEqual(
      operative.map((s) => linesOf(doc, s)[0]),
      [22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32],
    );
  });

  it('resolution 63/114: 19 preambular, 16 operative paragraphs and 3 footnotes', () => {
    const doc = parseDraft(readSeed('resolution'));
    const symbols = getDocumentSymbols(doc);
    assert.deepStrictEqual(
      symbols.map((s) => s.kind),
      ['title', 'enactingFormula', 'preamble', 'operativePart', 'closing', 'footnotes', 'footnotes'],
    );
    assert.strictEqual(
      symbols[0].name,
      '63/114. Cooperation between the United Nations and the Organization of the Islamic Conference',
    );
    assert.deepStrictEqual(
      symbols[0].children.map((s) => s.name),
      [
        'Sixty-third session Agenda item 114 (r)',
        'Resolution adopted by the General Assembly',
        '[without reference to a Main Committee (A/63/L.44 and Add.1)]',
      ],
    );
    const preamble = find(symbols, 'Preamble').children;
    assert.strictEqual(preamble.length, 19);
    assert.strictEqual(preamble[1].name, 'Recalling also');
    assert.strictEqual(preamble[10].name, 'Noting further');
    assert.strictEqual(preamble[18].name, 'Noting with appreciation');
    // "Taking note of the results …" is interrupted by footnote ³ and runs on after it.
    const takingNote = preamble[12];
    assert.strictEqual(takingNote.name, 'Taking note');
    assert.deepStrictEqual(linesOf(doc, takingNote), [42, 46]);
    const operative = find(symbols, 'Operative part').children;
    assert.strictEqual(operative.length, 16);
    assert.strictEqual(operative[0].name, '1. Takes note with satisfaction');
    assert.strictEqual(operative[7].name, '8. Also welcomes');
    assert.strictEqual(operative[8].name, '9. Welcomes with appreciation');
    assert.strictEqual(operative[13].name, '14. Expresses its appreciation');
    // Paragraph 14 is split by a page break in the middle of a sentence.
    assert.deepStrictEqual(linesOf(doc, operative[13]), [86, 88]);
    // The footnotes stand at the foot of their pages, among the preamble: one group per run, each spanning its own
    // lines only, so that sticky scroll pins no footnote over the preambular paragraphs.
    const groups = symbols.filter((s) => s.kind === 'footnotes');
    assert.deepStrictEqual(
      groups.map((g) => [g.name, ...linesOf(doc, g)]),
      [
        ['Footnotes 1–2', 24, 26],
        ['Footnotes 3', 44, 44],
      ],
    );
    assert.deepStrictEqual(
      groups.flatMap((g) => g.children).map((s) => `${s.name}: ${s.detail}`),
      [
        'Footnote 1: See A/60/633-S/2005/826, annex III.',
        'Footnote 2: A/63/228-S/2008/531 and Corr.1.',
        'Footnote 3: Ibid., sect. II.L.',
      ],
    );
    assert.strictEqual(find(symbols, '64th plenary meeting 5 December 2008').kind, 'closing');
    assert.strictEqual(doc.operative[0].opening?.italic, true);
    assert.strictEqual(doc.operative[8].opening?.italic, false);
  });

  it('Geneva final document: a capitalised heading wrapped over two lines holds the country sections', () => {
    const symbols = getDocumentSymbols(parseDraft(readSeed('geneva')));
    assert.strictEqual(
      symbols[0].name,
      'Final Document of the General Meeting on Cooperation between the United Nations and the Organization of the Islamic Conference',
    );
    assert.strictEqual(symbols[0].detail, 'Geneva, 8-10 July 2008');
    const peace = find(symbols, 'COOPERATION IN THE MAINTENANCE OF INTERNATIONAL PEACE AND SECURITY');
    const sections = peace.children.map((s) => s.name);
    for (const name of ['Iraq', 'Sudan', 'Afghanistan', 'Somalia', 'Refugees'])
      assert.ok(sections.includes(name), `${name} under the heading`);
    assert.ok(find(symbols, 'GENERAL OBSERVATIONS AND RECOMMENDATIONS'));
    assert.ok(find(symbols, 'Participation'));
  });

  it('mission page: headings and labelled blocks ending in a colon', () => {
    const symbols = getDocumentSymbols(parseDraft(readSeed('mission')));
    assert.strictEqual(symbols[0].name, 'OIC :: Mission');
    const role = find(symbols, 'Role and Achivements of the OIC Mission');
    assert.strictEqual(role.children.length, 5);
    assert.strictEqual(role.children[0].name, 'Activate relationship with the US Government, media and civil society');
    assert.ok(find(symbols, 'The Way Forward'));
  });

  it('marks paragraphs holding bracketed text, with the count for the whole draft', () => {
    const text =
      'The General Assembly,\n\n*Recalling* its resolution [61/49],\n\n1. *Decides* [to act] [promptly];\n\n2. *Requests* a report.';
    const symbols = getDocumentSymbols(parseDraft(`DRAFT RESOLUTION\n\n${text}`));
    assert.strictEqual(symbols[0].detail, '3 bracketed passages to agree');
    const operative = find(symbols, 'Operative part');
    assert.strictEqual(operative.detail, '2 paragraphs, 2 bracketed passages');
    assert.match(operative.children[0].detail, /^\[2 bracketed\] /);
    assert.doesNotMatch(operative.children[1].detail, /bracketed/);
    assert.strictEqual(find(symbols, 'Preamble').children[0].detail, '[1 bracketed] its resolution [61/49],');
  });

  it('every symbol lies inside its parent and selection inside range, on every seed', () => {
    for (const seed of ['gaza', 'geneva', 'resolution', 'mission'] as const) {
      const check = (s: OutlineSymbol, parent?: OutlineSymbol): void => {
        assert.ok(contains(s.span, s.selectionSpan), `${seed}: selection of ${s.name} outside its range`);
        if (parent) assert.ok(contains(parent.span, s.span), `${seed}: ${s.name} outside ${parent.name}`);
        s.children.forEach((c) => check(c, s));
      };
      getDocumentSymbols(parseDraft(readSeed(seed))).forEach((s) => check(s));
    }
  });
});

export function contains(outer: OutlineSymbol['span'], inner: OutlineSymbol['span']): boolean {
  return outer.start <= inner.start && inner.start <= inner.end && inner.end <= outer.end;
}

describe('outline while a paragraph is being typed', () => {
  const names = (symbols: readonly OutlineSymbol[]): string[] =>
    symbols.map((s) => `${s.name}${s.children.length ? ` [${names(s.children).join(', ')}]` : ''}`);
  const typed = (before: string, after: string): string[] =>
    names(getDocumentSymbols(parseDraft(after), editedSpan(before, after)));
  const draft = 'The General Assembly,\n\nRecalling X,\n\n1. *Decides* to act;\n\n2. *Requests* a report.\n';

  it('keeps the parts as they were while a half-typed word could read as a heading', () => {
    const preamble = draft.replace('Recalling X,\n\n', 'Recalling X,\n\nWelc\n\n');
    assert.deepStrictEqual(names(getDocumentSymbols(parseDraft(preamble))), [
      'The General Assembly,',
      'Preamble [Recalling]',
      'Welc [Operative part [1. Decides, 2. Requests]]',
    ]);
    assert.deepStrictEqual(typed(draft, preamble), [
      'The General Assembly,',
      'Preamble [Recalling]',
      'Operative part [1. Decides, 2. Requests]',
    ]);
    const operative = draft.replace('act;\n\n', 'act;\n\nReq\n\n');
    assert.deepStrictEqual(typed(draft, operative), [
      'The General Assembly,',
      'Preamble [Recalling]',
      'Operative part [1. Decides, 2. Requests]',
    ]);
  });

  it('shows the paragraph once its text says what it is, and a heading typed elsewhere as a heading', () => {
    const half = draft.replace('Recalling X,\n\n', 'Recalling X,\n\nWelc\n\n');
    const whole = draft.replace('Recalling X,\n\n', 'Recalling X,\n\nWelcoming the report,\n\n');
    assert.deepStrictEqual(typed(half, whole), [
      'The General Assembly,',
      'Preamble [Recalling, Welcoming]',
      'Operative part [1. Decides, 2. Requests]',
    ]);
    // Once the drafter edits another paragraph, a short line left standing is a heading again.
    const elsewhere = half.replace('a report', 'the report');
    assert.deepStrictEqual(typed(half, elsewhere).slice(2), ['Welc [Operative part [1. Decides, 2. Requests]]']);
  });

  it('finds the edited span by common prefix and suffix', () => {
    assert.deepStrictEqual(editedSpan('abcdef', 'abXYdef'), { start: 2, end: 4 });
    assert.deepStrictEqual(editedSpan('abcdef', 'abef'), { start: 2, end: 2 });
    assert.deepStrictEqual(editedSpan('aaa', 'aaaa'), { start: 3, end: 4 });
  });
});
