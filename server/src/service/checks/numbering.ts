import type { DraftDocument, Paragraph } from '../model/document';
import { CHECK_CODES, Finding } from './diagnostic';

const label = (p: Paragraph): string => `${p.number!.value}${p.number!.suffix ? ` ${p.number!.suffix}` : ''}`;

/**
 * Operative numbering: starts at 1 and goes up by one; "5 bis" follows 5 without breaking the
 * sequence; one marker style. Each finding stands at the paragraph that breaks the sequence.
 */
export function checkNumbering(doc: DraftDocument): Finding[] {
  const findings: Finding[] = [];
  for (const run of operativeRuns(doc)) {
    const lost = lostNumbers(run);
    for (const [p, value] of lost) {
      const marker = run.find((q) => q.number)?.number?.marker || '.';
      findings.push({
        code: CHECK_CODES.numberingMissing,
        span: p.opening!.span,
        message: `This operative paragraph has no number: it stands where paragraph ${value} belongs.`,
        fix: {
          title: `Number it ${value}${marker}`,
          span: { start: p.span.start, end: p.span.start },
          newText: `${value}${marker} `,
        },
      });
    }
    // Judged as if it had it: the paragraphs after it are in sequence.
    const numbered = run.flatMap((p) => {
      const value = lost.get(p);
      if (value === undefined) return p.number ? [p] : [];
      const at = { start: p.span.start, end: p.span.start };
      return [{ ...p, number: { value, marker: '.' as const, span: at, digits: at } }];
    });
    // A "1." part-way through is one finding: the paragraphs after it are judged from it, not as duplicates.
    let from = 0;
    numbered.forEach((p, i) => {
      if (i === 0 || p.number!.value !== 1 || p.number!.suffix) return;
      const previous = numbered[i - 1];
      findings.push({
        code: CHECK_CODES.numberingRestart,
        span: p.number!.span,
        message: `The numbering starts again at 1 after paragraph ${label(previous)}.`,
        related: [{ span: previous.number!.span, message: `paragraph ${label(previous)}` }],
      });
      for (const f of checkSequence(numbered.slice(from, i))) findings.push(f);
      from = i;
    });
    for (const f of checkSequence(numbered.slice(from))) findings.push(f);
  }
  for (const f of checkMarkerStyle(doc.operative.filter((p) => p.number))) findings.push(f);
  return findings;
}

/**
 * The operative paragraphs cut where a "1." follows something other than an operative paragraph:
 * a part's heading, a section's own preamble, the next part's enacting formula, the lead-in of a
 * list. Adopted texts number such parts and lists from 1 (resolutions A and B, budget sections I,
 * II, lists inside a communiqué's prose), and each ends as a last paragraph does.
 */
export function operativeRuns(doc: DraftDocument): Paragraph[][] {
  const position = new Map(doc.paragraphs.map((p, i) => [p, i]));
  const runs: Paragraph[][] = [];
  let run: Paragraph[] = [];
  /** Judged from the last numbered paragraph: an unnumbered one ("Approves …") between parts belongs to neither. */
  let lastNumbered: Paragraph | undefined;
  for (const p of doc.operative) {
    let interrupted = false;
    const at = position.get(p)!;
    for (let i = lastNumbered ? position.get(lastNumbered)! + 1 : at; i < at && !interrupted; i++) {
      interrupted = doc.paragraphs[i].kind !== 'footnote' && doc.paragraphs[i].kind !== 'operative';
    }
    if (p.number?.value === 1 && !p.number.suffix && interrupted) {
      runs.push(run);
      run = [];
    }
    run.push(p);
    if (p.number) lastNumbered = p;
  }
  runs.push(run);
  return runs.filter((r) => r.length > 0);
}

/**
 * Paragraphs of a numbered run that lost their number ("Decides …" before "2. Invites …"): each stands alone
 * between the numbers around it, one apart, and takes the number between them.
 */
