import * as assert from 'assert';
import fc from 'fast-check';
import { applyEdits, renumberEdits } from '../../server/src/service/features/renumber';
import { DraftDiagnostic, Position } from '../../server/src/service';
import { getDiagnostics } from '../../server/src/service/features/diagnostics';
import { parseDraft } from '../../server/src/service/model/parser';
import { readSeed } from '../support/seeds';

const gaza = readSeed('gaza');
const resolution = readSeed('resolution');

function check(text: string, style: 'auto' | 'un' | 'oic' = 'auto'): DraftDiagnostic[] {
  return getDiagnostics(parseDraft(text), { style, severities: {} });
}

/** Where a diagnostic starts in `text`: its 0-based line and character, as the editor shows it. */
const startOf = (text: string, d: DraftDiagnostic): Position => parseDraft(text).lines.positionAt(d.span.start);

/** The diagnostics with `code`, as "line: message" with 1-based lines, as a drafter reads them. */
function found(text: string, code: string): string[] {
  return check(text)
    .filter((d) => d.code === code)
    .map((d) => `${startOf(text, d).line + 1}: ${d.message}`);
}

const errors = (text: string): DraftDiagnostic[] => check(text).filter((d) => d.severity === 'error');
const lineOf = (text: string, needle: string): number => text.slice(0, text.indexOf(needle)).split('\n').length;

describe('drafting checks on the seeds', () => {
  it('report no error on the unchanged Gaza communiqué and resolution 63/114', () => {
    assert.deepStrictEqual(errors(gaza), []);
    assert.deepStrictEqual(errors(resolution), []);
    assert.deepStrictEqual(check(gaza), []);
  });

  it('note the operative verbs of 63/114 not in italics: paragraphs 9, 11 and 13', () => {
    const emphasis = check(resolution).filter((d) => d.code === 'emphasis');
    assert.deepStrictEqual(
      emphasis.map((d) => startOf(resolution, d).line + 1),
      [lineOf(resolution, '9. Welcomes'), lineOf(resolution, '11. Also'), lineOf(resolution, '13. Urges')],
    );
  });

  it('find a deleted paragraph', () => {
    const text = gaza.replace(/^5\. Calls for[^\n]*\n/m, '');
    assert.deepStrictEqual(found(text, 'numbering-gap'), [
      `${lineOf(text, '6. Requests')}: Paragraph 5 is missing: 6 follows 4.`,
    ]);
  });

  it('find a duplicated number, and only that', () => {
    const text = gaza.replace('3. Decides', '2. Decides');
    assert.deepStrictEqual(found(text, 'numbering-duplicate'), [
      `${lineOf(text, '2. Decides')}: Paragraph 2 is numbered twice.`,
    ]);
    assert.strictEqual(errors(text).length, 1);
  });

  it('find one wrong number between two right ones, and only that', () => {
    const text = resolution.replace(/^5\. /m, '7. ');
    assert.deepStrictEqual(
      errors(text).map((d) => `${startOf(text, d).line + 1}: ${d.message}`),
      [
        `${lineOf(text, '7. *Requests* the United Nations')}: Paragraph 7 should be numbered 5: it stands between 4 and 6.`,
      ],
    );
  });

  it('find two swapped paragraphs', () => {
    const lines = gaza.split('\n');
    const three = lines.findIndex((l) => l.startsWith('3. '));
    [lines[three], lines[three + 1]] = [lines[three + 1], lines[three]];
    const text = lines.join('\n');
    assert.deepStrictEqual(found(text, 'numbering-order'), [
      `${three + 1}: Paragraph 4 is out of order: it comes before paragraph 3.`,
    ]);
    assert.strictEqual(errors(text).length, 1);
  });

  it('find a wrong first number', () => {
    const text = resolution.replace('1. *Takes note', '2. *Takes note');
    const first = found(text, 'numbering-first');
    assert.deepStrictEqual(first, [
      `${lineOf(text, '2. *Takes note')}: The first operative paragraph is numbered 2; it should be 1.`,
    ]);
  });

  it('find (d) after (b)', () => {
    const text = resolution.replace(
      '16. *Decides* to include',
      '16. *Decides*:\n(a) to include;\n(b) to review;\n(d) to report',
    );
    assert.deepStrictEqual(found(text, 'subparagraph-sequence'), [
      `${lineOf(text, '(d) to report')}: (d) follows (b): (c) expected.`,
    ]);
  });

  it('find a removed footnote text', () => {
    const text = resolution.replace('³ Ibid., sect. II.L.', '');
    assert.deepStrictEqual(found(text, 'footnote-missing-text'), [
      `${lineOf(text, 'institutions,³')}: Footnote 3 has no text.`,
    ]);
  });

  it('find "Also welcomes" without "Welcomes"', () => {
    const text = resolution
      .replace('7. *Welcomes* the efforts', '7. *Notes* the efforts')
      .replace('10. *Welcomes*', '10. *Notes*')
      .replace('9. Welcomes with appreciation', '9. Notes with appreciation');
    const also = found(text, 'sequence-also');
    assert.deepStrictEqual(also, [
      `${lineOf(text, '8. *Also welcomes*')}: "Also welcomes" with no earlier paragraph opening "Welcomes": "also" marks a second use of the same opening.`,
    ]);
  });

  it('find a wrong year', () => {
    const text = resolution.replace('44/8 of 18 October 1989', '44/8 of 18 October 1979');
    assert.deepStrictEqual(found(text, 'citation-year'), [
      `${lineOf(text, 'Recalling its resolutions')}: Resolution 44/8 is of the General Assembly's session 44 (1989–1990); it cannot be dated 1979.`,
    ]);
    assert.ok(found(text, 'citation-order').length === 1, 'and the list is no longer in order');
  });
});

