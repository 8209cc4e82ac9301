/**
 * A line that reads like the first line of a draft: the extension's `firstLine` (which sees only
 * line 1) and the CLI use it. Besides the titles and enacting formulas of drafts, the first line of
 * a real UN document as delivered: its masthead ("United Nations", with its symbol in a PDF copy's
 * column), its symbol ("A/RES/80/1", "S/RES/2700 (2023)"), "Distr.: General", the organ, a
 * resolution's title ("78/10. …", "Resolution 2700 (2023)"); and the formulas of the OIC, the AU
 * and other bodies ("The Council of Foreign Ministers of the Organisation of Islamic Cooperation,").
 * Plain JavaScript, no flags: VS Code compiles it as it is. A formula must end the line with its
 * comma, so "The General Assembly met on Tuesday." is no draft.
 */
export const DRAFT_FIRST_LINE = new RegExp(
  [
    '^\\ufeff?\\s*(?:',
    [
      'Final [Cc]ommuniqu[ée](?=[\\s,:.]|$)',
      'Final Document of\\b',
      'Resolution adopted by\\b',
      'The (?:General Assembly|Security Council|Human Rights Council|Economic and Social Council),',
      'THE (?:GENERAL ASSEMBLY|SECURITY COUNCIL|HUMAN RIGHTS COUNCIL|ECONOMIC AND SOCIAL COUNCIL),',
      // "The Assembly of the Union,", "The Peace and Security Council,", "The Council of Foreign Ministers of …,".
      "The(?: (?:[A-Z][A-Za-z'’-]*|of|the|and|for|on|in))*? (?:Assembly|Council|Conference|Ministers|Summit|Meeting|Committee|Commission|Parties)(?: (?:[A-Z][A-Za-z'’-]*|of|the|and|for|on|in))*[,;:]\\s*$",
      'We,? the (?:Heads of State|Ministers)\\b',
      '(?:United Nations|Nations Unies)(?:\\s*$|\\s{2,}[A-Z]{1,8}\\/)',
      '(?:General Assembly|Security Council|Economic and Social Council)(?:\\s*$|\\s{2,}Distr\\.)',
      'Distr\\.:? ?(?:General|Limited|Restricted)\\s*$',
      // A document symbol alone, or in a column: one of its parts starts with a digit.
      '[A-Z]{1,8}\\/(?:[A-Z][A-Za-z0-9.-]*\\/)*\\d[A-Za-z0-9.\\/-]*(?: \\(\\d{4}\\))?\\*?(?:\\s*$|\\s{2,})',
      'Resolution \\d{1,4} \\(\\d{4}\\)\\s*$',
      '(?:ES-)?\\d{2,3}\\/\\d{1,4}\\. [A-Z]',
    ].join('|'),
    ')',
  ].join(''),
);

/** Whether a text reads like a draft: its first non-blank line does. */
export function readsLikeDraft(text: string): boolean {
  const first = /\S[^\r\n]*/.exec(text.slice(0, 4000));
  return first !== null && DRAFT_FIRST_LINE.test(first[0]);
}
