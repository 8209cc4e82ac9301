import * as assert from 'assert';
import { getDocumentSymbols } from '../../server/src/service/features/documentSymbols';
import { getFoldingRanges } from '../../server/src/service/features/folding';
import { paragraphText } from '../../server/src/service/model/document';
import { parseDraft } from '../../server/src/service/model/parser';

const draft = (lines: string[]): string => lines.join('\n');

describe('parser on made-up drafts', () => {
  it('reads a Security Council resolution with own-line sub-paragraphs nested by degree', () => {
    const doc = parseDraft(
      draft([
        'The Security Council,',
        '',
        '*Recalling* its resolutions 242 (1967) and 338 (1973),',
        '',
        '*Deeply concerned* by the situation,',
        '',
        '1. *Decides*:',
        '(a) To establish a mission;',
        '(i) With a mandate of six months;',
        '(ii) Under the authority of the Secretary-General;',
        '(b) To review the mandate;',
        '',
        '2. Decides to remain seized of the matter.',
      ]),
    );
    assert.strictEqual(doc.enactingFormula && paragraphText(doc, doc.enactingFormula), 'The Security Council,');
    assert.deepStrictEqual(
      doc.preambular.map((p) => p.opening?.phrase),
      ['Recalling', 'Deeply concerned'],
    );
    assert.deepStrictEqual(
      doc.operative.map((p) => p.number?.value),
      [1, 2],
    );
    assert.strictEqual(doc.operative[1].opening?.phrase, 'Decides to remain seized of the matter');
    const subs = doc.operative[0].subparagraphs;
    assert.deepStrictEqual(
      subs.map((s) => s.label),
      ['a', 'b'],
    );
    assert.deepStrictEqual(
      subs[0].children.map((s) => [s.label, s.degree]),
      [
        ['i', 2],
        ['ii', 2],
      ],
    );
    const operative = getDocumentSymbols(doc).find((s) => s.kind === 'operativePart')!;
    assert.deepStrictEqual(
      operative.children[0].children.map((s) => s.name),
      ['(a)', '(b)'],
    );
    assert.deepStrictEqual(
      operative.children[0].children[0].children.map((s) => s.name),
      ['(i)', '(ii)'],
    );
  });

  it('finds inline sub-paragraphs and reads (i) after (h) as a letter', () => {
    const letters = 'abcdefghij'
      .split('')
      .map((l) => `(${l}) item ${l};`)
      .join(' ');
    const doc = parseDraft(`The General Assembly,\n\n1. *Decides* to: ${letters}`);
    const subs = doc.operative[0].subparagraphs;
    assert.deepStrictEqual(
      subs.map((s) => `${s.label}:${s.degree}:${s.ordinal}`),
      'abcdefghij'.split('').map((l, i) => `${l}:1:${i + 1}`),
    );
    assert.ok(subs.every((s) => s.inline));
  });

  it('keeps alternative paragraphs "5 bis" with their suffix', () => {
    const doc = parseDraft('The General Assembly,\n\n5. *Decides* one thing;\n\n5 bis. *Decides* another;\n');
    assert.deepStrictEqual(
      doc.operative.map((p) => [p.number?.value, p.number?.suffix]),
      [
        [5, undefined],
        [5, 'bis'],
      ],
    );
    assert.strictEqual(getDocumentSymbols(doc)[1].children[1].name, '5 bis. Decides');
  });

  it('leaves drafter\'s notes ("// …" lines) out of the structure', () => {
    const doc = parseDraft(
      'The General Assembly,\n\n1. *Decides* one thing;\n// Agreed language: resolution 63/114, operative paragraph 4\n2. *Decides* another;\n  // a note on its own\n\n3. *Requests* a report.\n',
    );
    assert.deepStrictEqual(
      doc.operative.map((p) => [p.number?.value, doc.text.slice(p.span.start, p.span.end)]),
      [
        [1, '1. *Decides* one thing;'],
        [2, '2. *Decides* another;'],
        [3, '3. *Requests* a report.'],
      ],
    );
    assert.ok(doc.paragraphs.every((p) => !doc.text.slice(p.span.start, p.span.end).includes('//')));
  });

  it('reads marker style "1)" and unnumbered operative paragraphs of a communiqué', () => {
    const doc = parseDraft(
      'The Conference,\n\nRecalling its decisions;\n\nCondemns the attack.\n\nUrges all parties to refrain.\n\n3) Decides to meet again.',
    );
    assert.deepStrictEqual(
      doc.operative.map((p) => p.opening?.phrase),
      ['Condemns', 'Urges', 'Decides'],
    );
    assert.strictEqual(doc.operative[2].number?.marker, ')');
  });

  it('joins a paragraph continued over a page break and a footnote, and reads footnote markers', () => {
    const doc = parseDraft(
      draft([
        'The General Assembly,',
        '',
        'Noting the report of the Secretary-General,¹ and the adoption of the',
        '',
        '¹ A/63/228.',
        '',
        '',
        '',
        'programme of work,',
        '',
        'Welcoming the results,',
      ]),
    );
    assert.strictEqual(doc.preambular.length, 2);
    assert.strictEqual(doc.preambular[0].pieces.length, 2);
    assert.deepStrictEqual(
      doc.preambular[0].footnoteMarkers.map((m) => m.number),
      [1],
    );
    assert.deepStrictEqual(
      doc.footnotes.map((f) => f.footnoteNumber),
      [1],
    );
  });

  it('treats CRLF, lone CR, a BOM, tabs and non-breaking spaces like plain text', () => {
    const variants = [
      'The General Assembly,\r\n\r\nRecalling its resolution 61/49,\r\n\r\n1.\u00a0*Decides* to act;\r\n2. *Requests* a report.',
      'The General Assembly,\r\rRecalling its resolution 61/49,\r\r1. *Decides* to act;\r2. *Requests* a report.',
      '\ufeffThe General Assembly,\n\n\tRecalling its resolution 61/49,\n\n1. *Decides* to act;\n2.\t*Requests* a report.',
    ];
    for (const text of variants) {
      const doc = parseDraft(text);
      assert.strictEqual(doc.preambular.length, 1, JSON.stringify(text));
      assert.deepStrictEqual(
        doc.operative.map((p) => p.opening?.phrase),
        ['Decides', 'Requests'],
        JSON.stringify(text),
      );
    }
  });

  it('reads Arabic and French text without losing the structure', () => {
    const doc = parseDraft(
      'The General Assembly,\n\nRecalling the Charter, الميثاق, et la résolution 61/49,\n\n1. *Decides* to meet in جدة;\n',
    );
    assert.strictEqual(doc.preambular.length, 1);
    assert.strictEqual(doc.operative.length, 1);
  });

  it('folds the preamble, the operative part and multi-line paragraphs', () => {
    const doc = parseDraft(
      draft([
        'The General Assembly,',
        '',
        'Recalling one,',
        '',
        'Noting two,',
        '',
        '1. *Decides*',
        'to act over',
        'three lines;',
        '',
        '2. *Requests* a report.',
      ]),
    );
    const regions = getFoldingRanges(doc).map((r) => `${r.startLine}-${r.endLine}`);
    assert.deepStrictEqual(regions, ['2-4', '6-10']);
  });

  it('reads a title-case heading wrapped over two lines as one heading', () => {
    const doc = parseDraft(
      draft([
        'REPORT',
        '',
        'The meeting took place in Geneva.',
        '',
        'Cooperation in the Field of Science',
        'and Technology',
        '',
        'The meeting agreed to continue the programme.',
      ]),
    );
    const report = getDocumentSymbols(doc)[0];
    assert.strictEqual(report.name, 'REPORT');
    const headings = getDocumentSymbols(doc).filter((s) => s.kind === 'section');
    assert.deepStrictEqual(
      headings.map((h) => h.name),
      ['Cooperation in the Field of Science and Technology'],
    );
  });

  it('gives an empty outline for empty or blank text', () => {
    for (const text of ['', '\n\n\n', '   \t  ', '\ufeff']) {
      assert.deepStrictEqual(getDocumentSymbols(parseDraft(text)), []);
    }
  });
});