describe('drafting checks on made-up drafts', () => {
  const un = (...operative: string[]): string =>
    `The General Assembly,\n\n*Recalling* its resolution 61/49,\n\n${operative.join('\n\n')}`;

  it('accept "5 bis" after 5 and report it elsewhere', () => {
    assert.deepStrictEqual(
      errors(un('1. *Decides* a;', '2. *Decides* b;', '2 bis. *Decides* c;', '3. *Decides* d.')),
      [],
    );
    assert.deepStrictEqual(
      found(
        un('1. *Decides* a;', '1 bis. *Decides* c;', '2. *Decides* b;', '2 ter. *Decides* d.'),
        'alternative-misplaced',
      ),
      [],
    );
    assert.strictEqual(
      found(un('1. *Decides* a;', '2. *Decides* b;', '1 bis. *Decides* c.'), 'alternative-misplaced').length,
      1,
    );
  });

  it('report a restart once: the paragraphs after it are judged from it', () => {
    const text = un('1. *Decides* a;', '2. *Decides* b;', '3. *Decides* c;', '1. *Decides* d;', '2. *Decides* e.');
    assert.deepStrictEqual(
      check(text).map((d) => `${startOf(text, d).line + 1}: ${d.code}`),
      ['11: numbering-restart'],
    );
  });

  it('report a paragraph that lost its number on it, with the number as its fix, not on the next', () => {
    // S/RES/1602 (2005) as the UN publishes it: "Decides to extend …" before "2. Calls upon …".
    const text = un('*Decides* a;', '2. *Decides* b;', '3. *Decides* c.');
    assert.deepStrictEqual(
      check(text).map((d) => `${startOf(text, d).line + 1}: ${d.code} ${d.message}`),
      ['5: numbering-missing This operative paragraph has no number: it stands where paragraph 1 belongs.'],
    );
    const doc = parseDraft(text);
    const fix = getDiagnostics(doc)[0].fix!;
    assert.strictEqual(applyEdits(doc, [fix.edit]), text.replace('*Decides* a;', '1. *Decides* a;'));
    // "Resolves that:" before a list numbered from 1 is its lead-in, not a paragraph without its number.
    assert.deepStrictEqual(errors(un('*Decides* that:', '1. *Decides* a;', '2. *Decides* b.')), []);
  });

  it('accept the punctuation of adopted texts: lead-ins, parts, questions, lists of names', () => {
    const alarms = (text: string): string[] =>
      check(text)
        .filter((d) => d.severity === 'error' || d.severity === 'warning')
        .map((d) => `${startOf(text, d).line + 1}: ${d.code}`);
    // A/RES/79/259: "Resolves that, for 2025:" before its own paragraphs 1, 2, …
    assert.deepStrictEqual(alarms(un('*Resolves* that, for 2025:', '1. *Decides* a;', '2. *Decides* b.')), []);
    // A/RES/74/250: part A ends with "." before "B" and its formula.
    const parts = `${un('1. *Decides* a;', '2. *Decides* b.')}\n\nB\n\nThe General Assembly,\n\n1. *Decides* c.`;
    assert.deepStrictEqual(alarms(parts), []);
    // S/RES/1977 (2011): "Acting under Chapter VII of the Charter of the United Nations:".
    const colon = 'The Security Council,\n\n*Recalling* its resolution 1540 (2004),\n\n*Acting* under Chapter VII:';
    assert.deepStrictEqual(alarms(`${colon}\n\n1. *Decides* a;\n\n2. *Decides* b.`), []);
    // A/RES/77/247: the questions put to the Court end with "?".
    assert.deepStrictEqual(alarms(un('1. *Decides* to ask:\n(a) What are the consequences?', '2. *Decides* b.')), []);
    // S/RES/1824 (2008): a list of judges, one name a line, carries no punctuation.
    const judges = '1. *Decides* to extend the terms of the following judges:\n– Ms. A (Senegal)\n– Mr. B (Ghana)';
    assert.deepStrictEqual(alarms(un(judges, '2. *Decides* b.')), []);
    // A/RES/74/249: "…the Board of Auditors;1–17", footnote numbers glued after the semicolon.
    assert.deepStrictEqual(found(un('1. *Takes note* of the reports;1–17', '2. *Decides* b.'), 'punctuation'), []);
    // What is still wrong is still reported: a comma where the semicolon goes.
    assert.deepStrictEqual(alarms(un('1. *Decides* a,', '2. *Decides* b.')), ['5: punctuation']);
  });

  it('report a first "Recalling also" as a warning, a later "Also welcomes" as a note', () => {
    const first = check('The General Assembly,\n\n*Recalling also* its resolution,\n\n1. *Decides* a.');
    assert.deepStrictEqual(
      first.filter((d) => d.code === 'sequence-also').map((d) => d.severity),
      ['warning'],
    );
    // S/RES/2616 (2021): "2. Also encourages" after "1. Resolves": "in addition", as the Council writes it.
    const later = check(un('1. *Resolves* a;', '2. *Also encourages* b.'));
    assert.deepStrictEqual(
      later.filter((d) => d.code === 'sequence-also').map((d) => d.severity),
      ['information'],
    );
  });

  it('report a restart and a mixed marker style', () => {
    assert.deepStrictEqual(found(un('1. *Decides* a;', '2. *Decides* b;', '1. *Decides* c.'), 'numbering-restart'), [
      '9: The numbering starts again at 1 after paragraph 2.',
    ]);
    assert.deepStrictEqual(found(un('1. *Decides* a;', '2. *Decides* b;', '3) *Decides* c.'), 'numbering-marker'), [
      '9: Paragraph 3 is numbered "3)" among paragraphs numbered "1.".',
    ]);
  });

  it('report an unclosed square bracket where it opens, and a stray one', () => {
    const text = un('1. *Decides* [to act [promptly] on;', '2. *Requests* a report].');
    assert.deepStrictEqual(
      found(text, 'bracket-unclosed').map((s) => s.slice(0, 2)),
      ['5:'],
    );
    assert.deepStrictEqual(
      found(text, 'bracket-unmatched').map((s) => s.slice(0, 2)),
      ['7:'],
    );
    const unclosed = check(text).find((d) => d.code === 'bracket-unclosed')!;
    assert.deepStrictEqual(startOf(text, unclosed), { line: 4, character: 13 });
  });

  it('report sub-paragraphs in the wrong nesting, and a lone (a)', () => {
    assert.strictEqual(found(un('1. *Decides*:\n(i) to act;\n(ii) to report.'), 'subparagraph-nesting').length, 1);
    assert.deepStrictEqual(found(un('1. *Decides*:\n(a) to act.'), 'subparagraph-lone'), [
      '6: A lone (a): a paragraph is divided into sub-paragraphs only when there are at least two.',
    ]);
    assert.deepStrictEqual(
      found(un('1. *Decides*:\n(a) to act:\n(i) now;\n(ii) later;\n(b) to report.'), 'subparagraph-nesting'),
      [],
    );
  });

  it('report numbers in the preamble and an operative paragraph before the enacting formula', () => {
    assert.strictEqual(
      found('The General Assembly,\n\n1. Recalling its resolution,\n\n2. *Decides* to act.', 'preamble-numbered')
        .length,
      1,
    );
    const misplaced =
      '1. *Decides* to act;\n\nThe General Assembly,\n\n*Recalling* its resolution,\n\n2. *Decides* to report.';
    assert.deepStrictEqual(found(misplaced, 'operative-before-enacting'), [
      '1: An operative paragraph stands before the enacting formula.',
    ]);
    assert.deepStrictEqual(found(resolution, 'operative-before-enacting'), []);
  });

  it('report footnotes never referred to and out of order', () => {
    const text = un('1. *Decides* a;²', '2. *Decides* b.¹', '¹ A/1.', '² A/2.', '³ A/3.');
    // Two footnotes swapped are one mistake: one finding, on the first.
    assert.deepStrictEqual(found(text, 'footnote-order'), [
      '5: Footnote 2 is the first footnote referred to; footnotes are numbered in order of first use.',
    ]);
    assert.deepStrictEqual(found(text, 'footnote-unreferenced'), ['13: Footnote 3 is not referred to in the text.']);
  });

  it('report a stray footnote marker once, not on every footnote after it', () => {
    // A/RES/77/284: "¹⁷" read among the eighth and ninth footnotes.
    const text = un('1. *Decides* a;¹', '2. *Decides* b;²', '3. *Decides* c;⁵', '4. *Decides* d;³', '5. *Decides* e.⁴');
    const notes = '\n\n¹ A/1.\n\n² A/2.\n\n³ A/3.\n\n⁴ A/4.\n\n⁵ A/5.';
    assert.deepStrictEqual(found(text + notes, 'footnote-order'), [
      '9: Footnote 5 is the third footnote referred to; footnotes are numbered in order of first use.',
    ]);
  });

  it('check cross-references to paragraphs of the draft', () => {
    const text = un(
      '1. *Decides*:\n(a) to act;\n(b) to report;',
      '2. *Requests* the report referred to in paragraph 1 above;',
      '3. *Recalls* paragraphs 1 to 4 above and subparagraph (c) of paragraph 1 above.',
    );
    assert.deepStrictEqual(found(text, 'cross-reference'), [
      '11: There is no paragraph 4 in this draft.',
      '11: Paragraph 1 has no sub-paragraph (c).',
    ]);
  });

  it('check punctuation by style, detected or forced', () => {
    const text = un('1. *Decides* a;', '2. *Decides* b,', '3. *Decides* c;');
    assert.deepStrictEqual(found(text, 'punctuation'), [
      '7: An operative paragraph ends with ","; in UN resolution style it ends with ";".',
      '9: The last operative paragraph ends with ";"; in UN resolution style it ends with ".".',
    ]);
    const oic =
      'The Meeting of the Executive Committee;\n\nRecalling its decisions;\n\n1. Condemns the attack.\n2. Calls for calm;';
    assert.deepStrictEqual(found(oic, 'punctuation'), [
      '6: The last operative paragraph ends with ";"; in OIC communiqué style it ends with ".".',
    ]);
    assert.strictEqual(check(gaza, 'un').filter((d) => d.code === 'punctuation').length, 7 + 10);
  });

  it('hint at the nearest known phrases for an unknown opening, each a quick fix', () => {
    const text = 'Recallling its resolution,\n\n1. *Decidess* to act.';
    assert.deepStrictEqual(found(text, 'opening-unknown'), [
      '1: "Recallling" is not a known preambular opening; nearest known: "Recalling", "Realizing", "Deploring".',
      '3: "Decidess" is not a known operative opening; nearest known: "Decides", "Declares", "Considers".',
    ]);
    const [, decidess] = getDiagnostics(parseDraft(text)).filter((d) => d.code === 'opening-unknown');
    assert.deepStrictEqual(
      decidess.choices!.map((c) => [c.title, c.edit.newText]),
      [
        ['Change to "Decides"', '*Decides*'],
        ['Change to "Declares"', '*Declares*'],
        ['Change to "Considers"', '*Considers*'],
      ],
    );
    assert.strictEqual(
      applyEdits(parseDraft(text), [decidess.choices![0].edit]),
      'Recallling its resolution,\n\n1. *Decides* to act.',
    );
  });

  it('warn of a misspelt opening in a draft of known style, keeping its "also"; a phrase far from any, a hint', () => {
    const text =
      'The General Assembly,\n\nNotting its resolution,\n\nRecallling also its decision,\n\nXqzzing the matter,\n\n1. *Decidess* to act.';
    const diagnostics = getDiagnostics(parseDraft(text)).filter((d) => d.code.startsWith('opening-'));
    assert.deepStrictEqual(
      diagnostics.map((d) => [d.code, d.severity, d.message]),
      [
        ['opening-misspelt', 'warning', '"Notting" is not a known preambular opening: "Noting" is.'],
        ['opening-misspelt', 'warning', '"Recallling also" is not a known preambular opening: "Recalling also" is.'],
        ['opening-unknown', 'hint', diagnostics[2].message],
        ['opening-misspelt', 'warning', '"Decidess" is not a known operative opening: "Decides" is.'],
      ],
    );
    assert.strictEqual(diagnostics[1].choices![0].edit.newText, 'Recalling also');
    assert.match(diagnostics[2].message, /^"Xqzzing" is not a known preambular opening; nearest known: /);
  });

  it('report an impossible date', () => {
    assert.deepStrictEqual(found(un('1. *Recalls* resolution 61/49 of 31 February 2006.'), 'citation-date'), [
      '5: 31 February 2006 is not a date.',
    ]);
  });

  it('can be switched off or re-graded per code', () => {
    const text = gaza.replace('3. Decides', '2. Decides');
    const options = { style: 'auto' as const, severities: { 'numbering-duplicate': 'off' as const } };
    assert.deepStrictEqual(
      getDiagnostics(parseDraft(text), options).filter((d) => d.code === 'numbering-duplicate'),
      [],
    );
    const regraded = getDiagnostics(parseDraft(resolution), { style: 'auto', severities: { emphasis: 'warning' } });
    assert.ok(regraded.filter((d) => d.code === 'emphasis').every((d) => d.severity === 'warning'));
  });
});

