import * as assert from 'assert';
import { DEFAULT_CHECK_OPTIONS, getDiagnostics } from '../../server/src/service/features/diagnostics';
import { paragraphText } from '../../server/src/service/model/document';
import { parseDraft } from '../../server/src/service/model/parser';
import { GoldPoint, readAkn } from '../../server/src/workspace/readers/aknDocument';

/** Each paragraph as "kind: first words", to read a failure as the drafter's screen. */
function reading(text: string): string[] {
  const doc = parseDraft(text);
  return doc.paragraphs
    .filter((p) => !doc.header.includes(p))
    .map((p) => `${p.kind}: ${paragraphText(doc, p).replace(/\s+/g, ' ').slice(0, 40)}`);
}

const RESOLUTION = (lines: readonly string[], separator = '\n\n'): string =>
  ['A/RES/99/1', '99/1. Financing of the Mission', 'The General Assembly,', ...lines].join(separator) + '\n';

describe('structure classes of the UN development set, on made-up texts', () => {
  it('"52nd (resumed) plenary meeting" and a date alone close the text; neither is a heading', () => {
    const meeting = parseDraft(
      RESOLUTION([
        'Recalling its resolution 98/1,',
        '1. Decides to act.',
        '52nd (resumed) plenary meeting\n27 May 2099',
      ]),
    );
    assert.ok(meeting.closing && paragraphText(meeting, meeting.closing).startsWith('52nd (resumed)'));
    const silence = parseDraft(RESOLUTION(['Recalling its resolution 98/1,', '1. Decides to act.', '31 March 2099']));
    assert.strictEqual(silence.closing && paragraphText(silence, silence.closing), '31 March 2099');
    // Pasted with no blank lines, the date still stands alone after the last sentence.
    const pasted = parseDraft(
      RESOLUTION(['Recalling its resolution 98/1,', '1. Decides to act.', '31 March 2099'], '\n'),
    );
    assert.strictEqual(pasted.closing && paragraphText(pasted, pasted.closing), '31 March 2099');
    // Before the operative part a date is no closing line.
    assert.strictEqual(parseDraft(RESOLUTION(['31 March 2099', 'Recalling its resolution 98/1,'])).closing, undefined);
  });

  it('"Annex A: title" after the last paragraph opens an annex, whose paragraphs are not operative ones', () => {
    const lines = [
      'Recalling its resolution 98/1,',
      '1. Endorses the Joint Plan of Action annexed to the present resolution.',
      'Annex A: Joint Plan of Action agreed in Vienna by the parties to the negotiations on 14 July 2099, with its lists',
      'The parties have agreed as follows.',
      '1. The parties will meet each year;',
    ];
    for (const separator of ['\n\n', '\n']) {
      const read = reading(RESOLUTION(lines, separator));
      assert.ok(
        read.some((r) => r.startsWith('heading: Annex A: Joint Plan')),
        read.join('\n'),
      );
      assert.strictEqual(read.filter((r) => r.startsWith('operative:')).length, 1, read.join('\n'));
    }
    // "Annex" with a label but no title, inside a sentence, stays text.
    assert.ok(
      !reading(RESOLUTION([...lines.slice(0, 2), 'Annex A to the report is noted.'])).some((r) =>
        r.startsWith('heading'),
      ),
    );
  });

  it('an unpunctuated line of many words between two paragraphs is a heading, in blocks and pasted', () => {
    const lines = [
      'Recalling its resolution 98/1,',
      '1. Takes note of the report;',
      'Budget performance report for the period from 1 July 2097 to 30 June 2098',
      '2. Takes note of the report on the budget performance;',
      'Budget estimates for the period from 1 July 2099 to 30 June 2100',
      '3. Approves the amount of 37,159,200 dollars.',
    ];
    const expected = [
      'enactingFormula: The General Assembly,',
      'preambular: Recalling its resolution 98/1,',
      'operative: 1. Takes note of the report;',
      'heading: Budget performance report for the period',
      'operative: 2. Takes note of the report on the budge',
      'heading: Budget estimates for the period from 1 J',
      'operative: 3. Approves the amount of 37,159,200 dol',
    ];
    assert.deepStrictEqual(reading(RESOLUTION(lines)), expected);
    assert.deepStrictEqual(reading(RESOLUTION(lines, '\n')), expected);
  });

  it('says less where it cannot be sure: a long unpunctuated line with no paragraph after it is no heading', () => {
    const text = RESOLUTION([
      '1. Takes note of the report;',
      'Budget performance report for the period from 1 July 2097 to 30 June 2098',
      'which the Secretary-General submitted late',
    ]);
    assert.ok(!parseDraft(text).paragraphs.some((p) => p.kind === 'heading'));
  });

  it('a Council preamble\'s "Recalls that …," is a preambular paragraph, an operative verb notwithstanding', () => {
    const text = [
      'Resolution 2999 (2099)',
      'The Security Council,',
      'Recalling its resolutions 338 (1973),',
      'Recalls that the deployment of the Force contributes to stability,',
      '1. Decides to renew the mandate;',
    ].join('\n\n');
    const doc = parseDraft(text);
    assert.strictEqual(doc.preambular.length, 2);
    assert.strictEqual(doc.operative.length, 1);
    // Ending in ";" it stays what it was: an un-numbered operative paragraph may end so.
    const open = parseDraft(text.replace('stability,', 'stability;'));
    assert.strictEqual(open.preambular.length, 1);
  });

  it('a section after the operative part has its own preamble, its last paragraph ending with a footnote marker', () => {
    const doc = parseDraft(
      RESOLUTION([
        'I',
        'Activities of the Office',
        'Recalling its resolution 98/1,',
        '1. Notes the report;',
        'II',
        'Activities of the Committee',
        'Recalling its resolution 98/2,',
        'Having considered the report of the Committee,²',
        '1. Notes with appreciation the work of the Committee.',
        '² A/99/280.',
      ]),
    );
    assert.strictEqual(doc.preambular.length, 3);
    assert.deepStrictEqual(
      doc.operative.map((p) => p.number?.value),
      [1, 1],
    );
  });

  it('a Markdown "## Annex III" opens the annex: its numbered rules are not operative paragraphs', () => {
    const text = [
      'The General Assembly,',
      'Recalling its resolution 61/49,',
      '1\\. *Decides* to convene the Conference;',
      '2\\. *Requests* a report.',
      '## Annex III',
      '## Rules of procedure',
      '1\\. Debate shall be confined to the question before the Conference.',
      '2\\. The Conference may limit the time allowed to each speaker.',
    ].join('\n\n');
    const doc = parseDraft(text);
    assert.deepStrictEqual(
      doc.operative.map((p) => p.number?.value),
      [1, 2],
    );
  });

  it('"6.\u200e Reaffirms", a left-to-right mark after the period, is paragraph 6', () => {
    const doc = parseDraft(
      RESOLUTION(['5. Notes the report;', '6.\u200e Reaffirms its decision;', '7. Decides to act.']),
    );
    assert.deepStrictEqual(
      doc.operative.map((p) => p.number?.value),
      [5, 6, 7],
    );
    assert.ok(doc.operative[1].opening?.phrase.startsWith('Reaffirms'));
  });

  it('after the title, "A" and its title are the heading of part A, not lines of the title block', () => {
    const text = ['99/1. Questions relating to information', 'A', 'Information in the service of humanity']
      .concat(['The General Assembly,', 'Recalling its resolution 98/1,', '1. Urges all countries to act.'])
      .join('\n\n');
    assert.deepStrictEqual(reading(text).slice(0, 3), [
      'heading: A',
      'heading: Information in the service of humanity',
      'enactingFormula: The General Assembly,',
    ]);
  });

  it('pasted: a section label and its title are two headings, and "1. Calls upon" after an unpunctuated line starts paragraph 1', () => {
    const text = RESOLUTION(
      [
        'Underscoring that Member States are obligated to accept its decisions',
        '1. Calls upon all parties to ensure assistance;',
        'III',
        'Funding of operational activities for development of the United Nations system',
        '2. Recognizes the nature of the Agenda;',
        '3. Recalls the missions conducted in 2097 and 2098;5',
        '4. Decides to remain seized of the matter.',
        'Annex',
        '(a) The first item;',
        '5  A/99/5.',
      ],
      '\n',
    );
    const doc = parseDraft(text);
    assert.deepStrictEqual(
      doc.operative.map((p) => p.number?.value),
      [1, 2, 3, 4],
    );
    assert.deepStrictEqual(
      doc.paragraphs.filter((p) => p.kind === 'heading').map((p) => paragraphText(doc, p)),
      ['III', 'Funding of operational activities for development of the United Nations system', 'Annex'],
    );
    assert.deepStrictEqual(doc.operative[3].subparagraphs, [], 'the annex is no part of paragraph 4');
  });

  it('"(1)" … or "1." … lines after a colon are the items of the paragraph, in order or not at all', () => {
    const labels = (lines: readonly string[]): string[][] =>
      parseDraft(RESOLUTION(lines)).operative.map((p) => p.subparagraphs.map((s) => s.label));
    const benchmarks = [
      '1. Determines that both parties should take the measures listed below:',
      '(1) Patrols: Achieve full freedom of movement,\n(2) Team Sites: Support the team site,\n(3) Monitors: Deploy them;',
    ].join('\n');
    const agenda =
      '2. Approves the following provisional agenda:\n1. Opening of the Congress.\n2. Organizational matters.';
    assert.deepStrictEqual(labels([benchmarks, agenda]), [
      ['1', '2', '3'],
      ['1', '2'],
    ]);
    assert.deepStrictEqual(
      getDiagnostics(parseDraft(RESOLUTION([benchmarks, agenda])), DEFAULT_CHECK_OPTIONS)
        .filter((d) => d.severity === 'error' || d.severity === 'warning')
        .map((d) => d.code),
      [],
    );
    // With no colon before it, a "1." line is no item; numbers that start again are an annex's, not a list.
    assert.deepStrictEqual(labels(['1. Approves the agenda\n1. Opening of the Congress.'])[0], []);
    assert.deepStrictEqual(labels(['1. Decides:\nA. Tasks:\n(1) One;\n(2) Two;\nB. Others:\n(1) Three;']), [[]]);
  });

  it('a budget table\'s numbered rows ("1. General income  30 197 000") are no operative paragraphs', () => {
    const doc = parseDraft(
      RESOLUTION([
        'Resolves that, for 2099:',
        '1. Estimates of income totalling 3,200 dollars are approved as follows:',
        'Income section  Amount (United States dollars)\n1. Income from staff assessment  2 800\n' +
          '2. General income  400\nTotal  3 200',
        '2. The income from staff assessment shall be credited to the Tax Equalization Fund;',
      ]),
    );
    assert.deepStrictEqual(
      doc.operative.map((p) => p.number?.value),
      [undefined, 1, 2],
    );
    // Pasted with no blank lines, the paragraph after the table still starts on its number.
    const pasted = parseDraft(
      RESOLUTION(['1. Approves:', 'Section  Amount\n1. Policymaking  86 769 400', '2. Decides to act;'], '\n'),
    );
    assert.deepStrictEqual(
      pasted.operative.map((p) => p.number?.value),
      [1, 2],
    );
  });

  it("pasted: a section's label and long title on one line after the formula is a heading, not the formula", () => {
    const read = reading(
      RESOLUTION(
        [
          'I Second performance report on the budget of the International Residual Mechanism for 2098–2099',
          'Having considered the second performance report of the Secretary-General,',
          '1. Takes note of the report;',
          'II Budget for the International Residual Mechanism for Criminal Tribunals for 2100',
          'Having considered the reports of the Secretary-General,',
          '1. Decides to act.',
        ],
        '\n',
      ),
    );
    assert.deepStrictEqual(
      read.map((r) => r.split(':')[0]),
      ['enactingFormula', 'heading', 'preambular', 'operative', 'heading', 'preambular', 'operative'],
      read.join('\n'),
    );
  });

  it("wrapped: an agenda item's title, however long and whatever its first word, is in the title block", () => {
    const title = [
      'Strengthening of the coordination of humanitarian and disaster relief assistance\nof the United Nations, ' +
        'including special economic assistance: strengthening of\ninternational cooperation and coordination of ' +
        'efforts to study, mitigate and\nminimize the consequences of the Chernobyl disaster',
      'Oceans and the law of the sea: sustainable fisheries, including through the 1995\nAgreement for the ' +
        'Implementation of the Provisions of the United Nations\nConvention on the Law of the Sea of 10 December ' +
        '1982 relating to the\nConservation and Management of Straddling Fish Stocks and Highly Migratory Fish\n' +
        'Stocks, and related instruments',
    ];
    for (const item of title) {
      const text = [
        'A/RES/99/1',
        'Ninety-ninth session',
        'Agenda item 71 (d)',
        item,
        'Resolution adopted by the General Assembly on 1 December 2099',
        '99/1. Persistent legacy of the disaster',
      ].join('\n\n');
      const doc = parseDraft(`${text}\n\nThe General Assembly,\n\nRecalling its resolution 98/1,\n`);
      assert.strictEqual(doc.title && paragraphText(doc, doc.title), '99/1. Persistent legacy of the disaster');
      const read = reading(`${text}\n\nThe General Assembly,\n`);
      assert.deepStrictEqual(read, ['enactingFormula: The General Assembly,']);
    }
  });

  it('wrapped: a label that a line break sets at a line start inside a sentence is no sub-paragraph', () => {
    const labels = (paragraph: string): string[] =>
      parseDraft(RESOLUTION([paragraph])).operative[0].subparagraphs.map((s) => s.label);
    const wrapped = [
      // A reference: "paragraph 8" / "(c) of resolution 1333 (2000)", "target" / "(d) of the Framework".
      '1. Reaffirms the measures imposed by paragraph 8\n(c) of resolution 1333 (2000);',
      '1. Urges States to work towards the achievement of target\n(d) of the Sendai Framework;',
      // A range, a pair, a label the sentence names.
      '1. Recalls the acts described in paragraphs 8 (a) to\n(c) of resolution 1844 (2008);',
      '1. Decides on statements in line with subparagraphs (d) and\n(e) below, by the President;',
      '1. Decides that those not selected in\n(a) or (b) above shall serve;',
      // The sentence's own enumeration, and a list that would open mid-sentence on its third label.
      '1. Requests measures for the protection of civilians including (i) the cessation of attacks,\n' +
        '(ii) the facilitation of assistance;',
      '1. Decides to improve debt management, to achieve the Goals,\n(c) the facilitation of debt treatment;',
    ];
    for (const paragraph of wrapped) assert.deepStrictEqual(labels(paragraph), [], paragraph);
    // Lists stay lists: after ";" or ":", an item opening on "and", a clause left open with no ";".
    assert.deepStrictEqual(labels('1. Decides:\n(a) to act in paragraph 2 (a) and (b);\n(b) to report;'), ['a', 'b']);
    assert.deepStrictEqual(labels('1. Decides:\n(a) to act;\n(b) and also:\n(i) to report;'), ['a', 'b']);
    assert.deepStrictEqual(labels('1. Decides:\n(a) to act since its inception and\n(b) to report;'), ['a', 'b']);
  });

  it('wrapped: "I." after "vol." is the rest of a footnote, not a section', () => {
    const doc = parseDraft(
      RESOLUTION([
        '1. Notes the report.¹',
        '¹ Official Records of the General Assembly, Seventy-second Session, Supplement No. 5, vol.\nI.',
      ]),
    );
    assert.strictEqual(doc.footnotes.length, 1);
    assert.ok(paragraphText(doc, doc.footnotes[0]).replace(/\s+/g, ' ').endsWith('vol. I.'));
  });
});

