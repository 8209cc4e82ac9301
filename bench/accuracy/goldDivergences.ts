/**
 * Blocks of the development set where the UN's own markup, not the parser, is wrong: an "(a)" item of a list
 * marked up as an operative paragraph of its own, a "Having considered …," paragraph marked up as operative.
 * Each was read in the text. An entry states the gold's reading and the parser's reading it expects; it is
 * checked on every run, in every layout, and applied only where both still hold (else it is reported as stale).
 * The accuracy report gives the raw figure beside the figure with the entries applied, never only the latter.
 * Add one only when the text leaves no doubt: a block the parser could read right with more work is the parser's.
 */
import type { DraftDocument, Paragraph } from '../../server/src/service';
import type { AknDocument, GoldBlock, GoldPoint } from '../../server/src/workspace/readers/aknDocument';
import type { Rendering } from './layouts';

export interface GoldDivergence {
  readonly symbol: string;
  /** The file's name in the development set. */
  readonly file: string;
  /** The block's first words, after its number, as the text writes them. */
  readonly words: string;
  /** The kind the UN's markup gives the block. */
  readonly gold: 'preambular' | 'operative' | 'heading';
  /**
   * What the text makes it, and what the parser must read: a paragraph of that kind, an item ("(a)", "–") of
   * the operative paragraph before it, or the heading of an annex, which runs to the end of the body.
   */
  readonly reading: 'preambular' | 'operative' | 'item' | 'annex';
  /** What the text is. */
  readonly text: string;
  /** Why the gold's reading is wrong. */
  readonly why: string;
}

const WHY_ITEM =
  'the gold marks the item up as an operative paragraph of its own, though it has no number and continues the ' +
  'sentence of the paragraph before (often under a title of the list: "Asset Freeze", "Protection of civilians")';

/**
 * The items and indents of one document's lists that the gold marks up as operative paragraphs, each as the text
 * writes it, its marker first: "(a) To observe …" is an item, "– To protect …" an indent.
 */
function items(symbol: string, file: string, lines: readonly string[]): GoldDivergence[] {
  return lines.map((line) => {
    const [marker, ...words] = line.split(' ');
    const what = /^[–•]$/.test(marker) ? `an indent "${marker}"` : `an item "${marker}"`;
    return {
      symbol,
      file,
      words: words.join(' '),
      gold: 'operative',
      reading: 'item',
      text: `${what} of the list that the operative paragraph before it opens with ":"`,
      why: WHY_ITEM,
    };
  });
}

/** "Having further considered …," before "1.". */
const lastOfPreamble = (symbol: string, file: string, words: string): GoldDivergence => ({
  symbol,
  file,
  words,
  gold: 'operative',
  reading: 'preambular',
  text: 'a participle opening ("Having …", "Remaining …", "Being …") and a comma, before "1."',
  why: 'the gold marks the last paragraph of the preamble up as an unnumbered operative paragraph',
});

/** "Annex to resolution 1526 (2004)" after the last operative paragraph, its paragraphs in the body. */
const annexInBody = (symbol: string, file: string, words: string): GoldDivergence => ({
  symbol,
  file,
  words,
  gold: 'heading',
  reading: 'annex',
  text: 'the heading of an annex after the last operative paragraph ("Decides to remain seized of the matter.")',
  why:
    'the gold puts the annex in the body under a subheading, its lines and "–" or "•" items as operative ' +
    'paragraphs of the resolution, where its other texts make an annex an attachment, left out of the count',
});

const RECALLS = '"Recalls that …," with a comma, after the preambular paragraphs and before "1."';
const WHY_RECALLS =
  'no operative paragraph of a Council text ends with a comma before "1.": a preambular paragraph whose opening ' +
  'slipped into the operative form (the parser reads it so on purpose: devSetClasses.test.ts)';

