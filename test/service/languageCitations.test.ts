import * as assert from 'assert';
import { foreignResolutionLists } from '../../server/src/service/languages/citations';
import type { LanguageCode } from '../../server/src/service/languages';

const symbols = (language: LanguageCode, text: string): string[] =>
  foreignResolutionLists(text, 0, language).map((c) => c.symbol);

describe('citations in the other five UN languages', () => {
  it('reads the Arabic forms: للقرار, القراران, drawn-out and vowelled words, spelt-out parts, long dated lists', () => {
    assert.deepStrictEqual(symbols('ar', 'وفقا للقرار 2272 (2016)،'), ['S/RES/2272']);
    assert.deepStrictEqual(symbols('ar', 'منها القراران 2441 (2018) و 2473 (2019)، وإلى'), [
      'S/RES/2441',
      'S/RES/2473',
    ]);
    assert.deepStrictEqual(
      symbols(
        'ar',
        'إذ تشير إلى قــــراراتها 47/90 المـــــؤرخ 16 كــــانون الأول/ديسمبر 1992 و 52/38 لام المؤرَّخ ' +
          '9 كانون الأول/ ديسمبر 1997(³) و 60/43',
      ),
      ['A/RES/47/90', 'A/RES/52/38 L', 'A/RES/60/43'],
    );
    const dated = Array.from({ length: 20 }, (_, i) => `${50 + i}/1 المؤرخ 1 كانون الأول/ديسمبر ${1995 + i}`);
    assert.strictEqual(symbols('ar', `قراراتها ${dated.join(' و ')}`).length, 20);
  });

  it('reads a Russian part letter typed in the Cyrillic capital it looks like, and the list on after it', () => {
    // A/RES/74/45: "50/70 Р" (Cyrillic Er) stopped the list of fifteen numbers at its first.
    assert.deepStrictEqual(
      symbols(
        'ru',
        'свои резолюции 50/70 Р от 12 декабря 1995 года, 51/45 О от 10 декабря 1996 года, ' +
          '53/77\u00a0X от 4 декабря 1998 года и 57/79 от 22 ноября 2002 года',
      ),
      ['A/RES/50/70 P', 'A/RES/51/45 O', 'A/RES/53/77 X', 'A/RES/57/79'],
    );
  });

  it('gives the Human Rights Council a number it is named after, "du Conseil" alone too', () => {
    // A/RES/74/146 and others: "la résolution 27/21 du Conseil ;", "la resolución 39/8 del Consejo, de 27 de …".
    assert.deepStrictEqual(symbols('fr', 'énoncé dans la résolution 27/21 du Conseil ; 20. Prie'), ['A/HRC/RES/27/21']);
    assert.deepStrictEqual(symbols('fr', 'la résolution 39/17 du Conseil en date du 28 septembre 2018 et'), [
      'A/HRC/RES/39/17',
    ]);
    assert.deepStrictEqual(symbols('es', 'la resolución 39/8 del Consejo, de 27 de septiembre de 2018,'), [
      'A/HRC/RES/39/8',
    ]);
    const named = 'la resolución 34/36 del Consejo de Derechos Humanos, de 24 de marzo de 2017';
    assert.deepStrictEqual(symbols('es', named), ['A/HRC/RES/34/36']);
    assert.deepStrictEqual(symbols('fr', 'ses résolutions 2282 (2016) du Conseil de sécurité'), ['S/RES/2282']);
    assert.deepStrictEqual(symbols('fr', 'sa résolution 73/21 du 30 novembre 2018'), ['A/RES/73/21']);
  });

  it('reads a list on past an item’s title in quotes, and "قرار الجمعية" as the Assembly’s', () => {
    // The resolutions of 2020 on COVID-19, cited with their titles; "قرار الجمعية 73/180" (the Assembly alone).
    const lists: [LanguageCode, string][] = [
      ['fr', 'ses résolutions 74/270 du 2 avril 2020, intitulée « Solidarité mondiale (COVID-19) », et 74/274'],
      ['es', 'sus resoluciones 74/270, de 2 de abril de 2020, titulada “Solidaridad mundial (COVID-19)”, y 74/274'],
      ['ru', 'свои резолюции 74/270 от 2 апреля 2020 года, озаглавленную «Глобальная солидарность», и 74/274'],
      ['ar', 'قراريها 74/270 المؤرخ 2 نيسان/أبريل 2020 المعنون ”التضامن العالمي (كوفيد-19)“، و 74/274'],
    ];
    for (const [language, text] of lists)
      assert.deepStrictEqual(symbols(language, text), ['A/RES/74/270', 'A/RES/74/274'], language);
    assert.deepStrictEqual(symbols('ar', 'بما فيها قرار الجمعية 73/180 المؤرخ 17 كانون الأول/ديسمبر 2018'), [
      'A/RES/73/180',
    ]);
  });

  it('gives the Human Rights Council A/HRC/RES, the Economic and Social Council E/RES, old sessions their Roman number', () => {
    assert.deepStrictEqual(symbols('ar', 'قرار مجلس حقوق الإنسان 7/34 المؤرخ 28 آذار/مارس 2008 و 18/15'), [
      'A/HRC/RES/7/34',
      'A/HRC/RES/18/15',
    ]);
    assert.deepStrictEqual(symbols('ar', 'قرار المجلس الاقتصادي والاجتماعي 2016/6، الفقرة 3'), ['E/RES/2016/6']);
    assert.deepStrictEqual(symbols('ar', 'قرار الجمعية العامة 1514 (د-15) المؤرخ 14 كانون الأول/ديسمبر 1960'), [
      'A/RES/1514 (XV)',
    ]);
    assert.deepStrictEqual(symbols('fr', 'sa résolution 1514 (XV) du 14 décembre 1960'), ['A/RES/1514 (XV)']);
    assert.deepStrictEqual(symbols('zh', '回顾其1960年12月14日第1514(XV)号、第2200A(XXI)号决议'), [
      'A/RES/1514 (XV)',
      'A/RES/2200 A (XXI)',
    ]);
    assert.deepStrictEqual(symbols('zh', '经济及社会理事会第2016/6号决议和人权理事会第45/34号决议'), [
      'E/RES/2016/6',
      'A/HRC/RES/45/34',
    ]);
    // A decision (决定), not a resolution.
    assert.deepStrictEqual(symbols('zh', '第73/546号决定'), []);
  });

  it('reads a Chinese list of dated numbers as long as it runs to its 决议', () => {
    const dated = Array.from({ length: 40 }, (_, i) => `${1995 + i}年12月1日第${50 + i}/1号`);
    assert.strictEqual(symbols('zh', `回顾其${dated.join('、')}决议`).length, 40);
  });

  it('reads special and emergency special sessions: S-24/2, ES‑10/15, دإط-10/15, دإ-30/1, 1874 (S-IV), (دإ-4)', () => {
    // Footnotes and lists of the development set (A/RES/74/1 and others in each language).
    assert.deepStrictEqual(symbols('fr', 'Résolutions S-23/2, annexe, et S-23/3, annexe.'), [
      'A/RES/S-23/2',
      'A/RES/S-23/3',
    ]);
    assert.deepStrictEqual(
      symbols('fr', 'ses résolutions ES‑10/15 du 20 juillet 2004 et ES‑10/17 du 15 décembre 2006'),
      ['A/RES/ES-10/15', 'A/RES/ES-10/17'],
    );
    assert.deepStrictEqual(
      symbols('es', 'resoluciones del Consejo de Derechos Humanos S-16/1, de 29 de abril de 2011'),
      ['A/HRC/RES/S-16/1'],
    );
    assert.deepStrictEqual(symbols('es', 'resoluciones 1874 (S-IV), de 27 de junio de 1963, 3101 (XXVIII)'), [
      'A/RES/1874 (S-IV)',
      'A/RES/3101 (XXVIII)',
    ]);
    assert.deepStrictEqual(symbols('ar', 'قرارها دإط-10/15 المؤرخ 20 تموز/يوليه 2004، والقرار دإ-30/1، المرفق'), [
      'A/RES/ES-10/15',
      'A/RES/S-30/1',
    ]);
    assert.deepStrictEqual(symbols('ar', 'قراراتها 1874 (دإ-4) المؤرخ 27 حزيران/يونيه 1963 و 3101 (د-28)'), [
      'A/RES/1874 (S-IV)',
      'A/RES/3101 (XXVIII)',
    ]);
    assert.deepStrictEqual(symbols('zh', '大会2004年7月20日ES-10/15号和S-24/2号决议、第1874(S-IV)号决议'), [
      'A/RES/ES-10/15',
      'A/RES/S-24/2',
      'A/RES/1874 (S-IV)',
    ]);
  });

  it('gives a number the Human Rights Council where its date fits the Council and not the Assembly', () => {
    // A/RES/78/… in French: "les résolutions 27/13 du 25 septembre 2014¹, 30/4 du 1er octobre 2015², 33/12 et 33/13 …".
    assert.deepStrictEqual(
      symbols(
        'fr',
        'les résolutions 27/13 du 25 septembre 2014¹, 30/4 du 1er octobre 2015², 33/12 et 33/13 du 29 septembre 2016³',
      ),
      ['A/HRC/RES/27/13', 'A/HRC/RES/30/4', 'A/HRC/RES/33/12', 'A/HRC/RES/33/13'],
    );
    assert.deepStrictEqual(symbols('zh', '回顾2014年9月25日第27/13号和2006年12月4日第61/49号决议'), [
      'A/HRC/RES/27/13',
      'A/RES/61/49',
    ]);
    // The Assembly's own date keeps the number the Assembly's; no date, no change.
    assert.deepStrictEqual(symbols('fr', 'sa résolution 61/49 du 4 décembre 2006 et la résolution 33/12'), [
      'A/RES/61/49',
      'A/RES/33/12',
    ]);
  });

  it('reads further parts ("A et B"), parts spelt before a Roman session, a paragraph or section cited', () => {
    // A/RES/74/30 and its versions: the list stopped at the second part, or at "par. 8", "párr. 9", "الفقرة 9".
    assert.deepStrictEqual(symbols('fr', 'ses résolutions 36/87 A et B du 9 décembre 1981, 37/75 du 9 décembre 1982'), [
      'A/RES/36/87 A',
      'A/RES/36/87 B',
      'A/RES/37/75',
    ]);
    assert.deepStrictEqual(symbols('ru', 'свои резолюции 36/87 А и В от 9 декабря 1981 года и 37/75'), [
      'A/RES/36/87 A',
      'A/RES/36/87 B',
      'A/RES/37/75',
    ]);
    assert.deepStrictEqual(symbols('ar', 'القرار 217 ألف (د-3).'), ['A/RES/217 A (III)']);
    assert.deepStrictEqual(symbols('ru', 'Резолюция 217 А (III).'), ['A/RES/217 A (III)']);
    assert.deepStrictEqual(symbols('fr', 'résolutions 69/117, par. 8, 70/116, par. 4 et 5, et 71/139'), [
      'A/RES/69/117',
      'A/RES/70/116',
      'A/RES/71/139',
    ]);
    assert.deepStrictEqual(symbols('es', 'las resoluciones 59/39, párr. 9, y 65/21, párr. 18; véase'), [
      'A/RES/59/39',
      'A/RES/65/21',
    ]);
    assert.deepStrictEqual(symbols('es', 'resoluciones 59/276, sección XI, de 23 de diciembre de 2004, 60/258'), [
      'A/RES/59/276',
      'A/RES/60/258',
    ]);
    assert.deepStrictEqual(symbols('ru', 'резолюции 52/214, разд. B, 57/283 B, разд. III, и 58/250, разд. III.'), [
      'A/RES/52/214',
      'A/RES/57/283 B',
      'A/RES/58/250',
    ]);
    assert.deepStrictEqual(symbols('ar', 'انظر القرارين 59/39، الفقرة 9، و 65/21، الفقرة 18؛'), [
      'A/RES/59/39',
      'A/RES/65/21',
    ]);
  });

  it('reads an Arabic date in Arabic-Indic digits, and the list on after it', () => {
    // A/RES/76/55: "65/33 المؤرخ ٦ كانون الأول/ديسمبر ٢٠١٠" stopped the list.
    assert.deepStrictEqual(
      symbols(
        'ar',
        'قراراتها 64/17 المؤرخ ١٦ كانون الأول/ديسمبر ٢٠٠٩، و 65/33 المؤرخ ٦ كانون الأول/ديسمبر ٢٠١٠، و 75/69',
      ),
      ['A/RES/64/17', 'A/RES/65/33', 'A/RES/75/69'],
    );
  });

  it('gives a Chinese number the organ last named in its clause, past its date and the list before it', () => {
    // A/RES/75/10, A/RES/74/88, A/RES/74/263: the organ stood more than 12 characters before the number.
    const zh = (text: string): string[] => symbols('zh', text);
    assert.deepStrictEqual(zh('以及经济及社会理事会2019年7月23日第2019/19和2019/20号决议，'), [
      'E/RES/2019/19',
      'E/RES/2019/20',
    ]);
    assert.deepStrictEqual(zh('遵守人权理事会2011年6月16日关于《工商企业与人权指导原则》¹³ 的第17/4号决议'), [
      'A/HRC/RES/17/4',
    ]);
    assert.deepStrictEqual(zh('人权理事会2019年3月22日第40/13号决议³³、2019年9月26日第42/20和42/22号决议'), [
      'A/HRC/RES/40/13',
      'A/HRC/RES/42/20',
      'A/HRC/RES/42/22',
    ]);
    // "其" (its), another organ, or a new clause: the Assembly's again.
    assert.deepStrictEqual(zh('回顾人权理事会第5/1号决议和其2019年12月18日第74/189号决议，又回顾第73/1号决议'), [
      'A/HRC/RES/5/1',
      'A/RES/74/189',
      'A/RES/73/1',
    ]);
  });

  it('reads a number by year as the Economic and Social Council’s, a Council named after a list as all its own', () => {
    // A/RES/79/194 and others: "résolutions 2013/38 … et 2019/23", "2010/3, 2011/17, 2012/6",
    // far from the Council's name.
    assert.deepStrictEqual(symbols('ru', 'резолюции 2006/46, 2009/8 и 2010/3'), [
      'E/RES/2006/46',
      'E/RES/2009/8',
      'E/RES/2010/3',
    ]);
    assert.deepStrictEqual(symbols('fr', 'les résolutions 34/8, 35/34 et 45/11 du Conseil des droits de l’homme'), [
      'A/HRC/RES/34/8',
      'A/HRC/RES/35/34',
      'A/HRC/RES/45/11',
    ]);
    // A dated number before is the Assembly's still.
    assert.deepStrictEqual(symbols('fr', 'ses résolutions 60/251 du 15 mars 2006 et 5/1 du Conseil'), [
      'A/RES/60/251',
      'A/HRC/RES/5/1',
    ]);
    assert.deepStrictEqual(symbols('ru', 'в соответствии с резолюцией 53/30 Совета от 14 июля 2023 года'), [
      'A/HRC/RES/53/30',
    ]);
    assert.deepStrictEqual(symbols('ru', 'резолюцию 2263 (2016) Совета Безопасности'), ['S/RES/2263']);
    assert.deepStrictEqual(symbols('ar', 'على النحو المبين في قرار المجلس 27/21؛'), ['A/HRC/RES/27/21']);
  });

  it('reads a list on past what it says of an item, to the next number of the same form, and no further', () => {
    // A/RES/79/257, A/RES/78/235 and others: topics, titles in quotes and a part cited between a list's numbers.
    assert.deepStrictEqual(
      symbols(
        'ru',
        'свои резолюции 70/125 от 16 декабря 2015 года об общем обзоре, 73/189 от 17 декабря 2018 года под ' +
          'названием «Борьба», 74/274 «Международное сотрудничество», 45/248 B, раздел VI, от 21 декабря 1990 года',
      ),
      ['A/RES/70/125', 'A/RES/73/189', 'A/RES/74/274', 'A/RES/45/248 B'],
    );
    assert.deepStrictEqual(
      symbols('es', 'sus resoluciones 73/189, de 17 de diciembre de 2018, sobre la trata, y 74/1'),
      ['A/RES/73/189', 'A/RES/74/1'],
    );
    // What is said of an item ends with its sentence: a number after that is no resolution of the list.
    assert.deepStrictEqual(symbols('ru', 'резолюцию 70/1 о повестке дня. Доклад 71/2 и 72/3'), ['A/RES/70/1']);
    // A number of another form goes on no list of session numbers: "2282 (2016)" is read by its own keyword.
    assert.deepStrictEqual(symbols('fr', 'la résolution 70/262 sur la consolidation, 5 (2016) et'), ['A/RES/70/262']);
  });

  it('reads a list longer than the slice read at once, two Council numbers with no comma, and Arabic slips', () => {
    const dated = Array.from({ length: 60 }, (_, i) => `${10 + i}/${i + 1} от 1 декабря ${1955 + i} года`);
    assert.strictEqual(symbols('ru', `резолюции ${dated.join(', ')}`).length, 60);
    assert.deepStrictEqual(symbols('ru', 'резолюции 2360 (2017) 2424 (2018) и 2478 (2019)'), [
      'S/RES/2360',
      'S/RES/2424',
      'S/RES/2478',
    ]);
    assert.deepStrictEqual(symbols('ru', 'резолюциями Совета 1783 (2007), 1813 (2008)'), ['S/RES/1783', 'S/RES/1813']);
    // Vowelled, drawn out, the alef of "قرارات" left out; a date whose year is left out; a mark in ASCII digits.
    assert.deepStrictEqual(symbols('ar', 'من جديد قرارَها 70/1 و قراراتـها 71/2 و قرارتها 72/3'), [
      'A/RES/70/1',
      'A/RES/71/2',
      'A/RES/72/3',
    ]);
    assert.deepStrictEqual(
      symbols(
        'ar',
        'قرارات مجلس حقوق الإنسان 18/6 المؤرخ 29 أيلول/سبتمبر(¹)، و 33/3 المؤرخ 29 أيلول/سبتمبر 2016(2) و 36/4',
      ),
      ['A/HRC/RES/18/6', 'A/HRC/RES/33/3', 'A/HRC/RES/36/4'],
    );
  });

  it('reads a list cut by hard-wrapped lines, Markdown emphasis, escapes and footnote marks', () => {
    // The wrapped, Markdown and print renderings of A/RES/74/135 and S/RES/2610 (2021).
    assert.deepStrictEqual(symbols('ru', 'резолюции Совета\nБезопасности 2250 (2015) и\n2419 (2018)'), [
      'S/RES/2250',
      'S/RES/2419',
    ]);
    assert.deepStrictEqual(
      symbols('ru', 'резолюции Совета по правам человека 27/13 от 25 сентября 2014 года[^1], 30/4 от 1 октября'),
      ['A/HRC/RES/27/13', 'A/HRC/RES/30/4'],
    );
    assert.deepStrictEqual(symbols('ar', 'إذ يشير *إلى قراراته* *1267 (1999)* *و* *1333 (2000)*'), [
      'S/RES/1267',
      'S/RES/1333',
    ]);
    assert.deepStrictEqual(
      symbols('ar', 'قرارات مجلس حقوق الإنسان 27/13 المؤرخ 25 أيلول/ \\سبتمبر 2014([^1]) و 30/4 المؤرخ'),
      ['A/HRC/RES/27/13', 'A/HRC/RES/30/4'],
    );
  });
});