function lostNumbers(run: readonly Paragraph[]): Map<Paragraph, number> {
  const lost = new Map<Paragraph, number>();
  const plain = (p: Paragraph | undefined): number | undefined => (p?.number?.suffix ? undefined : p?.number?.value);
  run.forEach((p, i) => {
    if (p.number || !p.opening?.known) return;
    const before = i === 0 ? 0 : plain(run[i - 1]);
    const after = plain(run[i + 1]);
    if (before !== undefined && after !== undefined && after === before + 2) lost.set(p, before + 1);
  });
  return lost;
}

/** One run of numbered paragraphs: from 1, up by one, "5 bis" after 5. */
function checkSequence(numbered: readonly Paragraph[]): Finding[] {
  const findings: Finding[] = [];
  let previous: Paragraph | undefined;
  let highest = 0;
  const reported = new Set<Paragraph>();
  // What the paragraphs before and after the current one hold, kept as it moves: no slice per paragraph.
  const firstOf = new Map<number, Paragraph>();
  const firstPlainOf = new Map<number, Paragraph>();
  /** Per number, where the paragraphs of that number without a suffix are, in order. */
  const plainIndices = new Map<number, number[]>();
  numbered.forEach((q, i) => {
    if (q.number!.suffix) return;
    const indices = plainIndices.get(q.number!.value);
    if (indices) indices.push(i);
    else plainIndices.set(q.number!.value, [i]);
  });
  /** The first paragraph after `i` numbered `value` without a suffix. */
  const laterPlain = (value: number, i: number): Paragraph | undefined => {
    const indices = plainIndices.get(value) ?? [];
    let low = 0;
    let high = indices.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (indices[mid] <= i) low = mid + 1;
      else high = mid;
    }
    return low < indices.length ? numbered[indices[low]] : undefined;
  };
  const nextPlain: (Paragraph | undefined)[] = [];
  for (let i = numbered.length - 2; i >= 0; i--) {
    nextPlain[i] = numbered[i + 1].number!.suffix ? nextPlain[i + 1] : numbered[i + 1];
  }
  for (let i = 0; i < numbered.length; i++) {
    const p = numbered[i];
    const before = numbered[i - 1]?.number;
    if (before) {
      if (!firstOf.has(before.value)) firstOf.set(before.value, numbered[i - 1]);
      if (!before.suffix && !firstPlainOf.has(before.value)) firstPlainOf.set(before.value, numbered[i - 1]);
    }
    const n = p.number!;
    const at = n.span;
    if (n.suffix) {
      if (!previous || previous.number!.value !== n.value) {
        findings.push({
          code: CHECK_CODES.alternativeMisplaced,
          span: at,
          message: `Paragraph ${label(p)} must follow paragraph ${n.value}.`,
          related: previous ? [{ span: previous.number!.span, message: `paragraph ${label(previous)}` }] : [],
        });
      }
      continue;
    }
    const related = (other: Paragraph, message: string) => [{ span: other.number!.span, message }];
    if (!previous) {
      if (n.value !== 1)
        findings.push({
          code: CHECK_CODES.numberingFirst,
          span: at,
          message: `The first operative paragraph is numbered ${n.value}; it should be 1.`,
        });
    } else if (reported.has(p)) {
      // Already reported as the other half of a swap.
    } else if (n.value === highest + 1) {
      // In sequence.
    } else if (n.value !== 1 && n.value <= highest && firstPlainOf.has(n.value)) {
      const first = firstPlainOf.get(n.value)!;
      findings.push({
        code: CHECK_CODES.numberingDuplicate,
        span: at,
        message: `Paragraph ${n.value} is numbered twice.`,
        related: related(first, `the first paragraph ${n.value}`),
      });
      // It stands where the next number belongs: what follows is judged from there.
      highest++;
      previous = p;
      continue;
    } else if (n.value > highest + 1) {
      const expected = highest + 1;
      const later = laterPlain(expected, i);
      const next = nextPlain[i];
      if (!later && next?.number!.value === expected + 1) {
        // "7" typed for "5" between 4 and 6: one wrong number, not a gap and a disorder.
        findings.push({
          code: CHECK_CODES.numberingOrder,
          span: at,
          message: `Paragraph ${n.value} should be numbered ${expected}: it stands between ${highest} and ${expected + 1}.`,
          related: related(previous, `paragraph ${previous.number!.value}`),
        });
        highest = expected;
        previous = p;
        continue;
      }
      if (later) {
        reported.add(later);
        findings.push({
          code: CHECK_CODES.numberingOrder,
          span: at,
          message: `Paragraph ${n.value} is out of order: it comes before paragraph ${expected}.`,
          related: related(later, `paragraph ${expected}`),
        });
      } else {
        const missing =
          n.value - expected === 1
            ? `paragraph ${expected} is missing`
            : `paragraphs ${expected} to ${n.value - 1} are missing`;
        findings.push({
          code: CHECK_CODES.numberingGap,
          span: at,
          message: `${missing.charAt(0).toUpperCase()}${missing.slice(1)}: ${n.value} follows ${highest}.`,
          related: related(previous, `paragraph ${previous.number!.value}`),
        });
      }
    } else {
      const earlier = firstOf.get(n.value);
      findings.push({
        code: CHECK_CODES.numberingOrder,
        span: at,
        message: `Paragraph ${n.value} is out of order: it follows paragraph ${previous.number!.value}.`,
        related: related(
          earlier ?? previous,
          earlier ? `another paragraph ${n.value}` : `paragraph ${previous.number!.value}`,
        ),
      });
    }
    previous = p;
    highest = Math.max(highest, n.value);
  }
  return findings;
}

