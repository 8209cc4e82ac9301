import * as assert from 'assert';
import { citedSymbol, recogniseCitations } from '../../server/src/service/citations/recognise';
import { parseDraft } from '../../server/src/service/model/parser';

/** Each citation as the CLI prints it, with the text it was read from: "S/RES/2000 (2011) = 2000 (2011)". */
function cited(text: string): string[] {
  return recogniseCitations(parseDraft(text))
    .filter((c) => !c.self)
    .map((c) => `${citedSymbol(c)} = ${text.slice(c.span.start, c.span.end)}`);
}

// The citation cases of ../shared/real-layouts (README, section "Citations"), one test each, the text as given there.
describe('citations in real layouts', () => {
  it('c1-its-resolution: "its" in a Security Council text is the Council, and NNNN (YYYY) is its resolution', () => {
    const text =
      'The Security Council,\n\nRecalling its resolutions 2000 (2011) and 2100 (2013),\n\n1. Decides' +
      ' to remain seized of the matter.\n';
    assert.deepStrictEqual(cited(text), ['S/RES/2000 (2011) = 2000 (2011)', 'S/RES/2100 (2013) = 2100 (2013)']);
  });

  it(
    'c2-council-short: "Council resolution" in an Assembly text is the Security Council, "Assembly resolution"' +
      ' the Assembly',
    () => {
      const text =
        'The General Assembly,\n\nRecalling Assembly resolution 61/100 and Council resolution 1800' +
        ' (2008),\n\n1. Decides to remain seized of the matter.\n';
      assert.deepStrictEqual(cited(text), ['A/RES/61/100 = 61/100', 'S/RES/1800 (2008) = 1800 (2008)']);
    },
  );

  it('c3-slash-in-sc: NN/NNN in a Council text is a General Assembly resolution', () => {
    const text =
      'The Security Council,\n\nRecalling the principles of humanitarian assistance, including' +
      ' resolution 60/123,\n\n1. Decides to remain seized of the matter.\n';
    assert.deepStrictEqual(cited(text), ['A/RES/60/123 = 60/123']);
  });

  it('c4-roman-in-sc: NNN (ROMAN) is the General Assembly, whatever the organ of the text', () => {
    const text =
      'The Security Council,\n\nRecalling the principles of self-determination (resolution 1514' +
      ' (XV)),\n\n1. Decides to remain seized of the matter.\n';
    assert.deepStrictEqual(cited(text), ['A/RES/1514 (XV) = 1514 (XV)']);
  });

  it('c5-lettered: the letters are kept and a lettered item does not end the list', () => {
    const text =
      'The General Assembly,\n\nRecalling its resolutions 45/10 B of 1 December 1990, 46/20 C of 2' +
      ' December 1991 and 47/30 of 3 December 1992,\n\n1. Decides to remain seized of the matter.\n';
    assert.deepStrictEqual(cited(text), ['A/RES/45/10 B = 45/10 B', 'A/RES/46/20 C = 46/20 C', 'A/RES/47/30 = 47/30']);
    assert.deepStrictEqual(
      recogniseCitations(parseDraft(text)).map((c) => c.citedDate?.text),
      ['1 December 1990', '2 December 1991', '3 December 1992'],
    );
  });

  it('c6-other-symbols: presidential statements, subsidiary bodies, conferences, Rev. and Vol.', () => {
    const text =
      'The Security Council,\n\nRecalling S/PRST/2030/1, S/AC.99/2030/1, A/CONF.300/2030/2,' +
      ' CD/9/Rev.1 and NPT/CONF.2030/10 (Vol. I),\n\n1. Decides to remain seized of the matter.\n';
    assert.deepStrictEqual(cited(text), [
      'S/PRST/2030/1 = S/PRST/2030/1',
      'S/AC.99/2030/1 = S/AC.99/2030/1',
      'A/CONF.300/2030/2 = A/CONF.300/2030/2',
      'CD/9/Rev.1 = CD/9/Rev.1',
      'NPT/CONF.2030/10 (Vol. I) = NPT/CONF.2030/10 (Vol. I)',
    ]);
  });

  it('c7-count-after-list: "40 civilian staff" after a Council resolution is not a resolution', () => {
    const text = 'The Security Council,\n\n1. Authorizes, as set out in resolution 2100 (2013), 40 civilian staff;\n';
    assert.deepStrictEqual(cited(text), ['S/RES/2100 (2013) = 2100 (2013)']);
  });

  it('c8-year-no-space: the year is kept when no space precedes it', () => {
    const text = 'The Security Council,\n\n1. Requests reports as set out in resolution 1999(2011);\n';
    assert.deepStrictEqual(cited(text), ['S/RES/1999 (2011) = 1999(2011)']);
  });

  it('s06-emphasised-formula: the Council resolution cited, and the title line is the document itself', () => {
    const text =
      'Resolution 9999 (2030)\n\n*The Security Council,*\n\n*Recalling* resolution 1500' +
      ' (2003),\n\n1. *Decides* to remain seized of the matter.\n';
    assert.deepStrictEqual(cited(text), ['S/RES/1500 (2003) = 1500 (2003)']);
    assert.deepStrictEqual(
      recogniseCitations(parseDraft(text))
        .filter((c) => c.self)
        .map(citedSymbol),
      ['S/RES/9999 (2030)'],
    );
  });

  it('s28-lower-roman-session: "180 (ii)" is a session, not a sub-paragraph', () => {
    const text =
      'The General Assembly,\n\nRecalling its resolution 180 (ii) of 21 November 1947,\n\n1. Decides' +
      ' to remain seized of the matter.\n';
    assert.deepStrictEqual(cited(text), ['A/RES/180 (II) = 180 (ii)']);
  });

  it('s10-inline-refs: "paragraph 2 (a)" and in-sentence "(i)" are no citations', () => {
    assert.deepStrictEqual(
      cited(
        'The Security Council,\n\n1. Decides that the measures in paragraph 2 (a)' +
          ' shall continue;\n\n2. Urges States to (i) share data and (ii) train staff.\n',
      ),
      [],
    );
  });
});