describe('French typography', () => {
  const fr = (...operative: string[]): string =>
    `L’Assemblée générale,\n\nRappelant sa résolution 61/49,\n\n${operative.join('\n\n')}`;
  const typography = (text: string): DraftDiagnostic[] => check(text).filter((d) => d.code === 'typography-space');

  it('asks for the no-break space before ";" in French, and its fix inserts only that character', () => {
    const text = fr(
      '1. Décide de proroger le mandat de la Mission;',
      '2. Prie le Secrétaire général\u00a0:\na) de faire rapport\u00a0;\nb) de suivre la question.',
    );
    const found = typography(text);
    assert.deepStrictEqual(
      found.map((d) => [startOf(text, d).line + 1, d.severity, d.message]),
      [[5, 'warning', 'In French a no-break space goes before ";".']],
    );
    const doc = parseDraft(text);
    assert.strictEqual(applyEdits(doc, [found[0].fix!.edit]), text.replace('Mission;', 'Mission\u202f;'));
  });

  it('leaves alone an English title quoted or not, a footnote call, a time, and notes an ordinary space', () => {
    // A/RES/76/205: "intitulé Climate Change 2021: The Physical Science Basis"; A/RES/77/99: "d’entrepôt¹²;".
    const titles = fr(
      '1. Prend note du rapport intitulé Climate Change 2021: The Physical Science Basis\u00a0;',
      '2. Prend note du plan (Climate finance delivery plan: meeting the goal)\u00a0;',
      '3. Rappelle la Convention « People’s money: harnessing » et la loi type d’entrepôt¹²;',
      '4. Décide de se réunir à 10:30 le lundi.',
    );
    assert.deepStrictEqual(typography(titles), []);
    const ordinary = typography(fr('1. Décide :\na) de faire ceci\u00a0;\nb) de faire cela.'));
    assert.deepStrictEqual(
      ordinary.map((d) => d.severity),
      ['information'],
    );
  });

  it('removes a space before ";" in English', () => {
    const text =
      'The General Assembly,\n\nRecalling its resolution 61/49,\n\n1. Decides to act ;\n\n2. Requests a report.';
    const found = typography(text);
    assert.deepStrictEqual(
      found.map((d) => [startOf(text, d).line + 1, d.severity, d.message]),
      [[5, 'warning', 'In English no space goes before ";".']],
    );
    const doc = parseDraft(text);
    assert.strictEqual(applyEdits(doc, [found[0].fix!.edit]), text.replace('act ;', 'act;'));
  });
});