/** "3)" among paragraphs numbered "1.": the minority style is reported; "2" with no marker, always. */
function checkMarkerStyle(numbered: readonly Paragraph[]): Finding[] {
  const written = numbered.filter((p) => p.number!.marker !== '');
  // Arabic texts number "1 -": that is a style of its own, not a broken "1.".
  const count = (marker: string): number => written.filter((p) => p.number!.marker === marker).length;
  const majority = (['.', ')', '-'] as const).reduce((a, b) => (count(b) > count(a) ? b : a));
  const example = numbered.find((p) => p.number!.marker === majority);
  return numbered
    .filter((p) => p.number!.marker !== majority)
    .map((p) => {
      const n = p.number!;
      if (n.marker === '') {
        const after = { start: n.span.end, end: n.span.end };
        return {
          code: CHECK_CODES.numberingMarker,
          span: n.span,
          message: `Paragraph ${label(p)} has no "${majority}" after its number.`,
          related: example ? [{ span: example.number!.span, message: `paragraph ${label(example)}` }] : [],
          fix: { title: `Write "${label(p)}${majority}"`, span: after, newText: majority },
        };
      }
      const markerAt = n.span.end - 1;
      return {
        code: CHECK_CODES.numberingMarker,
        span: n.span,
        message: `Paragraph ${label(p)} is numbered "${label(p)}${n.marker}" among paragraphs numbered "1${majority}".`,
        related: example ? [{ span: example.number!.span, message: `paragraph ${label(example)}` }] : [],
        fix: {
          title: `Write "${label(p)}${majority}"`,
          span: { start: markerAt, end: markerAt + 1 },
          newText: majority,
        },
      };
    });
}

/** Preambular paragraphs are not numbered; operative paragraphs come after the enacting formula. */
export function checkParts(doc: DraftDocument): Finding[] {
  const findings: Finding[] = [];
  for (const p of doc.preambular) {
    if (!p.number) continue;
    const opening = p.opening?.span.start ?? p.number.span.end;
    findings.push({
      code: CHECK_CODES.preambleNumbered,
      span: p.number.span,
      message: 'Preambular paragraphs are not numbered.',
      fix: { title: 'Remove the number', span: { start: p.number.span.start, end: opening }, newText: '' },
    });
  }
  const enacting = doc.enactingFormula;
  if (enacting) {
    for (const p of doc.operative.filter((q) => q.span.start < enacting.span.start)) {
      findings.push({
        code: CHECK_CODES.operativeBeforeEnacting,
        span: p.number?.span ?? p.opening?.span ?? p.span,
        message: 'An operative paragraph stands before the enacting formula.',
        related: [{ span: enacting.span, message: 'the enacting formula' }],
      });
    }
  }
  return findings;
}