// Sentences, some shortened, of adopted resolutions of the development set (GA 75-79, SC 2020-2024), read as the UN's
// markup links them.
describe('citations in sentences of adopted resolutions', () => {
  it(
    'a Council list with a missing comma, and its presidential statements (S/RES/2528 (2020), S/RES/2504' + ' (2020))',
    () => {
      assert.deepStrictEqual(
        cited(
          'The Security Council,\n\nRecalling that the mandate was extended pursuant to' +
            ' resolutions 2198 (2015), 2293 (2016), 2360 (2017) 2424 (2018), and 2478 (2019),\n',
        ),
        [
          'S/RES/2198 (2015) = 2198 (2015)',
          'S/RES/2293 (2016) = 2293 (2016)',
          'S/RES/2360 (2017) = 2360 (2017)',
          'S/RES/2424 (2018) = 2424 (2018)',
          'S/RES/2478 (2019) = 2478 (2019)',
        ],
      );
      assert.deepStrictEqual(
        cited(
          'The Security Council,\n\nRecalling its resolution 2642 (2022) and its' +
            ' Presidential Statements of 3 August 2011 (S/PRST/2011/16) and 21 March 2012 (S/PRST/2012/6),\n',
        ),
        ['S/RES/2642 (2022) = 2642 (2022)', 'S/PRST/2011/16 = S/PRST/2011/16', 'S/PRST/2012/6 = S/PRST/2012/6'],
      );
    },
  );

  it(
    'a list of Council resolutions after words of its own: "resolutions concerning Sudan, in particular 1591' +
      ' (2005)" (S/RES/2508 (2020))',
    () => {
      assert.deepStrictEqual(
        cited(
          'The Security Council,\n\nRecalling its previous resolutions concerning Sudan,' +
            ' in particular 1591 (2005), 1651 (2005) and 1665 (2006),\n',
        ),
        ['S/RES/1591 (2005) = 1591 (2005)', 'S/RES/1651 (2005) = 1651 (2005)', 'S/RES/1665 (2006) = 1665 (2006)'],
      );
    },
  );

  it(
    'Human Rights Council resolutions with footnote marks after the commas, special sessions, and "including' +
      ' resolution" (A/RES/75/168, A/RES/77/206)',
    () => {
      assert.deepStrictEqual(
        cited(
          'The General Assembly,\n\nRecalling Human Rights Council resolutions 27/13 of' +
            ' 25 September 2014,¹ 30/4 of 1 October 2015,² 33/12 and 33/13 of 29 September 2016,³ and S-34/1 of 12' +
            ' May 2022,⁴\n',
        ),
        [
          'A/HRC/RES/27/13 = 27/13',
          'A/HRC/RES/30/4 = 30/4',
          'A/HRC/RES/33/12 = 33/12',
          'A/HRC/RES/33/13 = 33/13',
          'A/HRC/RES/S-34/1 = S-34/1',
        ],
      );
      assert.deepStrictEqual(
        cited(
          'The General Assembly,\n\nRecalling all relevant Human Rights Council' +
            ' resolutions on the subject, including resolution 51/13 of 6 October 2022,\n',
        ),
        ['A/HRC/RES/51/13 = 51/13'],
      );
    },
  );

  it(
    '"its" is the organ just named: "established by the Human Rights Council in its resolution 39/2"' +
      ' (A/RES/77/227, A/RES/77/190)',
    () => {
      assert.deepStrictEqual(
        cited(
          'The General Assembly,\n\nWelcoming the work of the Independent Mechanism for' +
            ' Myanmar, established by the Human Rights Council in its resolution 39/2,\n',
        ),
        ['A/HRC/RES/39/2 = 39/2'],
      );
      assert.deepStrictEqual(
        cited(
          'The General Assembly,\n\nRecalling the session, as endorsed by the Economic' +
            ' and Social Council in its resolution 2020/8 of 18 June 2020,\n',
        ),
        ['E/RES/2020/8 = 2020/8'],
      );
    },
  );

  it('a list that says what each resolution is about goes on after it (A/RES/77/229)', () => {
    assert.deepStrictEqual(
      cited(
        'The General Assembly,\n\nRecalling also its resolutions ES-11/1 of 2 March' +
          ' 2022 on the aggression against Ukraine and ES-11/2 of 24 March 2022 on the humanitarian consequences of' +
          ' the aggression against Ukraine, and Human Rights Council resolutions 49/1 of 4 March 2022 on the' +
          ' situation of human rights in Ukraine stemming from the Russian aggression⁸ and S-34/1 of 12 May 2022,\n',
      ),
      ['A/RES/ES-11/1 = ES-11/1', 'A/RES/ES-11/2 = ES-11/2', 'A/HRC/RES/49/1 = 49/1', 'A/HRC/RES/S-34/1 = S-34/1'],
    );
  });

  it('Council lists grouped by subject with semicolons (S/RES/2287 (2016))', () => {
    assert.deepStrictEqual(
      cited(
        'The Security Council,\n\nReaffirming its previous resolutions 1894 (2009) and' +
          ' 2222 (2015) on the protection of civilians in armed conflict; 1612 (2005) and 2223 (2015) on children' +
          ' and armed conflict; 1502 (2003) on the protection of humanitarian personnel; and 1325 (2000),\n',
      ),
      [
        'S/RES/1894 (2009) = 1894 (2009)',
        'S/RES/2222 (2015) = 2222 (2015)',
        'S/RES/1612 (2005) = 1612 (2005)',
        'S/RES/2223 (2015) = 2223 (2015)',
        'S/RES/1502 (2003) = 1502 (2003)',
        'S/RES/1325 (2000) = 1325 (2000)',
      ],
    );
  });

  it(
    'lettered parts, double letters and pinpoints to sections and paragraphs (A/RES/75/133, A/RES/75/44,' +
      ' A/RES/77/65, A/RES/75/245)',
    () => {
      assert.deepStrictEqual(
        cited(
          'The General Assembly,\n\n¹⁷ Resolutions 52/214, sect. C, para. 3; 55/222,' +
            ' sect. III, para. 12; 56/64 B, sect. X; and 58/101 B, sect. V, paras. 61–76.\n',
        ),
        ['A/RES/52/214 = 52/214', 'A/RES/55/222 = 55/222', 'A/RES/56/64 B = 56/64 B', 'A/RES/58/101 B = 58/101 B'],
      );
      assert.deepStrictEqual(
        cited(
          'The General Assembly,\n\nRecalling its resolutions 52/38 L of 9 December' +
            ' 1997, 53/77 AA of 4 December 1998 and 74/255 A and B of 27 December 2019,\n',
        ),
        ['A/RES/52/38 L = 52/38 L', 'A/RES/53/77 AA = 53/77 AA', 'A/RES/74/255 A = 74/255 A', 'A/RES/74/255 B = B'],
      );
    },
  );

  it(
    "resolutions of other bodies are not read as the Assembly's (A/RES/78/69, A/RES/75/224, A/RES/75/89," +
      ' A/RES/75/160, A/RES/75/194, A/RES/75/104)',
    () => {
      for (const line of [
        'Recalling the decision of the United Nations Environment Assembly, in paragraph 1 of its resolution' +
          ' 5/14, to convene a committee,',
        'Recalling UN-Habitat Governing Council resolution 26/8 of 12 May 2017,',
        'Noting Indian Ocean Tuna Commission, resolutions 12/07 and 13/07,',
        'Recalling Commission on the Status of Women resolutions 51/2 of 9 March 2007 and 54/7 of 12 March 2010,',
        'Noting CAC/COSP/2013/18, sect. I.A, resolution 5/3, para. 6,',
        'Noting the Economic Commission for Latin America and the Caribbean of its resolution 574 (XXVII) of 16' +
          ' May 1998,',
      ]) {
        const found = cited(`The General Assembly,\n\n${line}\n`);
        assert.deepStrictEqual(
          found.filter((c) => !c.startsWith('CAC/')),
          [],
          line,
        );
      }
    },
  );

  it('joint symbols, sections and the parts that follow a symbol (A/RES/79/10, A/RES/76/236, A/RES/77/262)', () => {
    assert.deepStrictEqual(
      cited(
        'The General Assembly,\n\n¹ See A/79/302-S/2024/600 and Corr.1, A/77/6 (Sect.' +
          ' 29A)/Corr.1 and A/77/6 (Introduction).\n',
      ),
      [
        'A/79/302 = A/79/302',
        'S/2024/600 = S/2024/600',
        'A/79/302/Corr.1 = Corr.1',
        'A/77/6 (Sect. 29A)/Corr.1 = A/77/6 (Sect. 29A)/Corr.1',
        'A/77/6 (Introduction) = A/77/6 (Introduction)',
      ],
    );
  });

  it('a PDF copy: digits glued to a year or a symbol are a footnote marker, and the list goes on after them', () => {
    const notes = '__________________\n1  A.\n\n2  B.\n\n3  C.\n\n4  D.\n';
    const text =
      'The General Assembly,\n\nRecalling Human Rights Council resolutions 36/5 of 28 September 2017,1 39/4 of ' +
      '27 September 20182 and 42/8 of 26 September 2019,3 and the report pursuant to resolution 73/1814 and ' +
      'resolution 74/167,\n\n1. Decides to act.\n' +
      notes;
    assert.deepStrictEqual(cited(text), [
      'A/HRC/RES/36/5 = 36/5',
      'A/HRC/RES/39/4 = 39/4',
      'A/HRC/RES/42/8 = 42/8',
      'A/RES/73/181 = 73/181',
      'A/RES/74/167 = 74/167',
    ]);
    const doc = parseDraft(text);
    assert.deepStrictEqual(
      doc.preambular[0].footnoteMarkers.map((m) => m.number),
      [1, 2, 3, 4],
    );
    // With no note missing its marker, "73/1814" is the resolution it says; nor is "CO2" ever a marker.
    const plain = 'The General Assembly,\n\nRecalling resolution 73/1814 and CO2 emissions,1\n\n1. Acts.\n';
    assert.deepStrictEqual(parseDraft(`${plain}__________________\n1  A.\n`).preambular[0].footnoteMarkers.length, 1);
  });

  it('a PDF copy: a list of resolutions cut by a page break reads on past the running header', () => {
    const text =
      'A/RES/99/1\n\nThe General Assembly,\n\nRecalling its resolutions 64/25 of 2 December 2009, 65/221 of 21 ' +
      'December 2010,\n\n23-12345\n\n2/5\n\nA/RES/99/1\n\n66/171 of 19 December 2011 and 68/178 of 18 December 2013,' +
      '\n\n1. Decides to act.\n';
    assert.deepStrictEqual(cited(text), [
      'A/RES/64/25 = 64/25',
      'A/RES/65/221 = 65/221',
      'A/RES/66/171 = 66/171',
      'A/RES/68/178 = 68/178',
    ]);
    assert.strictEqual(parseDraft(text).preambular.length, 1);
  });
});
