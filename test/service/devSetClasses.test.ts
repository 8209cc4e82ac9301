import * as assert from 'assert';
import { DraftDocument, paragraphText } from '../../server/src/service/model/document';
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

/** Each operative paragraph as "number: labels of its sub-paragraphs". */
function itemLabels(doc: DraftDocument): string[] {
  return doc.operative.map((p) => `${p.number?.value}: ${p.subparagraphs.map((s) => s.label).join(' ')}`);
}

/** Each operative paragraph's sub-paragraphs that start a line, their labels. */
function lineItems(doc: DraftDocument): string[] {
  return doc.operative.map((p) =>
    p.subparagraphs
      .filter((s) => !s.inline)
      .map((s) => s.label)
      .join(' '),
  );
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

  it('"* * *" after the operative paragraphs is a section break: the "Reaffirming …," after it is preambular', () => {
    assert.deepStrictEqual(
      reading(
        COUNCIL([
          'Recalling its previous resolutions,',
          '1. Reaffirms its support for the Peace Agreement;',
          '* * *',
          'Reaffirming the legal basis in the Charter on which the IPTF was given its mandate,',
          '2. Decides to extend the mandate of UNMIBH;',
        ]),
      ),
      [
        'preambular: Recalling its previous resolut',
        'operative: 1. Reaffirms its support for t',
        'heading: * * *',
        'preambular: Reaffirming the legal basis in',
        'operative: 2. Decides to extend the manda',
      ],
    );
  });

  it('preambular openings after a link, a conjunction, an adverb or in the older hyphenated spelling', () => {
    assert.deepStrictEqual(
      reading(
        COUNCIL([
          'Recalling its previous resolutions,',
          'In this regard, calling on all the parties to cooperate fully with the expert panel,',
          'In that context, recalling and reaffirming the statement of its President,',
          'Re-affirming also its previous resolutions on women, peace and security,',
          'Deeply outraged by the use of chemical weapons,',
          'While welcoming the significant decrease in reported incidents of piracy,',
          'Whilst welcoming the reduction in the levels of new displacement,',
          'Equally condemning the targeted attacks against the Transitional Authorities,',
          '1. Decides to remain seized of the matter.',
        ]),
      ),
      [
        'preambular: Recalling its previous resolut',
        'preambular: In this regard, calling on all',
        'preambular: In that context, recalling and',
        'preambular: Re-affirming also its previous',
        'preambular: Deeply outraged by the use of ',
        'preambular: While welcoming the significan',
        'preambular: Whilst welcoming the reduction',
        'preambular: Equally condemning the targete',
        'operative: 1. Decides to remain seized of',
      ],
    );
  });

  it('"(i)" after "(h)" is a numeral where "(ii)" follows it, a letter where "(j)" does', () => {
    const doc = parseDraft(
      COUNCIL([
        'Recalling its previous resolutions,',
        '1. Decides that the mandate shall include the following tasks:\n(a) Protection of civilians\n' +
          '(b) Support for the peace process\n(c) Human rights\n(d) Elections\n(e) Justice\n(f) Police\n' +
          '(g) Special Criminal Court\n(h) Disarmament and demobilization\n(i) To support the authorities;\n' +
          '(ii) To support the strategy;',
        '2. Requests the Secretary-General to report on:\n(a) Aid;\n(b) Access;\n(c) Safety;\n(d) Health;\n' +
          '(e) Food;\n(f) Water;\n(g) Shelter;\n(h) Schools;\n(i) Returns;\n(j) Elections.',
      ]),
    );
    const labels = (items: readonly { label: string; children: readonly unknown[] }[]): string =>
      items.map((i) => i.label + (i.children.length ? `(${labels(i.children as typeof items)})` : '')).join(' ');
    assert.deepStrictEqual(
      doc.operative.map((p) => labels(p.subparagraphs)),
      ['a b c d e f g h(i ii)', 'a b c d e f g h i j'],
    );
  });

  it('a Roman numeral and a long title after the operative paragraphs open a section with its own preamble', () => {
    const title =
      'III Conditions of service and compensation for officials other than Secretariat officials: members of ' +
      'the International Court of Justice and President and judges of the International Residual Mechanism for ' +
      'Criminal Tribunals';
    assert.deepStrictEqual(
      reading(
        COUNCIL([
          'Recalling its resolution 77/262,',
          '1. Takes note of the report of the Secretary-General;',
          title,
          'Recalling also Article 32 of the Statute of the International Court of Justice,',
          '1. Takes note of the report of the Secretary-General;',
        ]),
      ),
      [
        'preambular: Recalling its resolution 77/26',
        'operative: 1. Takes note of the report of',
        'heading: III Conditions of service and ',
        'preambular: Recalling also Article 32 of t',
        'operative: 1. Takes note of the report of',
      ],
    );
  });

  it('a hard wrap that puts a label of a list inside the sentence at a line start makes no sub-paragraph of it', () => {
    const doc = parseDraft(
      COUNCIL([
        'Recalling its previous resolutions,',
        '1. Authorizes the Secretary-General to take the necessary steps, subject to the\n' +
          'following conditions: (i) the Council’s information and approval,\n' +
          '(ii) the agreement of the troop-contributing countries and (iii) the security\n' +
          'situation where these missions are deployed;',
        '2. Requests the Mechanism to enhance efficiency, in particular: (i) full\n' +
          'implementation of the recommendations; (ii) production of clear projections;\n' +
          '(iii) continued ensuring of geographic diversity;',
        '3. Recognizes the important role of peacekeeping missions to:\n' +
          '(a) assist host countries in developing critical peacebuilding priorities and\n' +
          'strategies; (b) help to create an enabling environment;',
        '4. Decides that the mandate shall include the following tasks:\n(a) To protect civilians;\n' +
          '(b) To support the peace process;',
      ]),
    );
    assert.deepStrictEqual(lineItems(doc), ['', '', '', 'a b']);
  });

  it('pasted a paragraph a line: a mark of direction after its comma, or its comma lost, still ends it', () => {
    const long = 'the implementation of the 2030 Agenda for Sustainable Development and the Paris Agreement';
    const text =
      [
        'S/RES/9999 (2005)',
        'The Security Council,',
        `Highlighting the synergies between ${long},\u200e`,
        `Demanding that all parties respect ${long} in accordance with their obligations under international law`,
        'Noting the importance of commercial trade of food, fuel and other supplies,',
        '1. Decides to remain seized of the matter.',
      ].join('\n') + '\n';
    assert.deepStrictEqual(reading(text), [
      'preambular: Highlighting the synergies bet',
      'preambular: Demanding that all parties res',
      'preambular: Noting the importance of comme',
      'operative: 1. Decides to remain seized of',
    ]);
  });

  it("a title of the items between an operative paragraph's items is inside the paragraph, not a heading", () => {
    const text = COUNCIL([
      'Acting under Chapter VII of the Charter of the United Nations,',
      '1. Decides that all States shall take the following measures:',
      'Asset Freeze',
      '(a) Freeze without delay the funds of these individuals;',
      'Travel Ban',
      '(b) Prevent the entry into or transit through their territories of these individuals;',
      'Political process',
      '2. Decides to remain seized of the matter.',
    ]);
    const doc = parseDraft(text);
    assert.deepStrictEqual(itemLabels(doc), ['1: a b', '2: ']);
    // "Political process" before a numbered paragraph, not an item, stays a heading.
    assert.deepStrictEqual(
      reading(text).filter((r) => r.startsWith('heading')),
      ['heading: Political process'],
    );
  });

  it('"– To protect …" indents among an operative paragraph\'s items stay in the paragraph', () => {
    const doc = parseDraft(
      COUNCIL([
        'Welcoming the Agreement,',
        '7. Decides that the Operation shall have the following mandate:',
        '(a) Protection of civilians',
        '– To protect the civilian population from imminent threat of physical violence,',
        '– To revise the comprehensive strategy for the protection of civilians,',
        '(b) Monitoring of the arms embargo',
        '– To monitor the implementation of the measures imposed by paragraph 7 of resolution 1572 (2004);',
        '8. Decides to remain seized of the matter.',
      ]),
    );
    assert.deepStrictEqual(itemLabels(doc), ['7: a b', '8: ']);
  });

  it('"Panel 1: …" lines under an item ending with ":" are lines of the item, not paragraphs', () => {
    const doc = parseDraft(
      [
        'A/RES/99/1',
        'The General Assembly,',
        'Recalling its resolution 73/3 of 10 October 2018,',
        '4. Decides that the organizational arrangements for the panels will be as follows:\n' +
          '(a) Two panels will be held in parallel to the plenary segment;\n' +
          '(b) The panels will address the following themes:',
        'Panel 1: Accelerating multisectoral actions to ensure equitable care;',
        'Panel 2: Scaling up adequate and sustainable financing\n(c) Each of the two panels will be co-chaired;',
        'Thursday, 2 June: an agenda line after a paragraph ending with "." is no line of it.',
        '5. Also decides that the meeting shall approve a concise political declaration;',
      ].join('\n\n') + '\n',
    );
    assert.deepStrictEqual(itemLabels(doc), ['4: a b c', '5: ']);
  });

  it('hard-wrapped at 80 columns, an item title of two lines stays inside the operative paragraph', () => {
    const doc = parseDraft(
      COUNCIL([
        'Welcoming the Agreement,',
        '2. Decides that the Mission will have the following mandate:\n(a) Monitoring the armed groups\n' +
          '(b) To observe and monitor the implementation of the joint declaration;',
        'Contributing to the electoral process and to the identification of the\npopulation',
        '(c) Support for the organization of open, free, fair and transparent elections',
        '– To provide technical and logistical support to the Independent Electoral\nCommission,',
        '3. Decides to remain seized of the matter.',
      ]),
    );
    assert.deepStrictEqual(itemLabels(doc), ['2: a b c', '3: ']);
    assert.ok(!doc.paragraphs.some((p) => p.kind === 'heading'));
  });

  it('a wrapped line opened by "2) …" in lower case, or an unknown participle, after a comma runs on', () => {
    const text = COUNCIL([
      'Recalling the decision of the Executive Council of the Organisation for the Prohibition of\n' +
        'Chemical Weapons under the Convention on the Prohibition of the Development, Production,\n' +
        'Stockpiling and Use of Chemical Weapons and on Their Destruction, and expressing regret,',
      '1. Requests the Secretary-General to assess in his regular reports, 1) progress\n' +
        'achieved on the priority measures referenced in paragraph 2 of this resolution,\n' +
        '2) implementation of the policy, and 3) support to the security forces;',
      '2. Decides to remain seized of the matter.',
    ]);
    assert.deepStrictEqual(reading(text), [
      'preambular: Recalling the decision of the ',
      'operative: 1. Requests the Secretary-Gene',
      'operative: 2. Decides to remain seized of',
    ]);
  });

  it('a wrap that puts "(b)" or "and (b)" at a line start goes on the list written in the sentence', () => {
    const doc = parseDraft(
      COUNCIL([
        'Recalling its previous resolutions,',
        '1. Calls for the strengthening of cooperation, within their mandates, in (a) preventing\n' +
          'and combating transnational crime, including piracy; and\n' +
          '(b) preventing and countering terrorism;',
        '2. Demands that the parties cease all violations, and requests the Secretary-General to\n' +
          'ensure: (a) continued monitoring of the situation of children in Darfur;\n' +
          'and (b) continued dialogue with the parties to the conflict;',
        '3. Decides that the measures imposed by paragraph 2 (a) and (b) of resolution 1521\n' +
          '(2003) shall not apply:\n(a) To supplies of non-lethal military equipment;\n' +
          '(b) To protective clothing;',
      ]),
    );
    assert.deepStrictEqual(lineItems(doc), ['', '', 'a b']);
  });

  it("pasted with no blank lines, a title between an operative paragraph's items stays inside the paragraph", () => {
    // S/RES/1528 (2004), pasted.
    const doc = parseDraft(
      [
        'S/RES/9999 (2004)',
        'The Security Council,',
        'Welcoming the Agreement,',
        '6. Decides that the mandate of UNOCI, in coordination with the French forces authorized in paragraph 16 ' +
          'below, shall be the following:',
        'Monitoring of the ceasefire and movements of armed groups',
        '(a) To observe and monitor the implementation of the comprehensive ceasefire agreement of 3 May 2003, and ' +
          'investigate violations of the ceasefire,',
        '(b) To assist the Government of National Reconciliation in monitoring the borders, with particular ' +
          'attention to the situation of Liberian refugees and to the movement of combatants,',
        'Disarmament, demobilization, reintegration, repatriation and resettlement',
        '(c) To assist the Government of National Reconciliation in undertaking the regrouping of all the Ivorian ' +
          'forces involved and to ensure the security of their cantonment sites,',
        '7. Decides to remain seized of the matter.',
      ].join('\n') + '\n',
    );
    assert.deepStrictEqual(itemLabels(doc), ['6: a b c', '7: ']);
  });

  it('an item title before a page break, or in Markdown emphasis, stays inside the operative paragraph', () => {
    const adopted = 'Adopted by the Security Council at its 5554th meeting, on 25 October 2006';
    const print = parseDraft(
      [
        'S/RES/9999 (2006)',
        'Resolution 9999 (2006)',
        adopted,
        'The Security Council,',
        'Welcoming the Agreement,',
        '2. Requests that the Office supports the Government in the following areas:',
        'Peace consolidation and democratic governance',
        '06-58571',
        '2/5',
        adopted,
        'S/RES/9999 (2006)',
        '(a) Strengthening the capacity of national institutions;\n(b) Strengthening good governance;',
        '3. Decides to remain seized of the matter.',
      ].join('\n\n') + '\n',
    );
    const markdown = parseDraft(
      COUNCIL([
        '*Welcoming* the Agreement,',
        '7\\. *Decides* that the Operation shall have the following mandate:\n(a) *Protection of civilians*',
        '– To protect the civilian population,\n' +
          '(b) *Redeployment of State administration and the extension of State authority throughout the country*',
        '– To support the authorities to extend and re-establish effective State administration,',
        '8\\. *Decides* to remain seized of the matter.',
      ]),
    );
    for (const doc of [print, markdown]) {
      assert.deepStrictEqual(
        doc.operative.map((p) => p.subparagraphs.map((s) => s.label).join(' ')),
        ['a b', ''],
      );
      assert.ok(!doc.paragraphs.some((p) => p.kind === 'heading' || p.kind === 'narrative'));
    }
  });

  it('an item title of more than 100 characters, then an indent ending with ":", stays inside the paragraph', () => {
    // S/RES/1933 (2010): misread, the indent became a heading and paragraph 16 a false "no punctuation" warning.
    const doc = parseDraft(
      COUNCIL([
        'Welcoming the Agreement,',
        '16. Decides that UNOCI shall have the following mandate:\n(a) Monitoring the armed groups',
        '– To observe and monitor the implementation of the joint declaration,',
        '(b) Disarmament, demobilization, storage of weapons and reintegration of former combatants of the two ' +
          'parties and members of militias',
        '– To support the Integrated Command Centre in conducting the processes of:',
        '– disarmament and secure storage of weapons of former combatants of the two parties,',
        '17. Decides to remain seized of the matter.',
      ]),
    );
    assert.deepStrictEqual(itemLabels(doc), ['16: a b', '17: ']);
    assert.ok(!doc.paragraphs.some((p) => p.kind === 'heading' || p.kind === 'narrative'));
  });

  it('an unnumbered operative paragraph cut by a page break is operative, not narrative', () => {
    // A/RES/74/92 A-B, print: "Urges all countries …" runs on over the footnotes and the running header.
    const doc = parseDraft(
      [
        'A/RES/99/92',
        '99/92. Questions relating to information',
        'The General Assembly,',
        'Taking note of the comprehensive and important report of the Committee on\nInformation,1',
        'Urges all countries, organizations of the United Nations system as a whole and\n' +
          'all others concerned, deeply concerned by the disparities existing between\n' +
          'developed and developing countries, to disseminate information',
        '__________________',
        '1  Official Records of the General Assembly, Supplement No. 21 (A/99/21).',
        '19-22552',
        '2/3',
        'A/RES/99/92',
        'Questions relating to information',
        'and to cooperate in the strengthening of information infrastructures;',
        '1. Decides to remain seized of the matter.',
      ].join('\n\n') + '\n',
    );
    assert.deepStrictEqual(
      doc.operative.map((p) => paragraphText(doc, p).slice(0, 12)),
      ['Urges all co', '1. Decides t'],
    );
  });

  it('"Willing to …," at the top of a page opens a preambular paragraph, not the rest of the one before', () => {
    // S/RES/1686 (2006), print: an adjective opening of the development set's preambles.
    const doc = parseDraft(
      COUNCIL([
        'Recalling its request to the Secretary-General to submit recommendations with regard to the\n' +
          'request of the Government of Lebanon,',
        '06-39006',
        '1/2',
        'Willing to continue to assist Lebanon in the search for the truth and in holding\n' +
          'all those involved in this terrorist attack accountable,',
        '1. Welcomes the report of the Commission;',
      ]),
    );
    assert.deepStrictEqual(
      doc.preambular.map((p) => paragraphText(doc, p).slice(0, 9)),
      ['Recalling', 'Willing t'],
    );
  });

  it('"Annex: …", a title after the colon and no label, opens an annex: its lines are no operative paragraphs', () => {
    // S/RES/2296 (2016): the benchmarks' lines and "•" items were read as 35 more operative paragraphs.
    const lines = [
      'Welcoming the Agreement,',
      '1. Decides to extend the mandate of the Operation;',
      '2. Decides to remain seized of the matter.',
      'Annex: Benchmarks as set out in annex 1 of the report of the Secretary-General',
      'Benchmark 1: inclusive peace process',
      'Indicators',
      '• The parties enter into direct negotiations.',
    ];
    const clean = parseDraft(COUNCIL(lines));
    const pasted = parseDraft(
      ['S/RES/9999 (2005)', 'Resolution 9999 (2005)', 'The Security Council,', ...lines].join('\n') + '\n',
    );
    for (const doc of [clean, pasted]) {
      assert.deepStrictEqual(
        doc.operative.map((p) => paragraphText(doc, p).slice(0, 10)),
        ['1. Decides', '2. Decides'],
      );
      const annex = doc.paragraphs.find((p) => paragraphText(doc, p).startsWith('Annex:'));
      assert.strictEqual(annex?.kind, 'heading');
    }
  });

  it("a word of a verb's form that did not fit on the last line before a page break goes on the sentence", () => {
    // S/RES/2125 (2013), print: "… and coastal States," / page furniture / "States of the nationality …".
    const page = (last: string): DraftDocument =>
      parseDraft(
        COUNCIL([
          'Welcoming the Agreement,',
          // Wrapped at 80 columns: the width is read from a dozen wrapped lines.
          '15. Requests that cooperating States take appropriate steps to ensure that the\n' +
            'activities they undertake pursuant to the authorizations in paragraph 12 do not\n'.repeat(11) +
            'have the practical effect of denying or impairing the right of innocent passage;',
          last,
          '13-56844',
          '7/10',
          'S/RES/9999 (2005)',
          'States of the nationality of victims, and other States with relevant jurisdiction,\n' +
            'to cooperate in determining jurisdiction;',
          '17. Decides to remain seized of the matter.',
        ]),
      );
    const full = page('16. Calls upon all States, and in particular flag, port, and coastal States,');
    assert.deepStrictEqual(
      full.operative.map((p) => p.number?.value),
      [15, 16, 17],
    );
    // With room for "States" on its line, the line ended the paragraph: the next page's block is one of its own.
    const room = page('16. Calls upon all States, and in particular flag States,');
    assert.deepStrictEqual(
      room.operative.map((p) => p.number?.value),
      [15, 16, undefined, 17],
    );
  });
});
