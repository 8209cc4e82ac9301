import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { DEFAULT_CHECK_OPTIONS, getDiagnostics } from '../../server/src/service/features/diagnostics';
import { DraftDocument, OutlineSymbol, Paragraph, Subparagraph } from '../../server/src/service';
import { getDocumentSymbols } from '../../server/src/service/features/documentSymbols';
import { paragraphText } from '../../server/src/service/model/document';
import { parseDraft } from '../../server/src/service/model/parser';
import { readSeed, repoRoot } from '../support/seeds';

/** The layouts of real texts in test/fixtures/real-layouts, read as its README says (the print and PDF cases). */
const fixturesDir = path.join(repoRoot, 'test', 'fixtures', 'real-layouts');
const fixture = (name: string): DraftDocument =>
  parseDraft(fs.readFileSync(path.join(fixturesDir, `${name}.txt`), 'utf8'));

const codes = (doc: DraftDocument): string[] =>
  getDiagnostics(doc, DEFAULT_CHECK_OPTIONS)
    .filter((d) => d.severity !== 'information')
    .map((d) => d.code);
const texts = (doc: DraftDocument, paragraphs: readonly Paragraph[]): string[] =>
  paragraphs.map((p) => paragraphText(doc, p));
const openings = (paragraphs: readonly Paragraph[]): (string | undefined)[] => paragraphs.map((p) => p.opening?.phrase);
const numbers = (doc: DraftDocument): (number | undefined)[] => doc.operative.map((p) => p.number?.value);
const ofKind = (doc: DraftDocument, kind: Paragraph['kind']): string[] =>
  texts(
    doc,
    doc.paragraphs.filter((p) => p.kind === kind),
  );
const everyText = (doc: DraftDocument): string => texts(doc, doc.paragraphs).join('\n');

/** A sub-paragraph's words: the pieces of its paragraph that lie within it, page furniture between them left out. */
function subparagraphText(doc: DraftDocument, paragraph: Paragraph, sub: Subparagraph): string {
  return paragraph.pieces
    .filter((piece) => piece.end > sub.span.start && piece.start < sub.span.end)
    .map((piece) => doc.text.slice(Math.max(piece.start, sub.span.start), Math.min(piece.end, sub.span.end)))
    .join(' ');
}

function allSymbols(symbols: readonly OutlineSymbol[]): OutlineSymbol[] {
  return symbols.flatMap((s) => [s, ...allSymbols(s.children)]);
}

