/**
 * Page furniture of UN print and of text copied out of PDFs: lines that belong to the page, not
 * to the text (running headers, page numbers, job numbers, bar codes, the masthead), and the
 * rule that sets a page's footnotes apart. Each test reads one trimmed line, anchored at both
 * ends, with no pattern that can backtrack.
 */

/**
 * "A/RES/78/10", "S/RES/2700 (2023)", "A/78/L.5/Rev.1*", "A/HRC/RES/52/1", a resolution's parts "A/RES/76/247 A-C": a
 * document symbol alone.
 */
const DOCUMENT_SYMBOL =
  /^[A-Z]{1,8}(?:\.\d{1,4})?(?:\/[A-Za-z0-9.-]{1,24}){1,7}(?:[ \u00a0][A-Z](?:-[A-Z])?|[ \u00a0]\(\d{4}\))?\*?$/;
/** "2/5", "- 3 -", "Page 3", "Page 3 of 5". */
const PAGE_NUMBER =
  /^(?:(\d{1,4})[ \u00a0]?\/[ \u00a0]?(\d{1,4})|[-–—][ \u00a0]?\d{1,4}[ \u00a0]?[-–—]|Page[ \u00a0]\d{1,4}(?:[ \u00a0]of[ \u00a0]\d{1,4})?)$/;
/** "23-23443 (E)", "30-00001", the bar code "*2323443*" and the print date "151123" of a page footer. */
const JOB_NUMBER = /^(?:\d{2}-\d{5}(?:[ \u00a0]?\([A-Z]\))?|\*\d{7,8}\*)$/;
const PRINT_DATE = /^\d{6}$/;
const MASTHEAD_FURNITURE = new RegExp(
  [
    '^(?:Distr\\.?:?[ \\u00a0]?(?:General|Limited|Restricted|générale|limitée|restreinte)',
    'Original:[ \\u00a0]?[A-Z][a-z]{2,12}',
    'Please recycle\\b.*)$',
  ].join('|'),
);
/** Names at the top of a UN document's first page; in the body they may be headings. */
const MASTHEAD_NAME =
  /^(?:United Nations|Nations Unies|General Assembly|Security Council|Economic and Social Council)$/;
/** Columns of a layout-preserving PDF extraction: three spaces or a tab between them. */
const COLUMN_GAP = /[ \u00a0]{3,}|\t+/;

function isSymbol(text: string): boolean {
  return DOCUMENT_SYMBOL.test(text) && /\d/.test(text);
}

function isPageNumber(text: string): boolean {
  const m = PAGE_NUMBER.exec(text);
  // "2/5" is page 2 of 5; "61/49" is a resolution.
  return m !== null && (m[1] === undefined || Number(m[1]) <= Number(m[2]));
}

function isFurnitureItem(text: string): boolean {
  if (!mayBeFurniture(text)) return false;
  return isSymbol(text) || isPageNumber(text) || JOB_NUMBER.test(text) || MASTHEAD_FURNITURE.test(text);
}

/**
 * Whether the first characters allow any item of furniture: a digit, a dash, a star, a capital followed by a
 * capital, "." or "/" (a symbol), or the words "Page", "Distr", "Original", "Please". Every line of a text is
 * asked, and most start with a word: this spares them four patterns.
 */
function mayBeFurniture(text: string): boolean {
  const first = text.charCodeAt(0);
  if ((first >= 48 && first <= 57) || first === 42 || first === 45 || first === 0x2013 || first === 0x2014) return true;
  if (first < 65 || first > 90) return false;
  const second = text.charCodeAt(1);
  if ((second >= 65 && second <= 90) || second === 46 || second === 47) return true;
  return /^(?:Page|Distr|Original|Please)/.test(text);
}

/**
 * A line that is page furniture wherever it stands: a symbol, a page number, a job number,
 * "Distr.: General"; or columns of a layout-preserving extraction led or ended by one of these
 * ("United Nations      A/RES/78/10", "2/5      23-23443").
 */
export function isPageFurniture(line: string): boolean {
  if (line.length > 200) return false;
  if (isFurnitureItem(line)) return true;
  // Looked for with indexOf first: the pattern would read every character of every line.
  const mayHaveColumns = line.includes('  ') || line.includes('\t') || line.includes('\u00a0');
  if (!mayHaveColumns || !COLUMN_GAP.test(line)) return false;
  const columns = line.split(COLUMN_GAP);
  const edge = (c: string): boolean => isFurnitureItem(c) || PRINT_DATE.test(c);
  return edge(columns[0]) || edge(columns[columns.length - 1]);
}

/** A line of the masthead at the top of a UN document: furniture, or the name of the Organization or organ. */
export function isMastheadLine(line: string): boolean {
  return MASTHEAD_NAME.test(line) || isPageFurniture(line);
}

/** The rule above a page's footnotes: "______", "------", "——". */
export function isFootnoteRule(line: string): boolean {
  return /^(?:_{4,}|-{4,}|[—–]{2,})$/.test(line);
}