/** Lines led by a label ("Panel 1: …", "Thursday, 2 June: from 10 a.m. …") of the list an item opens with ":". */
function labelledLines(symbol: string, file: string, lines: readonly string[]): GoldDivergence[] {
  return lines.map((words) => ({
    symbol,
    file,
    words,
    gold: 'operative',
    reading: 'item',
    text: 'a labelled line of the list that the operative paragraph or item before it opens with ":"',
    why:
      'the gold marks the line up as an unnumbered operative paragraph, though it is one of the themes or days the ' +
      'paragraph before announces (and the gold puts that paragraph\'s next items "(c)", "(d)" under it)',
  }));
}

/** "Asset Freeze", "Travel Ban", "Arms Embargo": the measures of the Council's sanctions against ISIL and Al-Qaida. */
const SANCTIONS = [
  '(a) Freeze without delay the funds and other',
  '(b) Prevent the entry into or transit through',
  '(c) Prevent the direct or indirect supply, sale,',
];

/**
 * Read in the clean rendering of each text, 2026-12-03. Left out: S/RES/1977, 1991 (2011), 2053 (2012), 2103 (2013)
 * and 2157 (2014), where the gold's "(a)" items are wrong too, but the gold also holds the first operative
 * paragraphs inside the last preambular block: no entry of this kind states that.
 */
