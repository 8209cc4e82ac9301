/**
 * Real defects of the UN's own adopted texts in the development set, which the checks are right to
 * report: each was read in the text and is kept here with what is wrong, so that `npm run accuracy`
 * counts it apart from the false alarms (a finding listed here is still reported, once, where it is).
 * Add one only after reading the text: a finding the text does not bear out is the check's to fix.
 */
import { paragraphText } from '../../server/src/service/model/document';
import type { DraftDocument } from '../../server/src/service';
import type { DraftDiagnostic } from '../../server/src/service/features/diagnostics';

export interface KnownDefect {
  /** The file's name in the development set. */
  readonly file: string;
  readonly code: string;
  /** Words of the paragraph the finding is on, as the text writes them. */
  readonly words: string;
  /** What is wrong in the UN's text. */
  readonly why: string;
}

const WHY_COMMA_BEFORE_SEIZED =
  'an unnumbered operative paragraph ends with "," before "Decides to remain seized": the UN text slipped for ";"';

/**
 * Read in the clean rendering of each text, 2026-12-02: commas where the UN's operative paragraphs take ";",
 * preambular paragraphs ending with ";" or "." among paragraphs ending with ",", "2107" for 2017, a first
 * paragraph without its "1.", "Underlying" for "Underlining", a space before ";" in English and none in French.
 */