describe('quick fixes', () => {
  const fixOf = (text: string, code: string): string => {
    const doc = parseDraft(text);
    const d = getDiagnostics(doc).find((x) => x.code === code)!;
    return applyEdits(doc, [d.fix!.edit]);
  };

  it('change only what they were asked to change', () => {
    const un =
      'The General Assembly,\n\nRecalling also its resolution,\n\n1. *Also welcomes* the report,\n\n2. Decides to act.';
    assert.strictEqual(fixOf(un, 'sequence-also'), un.replace('Recalling also its', 'Recalling its'));
    const afterFirst = fixOf(un, 'sequence-also');
    assert.strictEqual(fixOf(afterFirst, 'sequence-also'), afterFirst.replace('*Also welcomes*', '*Welcomes*'));
    assert.strictEqual(fixOf(un, 'punctuation'), un.replace('the report,', 'the report;'));
    const noFootnote = resolution.replace('³ Ibid., sect. II.L.', '');
    assert.ok(!noFootnote.endsWith('\n'), 'the seed ends on its closing line');
    assert.strictEqual(fixOf(noFootnote, 'footnote-missing-text'), `${noFootnote}\n\n³ [Text of footnote 3.]\n`);
    const italics = resolution;
    assert.strictEqual(
      fixOf(italics, 'emphasis'),
      italics.replace('9. Welcomes with appreciation', '9. *Welcomes with appreciation*'),
    );
  });
});

