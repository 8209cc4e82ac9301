import * as assert from 'assert';
import { paragraphText, Subparagraph } from '../../server/src/service/model/document';
import { getDiagnostics } from '../../server/src/service/features/diagnostics';
import { applyEdits, renumberEdits } from '../../server/src/service/features/renumber';
import { parseDraft } from '../../server/src/service/model/parser';
import { LANGUAGES } from '../../server/src/service/languages';

/** Each paragraph as "kind number: first words", to read a failure as the drafter's screen. */
function reading(text: string): string[] {
  const doc = parseDraft(text);
  return doc.paragraphs
    .filter((p) => !doc.header.includes(p))
    .map((p) => {
      const number = p.number ? ` ${p.number.value}` : '';
      return `${p.kind}${number}: ${paragraphText(doc, p).replace(/\s+/g, ' ').slice(0, 24)}`;
    });
}

/** Each paragraph's kind, and its number if it has one. */
const kinds = (text: string): string[] => reading(text).map((r) => r.split(':')[0]);

const labels = (text: string): string[] =>
  parseDraft(text).operative.map((p) => p.subparagraphs.map((s) => s.label).join(' '));

describe('structure classes of the five UN languages besides English', () => {
  it('runs a hard-wrapped Russian paragraph on where a wrapped line begins with an opening, blank lines apart', () => {
    // S/RES/2508 (2020), wrapped at 80 columns: "вновь подтверждает" begins a line mid-sentence, after a ",".
    const wrapped = [
      'Совет Безопасности,',
      'ссылаясь на все свои предыдущие резолюции и заявления своего Председателя по\nположению в Судане,',
      'признавая важную роль региональных организаций,',
      '1. постановляет продлить до 12 марта 2021 года мандат Группы экспертов, мандат\n' +
        'которой ранее продлевался резолюциями 1779 (2007) и 2400 (2018),\n' +
        'вновь подтверждает мандат Группы экспертов и просит Группу представить доклад;',
      '2. постановляет продолжать заниматься этим вопросом.',
    ].join('\n\n');
    assert.deepStrictEqual(kinds(wrapped), [
      'enactingFormula',
      'preambular',
      'preambular',
      'operative 1',
      'operative 2',
    ]);
    // Pasted with no blank lines, a line is a paragraph: there the opening still opens one.
    const pasted = wrapped.replace(/\n\n/g, '\n').replace(/,\n(?=вновь)/, ';\n');
    assert.deepStrictEqual(kinds(pasted).slice(-3), ['operative 1', 'operative', 'operative 2']);
  });

  it('reads Arabic operative numbers with an en dash, right-to-left marks and Arabic-Indic digits', () => {
    const made = [
      'إن الجمعية العامة،',
      'إذ تشير إلى قرارها 61/49،',
      '1 - تقرر أن تفعل كذا؛',
      '2 – تطلب إلى الأمين العام أن يقدم تقريرا؛',
      '\u200f3 -\u200f تحث جميع الدول؛',
      '٤ - تقرر أن تبقي المسألة قيد نظرها.',
    ].join('\n\n');
    assert.deepStrictEqual(
      parseDraft(made).operative.map((p) => [p.number?.value, p.number?.marker]),
      [
        [1, '-'],
        [2, '-'],
        [3, '-'],
        [4, '-'],
      ],
    );
    // The marks stay outside the digits: a renumbering rewrites "3" alone.
    const third = parseDraft(made).operative[2].number!;
    assert.strictEqual(made.slice(third.digits.start, third.digits.end), '3');
    // A/RES/79/133, paragraphs 32–34: the UN's own markup gives 33 no number.
    const excerpt = [
      'إن الجمعية العامة،',
      '32 - تؤكد من جديد، في هذا الصدد، القوائم الحمراء بالممتلكات الثقافية؛',
      '33 – تشير إلى أن اللجنة الحكومية الدولية لتشجيع إعادة الممتلكات؛',
      '34 - تشجع الدول الأعضاء على النظر في الاستعانة بالأحكام النموذجية؛',
    ].join('\n\n');
    assert.deepStrictEqual(
      parseDraft(excerpt).operative.map((p) => p.number?.value),
      [32, 33, 34],
    );
  });

  it('reads an Arabic number alone on its line, its sub-paragraphs below it (S/RES/2592 (2021), paragraph 11)', () => {
    const text = [
      'إن مجلس الأمن،',
      'إذ يشير إلى قراراته السابقة،',
      '10 - يعرب عن قلقه من جميع انتهاكات القانون الدولي الإنساني؛',
      '11 - \n(أ) يعرب عن القلق من ارتفاع عدد حوادث ”الانتهاكات الجسيمة الستة“؛\n(ب) يشدد على الحاجة إلى ذلك؛',
      '12 - يقرر أن يبقي المسألة قيد نظره.',
    ].join('\n\n');
    assert.deepStrictEqual(reading(text).slice(2), [
      'operative 10: 10 - يعرب عن قلقه من جمي',
      'operative 11: 11 - (أ) يعرب عن القلق م',
      'operative 12: 12 - يقرر أن يبقي المسأل',
    ]);
    assert.deepStrictEqual(labels(text), ['', 'أ ب', '']);
  });

  it('reads Arabic second-degree labels ‘1’ (or ’1‘) inside (أ), and numbers them in their own script', () => {
    // S/RES/2514 (2020), paragraph 8: "(أ) حماية المدنيين:" then ‘1’ … ’5‘ …, as the UN types them.
    const text = [
      'إن مجلس الأمن،',
      'إذ يشير إلى قراراته السابقة،',
      '8 - يقرر أن تتمثل ولاية البعثة في تأدية المهام التالية:\n(أ) حماية المدنيين:\n' +
        '‘1’ حماية المدنيين المعرضين لخطر العنف البدني؛\n’2‘ ردع أعمال العنف ضد المدنيين؛\n' +
        '(ب) تهيئة الظروف المؤاتية لإيصال المساعدات الإنسانية:\n‘1’ الإسهام في تهيئة الظروف الأمنية؛\n' +
        '‘3’ كفالة أمن موظفي الأمم المتحدة؛',
      '9 - يقرر أن يبقي المسألة قيد نظره.',
    ].join('\n\n');
    const doc = parseDraft(text);
    const shape = (subs: readonly Subparagraph[]): string =>
      subs.map((s) => (s.children.length ? `${s.label}(${shape(s.children)})` : s.label)).join(' ');
    assert.deepStrictEqual(
      doc.operative.map((p) => shape(p.subparagraphs)),
      ['أ(1 2) ب(1 3)', ''],
    );
    const findings = getDiagnostics(doc).filter((d) => d.code === 'subparagraph-sequence');
    assert.deepStrictEqual(
      findings.map((d) => d.message),
      ['‘3’ follows ‘1’: ‘2’ expected.'],
    );
    // Renumbering writes Arabic letters and digits, not Latin ones.
    const shuffled = text.replace('(ب) تهيئة', '(د) تهيئة');
    const renumbered = applyEdits(parseDraft(shuffled), renumberEdits(parseDraft(shuffled)));
    assert.ok(renumbered.includes('(ب) تهيئة'), renumbered);
    assert.ok(renumbered.includes('‘2’ كفالة'), renumbered);
    // A/RES/74/148: "(ﻫ)" in a presentation form is (ه); past (ر), the UN letters on: (ش), (ت).
    const letters = [...'أبجدﻫوزحطيكلمنسعفصقرشت'].map((l) => `(${l}) بند؛`).join('\n');
    const long = parseDraft(['إن الجمعية العامة،', `1 - تقرر ما يلي:\n${letters}`].join('\n\n'));
    assert.deepStrictEqual(
      long.operative[0].subparagraphs.map((s) => s.ordinal),
      Array.from({ length: 22 }, (_, i) => i + 1),
    );
  });

  it('reads a Chinese or Arabic preambular paragraph of rare words by its own end, "，" or "،"', () => {
    // S/RES/2506 (2020): "呼应秘书长，…" and S/RES/2539 (2020): "向所有各方强调…", openings the lexicon lacks.
    const chinese = [
      '安全理事会，',
      '回顾安理会第1325(2000)号决议和相关决议，',
      '呼应秘书长，同样感谢塞浦路斯政府和希腊政府为联塞部队的经费提供自愿捐款，',
      '向所有各方强调全面遵守第1701(2006)号决议的重要性，',
      '1. 欢迎双方领导人举行三方会议；',
      '2. 决定继续积极处理此案。',
    ].join('\n\n');
    assert.deepStrictEqual(kinds(chinese), [
      'enactingFormula',
      'preambular',
      'preambular',
      'preambular',
      'operative 1',
      'operative 2',
    ]);
    // The same words ending as an operative paragraph does stay unsure: no preambular paragraph is made of them.
    const unsure = chinese.replace('提供自愿捐款，', '提供自愿捐款。');
    assert.notStrictEqual(kinds(unsure)[2], 'preambular');
    // S/RES/2526 (2020): "ويؤكد من جديد …،", a Council verb where "وإذ يؤكد" is usual.
    const arabic = [
      'إن مجلس الأمن،',
      'إذ يشير إلى قراراته السابقة،',
      'ويؤكد من جديد ما قرره من أن الإرهاب بجميع أشكاله يشكل تهديدا خطيرا،',
      '1 - يقرر أن يبقي المسألة قيد نظره.',
    ].join('\n\n');
    assert.deepStrictEqual(kinds(arabic), ['enactingFormula', 'preambular', 'preambular', 'operative 1']);
  });

  it('reads a section labelled in words, "一" or "ثانيا", as a heading, and its paragraphs by their ends', () => {
    // A/RES/77/259: "一" then its title, then the section's preamble. A/RES/74/263: "注意到…；" ends as no preambular
    // paragraph does; un-numbered, it is read as text (less, not wrong).
    const chinese = [
      '大会，',
      '一',
      '内部监督事务厅的活动',
      '回顾其1994年7月29日第48/218 B号决议，',
      '1. 重申大会的监督作用；',
      '二 共同出资的国际公务员制度委员会毛额预算',
      '注意到联合国系统行政首长协调理事会2020年毛额预算；',
      '审议了秘书长关于汇率和通货膨胀率变动的报告，',
      '2. 决定继续审议此事。',
    ].join('\n\n');
    assert.deepStrictEqual(kinds(chinese), [
      'enactingFormula',
      'heading',
      'heading',
      'preambular',
      'operative 1',
      'heading',
      'narrative',
      'preambular',
      'operative 2',
    ]);
    // A/RES/74/252: "ثانيا" and the section's title on one line.
    const arabic = [
      'إن الجمعية العامة،',
      'إذ تشير إلى قراراتها السابقة،',
      'أولا جدول المؤتمرات والاجتماعات',
      '1 - ترحب بتقرير لجنة المؤتمرات؛',
      'ثانيا استخدام موارد خدمات المؤتمرات',
      '2 - تعيد تأكيد الممارسة المتبعة.',
    ].join('\n\n');
    assert.deepStrictEqual(kinds(arabic), [
      'enactingFormula',
      'preambular',
      'heading',
      'operative 1',
      'heading',
      'operative 2',
    ]);
  });

  it('reads "1)" … "7)" under "3. … :" as its items, "4)" too, where the paragraphs are numbered "1."', () => {
    // S/RES/2609 (2021), paragraph 3: seven benchmarks, then paragraph 4.
    const items = [1, 2, 3, 4, 5].map((n) => `${n}) Patrouilles : assurer la liberté de circulation ${n} ;`);
    const text = [
      'Le Conseil de sécurité,',
      'Rappelant ses résolutions antérieures,',
      '1. Décide de proroger le mandat ;',
      '2. Décide de maintenir l’effectif ;',
      '3. Considère que les deux parties doivent accomplir des progrès sur les points suivants :',
      ...items,
      '4. Décide de rester saisi de la question.',
    ].join('\n\n');
    const doc = parseDraft(text);
    assert.deepStrictEqual(
      doc.operative.map((p) => p.number?.value),
      [1, 2, 3, 4],
    );
    assert.deepStrictEqual(
      getDiagnostics(doc).filter((d) => d.code.startsWith('numbering')),
      [],
    );
  });

  it('reads the Cyrillic letters Russian texts type for a), c), e) as those labels', () => {
    const made = [
      'Совет Безопасности,',
      'ссылаясь на свои резолюции,',
      '1. постановляет:\nа) первое;\nb) второе;\nс) третье;\nd) четвертое;\nе) пятое;',
      '2. постановляет продолжать заниматься этим вопросом.',
    ].join('\n\n');
    assert.deepStrictEqual(labels(made), ['а b с d е', '']);
    const doc = parseDraft(made);
    assert.deepStrictEqual(
      doc.operative[0].subparagraphs.map((s) => s.ordinal),
      [1, 2, 3, 4, 5],
    );
    // S/RES/2512 (2020), paragraph 4: "а)" in Cyrillic, "b)" in Latin.
    const excerpt = [
      'Совет Безопасности,',
      '4. просит ЮНИОГБИС, чтобы оно сосредоточило свои усилия на следующих приоритетах:\n' +
        'а) оказание содействия в полном выполнении Конакрийского соглашения;\n' +
        'b) оказание национальным властям Гвинеи-Бисау поддержки;',
    ].join('\n\n');
    assert.deepStrictEqual(labels(excerpt), ['а b']);
  });

  it('reads the closing meeting line in each language as the closing, not a heading or text', () => {
    const closings: Record<string, [string, string, string]> = {
      fr: ["L'Assemblée générale,", 'Rappelant sa résolution 61/49,', '50e séance plénière\n19 décembre 2023'],
      es: ['La Asamblea General,', 'Recordando su resolución 61/49,', '50a sesión plenaria\n18 de diciembre de 2019'],
      ru: [
        'Генеральная Ассамблея,',
        'ссылаясь на свою резолюцию 61/49,',
        '42‑е пленарное заседание\n4 декабря 2023 года',
      ],
      ar: ['إن الجمعية العامة،', 'إذ تشير إلى قرارها 61/49،', 'الجلسة العامة 53\n16 كانون الأول/ديسمبر 2021'],
      zh: ['大会，', '回顾其第61/49号决议，', '第46次全体会议\n2020年12月16日'],
    };
    const operative: Record<string, string> = {
      fr: '1. Décide de rester saisie de la question.',
      es: '1. Decide seguir ocupándose de la cuestión.',
      ru: '1. постановляет продолжать заниматься этим вопросом.',
      ar: '1 - تقرر أن تبقي المسألة قيد نظرها.',
      zh: '1. 决定继续处理此案。',
    };
    for (const [code, [formula, preambular, closing]] of Object.entries(closings)) {
      const doc = parseDraft([formula, preambular, operative[code], closing].join('\n\n') + '\n');
      assert.strictEqual(
        doc.closing && paragraphText(doc, doc.closing).split('\n')[0],
        closing.split('\n')[0],
        `${code}: ${reading([formula, preambular, operative[code], closing].join('\n\n')).join(' | ')}`,
      );
    }
    // The same words inside a paragraph close nothing.
    const inside = parseDraft(
      ['Генеральная Ассамблея,', '1. постановляет, что 42-е пленарное заседание состоится в мае.'].join('\n\n'),
    );
    assert.strictEqual(inside.closing, undefined);
  });

  it('reads a date alone after the last paragraph as the closing in each language, where no meeting adopted it', () => {
    // Council resolutions adopted by silence procedure in 2020 close on their date alone: S/RES/2520 (2020) and others.
    const texts: Record<string, [string, string, string]> = {
      fr: ['Le Conseil de sécurité,', '1. Décide de rester saisi de la question.', '1er juin 2020'],
      es: ['El Consejo de Seguridad,', '1. Decide seguir ocupándose de la cuestión.', '29 de mayo de 2020'],
      ru: ['Совет Безопасности,', '1. постановляет продолжать заниматься этим вопросом.', '29 мая 2020 года'],
      ar: ['إن مجلس الأمن،', '1 - يقرر أن يبقي المسألة قيد نظره.', '29 أيار/مايو 2020'],
      zh: ['安全理事会，', '1. 决定继续处理此案。', '2020年5月29日'],
    };
    for (const [code, [formula, operative, date]] of Object.entries(texts)) {
      const text = [formula, operative, date].join('\n\n') + '\n';
      assert.deepStrictEqual(kinds(text), ['enactingFormula', 'operative 1', 'closing'], code);
    }
    // A date inside a paragraph, or before any operative paragraph, closes nothing.
    const early = ['Совет Безопасности,', '29 мая 2020 года', '1. постановляет продолжать заниматься этим вопросом.'];
    assert.strictEqual(parseDraft(early.join('\n\n')).closing, undefined);
  });

  it('reads a Russian preambular paragraph of rare words after a comma as a paragraph of its own', () => {
    // A/RES/75/85 (and others): openings the lexicon learnt fewer than three times.
    const text = [
      'Генеральная Ассамблея,',
      'ссылаясь на свои резолюции,',
      'с глубокой обеспокоенностью вновь отмечая злободневность проблемы,',
      'будучи по-прежнему убеждена в том, что это так,',
      'и в этой связи, в частности, с учетом сказанного,',
      '1. постановляет продолжать заниматься этим вопросом.',
    ].join('\n\n');
    assert.deepStrictEqual(reading(text), [
      'enactingFormula: Генеральная Ассамблея,',
      'preambular: ссылаясь на свои резолюц',
      'preambular: с глубокой обеспокоеннос',
      'preambular: будучи по-прежнему убежд',
      'operative 1: 1. постановляет продолжа',
    ]);
  });

  it('keeps no opening the learner cut inside a word, where the UN’s italics stop ("ссылаясь н", "Rappelan")', () => {
    // Each was in the lexicons learnt before the learner took the italics to the end of their word.
    const cut: Record<string, [string, string][]> = {
      fr: [
        ['Rappelan', 'Rappelant'],
        ['Réaffirman', 'Réaffirmant'],
      ],
      ru: [
        ['ссылаясь н', 'ссылаясь на'],
        ['учитыва', 'учитывая'],
        ['подчеркивае', 'подчеркивает'],
        ['постановляе', 'постановляет'],
      ],
    };
    for (const [code, pairs] of Object.entries(cut)) {
      const language = LANGUAGES[code as 'fr' | 'ru'];
      const phrases = new Set([...language.preambular, ...language.operative]);
      for (const [truncated, whole] of pairs) {
        assert.ok(!phrases.has(truncated), `${code}: ${truncated}`);
        assert.ok(phrases.has(whole), `${code}: ${whole}`);
      }
    }
  });

  it('reads a Chinese text wrapped at its few spaces: "¹" alone above its footnote, a line run on after "⁷"', () => {
    // As A/RES/74/116 wraps at 80 columns: its only spaces follow the numbers and the footnote markers.
    const wrapped = [
      '大会，',
      '重申国际法包括国际人道法和人权法以及所有相关条约¹ 的原则、规则和有关规定，',
      '1. 强烈谴责所有针对人道主义人员及联合国人员和有关人员的暴力行为、袭击和威胁，谴责针对根据《联合国宪章》参与维持和平行动的人员²',
      '在其依照国际人道法有权得到免遭袭击保护期间实施的蓄意袭击，并重申必须起诉、处罚、惩罚这类行为的实施者；',
      '2.\n强调指出就安保风险管理程序和有关工具的运作与东道国政府密切协调和协商具有重要意义。',
      '¹\n其中主要包括适用的1946年2月13日《联合国特权和豁免公约》。',
      '² 见A/74/464。',
    ]
      .join('\n\n')
      .replace('人员²\n\n在', '人员²\n在');
    const doc = parseDraft(wrapped);
    assert.deepStrictEqual(kinds(wrapped), [
      'enactingFormula',
      'preambular',
      'operative 1',
      'operative 2',
      'footnote',
      'footnote',
    ]);
    assert.deepStrictEqual(
      doc.footnotes.map((f) => f.footnoteNumber),
      [1, 2],
    );
    assert.deepStrictEqual(
      getDiagnostics(doc).filter((d) => d.severity === 'error'),
      [],
    );
  });

  it('reads "46.决定" as paragraph 46, and "第三.47段" or "的MSC.489(103)号决议" as no footnote marker', () => {
    // A/RES/74/262 (paragraphs 45 and 46) and A/RES/76/72: Chinese writes no space after the number nor before a name.
    const text = [
      '大会，',
      '回顾其决议，',
      '1. 表示注意到行预咨委会报告第三.47、三.48和第八.83(c)段；',
      '2.决定，第8款下协助调查的员额，又回顾国际海事组织的MSC.489(103)号决议；',
      '3. 请秘书长提出报告。',
      '¹ A/74/7。',
    ].join('\n\n');
    const doc = parseDraft(text);
    assert.deepStrictEqual(
      doc.operative.map((p) => p.number?.value),
      [1, 2, 3],
    );
    assert.deepStrictEqual(
      doc.paragraphs.flatMap((p) => p.footnoteMarkers.map((m) => m.number)),
      [],
    );
  });
  it('reads a pasted Arabic or Chinese text, no blank lines, by its own marks and its headings without case', () => {
    // S/RES/2509 (2020) pasted: paragraphs end "،" or "؛"; a heading ("منع الصادرات …") stands before "1 -".
    const arabic = [
      'إن مجلس الأمن،',
      'إذ يشير إلى قراراته السابقة،',
      'وإذ يتصرف بموجب الفصل السابع من ميثاق الأمم المتحدة،',
      'منع الصادرات النفطية غير المشروعة',
      '1 - يدين محاولات تصدير النفط بصورة غير مشروعة؛',
      '2 - يقرر أن يبقي المسألة قيد نظره.',
    ].join('\n');
    assert.deepStrictEqual(kinds(arabic), [
      'enactingFormula',
      'preambular',
      'preambular',
      'heading',
      'operative 1',
      'operative 2',
    ]);
    const chinese = [
      '安全理事会，',
      '回顾其以往各项决议，',
      '任务授权',
      '1. 决定延长任务期限；',
      '2. 决定继续处理此案。',
    ];
    assert.deepStrictEqual(kinds(chinese.join('\n')), [
      'enactingFormula',
      'preambular',
      'heading',
      'operative 1',
      'operative 2',
    ]);
  });
  it('reads an Arabic print copy: a short running title, or one whose number lost its period, and a page break', () => {
    // A/RES/74/104 and A/RES/76/141 as printed: the running header repeats the title without its number; a
    // paragraph cut after "وإذ" goes on over the page ("يتطلع …"), though its next word is a known opening.
    const page = (title: string): string => ['20-01430', '1/2', 'A/RES/74/104', title].join('\n\n');
    for (const title of ['74/104. - مسألة غوام', '76/141 العنف ضد العاملات المهاجرات']) {
      const running = title.replace(/^\S+ /, '');
      const text = [
        'A/RES/74/104',
        title,
        'إن الجمعية العامة،',
        'إذ تشير إلى قراراتها السابقة،',
        'وإذ تؤكد من جديد التزامها بالوقوف إلى جانب شعب الإقليم،\nوإذ',
        page(running),
        'يتطلع إلى النتائج التي سيخلص إليها التقييم،',
        '1 - تقرر أن تبقي المسألة قيد نظرها.',
      ].join('\n\n');
      assert.deepStrictEqual(kinds(text).slice(-4), ['enactingFormula', 'preambular', 'preambular', 'operative 1']);
    }
  });

  /** A Council resolution of 2020 as printed in Russian: its running header at a page turn, and its heading. */
  const russianPrint = (job: string, pageOf: string, number: number, meeting: string) => {
    const adopted = `принятая Советом Безопасности на его ${meeting} заседании`;
    return {
      page: [job, pageOf, `S/RES/${number} (2020)`, adopted],
      heading: [`S/RES/${number} (2020)`, `Резолюция ${number} (2020),`, adopted, 'Совет Безопасности,'],
    };
  };

  it('reads a Russian print copy: a paragraph run on over the page, then the next paragraphs each their own', () => {
    // S/RES/2507 and 2506 (2020) as printed: a paragraph cut mid-sentence goes on after the running header, its
    // rest opened by a word the participle's form would take ("необходимы для построения"); the paragraphs after
    // it are no items of a list, though that paragraph now has two pieces.
    const { page, heading } = russianPrint('20-01430', '1/5', 2506, '8709‑м');
    const text = [
      ...heading,
      'ссылаясь на свою резолюцию 1325 (2000), признавая, что участие женщин насущно',
      ...page,
      'необходимы для построения мира на Кипре,',
      'определяя, что положение по-прежнему представляет угрозу миру,',
      'действуя на основании главы VII Устава Организации Объединенных Наций,',
      '1. постановляет продлить мандат;',
      '2. постановляет продолжать заниматься этим вопросом.',
    ].join('\n\n');
    assert.deepStrictEqual(reading(text).slice(-6), [
      'enactingFormula: Совет Безопасности,',
      'preambular: ссылаясь на свою резолюц',
      'preambular: определяя, что положение',
      'preambular: действуя на основании гл',
      'operative 1: 1. постановляет продлить',
      'operative 2: 2. постановляет продолжа',
    ]);
  });

  it('reads a short first line of a Russian numbered paragraph, ending on "и", as no heading', () => {
    // S/RES/2510 (2020), paragraph 1: "… 2020 года, и" is ten words, then "подчеркивает …", a known opening.
    const text = [
      'Совет Безопасности,',
      'ссылаясь на свою резолюцию 1970 (2011),',
      '1. приветствует Берлинскую конференцию, созванную 19 января 2020 года, и\n' +
        'подчеркивает жизненно важное значение достижения прогресса на пути к\n' +
        'политическому решению, призванному обеспечить прекращение конфликта;',
      '2. постановляет продолжать заниматься этим вопросом.',
    ].join('\n\n');
    assert.deepStrictEqual(kinds(text), ['enactingFormula', 'preambular', 'operative 1', 'operative 2']);
  });

  it('runs a Russian operative paragraph on over the page after "," or no mark, into a known opening', () => {
    // S/RES/2512 and 2525 (2020) as printed: "9. … в Гвинее-Бисау," and "… стимулирование, вновь" end a page; the
    // next page's "призывает …" and "подтверждает …" are their rest, not paragraphs of their own.
    const { page, heading } = russianPrint('20-03205', '5/9', 2512, '8712-м');
    const text = [
      ...heading,
      'ссылаясь на свои предыдущие резолюции,',
      '1. выражает озабоченность по поводу политической ситуации в Гвинее-Бисау,',
      ...page,
      'призывает все политические стороны воздерживаться от действий;',
      '2. просит Генерального секретаря обеспечить стимулирование, вновь',
      ...page,
      'подтверждает свою поддержку;',
      '3. постановляет продолжать заниматься этим вопросом.',
    ].join('\n\n');
    assert.deepStrictEqual(kinds(text).slice(-5), [
      'enactingFormula',
      'preambular',
      'operative 1',
      'operative 2',
      'operative 3',
    ]);
  });

  it('runs a Russian paragraph on over the page into an unknown participle its full last line had no room for', () => {
    // S/RES/2539 (2020) as printed: "… гибкость," fills its line, so "требующиеся для …" on the next page is its rest;
    // after a short last line, an opening the lexicon lacks ("с глубокой обеспокоенностью вновь отмечая") opens one.
    const page = ['20-11260', '4/11', 'принятая Советом Безопасности 28 августа 2020 года', 'S/RES/2539 (2020)'];
    const text = [
      'S/RES/2539 (2020)',
      'Резолюция 2539 (2020),',
      'принятая Советом Безопасности 28 августа 2020 года',
      'Совет Безопасности,',
      'ссылаясь на резолюцию 2378 (2017) и содержащуюся в ней просьбу к Генеральному\n' +
        'персонала принимались на основе объективных данных о служебной деятельности, и\n' +
        'подчеркивая необходимость проведения регулярной оценки показателей деятельности\n' +
        'ВСООНЛ, с тем чтобы миссия сохраняла профессиональную квалификацию и гибкость,',
      ...page,
      'требующиеся для эффективного выполнения ею своего мандата,',
      'ссылаясь также на резолюцию 2242 (2015) и свою просьбу к Генеральному секретарю\n' +
        'Объединенных Наций по поддержанию мира,',
      ...page,
      'с глубокой обеспокоенностью вновь отмечая нарушения,',
      '1. постановляет продолжать заниматься этим вопросом.',
    ].join('\n\n');
    assert.deepStrictEqual(kinds(text).slice(-5), [
      'enactingFormula',
      'preambular',
      'preambular',
      'preambular',
      'operative 1',
    ]);
  });

  it('runs a Russian line ending on "и" or "с" on, as no heading, and a full line left at "," over the page', () => {
    // A/RES/74/116, paragraph 20, and A/RES/74/216, paragraph 3: "… учреждений16 и" and "Бразилия, итоговый …, и"
    // are short lines of capitals, but no sentence ends on "и"; in S/RES/2540 (2020) "… и «Сомалиленда»," fills the
    // page's last line, and "Конвенции …", a name, goes on after the running header.
    const { page, heading } = russianPrint('20-11296', '2/11', 2540, '8750‑м');
    const text = [
      ...heading,
      'ссылаясь на свои предыдущие резолюции,',
      'приветствуя прямые переговоры между лидерами Сомали и «Сомалиленда», а также\n' +
        'соглашения, содержащиеся в Конвенции о привилегиях и иммунитетах Объединенных Наций15,',
      ...page,
      'Конвенции о безопасности персонала, состоявшиеся 12–15 июня в Джибути,',
      '1. просит Генерального секретаря принять меры, необходимые для обеспечения\n' +
        'содержащиеся в Конвенции о привилегиях и иммунитетах Объединенных Наций15,\n' +
        'Конвенции о привилегиях и иммунитетах специализированных учреждений16 и\n' +
        'Конвенции о безопасности персонала Организации Объединенных Наций и связанного с\n' +
        'ней персонала4;',
      '2. подтверждает принятый на Конференции Организации Объединенных Наций по\n' +
        'устойчивому развитию, состоявшейся 20–22 июня 2012 года в Рио-де-Жанейро,\n' +
        'Бразилия, итоговый документ под названием «Будущее, которого мы хотим»6, и\n' +
        'подтверждает также все принципы;',
      '3. постановляет продолжать заниматься этим вопросом.',
    ].join('\n\n');
    assert.deepStrictEqual(kinds(text).slice(-6), [
      'enactingFormula',
      'preambular',
      'preambular',
      'operative 1',
      'operative 2',
      'operative 3',
    ]);
    assert.strictEqual(parseDraft(text).paragraphs.filter((p) => p.kind === 'narrative').length, 0);
  });

  it('reads "52-е (возобновленное) пленарное заседание" as the closing, and "A/RES/75/253 B" at a page top', () => {
    // A/RES/75/253 B as printed: the symbol with the part's letter heads the page, the paragraph goes on after it.
    const text = [
      'A/RES/75/253 B',
      '75/253. Специальные вопросы, связанные с бюджетом по программам на 2021 год',
      'Генеральная Ассамблея,',
      'ссылаясь на свою резолюцию 74/263,',
      '1. просит также Генерального секретаря изучить альтернативные меры повышения\nстепени',
      '78-51813',
      '6/7',
      'Специальные вопросы, связанные с бюджетом по программам на 2021 год',
      'A/RES/75/253 B',
      'использования такого варианта и представить доклад по этому вопросу.',
      '52-e (возобновленное) пленарное заседание\n31 декабря 2020 года',
    ].join('\n\n');
    assert.deepStrictEqual(kinds(text).slice(-4), ['enactingFormula', 'preambular', 'operative 1', 'closing']);
  });

  it('reads "3." that a wrap left alone under a footnote line as the note, not paragraph 3', () => {
    // A/RES/74/242 as printed: paragraph 23 runs over the page; footnote 30 ends "… приложение" / "3.".
    const text = [
      'Генеральная Ассамблея,',
      'ссылаясь на свою резолюцию 72/215,',
      '23. призывает обеспечить равный доступ мужчин и женщин к\n' +
        'земельным и природным ресурсам и возможности получения доступных и недорогих',
      '__________________',
      '30  Всемирная организация здравоохранения, документ WHA68/2015/REC/1, приложение\n3.',
      '47-86950',
      '13/19',
      'A/RES/74/242',
      'услуг здравоохранения30;',
      '24. постановляет продолжать рассмотрение этого вопроса.',
    ].join('\n\n');
    assert.deepStrictEqual(kinds(text), ['enactingFormula', 'preambular', 'operative 23', 'footnote', 'operative 24']);
  });

  it('reads Chinese print: a note number alone over its text, "7." alone at the foot, a short running header', () => {
    // S/RES/2524 (2020) and A/RES/74/140 as printed: "7." ends a page (its words, with no space, were wrapped onto
    // the next line), and the next page opens with the running header "安全理事会2020年6月3日通过", then the
    // paragraph's words; below the rule, "2" stands alone above its note's text.
    const text = [
      'S/RES/2524 (2020)',
      '第2524(2020)号决议',
      '安全理事会2020年6月3日通过',
      '安全理事会，',
      '重申其以往关于苏丹局势的所有决议和主席声明，',
      '1.\n请秘书长与所有相关行为体合作，支持苏丹政府开展全面评估以确定该国的长期需求；',
      '7.',
      '__________________',
      '1  第2200 A(XXI)号决议，附件。',
      '2\n见《经济及社会理事会正式记录，2005年，补编第3号》和更正(E/2005/23)，第二章，A节。',
      '20-07457',
      '1/2',
      'S/RES/2524 (2020)',
      '安全理事会2020年6月3日通过',
      '请联苏综合援助团及其一体化国家工作队伙伴借鉴州联络职能所得经验教训，为联合支持建设和平设立一个适当机制；',
      '8.\n决定继续积极处理此案。',
    ].join('\n\n');
    assert.deepStrictEqual(kinds(text).slice(-7), [
      'enactingFormula',
      'preambular',
      'operative 1',
      'operative 7',
      'footnote',
      'footnote',
      'operative 8',
    ]);
    const doc = parseDraft(text);
    assert.match(paragraphText(doc, doc.operative[1]), /^7\.\s+请联苏综合援助团/);
  });

  it('ends a Chinese preambular paragraph at a page foot on "，" with a note number glued after it', () => {
    // A/RES/74/75 as printed: "表示赞赏地注意到秘书长的报告，5" ends the page; "回顾以色列 …" opens the next one.
    const text = [
      '大会，',
      '在这方面注意到阿拉伯国家联盟旨在建立中东无核武器区的相关决议，',
      '表示赞赏地注意到秘书长的报告，5',
      '__________________',
      '5  A/74/157(Part II)。',
      '42-60058',
      '1/2',
      'A/RES/74/75',
      '回顾以色列是中东唯一尚未成为条约缔约国的国家，',
      '1. 重申以色列必须加入该条约；',
    ].join('\n\n');
    assert.deepStrictEqual(kinds(text), [
      'enactingFormula',
      'preambular',
      'preambular',
      'footnote',
      'preambular',
      'operative 1',
    ]);
  });

  it('reads "L’Assemblée générale" unpunctuated as the formula, and "Décide ce qui suit :" as its one paragraph', () => {
    // A/RES/74/266 (Fonds de roulement): the formula has no comma, the text no preamble.
    const text = [
      '74/266. Fonds de roulement pour 2020',
      'L’Assemblée générale',
      'Décide ce qui suit :',
      '1. Le Fonds de roulement est fixé à 150 millions de dollars des États‑Unis pour l’exercice 2020 ;',
      '2. Les États Membres verseront des avances au Fonds de roulement.',
    ].join('\n\n');
    assert.deepStrictEqual(kinds(text), ['enactingFormula', 'operative', 'operative 1', 'operative 2']);
  });

  it('reads French adjective openings in every gender and number, and reflexive participles, as preambular', () => {
    // The corpus writes the Assembly's "Déterminée", "Guidée"; the Council's "Déterminé", "Guidé" (S/RES/2558 (2020),
    // 2687 (2023)), a declaration's "Convaincus", "Nous déclarant" (A/RES/78/133, 79/283), "S’associant" (2506 (2020)).
    const text = [
      'Le Conseil de sécurité,',
      'Rappelant ses résolutions antérieures,',
      'Guidé par les buts et principes énoncés dans la Charte des Nations Unies,',
      'Déterminé à continuer de soutenir la Somalie,',
      'Gravement préoccupés par les répercussions de la crise,',
      'S’associant au Secrétaire général pour exprimer sa reconnaissance,',
      'Nous déclarant profondément préoccupés par la déforestation,',
      '1. Décide de demeurer saisi de la question.',
    ].join('\n\n');
    assert.deepStrictEqual(kinds(text), ['enactingFormula', ...Array(6).fill('preambular'), 'operative 1']);
  });

  it('reads Spanish openings in both genders, and gerunds with their pronoun ("Haciéndose eco"), as preambular', () => {
    // The corpus writes the Assembly's "Guiada", "Alarmada"; the Council's "Guiado", "Alarmado" (S/RES/2558 (2020),
    // 2567 (2021)), and "Haciéndose eco", "Guiándose", "Esforzándose" (2506 (2020), A/RES/74/243, 79/205).
    const text = [
      'El Consejo de Seguridad,',
      'Recordando sus resoluciones anteriores,',
      'Guiado por los propósitos y principios de la Carta de las Naciones Unidas,',
      'Alarmado por la penosa situación humanitaria,',
      'Haciéndose eco de la gratitud del Secretario General,',
      'Esforzándose por adoptar un enfoque integrado,',
      '1. Decide seguir ocupándose de la cuestión.',
    ].join('\n\n');
    assert.deepStrictEqual(kinds(text), ['enactingFormula', ...Array(5).fill('preambular'), 'operative 1']);
  });

  it('reads Arabic formulas and openings with or without their vowel marks, and "رغبة منها" as preambular', () => {
    // A/RES/74/34 "إنّ الجمعية العامة،", 79/99 "إنَّ الجمعية العامة ،"; the lexicon's "وإدراكا منها" written
    // "وإدراكاً منها"; A/RES/74/196 "رغبة منها في تعزيز التعاون", a verbal noun and "on its part".
    const text = [
      'إنَّ الجمعية العامة ،',
      'رغبةً منها في تعزيز التعاون بين الأمم المتحدة والمنظمة،',
      'وإدراكاً منها للحاجة الملحة إلى الحد من الاستهلاك،',
      '1 - تقرر أن تدعو المنظمة إلى المشاركة في دوراتها؛',
      '2 - تطلب إلى الأمين العام أن يتخذ الإجراءات اللازمة.',
    ].join('\n\n');
    assert.deepStrictEqual(kinds(text), ['enactingFormula', 'preambular', 'preambular', 'operative 1', 'operative 2']);
  });

  it('reads a reflexive Russian participle ("присоединяясь", "обязуясь") as a preambular opening, "для" as none', () => {
    // S/RES/2506 (2020), A/RES/75/314: openings the lexicon lacks; S/RES/2638 (2022): "постановляет провести выборы
    // для …", a known operative verb, four words before a preposition that ends like a participle.
    const text = [
      'Совет Безопасности,',
      'приветствуя меры, принятые на сегодняшний день,',
      'присоединяясь к словам благодарности, высказанным Генеральным секретарем,',
      'обязуясь окончательно определить порядок и формат заседания,',
      'постановляет провести выборы для заполнения указанной вакансии 4 ноября 2022 года.',
    ].join('\n\n');
    assert.deepStrictEqual(kinds(text), ['enactingFormula', 'preambular', 'preambular', 'preambular', 'operative']);
  });

  it('ends a Russian preambular list "a) …," at the next opening, "и подчеркивая …" or "определяя …"', () => {
    // S/RES/2568 (2021): the openings are in lower case, so a lower-case block after the list is not its sentence.
    const text = [
      'Совет Безопасности,',
      'признавая, что достижение цели будет зависеть от следующих условий:\na) проведением выборов,\n' +
        'b) представлением Генеральным секретарем доклада,',
      'и подчеркивая необходимость конструктивного участия всех сторон,',
      'определяя, что ситуация в Сомали по-прежнему представляет угрозу международному миру,',
      '1. постановляет продолжать заниматься этим вопросом.',
    ].join('\n\n');
    assert.deepStrictEqual(kinds(text), ['enactingFormula', 'preambular', 'preambular', 'preambular', 'operative 1']);
  });

  it('reads "41 приветствует", an operative number that lost its period, where the sequence expects it', () => {
    // A/RES/74/131, 75/164: a known opening in lower case after the number, as in English "2 Condemns".
    const text = [
      'Генеральная Ассамблея,',
      'ссылаясь на свои резолюции,',
      '40. просит Генерального секретаря представить доклад;',
      '41 приветствует усилия Верховного комиссара;',
      '42. постановляет продолжать заниматься этим вопросом.',
      '43 человека погибли.',
    ].join('\n\n');
    assert.deepStrictEqual(kinds(text).slice(0, 5), [
      'enactingFormula',
      'preambular',
      'operative 40',
      'operative 41',
      'operative 42',
    ]);
    assert.notStrictEqual(kinds(text)[5], 'operative 43');
  });

  it('learns no Russian or Arabic opening as both preambular and operative: the kind it opens more often keeps it', () => {
    // "настоятельно призывает" was learnt as preambular from a few operative paragraphs the gold marks preambular, and
    // an unnumbered "настоятельно призывает …:" over its items was read as a preambular paragraph (A/RES/74/92 A).
    for (const code of ['ru', 'ar'] as const) {
      const operative = new Set(LANGUAGES[code].operative);
      assert.deepStrictEqual(
        LANGUAGES[code].preambular.filter((p) => operative.has(p)),
        [],
        code,
      );
    }
  });
});