export const KNOWN_DEFECTS: readonly KnownDefect[] = [
  {
    file: 'S_RES_2512 (2020)-2003205E.xml',
    code: 'punctuation',
    words: 'on their constituencies to do likewise,',
    why: 'an operative paragraph ends with "," before the next numbered paragraph: the UN text slipped for ";"',
  },
  {
    file: 'S_RES_2512 (2020)-2003205E.xml',
    code: 'punctuation',
    words: 'development, including economic and social development,',
    why: 'an operative paragraph ends with "," before the next numbered paragraph: the UN text slipped for ";"',
  },
  {
    file: 'S_RES_2551 (2020)-2015095E.xml',
    code: 'punctuation',
    words: 'stakeholders to improve maritime domain awareness.',
    why: 'a preambular paragraph of a UN-style text ends with ";" or "." among paragraphs ending with ","',
  },
  {
    file: 'S_RES_2551 (2020)-2015095E.xml',
    code: 'punctuation',
    words: 'in line with resolution 2467 (2019).',
    why: 'a preambular paragraph of a UN-style text ends with ";" or "." among paragraphs ending with ","',
  },
  {
    file: 'S_RES_2650_2221218E.xml',
    code: 'punctuation',
    words: 'appropriate and immediate oversight and scrutiny,',
    why: 'an operative paragraph ends with "," before the next numbered paragraph: the UN text slipped for ";"',
  },
  {
    file: 'S_RES_2650_2221218E.xml',
    code: 'typography-space',
    words: 'disinformation and misinformation',
    why: 'the English text has a space before the mark',
  },
  {
    file: 'S_RES_2677_E.xml',
    code: 'punctuation',
    words: 'without fear of reprisals or retaliation,',
    why: 'an operative paragraph ends with "," before the next numbered paragraph: the UN text slipped for ";"',
  },
  {
    file: 'S_RES_2740-2411727E.xml',
    code: 'punctuation',
    words: 'timelines for all the Mechanism’s activities;',
    why: 'a preambular paragraph of a UN-style text ends with ";" or "." among paragraphs ending with ","',
  },
  {
    file: 'S_RES_2740-2411727E.xml',
    code: 'punctuation',
    words: 'to complete its remaining functions expeditiously;',
    why: 'a preambular paragraph of a UN-style text ends with ";" or "." among paragraphs ending with ","',
  },
  {
    file: 'S_RES_2744-2413338E.xml',
    code: 'punctuation',
    words: 'which will act by consensus; and,',
    why: 'an operative paragraph ends with "," before the next numbered paragraph: the UN text slipped for ";"',
  },
  {
    file: 'S_RES_2765-2424370E.xml',
    code: 'punctuation',
    words: 'return to their countries of origin,',
    why: 'an operative paragraph ends with "," before the next numbered paragraph: the UN text slipped for ";"',
  },
  {
    file: 'S_RES_2765-2424370E.xml',
    code: 'punctuation',
    words: 'restrictions on political space and violence,',
    why: 'an operative paragraph ends with "," before the next numbered paragraph: the UN text slipped for ";"',
  },
  {
    file: '74_258.xml',
    code: 'citation-year',
    words: 'and 73/276 of 22 December 2018,',
    why: 'the UN text dates the resolution 2107 for 2017',
  },
  {
    file: '74_9.xml',
    code: 'punctuation',
    words: 'and cross-border workshop with Afghan participants,',
    why: 'an operative paragraph ends with "," before the next numbered paragraph: the UN text slipped for ";"',
  },
  {
    file: '75_248_E.xml',
    code: 'citation-year',
    words: 'and 74/258 of 27 December 2019,',
    why: 'the UN text dates the resolution 2107 for 2017',
  },
  {
    file: '75_264_E.xml',
    code: 'punctuation',
    words: 'of COVID-19 on women and girls,',
    why: 'an operative paragraph ends with "," before the next numbered paragraph: the UN text slipped for ";"',
  },
  {
    file: 'A_RES_76_163-2119222E_reissue.xml',
    code: 'punctuation',
    words: 'footing and with the same emphasis.',
    why: 'a preambular paragraph of a UN-style text ends with ";" or "." among paragraphs ending with ","',
  },
  {
    file: 'A_RES_76_189-2119246E.xml',
    code: 'punctuation',
    words: 'theme “Data and digitalization for development”,',
    why: 'an operative paragraph ends with "," before the next numbered paragraph: the UN text slipped for ";"',
  },
  {
    file: 'A_RES_76_228-2119659E.xml',
    code: 'punctuation',
    words: 'and artillery shelling of civilian areas.',
    why: 'a preambular paragraph of a UN-style text ends with ";" or "." among paragraphs ending with ","',
  },
  {
    file: 'A_RES_76_256-2204678E.xml',
    code: 'numbering-missing',
    words: 'the International Day of Plant Health;',
    why: 'the first operative paragraph has lost its "1." in the UN text',
  },
  {
    file: 'A_RES_76_72-2118581E_Reissue.xml',
    code: 'punctuation',
    words: 'decision 75/570 of 22 June 2021;',
    why: 'a preambular paragraph of a UN-style text ends with ";" or "." among paragraphs ending with ","',
  },
  {
    file: 'A_RES_77_202-2228917E.xml',
    code: 'punctuation',
    words: 'full consent of the intending spouses;',
    why: 'a preambular paragraph of a UN-style text ends with ";" or "." among paragraphs ending with ","',
  },
  {
    file: 'A_RES_77_76-2228176E.xml',
    code: 'punctuation',
    words: 'interest in averting a nuclear war,',
    why: 'an operative paragraph ends with "," before the next numbered paragraph: the UN text slipped for ";"',
  },
  {
    file: 'A_RES_77_76-2228176E.xml',
    code: 'punctuation',
    words: 'consistent with their respective national statements,',
    why: 'an operative paragraph ends with "," before the next numbered paragraph: the UN text slipped for ";"',
  },
  {
    file: 'A_RES_77_76-2228176E.xml',
    code: 'punctuation',
    words: 'of NPT/CONF.2020/WP.77 as a useful reference,',
    why: 'an operative paragraph ends with "," before the next numbered paragraph: the UN text slipped for ";"',
  },
  {
    file: 'A_RES_77_76-2228176E.xml',
    code: 'punctuation',
    words: 'unilateral, bilateral, regional and multilateral measures,',
    why: 'an operative paragraph ends with "," before the next numbered paragraph: the UN text slipped for ";"',
  },
  {
    file: 'A_RES_77_76-2228176E.xml',
    code: 'punctuation',
    words: 'entry into force of the Treaty,',
    why: 'an operative paragraph ends with "," before the next numbered paragraph: the UN text slipped for ";"',
  },
  {
    file: 'A_RES_77_76-2228176E.xml',
    code: 'punctuation',
    words: 'weapons and other nuclear explosive devices,',
    why: 'an operative paragraph ends with "," before the next numbered paragraph: the UN text slipped for ";"',
  },
  {
    file: 'A_RES_77_76-2228176E.xml',
    code: 'punctuation',
    words: 'at the lowest possible alert levels,',
    why: 'an operative paragraph ends with "," before the next numbered paragraph: the UN text slipped for ";"',
  },
  {
    file: 'A_RES_77_76-2228176E.xml',
    code: 'punctuation',
    words: 'encourage broad participation by all States,',
    why: 'an operative paragraph ends with "," before the next numbered paragraph: the UN text slipped for ";"',
  },
  {
    file: 'A_RES_77_76-2228176E.xml',
    code: 'punctuation',
    words: 'the authority of the safeguards system,',
    why: 'an operative paragraph ends with "," before the next numbered paragraph: the UN text slipped for ";"',
  },
  {
    file: 'A_RES_77_76-2228176E.xml',
    code: 'punctuation',
    words: 'and International Atomic Energy Agency safeguards,',
    why: 'an operative paragraph ends with "," before the next numbered paragraph: the UN text slipped for ";"',
  },
  {
    file: 'A_RES_77_76-2228176E.xml',
    code: 'punctuation',
    words: 'for a world without nuclear weapons”,',
    why: 'an operative paragraph ends with "," before the next numbered paragraph: the UN text slipped for ";"',
  },
  {
    file: 'A_RES_78_248-2326262E.xml',
    code: 'citation-year',
    words: 'and 77/260 of 30 December 2022,',
    why: 'the UN text dates the resolution 2107 for 2017',
  },
  {
    file: 'A_RES_79_161-2424154E.xml',
    code: 'punctuation',
    words: 'be condemned and their recurrence prevented;',
    why: 'a preambular paragraph of a UN-style text ends with ";" or "." among paragraphs ending with ","',
  },
  {
    file: 'A_RES_79_264-2500680E.xml',
    code: 'punctuation',
    words: 'of the Kunming-Montreal Global Biodiversity Framework,',
    why: 'an operative paragraph ends with "," before the next numbered paragraph: the UN text slipped for ";"',
  },
  {
    file: 'A_RES_79_333-2514352E.xml',
    code: 'punctuation',
    words: 'strengthen pandemic prevention, preparedness and response.',
    why: 'a preambular paragraph of a UN-style text ends with ";" or "." among paragraphs ending with ","',
  },
  {
    file: 'A_RES_79_333-2514352E.xml',
    code: 'punctuation',
    words: 'the highest level of political leadership.',
    why: 'a preambular paragraph of a UN-style text ends with ";" or "." among paragraphs ending with ","',
  },
  {
    file: 'A_RES_79_333-2514352E.xml',
    code: 'punctuation',
    words: 'view to achieving universal health coverage.',
    why: 'a preambular paragraph of a UN-style text ends with ";" or "." among paragraphs ending with ","',
  },
  {
    file: 'S_RES_1382_N0166853.xml',
    code: 'typography-space',
    words: 'or less, total indicator reading (TIR)',
    why: 'the English text has a space before the mark',
  },
  {
    file: 'S_RES_1574_N0461689.xml',
    code: 'punctuation',
    words: 'commit to full cooperation with UNAMIS,',
    why: 'an operative paragraph ends with "," before the next numbered paragraph: the UN text slipped for ";"',
  },
  {
    file: 'S_RES_1602_N0536776.xml',
    code: 'numbering-missing',
    words: 'of ONUB until 1 December 2005;',
    why: 'the first operative paragraph has lost its "1." in the UN text',
  },
  {
    file: 'S_RES_1671_N0632670.xml',
    code: 'punctuation',
    words: 'order to extract individuals in danger,',
    why: 'an operative paragraph ends with "," before the next numbered paragraph: the UN text slipped for ";"',
  },
  {
    file: 'S_RES_1702_N0646877.xml',
    code: 'punctuation',
    words: 'the American States (OAS) and CARICOM;',
    why: 'a preambular paragraph of a UN-style text ends with ";" or "." among paragraphs ending with ","',
  },
  {
    file: 'S_RES_1702_N0646877.xml',
    code: 'punctuation',
    words: 'threat of gang violence and kidnapping,',
    why: 'an operative paragraph ends with "," before the next numbered paragraph: the UN text slipped for ";"',
  },
  {
    file: 'S_RES_1780_N0754072.xml',
    code: 'punctuation',
    words: 'strengthening HNP capacity in these areas,',
    why: 'an operative paragraph ends with "," before the next numbered paragraph: the UN text slipped for ";"',
  },
  {
    file: 'S_RES_1780_N0754072.xml',
    code: 'punctuation',
    words: 'along Haiti’s land and maritime borders,',
    why: 'an operative paragraph ends with "," before the next numbered paragraph: the UN text slipped for ";"',
  },
  {
    file: 'S_RES_1820_N0839144.xml',
    code: 'punctuation',
    words: 'and 24 October 2007 (Security Council/PRST/2007/40);',
    why: 'a preambular paragraph of a UN-style text ends with ";" or "." among paragraphs ending with ","',
  },
  {
    file: 'S_RES_1820_N0839144.xml',
    code: 'punctuation',
    words: 'law and international human rights law;',
    why: 'a preambular paragraph of a UN-style text ends with ";" or "." among paragraphs ending with ","',
  },
  {
    file: 'S_RES_1820_N0839144.xml',
    code: 'punctuation',
    words: 'women in situations of armed conflict;',
    why: 'a preambular paragraph of a UN-style text ends with ";" or "." among paragraphs ending with ","',
  },
  {
    file: 'S_RES_1820_N0839144.xml',
    code: 'punctuation',
    words: 'persist after the cessation of hostilities;',
    why: 'a preambular paragraph of a UN-style text ends with ";" or "." among paragraphs ending with ","',
  },
  {
    file: 'S_RES_1820_N0839144.xml',
    code: 'punctuation',
    words: 'conflict, in particular women and children;',
    why: 'a preambular paragraph of a UN-style text ends with ";" or "." among paragraphs ending with ","',
  },
  {
    file: 'S_RES_1836_N0852589.xml',
    code: 'punctuation',
    words: '(2008) on women, peace and security.',
    why: 'a preambular paragraph of a UN-style text ends with ";" or "." among paragraphs ending with ","',
  },
  {
    file: 'S_RES_1887_N0952374.xml',
    code: 'punctuation',
    words: 'fulfil their commitments under the Treaty,',
    why: 'an operative paragraph ends with "," before the next numbered paragraph: the UN text slipped for ";"',
  },
  {
    file: 'S_RES_1889_N0954255.xml',
    code: 'punctuation',
    words: 'equal participation in the peacebuilding process,',
    why: 'an operative paragraph ends with "," before the next numbered paragraph: the UN text slipped for ";"',
  },
  {
    file: 'S_RES_1894_N0960245.xml',
    code: 'punctuation',
    words: 'safe, timely and unimpeded humanitarian assistance,',
    why: 'an operative paragraph ends with "," before the next numbered paragraph: the UN text slipped for ";"',
  },
  {
    file: 'S_RES_1923_N1037570.xml',
    code: 'punctuation',
    words: 'the DIS will be sustained post-MINURCAT,',
    why: 'an operative paragraph ends with "," before the next numbered paragraph: the UN text slipped for ";"',
  },
  {
    file: 'S_RES_1936_N1047624.xml',
    code: 'punctuation',
    words: 'close the Oil for Food programme;',
    why: 'a preambular paragraph of a UN-style text ends with ";" or "." among paragraphs ending with ","',
  },
  {
    file: 'S_RES_1970_N1124558.xml',
    code: 'punctuation',
    words: 'unity of the Libyan Arab Jamahiriya.',
    why: 'a preambular paragraph of a UN-style text ends with ";" or "." among paragraphs ending with ","',
  },
  {
    file: 'S_RES_1973_N1126839.xml',
    code: 'punctuation',
    words: 'of paragraphs 6 and 7 above,',
    why: 'an operative paragraph ends with "," before the next numbered paragraph: the UN text slipped for ";"',
  },
  {
    file: 'S_RES_1973_N1126839.xml',
    code: 'typography-space',
    words: 'be replaced by the following paragraph',
    why: 'the English text has a space before the mark',
  },
  {
    file: 'S_RES_1976_N1129544.xml',
    code: 'punctuation',
    words: 'of Member States under international law;',
    why: 'a preambular paragraph of a UN-style text ends with ";" or "." among paragraphs ending with ","',
  },
  {
    file: 'S_RES_1980_N1131511.xml',
    code: 'punctuation',
    words: 'paragraph 12 of resolution 1975 (2011),',
    why: 'an operative paragraph ends with "," before the next numbered paragraph: the UN text slipped for ";"',
  },
  {
    file: 'S_RES_1992_N1139374.xml',
    code: 'punctuation',
    words: '(2011), 1962 (2010) and 1933 (2010);',
    why: 'a preambular paragraph of a UN-style text ends with ";" or "." among paragraphs ending with ","',
  },
  {
    file: 'S_RES_2020_N1160421.xml',
    code: 'punctuation',
    words: 'on board ships in high-risk areas.',
    why: 'a preambular paragraph of a UN-style text ends with ";" or "." among paragraphs ending with ","',
  },
  {
    file: 'S_RES_2030_N1164769.xml',
    code: 'punctuation',
    words: 'Peacebuilding Fund to peacebuilding in Guinea-Bissau;',
    why: 'a preambular paragraph of a UN-style text ends with ";" or "." among paragraphs ending with ","',
  },
  {
    file: 'S_RES_2071_N1254679.xml',
    code: 'punctuation',
    words: 'regions in the north of Mali;',
    why: 'a preambular paragraph of a UN-style text ends with ";" or "." among paragraphs ending with ","',
  },
  {
    file: 'S_RES_2104_1334909e.xml',
    code: 'punctuation',
    words: 'of the source of such violence,',
    why: 'an operative paragraph ends with "," before the next numbered paragraph: the UN text slipped for ";"',
  },
  {
    file: 'S_RES_2109_1339116e.xml',
    code: 'punctuation',
    words: 'and sexual and gender based violence.',
    why: 'a preambular paragraph of a UN-style text ends with ";" or "." among paragraphs ending with ","',
  },
  {
    file: 'S_RES_2112_1341236e.xml',
    code: 'punctuation',
    words: 'of movement of United Nations personnel,',
    why: 'an operative paragraph ends with "," before the next numbered paragraph: the UN text slipped for ";"',
  },
  {
    file: 'S_RES_2127_N1359443.xml',
    code: 'opening-misspelt',
    words: 'against humanity, with serious regional implications,',
    why: '"Underlying" for "Underlining" in the UN text',
  },
  {
    file: 'S_RES_2134_1421894e.xml',
    code: 'typography-space',
    words: 'elections, or that fuel violence',
    why: 'the English text has a space before the mark',
  },
  {
    file: 'S_RES_2144_1426591e.xml',
    code: 'punctuation',
    words: 'such notifications contain all relevant information,',
    why: 'an operative paragraph ends with "," before the next numbered paragraph: the UN text slipped for ";"',
  },
  {
    file: 'S_RES_2211_1504858E.xml',
    code: 'punctuation',
    words: 'that the DRC effectively addresses impunity,',
    why: 'an operative paragraph ends with "," before the next numbered paragraph: the UN text slipped for ";"',
  },
  {
    file: 'S_RES_2255_1522614E.xml',
    code: 'punctuation',
    words: 'encouraging further efforts in this regard.',
    why: 'a preambular paragraph of a UN-style text ends with ";" or "." among paragraphs ending with ","',
  },
  {
    file: 'S_RES_2255_1522614E.xml',
    code: 'punctuation',
    words: 'members to respond within three months,',
    why: 'an operative paragraph ends with "," before the next numbered paragraph: the UN text slipped for ";"',
  },
  {
    file: 'S_RES_2408_1804847E.xml',
    code: 'punctuation',
    words: 'United Nations relating to these factors;',
    why: 'a preambular paragraph of a UN-style text ends with ";" or "." among paragraphs ending with ","',
  },
  {
    file: 'S_RES_2409_1804851E.xml',
    code: 'punctuation',
    words: 'statements and addressing their differences peacefully,',
    why: 'an operative paragraph ends with "," before the next numbered paragraph: the UN text slipped for ";"',
  },
  {
    file: 'S_RES_2409_1804851E.xml',
    code: 'punctuation',
    words: 'use of available capacity and resources,',
    why: 'an operative paragraph ends with "," before the next numbered paragraph: the UN text slipped for ";"',
  },
  {
    file: 'S_RES_2458_1903443E.xml',
    code: 'punctuation',
    words: 'within the legally-mandated timeframe in 2019,',
    why: 'an operative paragraph ends with "," before the next numbered paragraph: the UN text slipped for ";"',
  },
  {
    file: 'S_RES_2461_1905119E.xml',
    code: 'punctuation',
    words: 'of AMISOM, Francisco Caetano José Madeira;',
    why: 'a preambular paragraph of a UN-style text ends with ";" or "." among paragraphs ending with ","',
  },
  {
    file: 'S_RES_2461_1905119E.xml',
    code: 'punctuation',
    words: 'forms of sexual exploitation and abuse;',
    why: 'a preambular paragraph of a UN-style text ends with ";" or "." among paragraphs ending with ","',
  },
  {
    file: 'S_RES_2462_1905232E.xml',
    code: 'typography-space',
    words: 'activity, including but not limited to',
    why: 'the English text has a space before the mark',
  },
  {
    file: 'S_RES_2476_1910688E.xml',
    code: 'punctuation',
    words: 'involves the full range of partners,',
    why: 'an operative paragraph ends with "," before the next numbered paragraph: the UN text slipped for ";"',
  },
  {
    file: 'S_RES_2513 (2020)-2003779F.xml',
    code: 'typography-space',
    words: 'global et de libération des prisonniers',
    why: 'the French text has no no-break space before the mark',
  },
  {
    file: 'S_RES_2538 (2020)-2011254F.xml',
    code: 'typography-space',
    words: 'des opérations de maintien de la paix',
    why: 'the French text has no no-break space before the mark',
  },
  {
    file: 'S_RES_2543 (2020)-2011956F.xml',
    code: 'typography-space',
    words: '2405 (2018), 2460 (2019) et 2489 (2019)',
    why: 'the French text has no no-break space before the mark',
  },
  {
    file: 'S_RES_2605 (2021)-2116627F.xml',
    code: 'typography-space',
    words: 'des Nations Unies des actions engagées',
    why: 'the French text has no no-break space before the mark',
  },
  {
    file: 'S_RES_2612 (2021)_F.xml',
    code: 'typography-space',
    words: 'tâches, comme demandé au paragraphe 51',
    why: 'the French text has no no-break space before the mark',
  },
  {
    file: 'S_RES_2709-2322375F.xml',
    code: 'typography-space',
    words: 'terrestre de la Mission et leur gestion',
    why: 'the French text has no no-break space before the mark',
  },
  {
    file: 'S_RES_2741-2411824F.xml',
    code: 'typography-space',
    words: 'le principe du recouvrement des coûts',
    why: 'the French text has no no-break space before the mark',
  },
  {
    file: '74_19_F.xml',
    code: 'typography-space',
    words: 'produits chimiques dangereux en vrac',
    why: 'the French text has no no-break space before the mark',
  },
  {
    file: '75_156_F.xml',
    code: 'typography-space',
    words: 'face à la pandémie et de s’en relever',
    why: 'the French text has no no-break space before the mark',
  },
  {
    file: '75_239_F.xml',
    code: 'typography-space',
    words: 'produits chimiques dangereux en vrac',
    why: 'the French text has no no-break space before the mark',
  },
  {
    file: 'A_RES_76_179-2119218F.xml',
    code: 'typography-space',
    words: 'à ces droits commises en Crimée',
    why: 'the French text has no no-break space before the mark',
  },
  {
    file: 'A_RES_77_160-2228776F.xml',
    code: 'typography-space',
    words: 'sont les plus touchés par la pandémie',
    why: 'the French text has no no-break space before the mark',
  },
  {
    file: 'A_RES_77_284-F.xml',
    code: 'typography-space',
    words: 'no 176) aux États non européens',
    why: 'the French text has no no-break space before the mark',
  },
  {
    file: 'S_RES_1528_N0425320.xml',
    code: 'punctuation',
    words: 'on the restructuring of the internal security services,',
    why: 'an operative paragraph ends with "," before the next numbered paragraph: the UN text slipped for ";"',
  },
  {
    file: 'S_RES_2000_N1143339.xml',
    code: 'punctuation',
    words: 'security and freedom of movement of United Nations personnel,',
    why: 'an operative paragraph ends with "," before the next numbered paragraph: the UN text slipped for ";"',
  },
  {
    file: 'S_RES_1585_N0526638.xml',
    code: 'punctuation',
    words: 'until 17 March 2005,',
    why: WHY_COMMA_BEFORE_SEIZED,
  },
  {
    file: 'S_RES_1588_N0527444.xml',
    code: 'punctuation',
    words: 'until 24 March 2005,',
    why: WHY_COMMA_BEFORE_SEIZED,
  },
  {
    file: 'S_RES_1668_N0630353.xml',
    code: 'punctuation',
    words: 'would then attain and exceed three years,',
    why: WHY_COMMA_BEFORE_SEIZED,
  },
  {
    file: 'S_RES_1849_N0864851.xml',
    code: 'punctuation',
    words: 'to a maximum of twelve by 28 February 2009,',
    why: WHY_COMMA_BEFORE_SEIZED,
  },
];

const plain = (s: string): string => s.replace(/[*_\\]/g, '').replace(/\s+/g, ' ');

/** Why the finding is a known defect of the text, or undefined. */
export function knownDefect(file: string, doc: DraftDocument, d: DraftDiagnostic): string | undefined {
  const name = file.replace(/^.*\//, '');
  const candidates = KNOWN_DEFECTS.filter((k) => k.file === name && k.code === d.code);
  if (candidates.length === 0) return undefined;
  const at = d.span.start;
  const p = doc.paragraphs.find((q) => q.span.start <= at && at <= q.span.end);
  const text = p ? plain(paragraphText(doc, p)) : '';
  return candidates.find((k) => text.includes(plain(k.words)))?.why;
}