export const GOLD_DIVERGENCES: readonly GoldDivergence[] = [
  ...labelledLines('A/RES/74/269', '74_269_E.xml', [
    'Dialogue 1: Addressing biodiversity loss and mainstreaming',
    'Dialogue 2: Harnessing science, technology and innovation,',
  ]),
  ...labelledLines('A/RES/75/326', '75_326_E.xml', [
    'Thursday, 2 June: from 9.30 a.m. to',
    'Friday, 3 June: from 10 a.m. to 1 p.m. and from 3 to 7',
    'Thursday, 2 June: from 3 to 6',
    'Friday, 3 June: from 10 a.m. to 1 p.m. and from 3 to 6',
  ]),
  ...labelledLines('A/RES/77/274', 'A_RES_77_274-E.xml', [
    'Panel 1: Accelerating multisectoral actions to ensure',
    'Panel 2: Scaling up adequate and sustainable',
  ]),
  ...labelledLines('A/RES/78/269', 'A_RES_78_269-2405979E.xml', [
    'Panel 1: Addressing the urgent global risk',
    'Panel 2: Addressing human health, animal health,',
  ]),
  ...labelledLines('A/RES/78/318', 'A_RES_78_318-2413498E.xml', [
    'Round table 1: Strengthening the three pillars',
    'Round table 2: Assessing progress and addressing',
  ]),
  ...labelledLines('A/RES/79/273', 'A_RES_79_273-2503982E.xml', [
    'Panel 1: Tackling the determinants of noncommunicable',
    'Panel 2: Reshaping and strengthening health systems',
  ]),
  ...labelledLines('A/RES/79/333', 'A_RES_79_333-2514352E.xml', [
    'Panel 1: The world together: multilateral action',
    'Panel 2: Equitable access through sustainability and',
  ]),
  ...items('S/RES/1528 (2004)', 'S_RES_1528_N0425320.xml', [
    '(a) To observe and monitor the implementation of',
    '(d) To assist the Government of National Reconciliation in undertaking',
    '(i) To protect United Nations personnel, installations and',
    '(k) To facilitate the free flow of people,',
    '(l) To facilitate, in cooperation with ECOWAS and',
    '(n) To contribute to the promotion and protection',
    '(o) To promote understanding of the peace process',
    '(p) To assist the Government of National Reconciliation in conjunction',
  ]),
  ...items('S/RES/1609 (2005)', 'S_RES_1609_N0539861.xml', [
    '(a) To observe and monitor the implementation of',
    '(d) To assist the Government of National Reconciliation in undertaking',
    '(i) To assist the Prime Minister of the',
    '(k) To protect United Nations personnel, installations and',
    '(m) To monitor the implementation of the measures',
    '(o) To facilitate the free flow of people,',
    '(p) To facilitate, with the assistance of the',
    '(q) To provide all necessary technical assistance to',
    '(t) To contribute to the promotion and protection',
    '(u) To promote understanding of the peace process',
    '(w) To assist the Government of National Reconciliation in conjunction',
  ]),
  ...items('S/RES/1684 (2006)', 'S_RES_1684_N0638491.xml', ['– Mr. Charles Michael Dennis Byron (Saint Kitts']),
  ...items('S/RES/1719 (2006)', 'S_RES_1719_N0658571.xml', [
    '(a) Strengthening the capacity of national institutions and',
    '(e) Support for the implementation of the Dar-es-Salaam',
    '(i) Promotion and protection of human rights, including',
    '(k) Strengthening the partnership between the Government and',
  ]),
  ...items('S/RES/1756 (2007)', 'S_RES_1756_N0734329.xml', [
    '(a) Ensure the protection of civilians, including humanitarian',
    '(f) Observe and report in a timely manner',
    '(k) Deter any attempt at the use of',
    '– Disarming the recalcitrant local armed groups in',
    '– Disarming the foreign armed groups in order',
    '– Preventing the provision of support to illegal',
    '(o) Provide in the short term basic training,',
  ]),
  ...items('S/RES/1778 (2007)', 'S_RES_1778_N0751615.xml', [
    '(a) To select, train, advise and facilitate support',
    '(e) To contribute to the monitoring and to',
  ]),
  ...items('S/RES/1856 (2008)', 'S_RES_1856_N0866694.xml', [
    '(a) Ensure the protection of civilians, including humanitarian',
    '(f) Deter any attempt at the use of',
    '(k) Provide military training, including in the area',
    '(m) Observe and report in a timely manner',
  ]),
  ...items('S/RES/1861 (2009)', 'S_RES_1861_N0920844.xml', [
    '(a) To select, train, advise and facilitate support',
    '(f) To contribute to the monitoring and to',
    '(i) To continue to play a role as',
  ]),
  ...items('S/RES/1925 (2010)', 'S_RES_1925_N1038013.xml', [
    '(a) Ensure the effective protection of civilians, including',
    '(l) Taking fully into account the leading role',
  ]),
  ...items('S/RES/1933 (2010)', 'S_RES_1933_N1043034.xml', [
    '(a) Monitoring the armed groups',
    '– To observe and monitor the implementation of',
    '– To support the Integrated Command Centre (ICC)',
    '– To liaise with the National Armed Forces',
    '– To assist the Government of Côte d’Ivoire in monitoring',
    '– To support, in coordination with the Ivorian',
    '– To protect, without prejudice to the primary',
    '– To work closely with humanitarian agencies, particularly',
    '– To monitor the implementation of the measures',
    '– To collect, as appropriate, arms and any',
    '– To promote the peace process arising from',
    '– To encourage the Ivorian mass media and',
    '– To monitor any public incidents of incitement',
    '– To contribute to the promotion and protection',
    '– To facilitate the free flow of people,',
    '(g) Support for the organization of open, free,',
    '– To provide, within its capabilities and its',
    '– To work with all relevant actors in',
    '– To ensure the coordination of international observers,',
    '– To provide to the Special Representative of',
    '– To monitor the implementation of the Code',
    '– To regularly inform the Security Council of',
    '– To contribute, within its capabilities and its',
    '(i) Disarmament, demobilization, storage of weapons and reintegration',
  ]),
  ...items('S/RES/2000 (2011)', 'S_RES_2000_N1143339.xml', [
    '(a) Protection of civilians',
    '– To protect, without prejudice to the primary',
    '– To revise the comprehensive strategy for the',
    '– To work closely with humanitarian agencies, particularly',
    '– To monitor and report on violations and',
    '– To continue to support, within its existing',
    '– To continue to monitor and deter the',
    '– To support the Government in monitoring and',
    '– To liaise with the FRCI in order',
    '– To support, in coordination with the Government,',
    '– To monitor the implementation of the measures',
    '– To collect, as appropriate, arms and any',
    '– To continue to assist the national authorities,',
    '– To support the Government in coordination with',
    '– To coordinate, with the Government in ensuring',
    '– To assist the Government, in close coordination',
    '– To continue to support the registration and',
    '– To support the disarmament and repatriation of',
    '– To assist the Government in conducting, without',
    '– Under the leadership of the Ivorian Government',
    '– To advise the Government of Côte d’Ivoire,',
    '– To support the Government’s development and implementation',
    '– To support, within its current resources and',
    '– To contribute to the promotion and protection',
    '– To monitor, help investigate, and report publicly',
    '– To bring to the attention of the',
    '– To support the efforts of the Ivorian',
    '– To continue to facilitate unhindered humanitarian access',
    '– To support the Ivorian authorities in preparing',
    '(i) Support for the organization and conduct of',
    '– To promote an inclusive political process and',
    '– To support the organization and conduct of',
    '– To provide technical and logistical support to',
    '– To undertake the coordination of international observers',
    '– To provide the Special Representative of the',
    '– To continue to closely monitor the Ivorian',
    '– To continue to use UNOCI’s broadcasting capacity,',
    '– To encourage the Ivorian mass media and',
    '– To monitor any public incidents of incitement',
    '– To support the Ivorian authorities to extend',
    '– To coordinate with the Facilitator and his',
    '– To protect United Nations personnel, installations and',
  ]),
  ...items('S/RES/2149 (2014)', 'S_RES_2149_1429581e.xml', [
    '– To support the Transitional Authorities in developing and implementing a',
    '– To support the Transitional Authorities in developing and implementing community',
    '– To regroup and canton combatants and confiscate',
  ]),
  ...items('S/RES/2161 (2014)', 'S_RES_2161_1455595E.xml', SANCTIONS),
  ...items('S/RES/2245 (2015)', 'S_RES_2245_1519517E.xml', [
    '(a) The provision of rations, fuel, water, accommodation',
    '(e) The provision of the standard range of',
    '(f) The provision, on an exceptional basis, of',
  ]),
  ...items('S/RES/2253 (2015)', 'S_RES_2253_1522456E.xml', SANCTIONS),
  ...items('S/RES/2368 (2017)', 'S_RES_2368_1712331E.xml', SANCTIONS),
  lastOfPreamble('A/RES/76/245', 'A_RES_76_245-2119712E.xml', 'Having further considered the notes by the'),
  {
    symbol: 'A/RES/76/256',
    file: 'A_RES_76_256-2204678E.xml',
    words: 'Decides to designate 12 May as the',
    gold: 'preambular',
    reading: 'operative',
    text: '"Decides …;" before "2.": the first operative paragraph, its "1." lost',
    why: "the gold marks up the text's first operative paragraph as preambular because its number is missing",
  },
  {
    symbol: 'A/RES/77/118',
    file: 'A_RES_77_118-2228394E.xml',
    words: 'Calling attention also to the circumstances affecting',
    gold: 'operative',
    reading: 'preambular',
    text: '"Calling attention also …,": a participle opening and a comma, the last paragraph of the preamble',
    why: 'the gold holds only the preamble of this text and marks its last paragraph up as operative',
  },
  lastOfPreamble('A/RES/77/262', 'A_RES_77_262-2300154E.xml', 'Having further considered the note by the'),
  lastOfPreamble(
    'A/RES/78/127',
    'A_RES_78_127-2325870E.xml',
    'Aiming to further strengthen links between volunteering',
  ),
  lastOfPreamble('S/RES/1340 (2001)', 'S_RES_1340_N0124341.xml', 'Having decided to consider the nominations for'),
  lastOfPreamble('S/RES/1350 (2001)', 'S_RES_1350_N0135274.xml', 'Having decided to consider the nominations for'),
  lastOfPreamble('S/RES/1543 (2004)', 'S_RES_1543_N0435138.xml', 'Remaining fully committed to the promotion of'),
  lastOfPreamble('S/RES/1573 (2004)', 'S_RES_1573_N0460929.xml', 'Remaining fully committed to the promotion of'),
  lastOfPreamble('S/RES/1599 (2005)', 'S_RES_1599_N0532631.xml', 'Remaining fully committed to the promotion of'),
  lastOfPreamble('S/RES/1664 (2006)', 'S_RES_1664_N0629016.xml', 'Willing to continue to assist Lebanon in'),
  lastOfPreamble('S/RES/1677 (2006)', 'S_RES_1677_N0634732.xml', 'Remaining fully committed to the promotion of'),
  lastOfPreamble('S/RES/1686 (2006)', 'S_RES_1686_N0639006.xml', 'Willing to continue to assist Lebanon in'),
  lastOfPreamble('S/RES/1690 (2006)', 'S_RES_1690_N0639602.xml', 'Remaining fully committed to the promotion of'),
  lastOfPreamble('S/RES/1748 (2007)', 'S_RES_1748_N0728430.xml', 'Willing to continue to assist Lebanon in'),
  lastOfPreamble('S/RES/1815 (2008)', 'S_RES_1815_N0836207.xml', 'Willing to continue to assist Lebanon in'),
  lastOfPreamble('S/RES/1918 (2010)', 'S_RES_1918_N1033139.xml', 'Being concerned over cases when persons suspected'),
  lastOfPreamble('S/RES/2117 (2013)', 'S_RES_2117_N1348741.xml', 'Being determined to continue to take practical'),
  annexInBody('S/RES/1526 (2004)', 'S_RES_1526_N0422669.xml', 'Annex to resolution 1526 (2004)'),
  annexInBody('S/RES/1617 (2005)', 'S_RES_1617_N0544660.xml', 'Annex I to resolution 1617 (2005)'),
  annexInBody('S/RES/1735 (2006)', 'S_RES_1735_N0668014.xml', 'Annex I — Coversheet'),
  annexInBody('S/RES/1855 (2008)', 'S_RES_1855_N0866315.xml', 'Annex Article 11: Composition of the Chambers'),
  annexInBody('S/RES/2228 (2015)', 'S_RES_2228_1510800E.xml', 'Annex A: UNAMID benchmarks as set out in Annex 1'),
  annexInBody('S/RES/2296 (2016)', 'S_RES_2296_1611206E.xml', 'Annex: UNAMID benchmarks as set out in Annex 1'),
  {
    symbol: 'S/RES/2361 (2017)',
    file: 'S_RES_2361_1710823E.xml',
    words: 'Recalls that UNDOF’s deployment and the 1974',
    gold: 'operative',
    reading: 'preambular',
    text: RECALLS,
    why: WHY_RECALLS,
  },
  {
    symbol: 'S/RES/2394 (2017)',
    file: 'S_RES_2394_1723087E.xml',
    words: 'Recalls that UNDOF’s deployment and the 1974',
    gold: 'operative',
    reading: 'preambular',
    text: RECALLS,
    why: WHY_RECALLS,
  },
];