describe('real layouts: print, PDF and Markdown copies', () => {
  it('s11-md-footnotes: a Markdown [^1]: definition is footnote 1, [^1] and a digit glued after "Secretary-General," are markers', () => {
    const doc = fixture('s11-md-footnotes');
    assert.deepStrictEqual(
      doc.footnotes.map((f) => f.footnoteNumber),
      [1],
    );
    assert.deepStrictEqual(
      doc.preambular.map((p) => p.footnoteMarkers.map((m) => doc.text.slice(m.span.start, m.span.end))),
      [['[^1]'], ['2']],
    );
    assert.deepStrictEqual(
      doc.preambular.map((p) => p.footnoteMarkers.map((m) => m.number)),
      [[1], [2]],
    );
    assert.ok(!codes(doc).includes('punctuation'), codes(doc).join());
    // The marker is no unagreed text: the outline counts no bracketed passage.
    assert.ok(allSymbols(getDocumentSymbols(doc)).every((s) => !s.detail.includes('bracketed')));
  });

  it('s13-split-after-comma: a block in lower case after a comma is the rest of paragraph 1', () => {
    const doc = fixture('s13-split-after-comma');
    assert.deepStrictEqual(numbers(doc), [1, 2]);
    assert.strictEqual(
      paragraphText(doc, doc.operative[0]),
      '1. Decides to create a panel, composed of nine judges, appointed for four years;',
    );
    assert.deepStrictEqual(codes(doc), []);
  });

  it('s14-running-header: the running title between the halves of (a) is page furniture', () => {
    const doc = fixture('s14-running-header');
    assert.deepStrictEqual(numbers(doc), [1]);
    const [a, b] = doc.operative[0].subparagraphs;
    assert.deepStrictEqual(
      doc.operative[0].subparagraphs.map((s) => s.label),
      ['a', 'b'],
    );
    assert.strictEqual(
      subparagraphText(doc, doc.operative[0], a),
      '(a) The observer may speak at the Conference by video link;',
    );
    assert.strictEqual(subparagraphText(doc, doc.operative[0], b), '(b) The observer may circulate documents.');
    assert.ok(!everyText(doc).includes('Rules of procedure'), 'the running header is in no paragraph');
    assert.deepStrictEqual(codes(doc), []);
  });

  it('s15a-raw-masthead: the masthead is the title block, "99/1. A title of the resolution" its title', () => {
    const doc = fixture('s15a-raw-masthead');
    const masthead = 'documentSymbolLine';
    assert.deepStrictEqual(
      doc.header.map((p) => p.kind),
      [masthead, masthead, 'dateline', masthead, masthead, 'title'],
    );
    assert.strictEqual(doc.title && paragraphText(doc, doc.title), '99/1. A title of the resolution');
    assert.strictEqual(doc.title?.resolutionNumber, '99/1');
    assert.strictEqual(doc.paragraphs.length, doc.header.length);
  });

  it('s15b-page-footer: "30-00001" and "2/2" are page furniture, not headings', () => {
    const doc = fixture('s15b-page-footer');
    assert.deepStrictEqual(numbers(doc), [1, 2]);
    assert.deepStrictEqual(ofKind(doc, 'heading'), []);
    assert.ok(!/30-00001|2\/2/.test(everyText(doc)));
    assert.deepStrictEqual(codes(doc), []);
  });

  it('s16-number-alone: a number alone on its line numbers the line after it; "12" after "Goals." is a footnote marker', () => {
    const doc = fixture('s16-number-alone');
    assert.deepStrictEqual(numbers(doc), [1, 2, 3]);
    // The lexicon of adopted texts knows "Reaffirms its commitment" as an opening of its own.
    assert.deepStrictEqual(openings(doc.operative), [
      'Reaffirms its commitment',
      'Decides',
      'Decides to remain seized of the matter',
    ]);
    assert.deepStrictEqual(
      doc.operative[0].footnoteMarkers.map((m) => m.number),
      [12],
    );
    assert.ok(
      codes(doc).every((c) => !c.startsWith('numbering')),
      codes(doc).join(),
    );
  });

  it('s17-heading-glued: a heading glued to the paragraph after it is a heading', () => {
    const doc = fixture('s17-heading-glued');
    assert.deepStrictEqual(numbers(doc), [1, 2, 3, 4]);
    assert.deepStrictEqual(ofKind(doc, 'heading'), ['Resources and partners', 'Follow-up']);
    assert.deepStrictEqual(texts(doc, doc.operative.slice(1, 3)), [
      '2. Invites all partners to act;',
      '3. Requests a report;',
    ]);
    assert.ok(
      codes(doc).every((c) => !c.startsWith('numbering')),
      codes(doc).join(),
    );
  });

  it('s18-raw-footnote-rule: the rule is dropped and "1  See document A/99/5." is footnote 1', () => {
    const doc = fixture('s18-raw-footnote-rule');
    assert.strictEqual(doc.preambular.length, 1);
    assert.deepStrictEqual(texts(doc, doc.operative), ['1. Urges all Member States to pay;']);
    assert.deepStrictEqual(
      doc.footnotes.map((f) => [f.footnoteNumber, paragraphText(doc, f)]),
      [[1, '1  See document A/99/5.']],
    );
    assert.deepStrictEqual(
      doc.preambular[0].footnoteMarkers.map((m) => m.number),
      [1],
    );
    // The README says "no findings", but the fixture's only, and so last, operative paragraph ends with ";":
    // that is a real defect, reported once where it is. The rule and the footnote raise nothing: with "."
    // there is no finding at all.
    const findings = getDiagnostics(doc, DEFAULT_CHECK_OPTIONS).filter((d) => d.severity !== 'information');
    assert.deepStrictEqual(
      findings.map((d) => [d.code, doc.lines.positionAt(d.span.start).line, d.message]),
      [['punctuation', 4, 'The last operative paragraph ends with ";"; in UN resolution style it ends with ".".']],
    );
    const mended = parseDraft(doc.text.replace('to pay;', 'to pay.'));
    assert.deepStrictEqual(
      getDiagnostics(mended, DEFAULT_CHECK_OPTIONS).filter((d) => d.severity !== 'information'),
      [],
    );
  });

  it('s21-allcaps-hist: the capitalised formula and openings of a typewritten archive, and escaped numbers "1\\."', () => {
    const doc = fixture('s21-allcaps-hist');
    assert.strictEqual(doc.enactingFormula && paragraphText(doc, doc.enactingFormula), 'THE GENERAL ASSEMBLY,');
    assert.deepStrictEqual(openings(doc.preambular), ['RECALLING', 'CONSIDERING']);
    assert.deepStrictEqual(numbers(doc), [1, 2]);
    assert.deepStrictEqual(openings(doc.operative), ['CALLS UPON', 'REQUESTS the Secretary-General to']);
    assert.ok([...doc.preambular, ...doc.operative].every((p) => p.opening?.known));
    assert.deepStrictEqual(doc.header, []);
  });

  it('s22a-unnumbered-no-preamble: two un-numbered operative paragraphs after a formula with a heading on its line', () => {
    const doc = fixture('s22a-unnumbered-no-preamble');
    assert.strictEqual(
      doc.enactingFormula && paragraphText(doc, doc.enactingFormula),
      'The General Assembly, [text omitted]',
    );
    assert.deepStrictEqual(openings(doc.operative), ['Recommends', 'Invites']);
    assert.deepStrictEqual(doc.preambular, []);
  });

  it('s22b-one-para-resolution: one un-numbered operative paragraph after a formula without its comma', () => {
    const doc = fixture('s22b-one-para-resolution');
    assert.strictEqual(doc.enactingFormula && paragraphText(doc, doc.enactingFormula), 'The General Assembly');
    assert.deepStrictEqual(texts(doc, doc.operative), ['Adopts the Programme of Work contained in the annex.']);
  });

  it('s24-no-space-number: "1.The Conference" is paragraph 1, each numbered line a paragraph', () => {
    const doc = fixture('s24-no-space-number');
    assert.deepStrictEqual(numbers(doc), [1, 2, 3]);
    assert.deepStrictEqual(
      texts(doc, doc.operative).map((t) => t.slice(0, 16)),
      ['1.The Conference', '2.The Conference', '3.The delegation'],
    );
  });

  it('s25-formula-same-line: the formula and paragraph 1) share a line', () => {
    const doc = fixture('s25-formula-same-line');
    assert.strictEqual(doc.enactingFormula && paragraphText(doc, doc.enactingFormula), 'The Conference');
    assert.deepStrictEqual(
      doc.operative.map((p) => [p.number?.value, p.number?.marker]),
      [
        [1, ')'],
        [2, ')'],
        [3, ')'],
      ],
    );
    assert.strictEqual(paragraphText(doc, doc.operative[0]), '1) Welcomes the new survey of teachers.');
    assert.ok(!codes(doc).includes('numbering-first'));
  });

  it('s26a-french-preamble: the French formula "La Réunion des ministres,", two "Considérant", paragraph 1', () => {
    const doc = fixture('s26a-french-preamble');
    assert.strictEqual(doc.title && paragraphText(doc, doc.title), 'LA RECOMMANDATION');
    assert.strictEqual(doc.enactingFormula && paragraphText(doc, doc.enactingFormula), 'La Réunion des ministres,');
    assert.deepStrictEqual(
      doc.preambular.map((p) => p.opening?.phrase),
      ['Considérant', 'Considérant'],
    );
    assert.deepStrictEqual(texts(doc, doc.operative), ["1. Il convient d'équiper les bibliothèques."]);
  });

  it('s27-label-alone: (a) and (b) alone on their lines are sub-paragraphs of paragraph 1', () => {
    const doc = fixture('s27-label-alone');
    assert.deepStrictEqual(numbers(doc), [1]);
    assert.deepStrictEqual(
      doc.operative[0].subparagraphs.map((s) => s.label),
      ['a', 'b'],
    );
    assert.deepStrictEqual(codes(doc), []);
  });

  it('s29-footnote-emphasis: footnotes [1] and [2], the first written in emphasis', () => {
    const doc = fixture('s29-footnote-emphasis');
    assert.deepStrictEqual(
      doc.footnotes.map((f) => f.footnoteNumber),
      [1, 2],
    );
    assert.deepStrictEqual(
      doc.preambular[0].footnoteMarkers.map((m) => m.number),
      [1, 2],
    );
    assert.deepStrictEqual(codes(doc), []);
  });

  it('a Markdown copy: "## Sanctions Committee" glued to the paragraph after it is a heading of level 2', () => {
    const doc = parseDraft(
      'The Security Council,\n\nRecalling its resolutions,\n\n## Arms Embargo\n1\\. *Decides* to renew;\n' +
        '## Sanctions Committee\n2\\. *Decides* to remain seized of the matter.\n',
    );
    const headings = doc.paragraphs.filter((p) => p.kind === 'heading');
    assert.deepStrictEqual(
      headings.map((p) => [paragraphText(doc, p), p.headingLevel]),
      [
        ['## Arms Embargo', 2],
        ['## Sanctions Committee', 2],
      ],
    );
    assert.deepStrictEqual(numbers(doc), [1, 2]);
  });

  it('a Council copy: the symbol and the "Adopted by …" line repeated at the top of a page are running headers', () => {
    const adopted = 'Adopted by the Security Council at its 8700th meeting, on 10 January 2020';
    const doc = parseDraft(
      `S/RES/2504 (2020)\n\nResolution 2504 (2020)\n\n${adopted}\n\nThe Security Council,\n\n` +
        '1. Demands that all parties comply with their obligations under international law, including\n\n20-00407\n\n1/3\n\n' +
        `S/RES/2504 (2020)\n\n${adopted}\n\ninternational humanitarian law;\n\n2. Decides to remain seized of the matter.\n`,
    );
    assert.deepStrictEqual(texts(doc, doc.operative), [
      '1. Demands that all parties comply with their obligations under international law, including international humanitarian law;',
      '2. Decides to remain seized of the matter.',
    ]);
    assert.deepStrictEqual(doc.closing, undefined);
  });

  it('a PDF copy glues footnote digits after brackets, quotes, symbols and numbers: markers only where a footnote can be', () => {
    const doc = parseDraft(
      'The General Assembly,\n\nRecalling Agenda 21,1 the Treaty (Pelindaba)2 and the “Future We Want”,3 ' +
        'resolution 70/1,4 the Framework 2015–2030,5 some 30,000 people, 1,5 tonnes, the G20 and CO2,\n\n' +
        '1. Decides to remain seized of the matter.\n__________________\n1  A.\n2  B.\n3  C.\n4  D.\n5  E.\n',
    );
    assert.deepStrictEqual(
      doc.preambular[0].footnoteMarkers.map((m) => m.number),
      [1, 2, 3, 4, 5],
    );
    assert.deepStrictEqual(codes(doc), []);
  });

  it('three glued digits after a year or a symbol are a marker where that note has a text (A/RES/79/144)', () => {
    const notes = Array.from({ length: 119 }, (_, i) => `${i + 1}  Note ${i + 1}.`).join('\n');
    const doc = parseDraft(
      'The General Assembly,\n\nRecalling the Convention of 2004,117 resolution 5/14,118 and some 2004,500 tonnes,\n\n' +
        `1. Takes note of the opinion rendered on 21 May 2024;119\n__________________\n${notes}\n`,
    );
    assert.deepStrictEqual(
      doc.paragraphs.flatMap((p) => p.footnoteMarkers.map((m) => m.number)),
      [117, 118, 119],
    );
  });

  it('below the rule: "3 and corrigenda" after "Supplement No." stays in its note, "4  Reaffirming" is one', () => {
    const doc = parseDraft(
      'The General Assembly,\n\nRecalling the report of the Council,2 and its resolution 46/182,3\n\n' +
        '1. Decides to act.4\n__________________\n' +
        '2  See Official Records of the Economic and Social Council, 2005, Supplement No.\n' +
        '3 and corrigenda (E/2005/23 and E/2005/23/Corr.1), chap. II.\n\n3  A/74/309.\n\n' +
        '4  Reaffirming its resolution 46/182 of 19 December 1991.\n',
    );
    assert.deepStrictEqual(
      doc.footnotes.map((f) => f.footnoteNumber),
      [2, 3, 4],
    );
    assert.match(paragraphText(doc, doc.footnotes[0]), /No\.\s+3 and corrigenda/);
    assert.strictEqual(doc.operative.length, 1);
  });

  it('over a page break: a name going on in capitals, "3) implementation …" of a sentence, "(1)" of a list', () => {
    const page = '\n\n23-12345\n\n2/5\n\nA/RES/99/1\n\n';
    const doc = parseDraft(
      'A/RES/99/1\n\nThe General Assembly,\n\n' +
        'Recalling the Convention on the Prohibition of the Development, Production,' +
        `${page}Stockpiling and Use of Chemical Weapons and on Their Destruction,\n\n` +
        '1. Requests reports on the implementation of paragraph 2 of this resolution,' +
        `${page}3) implementation of the policy, and 4) support to the forces;\n\n` +
        `2. Decides that the parties should take the measures listed below:${page}` +
        '(1) Patrols: Achieve freedom of movement;\n(2) Monitors: Deploy them;\n\n3. Decides to remain seized.\n',
    );
    assert.strictEqual(doc.preambular.length, 1);
    assert.deepStrictEqual(numbers(doc), [1, 2, 3]);
    assert.deepStrictEqual(
      doc.operative[1].subparagraphs.map((s) => s.label),
      ['1', '2'],
    );
    assert.deepStrictEqual(codes(doc), []);
  });

  it('a section\'s preamble may end on a year, its comma and a glued footnote marker ("… 31 July 2019,2")', () => {
    const doc = parseDraft(
      [
        'The General Assembly,',
        'I\nFirst matters',
        'Recalling its resolution 98/1,',
        '1. Decides to act;',
        'II\nSecond matters',
        'Recalling its resolution 98/2,',
        'Having considered the report for the period from 1 August 2098 to 31 July 2099,2',
        '1. Notes the work of the Committee.',
      ].join('\n\n') + '\n',
    );
    assert.strictEqual(doc.preambular.length, 3);
    assert.deepStrictEqual(openings(doc.preambular), ['Recalling', 'Recalling', 'Having considered']);
  });

  it('an agenda item titled with a participle ("Strengthening of security …") stays in the title block', () => {
    const doc = parseDraft(
      [
        'Agenda item 104',
        'Strengthening of security and cooperation in the Mediterranean region',
        'Resolution adopted by the General Assembly on 7 December 2022',
        '77/93. Strengthening of security and cooperation in the Mediterranean region',
        'The General Assembly,',
        'Recalling its previous resolutions,',
        '1. Decides to remain seized of the matter.',
      ].join('\n\n'),
    );
    assert.strictEqual(doc.title?.resolutionNumber, '77/93');
    assert.strictEqual(doc.header.length, 4);
    assert.deepStrictEqual(openings(doc.preambular), ['Recalling']);
  });

  describe('the classes behind them, on resolution 63/114 as a PDF copy or a paste would give it', () => {
    const seed = readSeed('resolution');
    const clean = parseDraft(seed);
    const collapse = (text: string): string => text.replace(/\s+/g, ' ').trim();
    /** Each paragraph after the title block, as kind, number, opening and words. */
    const reading = (doc: DraftDocument): string[] =>
      doc.paragraphs
        .slice(doc.header.length)
        .map(
          (p) => `${p.kind} ${p.number?.value ?? ''} ${p.opening?.phrase ?? ''}: ${collapse(paragraphText(doc, p))}`,
        );

    /** Hard-wrapped at 80 columns; every fifth paragraph cut by a page break: footer, running header, the title again. */
    function printCopy(text: string): string {
      const title = '63/114. Cooperation between the United Nations and the Organization of the Islamic Conference';
      const masthead =
        `United Nations${' '.repeat(52)}A/RES/63/114\n\nGeneral Assembly\nDistr.: General\n2 January 2009\n\n` +
        '08-48521 (E)\n*0848521*\n\n';
      let page = 1;
      const blocks = text
        .trim()
        .split(/\n\n+/)
        .map((block, i) => {
          const words = block.split(' ');
          if (i < 6 || i % 5 !== 0 || words.length < 24) return block;
          page++;
          const furniture = `\n\n08-48521\n\n${page}/9\n\nA/RES/63/114\n\n${title.slice(8)}\n\n`;
          return `${words.slice(0, 12).join(' ')}${furniture}${words.slice(12).join(' ')}`;
        });
      const wrap = (line: string): string => line.replace(/(.{1,80})(?: |$)/g, '$1\n').trimEnd();
      return masthead + blocks.map((b) => b.split('\n').map(wrap).join('\n')).join('\n\n') + '\n';
    }

    it('a print copy: the masthead joins the title block, each paragraph runs on over its page break', () => {
      const print = parseDraft(printCopy(seed));
      assert.deepStrictEqual(reading(print), reading(clean));
      assert.deepStrictEqual(texts(print, print.header.slice(0, 7)), [
        `United Nations${' '.repeat(52)}A/RES/63/114`,
        'General Assembly',
        'Distr.: General',
        '2 January 2009',
        '08-48521 (E)',
        '*0848521*',
        'Sixty-third session Agenda item 114 (*r*)',
      ]);
      assert.strictEqual(
        print.title && collapse(paragraphText(print, print.title)),
        clean.title && paragraphText(clean, clean.title),
      );
      assert.ok(
        print.operative.some((p) => p.pieces.length > 1),
        'the copy cuts an operative paragraph',
      );
      assert.deepStrictEqual(codes(print), codes(clean));
    });

    it('a paste with no blank lines: the same paragraphs, each where it starts', () => {
      const pasted = parseDraft(seed.replace(/\n\s*\n/g, '\n'));
      const shape = (doc: DraftDocument): string[] =>
        doc.paragraphs.map(
          (p) => `${p.kind} ${p.number?.value ?? ''} ${p.opening?.phrase ?? ''} ${p.footnoteNumber ?? ''}`,
        );
      assert.deepStrictEqual(shape(pasted), shape(clean));
    });
  });
});
