import { FORMULAS, OPERATIVE, PREAMBULAR } from './lexicons/zh';
import type { LanguageConventions } from './types';

/** Chinese: no spaces, no italics, full-width punctuation; citations are written "第61/49号决议". */
export const CHINESE: LanguageConventions = {
  code: 'zh',
  name: '中文',
  formulas: FORMULAS,
  preambular: PREAMBULAR,
  operative: OPERATIVE,
  capitalised: false,
  punctuation: { preambular: '，', operative: '；', last: '。' },
  clauseMarks: '，；。：！？',
  spaceBeforePunctuation: false,
  numberMarker: '.',
  months: ['1月', '2月', '3月', '4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月'],
  // The meeting line after the last paragraph: "第46次全体会议".
  closing: /^第[ \t\u00a0]*\d{1,4}[ \t\u00a0]*次(?:全体)?会议/u,
  markers: /[\u4e00-\u9fff]+/gu,
  // "二" alone or before the section's title: Chinese numerals, where English writes "II".
  sectionLabel: /^[一二三四五六七八九十]{1,3}(?=[ \t\u00a0]|$)/u,
};
