import type { DraftDocument } from '../model/document';
import { LANGUAGES } from '../languages';
import { CHECK_CODES, Finding } from './diagnostic';
import { findingsRead, ParagraphReader } from './paragraphReads';

/** The narrow no-break space French typography puts before ";", ":", "?" and "!". */
const NARROW = '\u202f';
/** The spaces that may stand there: no-break (what the UN's French texts use), narrow no-break, or typed. */
const SPACE = /[ \u00a0\u202f\t]/;
const NO_BREAK = /[\u00a0\u202f]/;

/**
 * The marks to look at, outside quotations (an English title quoted in a French text keeps its own
 * typography, «People’s money: harnessing…»), web addresses and figures ("10:30", "1:50 000").
 */
const MARKS = /[;:?!]/g;
/** French words no English title has; a title in French has one of them or an accented letter. */
const FRENCH_WORDS = new Set(
  'le la les l d de des du et à au aux pour sur dans par en un une ou qui que son sa ses leur leurs'.split(' '),
);

/** The last two words before a mark, in a French text, are of an English title: "Climate finance delivery plan:". */
function english(before: string): boolean {
  const words = before
    .split(/[\s’'(]+/)
    .filter((w) => /\p{L}/u.test(w))
    .slice(-2);
  return words.length > 0 && words.every((w) => !FRENCH_WORDS.has(w.toLowerCase()) && !/[àâçéèêëîïôûùüÿœæ]/i.test(w));
}

const QUOTED = /«[^«»]*»|“[^“”]*”|https?:\/\/\S+|\d[:;]\d/g;

/** One paragraph's findings: see `checkTypography`. */
const TYPOGRAPHY = findingsRead((doc, p) => {
  const findings: Finding[] = [];
  const french = LANGUAGES[doc.language ?? 'en'].spaceBeforePunctuation;
  for (const piece of p.pieces) {
    const body = doc.text.slice(piece.start, piece.end);
    const skipped = [...body.matchAll(QUOTED)].map((m) => [m.index!, m.index! + m[0].length]);
    for (const m of body.matchAll(MARKS)) {
      const i = m.index!;
      if (i === 0 || skipped.some(([from, to]) => from <= i && i < to)) continue;
      // "*Assurer la protection des civils *:": the space may stand inside the emphasis.
      let j = i - 1;
      while (j > 0 && (body[j] === '*' || body[j] === '_')) j--;
      const before = body[j];
      const spaceAt = piece.start + j;
      // "Re:Search", "http://": a mark inside a word; an English title in a French text, unquoted.
      if (/\p{L}/u.test(body[i + 1] ?? '') || (french && english(body.slice(Math.max(0, i - 80), i)))) continue;
      // "intitulé COVID‑19: Make It the Last Pandemic": a title's colon before its capitalised subtitle.
      if (french && m[0] === ':' && !SPACE.test(before) && /^ \p{Lu}/u.test(body.slice(i + 1, i + 3))) continue;
      // "…d’entrepôt¹²;": after a footnote call the UN's French texts put no space.
      if (/[⁰¹²³⁴⁵⁶⁷⁸⁹]/.test(before)) continue;
      const at = piece.start + i;
      const spaced = SPACE.test(before);
      if (french && !spaced) {
        findings.push({
          code: CHECK_CODES.typographySpace,
          span: { start: at, end: at + 1 },
          message: `In French a no-break space goes before "${m[0]}".`,
          fix: {
            title: `Put a narrow no-break space before "${m[0]}"`,
            span: { start: at, end: at },
            newText: NARROW,
          },
        });
      } else if (french && !NO_BREAK.test(before)) {
        findings.push({
          code: CHECK_CODES.typographySpace,
          span: { start: spaceAt, end: at + 1 },
          asNote: true,
          message: `The space before "${m[0]}" is an ordinary one: a line may break before the "${m[0]}".`,
          fix: {
            title: 'Make it a narrow no-break space',
            span: { start: spaceAt, end: spaceAt + 1 },
            newText: NARROW,
          },
        });
      } else if (!french && spaced && /\S/.test(body[j - 1] ?? '')) {
        findings.push({
          code: CHECK_CODES.typographySpace,
          span: { start: spaceAt, end: at + 1 },
          message: `In ${doc.language === 'es' ? 'Spanish' : 'English'} no space goes before "${m[0]}".`,
          fix: { title: 'Remove the space', span: { start: spaceAt, end: spaceAt + 1 }, newText: '' },
        });
      }
    }
  }
  return findings;
});

/**
 * French: a no-break space before ";", ":", "?" and "!" (a note where the space typed is an ordinary one,
 * which a line may break at); English and the other languages: none. The fix changes only that character.
 */
export function checkTypography(doc: DraftDocument, reads = new ParagraphReader(doc)): Finding[] {
  const french = LANGUAGES[doc.language ?? 'en'].spaceBeforePunctuation;
  const latin = doc.language === undefined || doc.language === 'en' || doc.language === 'es' || french;
  if (!latin) return [];
  return doc.paragraphs.flatMap((p) => (p.kind === 'footnote' ? [] : reads.read(TYPOGRAPHY, p)));
}