describe('renumbering', () => {
  it('renumbers the sequence, keeps "bis" with its base, re-letters sub-paragraphs and follows cross-references', () => {
    const text =
      'The General Assembly,\n\n*Recalling* its resolution,\n\n2. *Decides*:\n(a) to act;\n(c) to report;\n\n2 bis. *Decides* otherwise;\n\n5. *Requests* the report in paragraph 2 above;\n\n7. *Recalls* paragraphs 2 to 5 above.';
    const doc = parseDraft(text);
    const renumbered = applyEdits(doc, renumberEdits(doc));
    assert.strictEqual(
      renumbered,
      'The General Assembly,\n\n*Recalling* its resolution,\n\n1. *Decides*:\n(a) to act;\n(b) to report;\n\n1 bis. *Decides* otherwise;\n\n2. *Requests* the report in paragraph 1 above;\n\n3. *Recalls* paragraphs 1 to 2 above.',
    );
  });

  it('replaces a number\'s digits whole, leading zeros included: "009." becomes "2.", not "109."', () => {
    const doc = parseDraft(
      'The General Assembly,\n\n*Recalling* its resolution,\n\n1. *Decides* to act;\n\n009. *Requests* a report.',
    );
    assert.strictEqual(applyEdits(doc, renumberEdits(doc)).split('\n\n').pop(), '2. *Requests* a report.');
  });

  it('changes nothing on a well-numbered draft', () => {
    assert.deepStrictEqual(renumberEdits(parseDraft(resolution)), []);
    assert.deepStrictEqual(renumberEdits(parseDraft(gaza)), []);
  });

  it('changes only numbers and references, and a second renumber changes nothing (property)', () => {
    const paragraph = fc.record({
      number: fc.integer({ min: 1, max: 40 }),
      bis: fc.boolean(),
      subs: fc.array(fc.constantFrom('a', 'b', 'd', 'i', 'ii'), { maxLength: 3 }),
      ref: fc.option(fc.integer({ min: 1, max: 40 })),
    });
    fc.assert(
      fc.property(fc.array(paragraph, { minLength: 1, maxLength: 12 }), (paragraphs) => {
        const text =
          'The General Assembly,\n\n*Recalling* its resolution,\n\n' +
          paragraphs
            .map(
              (p) =>
                `${p.number}${p.bis ? ' bis' : ''}. *Decides* to act${p.ref !== null ? ` as in paragraph ${p.ref} above` : ''}${p.subs.length ? ':\n' + p.subs.map((s) => `(${s}) item;`).join('\n') : ';'}`,
            )
            .join('\n\n');
        const doc = parseDraft(text);
        const once = applyEdits(doc, renumberEdits(doc));
        const strip = (t: string): string => t.replace(/\d+/g, '#').replace(/\([a-z]+\)/g, '(x)');
        assert.strictEqual(strip(once), strip(text), 'only numbers and labels change');
        const again = parseDraft(once);
        assert.deepStrictEqual(renumberEdits(again), [], 'renumbering twice changes nothing more');
      }),
      { numRuns: 300 },
    );
  });
});