const AKN = (body: string): string => `<akomaNtoso><statement name="resolution">
<meta><identification><FRBRWork><FRBRauthor href="sc" as="author"/></FRBRWork>
<FRBRExpression><FRBRlanguage language="eng"/></FRBRExpression></identification></meta>
<coverPage><p><docNumber refersTo="#symbol">S/RES/2999 (2099)</docNumber></p></coverPage>
${body}</statement></akomaNtoso>`;

describe('the UN gold as the accuracy measure reads it: its markup, not errors of its own', () => {
  it("reads a section's heading once, a container holding a short line as a heading, and italic headings", () => {
    const doc = readAkn(
      AKN(`<mainBody><section><num>I</num><subheading>Activities of the Office</subheading>
<paragraph><num>1.</num><content><p><span class="italic">Notes</span> the report;</p></content></paragraph></section>
<container name="Reporting"><p>Reporting and Consultation</p></container>
<paragraph><content><p><span class="italic">Travel Ban</span></p></content></paragraph>
<paragraph><num>2.</num><content><p><span class="italic">Requests</span> a report.</p></content></paragraph>
</mainBody>`),
    );
    assert.deepStrictEqual(
      doc.body.map((b) => `${b.kind} ${b.text.text}`),
      [
        'heading I Activities of the Office',
        'operative Notes the report;',
        'heading Reporting and Consultation',
        'heading Travel Ban',
        'operative Requests a report.',
      ],
    );
  });

  it('puts a flat paragraph that continues the one before back into it: its sentence, or its titled item', () => {
    const doc = readAkn(
      AKN(`<mainBody><paragraph><num>12.</num><list><intro><p><span class="italic">Authorizes</span> the Mission:</p></intro>
<point><num>(a)</num><content><p>Protection of civilians;</p></content></point>
<point><num>(b)</num><content><p>Neutralizing armed groups</p></content></point></list></paragraph>
<paragraph><content><p>In support of the authorities, to carry out operations;</p></content></paragraph>
<paragraph><num>(c)</num><content><p>Monitoring the embargo;</p></content></paragraph>
<paragraph><num>13.</num><list><intro><p><span class="italic">Recalls</span>:</p></intro>
<point><num>(a)</num><content><p>Its request;</p></content></point></list></paragraph>
<paragraph><content><p>and its request that all documents be issued on time;</p></content></paragraph>
<paragraph><content><p><span class="italic">Decides</span> to remain seized of the matter.</p></content></paragraph>
</mainBody>`),
    );
    assert.deepStrictEqual(
      doc.body.map((b) => [b.num, b.points.map((p) => p.label).join(' ')]),
      [
        ['12.', 'a b c'],
        ['13.', 'a'],
        [undefined, ''],
      ],
    );
    assert.strictEqual(
      doc.body[0].points[1].text.text,
      'Neutralizing armed groups In support of the authorities, to carry out operations;',
    );
    assert.strictEqual(doc.body[1].wrapUp?.text, 'and its request that all documents be issued on time;');
  });

  it('puts Arabic points marked up as paragraphs, "(أ)" and "’1‘" in their words, back into their paragraph', () => {
    // A/RES/74/126 and S/RES/2514 (2020): the Arabic files give each point a paragraph of its own, no num.
    const doc = readAkn(
      AKN(`<mainBody><paragraph><num>8 -</num><content><p>يقرر ما يلي:</p></content></paragraph>
<paragraph><num>(أ)</num><content><p>حماية المدنيين:</p></content></paragraph>
<paragraph><content><p>‘1’\tحماية المدنيين المعرضين لخطر العنف؛</p></content></paragraph>
<paragraph><content><p>\t’2‘\tردع أعمال العنف؛</p></content></paragraph>
<paragraph><content><p>\t(ب)\tتهيئة الظروف المؤاتية</p></content></paragraph>
<paragraph><content><p>الإسهام في تهيئة الظروف الأمنية؛</p></content></paragraph>
<paragraph><content><p>وطلبها أن تميَّز الاستنتاجات بأحرف داكنة؛</p></content></paragraph>
<paragraph><num>9 -</num><content><p>يقرر أن يبقي المسألة قيد نظره.</p></content></paragraph>
</mainBody>`),
    );
    const shape = (points: readonly GoldPoint[]): string =>
      points.map((p) => (p.children.length ? `${p.label}(${shape(p.children)})` : p.label)).join(' ');
    assert.deepStrictEqual(
      doc.body.map((b) => [b.kind, b.num, shape(b.points)]),
      [
        ['operative', '8 -', 'أ(1 2) ب'],
        ['operative', '9 -', ''],
      ],
    );
    // A/RES/74/252, paragraph 73: "and its request that …" after the points, in a script with no lower case.
    assert.strictEqual(doc.body[0].wrapUp?.text, 'وطلبها أن تميَّز الاستنتاجات بأحرف داكنة؛');
    // A short line ending with "؛" is the words of the item titled alone before it, not a heading.
    assert.strictEqual(doc.body[0].points[1].text.text, 'تهيئة الظروف المؤاتية الإسهام في تهيئة الظروف الأمنية؛');
  });

  it('reads a Russian point "а)" typed in Cyrillic in its words as the first point, not the paragraph’s words', () => {
    // S/RES/2552 (2020), paragraph 33: "а)" in its words, then "b)" in a num; the text read "b)" first.
    const doc = readAkn(
      AKN(`<mainBody><paragraph><num>33.</num><content><p>уполномочивает МИНУСКА выполнять задачи:</p></content>
</paragraph><paragraph><content><p>\tа)\tоказывать содействие Комитету;</p></content></paragraph>
<paragraph><num>b)</num><content><p>наблюдать за осуществлением мер;</p></content></paragraph></mainBody>`),
    );
    assert.deepStrictEqual(
      doc.body.map((b) => [b.num, b.text.text, b.points.map((p) => p.label).join(' ')]),
      [['33.', 'уполномочивает МИНУСКА выполнять задачи:', 'а b']],
    );
  });

  it('"6.\u200e Reaffirms" with no num: paragraph 6, its number in its words', () => {
    const doc = readAkn(
      AKN(
        `<mainBody><paragraph><content><p>6.\u200e <span class="italic">Reaffirms</span> its decision;</p></content></paragraph></mainBody>`,
      ),
    );
    assert.deepStrictEqual(
      doc.body.map((b) => [b.kind, b.num, b.text.text]),
      [['operative', '6.', 'Reaffirms its decision;']],
    );
  });
});
