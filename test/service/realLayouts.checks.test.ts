import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { DraftDiagnostic, DraftDocument, Subparagraph } from '../../server/src/service';
import { getDiagnostics } from '../../server/src/service/features/diagnostics';
import { getDocumentSymbols } from '../../server/src/service/features/documentSymbols';
import { paragraphText } from '../../server/src/service/model/document';
import { parseDraft } from '../../server/src/service/model/parser';
import { repoRoot } from '../support/seeds';

/** Real-text layouts (test/fixtures/real-layouts/, expected readings in its README): structure and checks. */
const fixture = (name: string): string =>
  fs.readFileSync(path.join(repoRoot, 'test', 'fixtures', 'real-layouts', `${name}.txt`), 'utf8');

const words = (doc: DraftDocument, p: { span: { start: number; end: number } }): string =>
  doc.text.slice(p.span.start, p.span.end);
const openings = (doc: DraftDocument, kind: 'preambular' | 'operative'): string[] =>
  doc[kind].map((p) => p.opening?.phrase ?? '');
const numbers = (doc: DraftDocument): (number | undefined)[] => doc.operative.map((p) => p.number?.value);
/** Errors and warnings: what an adopted text must not raise. */
const alarms = (doc: DraftDocument): string[] =>
  getDiagnostics(doc)
    .filter((d: DraftDiagnostic) => d.severity === 'error' || d.severity === 'warning')
    .map((d) => `${doc.lines.positionAt(d.span.start).line + 1}: ${d.code}`);
const tree = (subs: readonly Subparagraph[]): string[] =>
  subs.map((s) => (s.children.length ? `${s.label}[${tree(s.children).join(' ')}]` : s.label));

describe('real layouts: structure and checks', () => {
  it('s01-section-letter: "A." is a section label in the outline, under its heading', () => {
    const doc = parseDraft(fixture('s01-section-letter'));
    assert.deepStrictEqual(openings(doc, 'preambular'), ['Noting']);
    assert.deepStrictEqual(
      doc.paragraphs.filter((p) => p.kind === 'heading').map((p) => words(doc, p)),
      ['Sanctions regime', 'A.'],
    );
    const outline = JSON.stringify(getDocumentSymbols(doc).map((s) => s.name));
    assert.ok(outline.includes('Sanctions regime'), outline);
    assert.deepStrictEqual(numbers(doc), [1]);
    assert.deepStrictEqual(alarms(doc), []);
  });

  it('s02-fourth-degree: 1., 2. inside i. inside a. belong to paragraph 1, with no numbering finding', () => {
    const doc = parseDraft(fixture('s02-fourth-degree'));
    assert.deepStrictEqual(numbers(doc), [1, 2]);
    assert.deepStrictEqual(tree(doc.operative[0].subparagraphs), ['a[i[1 2]]']);
    assert.deepStrictEqual(alarms(doc), []);
  });

  it('s03-list-continuation: the (a), (b) and the lower-case "and underlining…" belong to the preambular paragraph', () => {
    const doc = parseDraft(fixture('s03-list-continuation'));
    assert.strictEqual(doc.preambular.length, 1);
    assert.ok(paragraphText(doc, doc.preambular[0]).endsWith('and underlining the need to fund both,'));
    assert.deepStrictEqual(tree(doc.preambular[0].subparagraphs), ['a', 'b']);
    assert.deepStrictEqual(numbers(doc), [1]);
    assert.deepStrictEqual(alarms(doc), []);
  });

  it('s04-ing-heading: "Housing programme" is a heading, not a preambular paragraph', () => {
    const doc = parseDraft(fixture('s04-ing-heading'));
    assert.deepStrictEqual(openings(doc, 'preambular'), ['Recalling']);
    assert.ok(doc.paragraphs.some((p) => p.kind === 'heading' && words(doc, p) === 'Housing programme'));
    assert.deepStrictEqual(numbers(doc), [1]);
  });

  it('s05-number-no-period: paragraph 2 is read, with one finding on its missing period', () => {
    const doc = parseDraft(fixture('s05-number-no-period'));
    assert.deepStrictEqual(numbers(doc), [1, 2, 3]);
    const findings = getDiagnostics(doc).filter((d) => d.severity === 'error' || d.severity === 'warning');
    assert.deepStrictEqual(
      findings.map((d) => `${doc.lines.positionAt(d.span.start).line + 1}: ${d.code}: ${d.message}`),
      ['7: numbering-marker: Paragraph 2 has no "." after its number.'],
    );
    assert.strictEqual(findings[0].fix?.edit.newText, '.');
  });

  it('s06-emphasised-formula: "*The Security Council,*" is the enacting formula', () => {
    const doc = parseDraft(fixture('s06-emphasised-formula'));
    assert.strictEqual(doc.enactingFormula && words(doc, doc.enactingFormula), '*The Security Council,*');
    assert.deepStrictEqual(openings(doc, 'preambular'), ['Recalling']);
    assert.deepStrictEqual(numbers(doc), [1]);
  });

  for (const [name, expected] of [
    ['s07-roman-first', ['i', 'ii']],
    ['s08-letter-dot-first', ['a', 'b']],
    ['s09-idot-under-paren', ['a', 'b[i ii]']],
  ] as const) {
    it(`${name}: a degree order of adopted Council texts is read, with no error`, () => {
      const doc = parseDraft(fixture(name));
      assert.deepStrictEqual(tree(doc.operative[0].subparagraphs), expected);
      assert.deepStrictEqual(alarms(doc), []);
    });
  }

  it('s10-inline-refs: no sub-paragraph from "paragraph 2 (a)" or an in-sentence "(i) … (ii) …"', () => {
    const doc = parseDraft(fixture('s10-inline-refs'));
    assert.deepStrictEqual(numbers(doc), [1, 2]);
    assert.deepStrictEqual(
      doc.operative.map((p) => p.subparagraphs.length),
      [0, 0],
    );
    assert.deepStrictEqual(alarms(doc), []);
  });

  it('s12-lexicon-gap: "Disappointed" opens a preambular paragraph', () => {
    const doc = parseDraft(fixture('s12-lexicon-gap'));
    assert.deepStrictEqual(openings(doc, 'preambular'), ['Recalling', 'Disappointed', 'Noting']);
    assert.ok(doc.preambular.every((p) => p.opening?.known));
    assert.deepStrictEqual(numbers(doc), [1]);
  });

  it('s19-annex-restart: the annex numbers its own paragraphs, with no restart or duplicate', () => {
    const doc = parseDraft(fixture('s19-annex-restart'));
    assert.deepStrictEqual(numbers(doc), [1]);
    assert.deepStrictEqual(
      doc.paragraphs.filter((p) => p.kind === 'narrative').map((p) => p.number?.value),
      [1, 2],
    );
    assert.deepStrictEqual(alarms(doc), []);
  });

  it('s20a-style-communique: a communiqué whose paragraphs end with "." raises no punctuation finding', () => {
    assert.deepStrictEqual(alarms(parseDraft(fixture('s20a-style-communique'))), []);
  });

  it('s20b-style-au: African Union style, the formula repeated before the operative part, gives no findings', () => {
    const doc = parseDraft(fixture('s20b-style-au'));
    assert.deepStrictEqual(openings(doc, 'preambular'), ['Noting', 'Recalling', 'Acting']);
    assert.deepStrictEqual(numbers(doc), [1]);
    assert.deepStrictEqual(alarms(doc), []);
  });

  it('s23-lists-in-prose: numbered lists inside a prose communiqué raise no restart or duplicate', () => {
    const codes = alarms(parseDraft(fixture('s23-lists-in-prose')));
    assert.deepStrictEqual(
      codes.filter((c) => /numbering/.test(c)),
      [],
    );
    assert.deepStrictEqual(codes, []);
  });

  it('s26b-decimal: 3.1.1 and 3.1.2 inside 3.1', () => {
    const doc = parseDraft(fixture('s26b-decimal'));
    const decimal = doc.paragraphs.filter((p) => words(doc, p).startsWith('3.1 '));
    assert.strictEqual(decimal.length, 1);
    assert.deepStrictEqual(tree(decimal[0].subparagraphs), ['3.1.1', '3.1.2']);
    assert.ok(!doc.paragraphs.some((p) => words(doc, p).startsWith('3.1.')));
  });
});