describe('checks on long drafts', () => {
  const n = 20_000;
  /**
   * The checks of `text`, within a bound far above linear time and far below quadratic: in CPU time, which other
   * work on the machine does not stretch as it does the clock.
   */
  const bounded = (text: string): DraftDiagnostic[] => {
    const doc = parseDraft(text);
    const start = process.cpuUsage();
    const found = getDiagnostics(doc, { style: 'auto', severities: {} });
    const used = process.cpuUsage(start);
    const ms = (used.user + used.system) / 1000;
    assert.ok(ms < 3000, `${Math.round(ms)} ms of CPU`);
    return found;
  };
  const paragraphs = (paragraph: (i: number) => string): string =>
    Array.from({ length: n }, (_, i) => paragraph(i)).join('\n\n');
  const operative = (number: (i: number) => number): string =>
    `The General Assembly,\n\n${paragraphs((i) => `${number(i)}. *Decides* to act;`)}\n`;
  const codes = (found: readonly DraftDiagnostic[], code: string): number =>
    found.filter((d) => d.code === code).length;

  it(`${n} paragraphs numbered 2 after the first, and ${n} numbered with gaps`, () => {
    assert.strictEqual(codes(bounded(operative((i) => (i === 0 ? 1 : 2))), 'numbering-duplicate'), n - 2);
    assert.strictEqual(codes(bounded(operative((i) => 2 * i + 1)), 'numbering-gap'), n - 1);
  });

  it(`${n} footnotes in order`, () => {
    const body = paragraphs((i) => `${i + 1}. *Decides* to act [${i + 1}];`);
    const text = `The General Assembly,\n\n${body}\n\n${paragraphs((i) => `[${i + 1}] Note.`)}\n`;
    assert.strictEqual(codes(bounded(text), 'footnote-order'), 0);
  });

  it(`${n} distinct unknown openings: each a hint, the first ones with the nearest known`, () => {
    const word = (i: number): string => i.toString(26).replace(/./g, (c) => String.fromCharCode(97 + parseInt(c, 26)));
    const found = bounded(`The General Assembly,\n\n${paragraphs((i) => `Xq${word(i)}zzing the matter,`)}\n`);
    const hints = found.filter((d) => d.code === 'opening-unknown');
    assert.strictEqual(hints.length, n);
    const nearestThree = /^"Xqazzing" is not a known preambular opening; nearest known: "[^"]+", "[^"]+", "[^"]+"\.$/;
    assert.match(hints[0].message, nearestThree);
    assert.match(hints[n - 1].message, /^"Xq\w+zzing" is not a known preambular opening\.$/);
  });
});

describe('punctuation of the genre in the draft’s own marks', () => {
  const zh = (...operative: string[]): string => `安全理事会，\n\n回顾其以往各项决议，\n\n${operative.join('\n\n')}`;
  const punctuation = (text: string): DraftDiagnostic[] => check(text).filter((d) => d.code === 'punctuation');

  it('takes a Chinese text whose every operative paragraph ends with "。" as a declaration: no finding', () => {
    assert.strictEqual(parseDraft(zh('1. 决定延长任务期限。')).language, 'zh');
    assert.deepStrictEqual(
      punctuation(zh('1. 决定延长任务期限。', '2. 请秘书长提交报告。', '3. 决定继续处理此案。')),
      [],
    );
  });

  it('still finds the one "。" among operative paragraphs that end with "；"', () => {
    const found = punctuation(
      zh('1. 决定延长任务期限；', '2. 请秘书长提交报告。', '3. 鼓励各方合作；', '4. 决定继续处理此案。'),
    );
    assert.deepStrictEqual(
      found.map((d) => d.message),
      ['An operative paragraph ends with "。"; in UN resolution style it ends with "；".'],
    );
  });
});