/** How an entry fared in one rendering: applied, or why not. */
export interface DivergenceCheck {
  readonly entry: GoldDivergence;
  /** Undefined when applied. */
  readonly stale?: string;
}

const plain = (s: string): string =>
  s
    .replace(/[*_\\“”"]/g, '')
    .replace(/\s+/g, ' ')
    .trim();

/** "(a)" → "a"; a dash or a bullet has no label. */
function labelOf(num: string | undefined): string {
  const label = (num ?? '').replace(/[().\s]/g, '');
  return /^[\p{L}\d]+$/u.test(label) ? label : '';
}

function followsIn(label: string, next: string | undefined): boolean {
  return label.length === 1 && next?.length === 1 && next.charCodeAt(0) === label.charCodeAt(0) + 1;
}

/** Whether the parser reads the block at `start` as the entry expects. */
function parserReads(doc: DraftDocument, entry: GoldDivergence, start: number, label: string): string | undefined {
  if (entry.reading === 'annex') {
    const p = doc.paragraphs.find((q) => q.span.start === start);
    if (p?.kind !== 'heading') return `the parser reads ${p ? p.kind : 'no paragraph'} there`;
    const after = doc.paragraphs.find(
      (q) => q.span.start > start && (q.kind === 'preambular' || q.kind === 'operative'),
    );
    return after ? `the parser reads a ${after.kind} paragraph after it` : undefined;
  }
  if (entry.reading !== 'item') {
    const p = doc.paragraphs.find((q) => q.span.start === start);
    return p?.kind === entry.reading ? undefined : `the parser reads ${p ? p.kind : 'no paragraph'} there`;
  }
  const within = (p: Paragraph): boolean => p.span.start < start && start < p.span.end;
  const p = doc.operative.find(within);
  if (!p) return 'the parser reads no operative paragraph around it';
  if (label && !p.subparagraphs.some((s) => s.span.start === start && s.label === label))
    return `the parser reads no sub-paragraph (${label}) there`;
  return undefined;
}

/** The gold's block with the entry's words and kind, if there is one and only one. */
function goldIndex(gold: AknDocument, entry: GoldDivergence): number | string {
  const words = plain(entry.words);
  const found = gold.body.flatMap((b, i) => (plain(b.text.text).startsWith(words) ? [i] : []));
  if (found.length !== 1) return `${found.length} blocks of the gold start with these words`;
  const kind = gold.body[found[0]].kind;
  return kind === entry.gold ? found[0] : `the gold now reads ${kind}`;
}

/** The gold as the text reads at one block: another kind, or an item folded into the paragraph before it. */
function correct(body: GoldBlock[], i: number, entry: GoldDivergence): void {
  const block = body[i];
  if (entry.reading === 'annex') {
    body.splice(i);
    return;
  }
  if (entry.reading !== 'item') {
    body[i] = { ...block, kind: entry.reading };
    return;
  }
  let before = i - 1;
  while (before >= 0 && body[before].kind !== 'operative') before--;
  const label = labelOf(block.num);
  const host = body[before];
  // "(a)" marked up with its "(b)", "(c)" as its points, or "Panel 2: …" with the host's "(c)", "(d)": siblings.
  const first = block.points[0]?.label;
  const lastLabel = [...host.points].reverse().find((p) => p.label)?.label ?? '';
  const siblings = followsIn(label || lastLabel, first);
  const item: GoldPoint = { label, num: block.num ?? '', text: block.text, children: siblings ? [] : block.points };
  body[before] = { ...host, points: [...host.points, item, ...(siblings ? block.points : [])] };
  body.splice(i, 1);
}

/**
 * The gold with the entries for this file applied where both readings hold, and how each entry fared.
 * Undefined when the file has no entry.
 */
export function correctedGold(
  file: string,
  gold: AknDocument,
  rendering: Rendering,
  doc: DraftDocument,
): { gold: AknDocument; checks: DivergenceCheck[]; annexStart: number } | undefined {
  const name = file.replace(/^.*\//, '');
  const entries = GOLD_DIVERGENCES.filter((e) => e.file === name);
  if (entries.length === 0) return undefined;
  const body = [...gold.body];
  const checks: DivergenceCheck[] = [];
  const applied: [number, GoldDivergence][] = [];
  // An annex the gold holds in its body starts where its heading does: what the parser reads after it is left out.
  let annexStart = rendering.annexStart;
  for (const entry of entries) {
    const i = goldIndex(gold, entry);
    if (typeof i === 'string') {
      checks.push({ entry, stale: i });
      continue;
    }
    const start = rendering.blocks.find((b) => b.bodyIndex === i)?.span.start;
    const stale =
      start === undefined ? 'the block is not in the rendering' : parserReads(doc, entry, start, labelOf(body[i].num));
    checks.push({ entry, stale });
    if (!stale) applied.push([i, entry]);
    if (!stale && entry.reading === 'annex' && start !== undefined) annexStart = Math.min(annexStart, start);
  }
  // In the text's order, so that each item folds into the paragraph its earlier items went to; one folded in
  // leaves the body one block shorter.
  let folded = 0;
  for (const [i, entry] of applied.sort((a, b) => a[0] - b[0])) {
    correct(body, i - folded, entry);
    if (entry.reading === 'item') folded++;
  }
  return { gold: { ...gold, body }, checks, annexStart };
}