describe('real defects are reported once, where they are', () => {
  const un = (...operative: string[]): string =>
    `The General Assembly,\n\n*Recalling* its resolution 61/49,\n\n${operative.join('\n\n')}`;

  it('a lost sub-paragraph label is one finding, not one per label after it', () => {
    const doc = parseDraft(un('1. *Decides*:\n(a) one;\n(b) two;\n(d) four;\n(e) five;\n(f) six.'));
    assert.deepStrictEqual(
      getDiagnostics(doc)
        .filter((d) => d.code === 'subparagraph-sequence')
        .map((d) => d.message),
      ['(d) follows (b): (c) expected.'],
    );
  });

  it('a restart between two operative paragraphs is still reported; after a section heading and its preamble it is not', () => {
    assert.deepStrictEqual(alarms(parseDraft(un('1. *Decides* a;', '2. *Decides* b;', '1. *Decides* c.'))), [
      '9: numbering-restart',
    ]);
    const sections = un(
      '1. *Decides* a;',
      'II',
      'Budget',
      '*Recalling* its decision 70/1,',
      '1. *Decides* b;',
      '2. *Decides* c.',
    );
    assert.deepStrictEqual(alarms(parseDraft(sections)), []);
  });

  it("the year of another body's resolution is not judged by the Assembly's sessions", () => {
    const other = un('1. *Recalls* Human Rights Council resolutions 41/8 of 11 July 2019 and 45/12 of 6 October 2020.');
    assert.deepStrictEqual(alarms(parseDraft(other)), []);
    const own = un('1. *Recalls* its resolutions 72/256 of 24 December 2107.');
    assert.deepStrictEqual(alarms(parseDraft(own)), ['5: citation-year']);
  });
});
