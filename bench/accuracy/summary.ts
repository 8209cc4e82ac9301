/**
 * Sums the scores of a layout over the corpus and prints them: the compact table, the top
 * finding codes, recall by kind of symbol, and with `verbose` what differed in each document.
 */
import type { DocumentScore } from './measure';
import type { EnglishComparison } from './versusEnglish';

export interface LayoutSummary {
  readonly layout: string;
  readonly documents: number;
  readonly exact: number;
  /** Exact once the listed divergences of the UN's gold are applied (goldDivergences.ts): never instead of `exact`. */
  readonly exactCorrected: number;
  /** Documents with at least one listed divergence applied, entries applied, and entries found stale. */
  readonly divergentDocuments: number;
  readonly divergencesApplied: number;
  readonly staleDivergences: readonly string[];
  /** Documents whose structure differs, by aspect (one document may count under several). */
  readonly inexactBy: Readonly<Record<string, number>>;
  readonly blocks: Readonly<Record<string, readonly [number, number]>>;
  readonly errors: number;
  readonly warnings: number;
  readonly documentsWithFindings: number;
  /** Findings on real defects of the UN's texts (knownDefects.ts): not in `errors` and `warnings`. */
  readonly knownDefects: number;
  readonly topCodes: readonly (readonly [string, number])[];
  readonly goldCitations: number;
  readonly recalled: number;
  readonly recallByClass: Readonly<Record<string, readonly [number, number]>>;
  readonly correct: number;
  readonly wrong: number;
  readonly confirmedElsewhere: number;
  readonly ownSymbol: number;
  readonly unverified: number;
  /** In a language besides English: its citations beside those of the English versions. */
  readonly versusEnglish?: EnglishComparison;
}

function add(into: Record<string, [number, number]>, from: Readonly<Record<string, readonly [number, number]>>): void {
  for (const [k, [a, b]] of Object.entries(from)) {
    const t = (into[k] ??= [0, 0]);
    t[0] += a;
    t[1] += b;
  }
}

export function summarise(
  layout: string,
  scores: readonly DocumentScore[],
  versusEnglish?: EnglishComparison,
): LayoutSummary {
  const blocks: Record<string, [number, number]> = {};
  const recallByClass: Record<string, [number, number]> = {};
  const inexactBy: Record<string, number> = {};
  const codes = new Map<string, number>();
  let errors = 0;
  let warnings = 0;
  for (const s of scores) {
    add(blocks, s.blocks);
    add(recallByClass, s.recallByClass);
    for (const aspect of new Set(s.diffs.map((d) => d.aspect))) inexactBy[aspect] = (inexactBy[aspect] ?? 0) + 1;
    for (const f of s.findings) {
      if (f.known) continue;
      if (f.severity === 'error') errors++;
      else warnings++;
      const code = `${f.code} (${f.severity})`;
      codes.set(code, (codes.get(code) ?? 0) + 1);
    }
  }
  const sum = (f: (s: DocumentScore) => number): number => scores.reduce((n, s) => n + f(s), 0);
  return {
    layout,
    documents: scores.length,
    exact: scores.filter((s) => s.exact).length,
    exactCorrected: scores.filter((s) => s.exactCorrected).length,
    divergentDocuments: scores.filter((s) => s.divergences.some((d) => !d.stale)).length,
    divergencesApplied: sum((s) => s.divergences.filter((d) => !d.stale).length),
    staleDivergences: scores.flatMap((s) =>
      s.divergences.flatMap((d) => (d.stale ? [`${s.symbol} "${d.entry.words}": ${d.stale}`] : [])),
    ),
    inexactBy,
    blocks,
    errors,
    warnings,
    documentsWithFindings: scores.filter((s) => s.findings.some((f) => !f.known)).length,
    knownDefects: sum((s) => s.findings.filter((f) => f.known).length),
    topCodes: [...codes].sort((a, b) => b[1] - a[1]).slice(0, 8),
    goldCitations: sum((s) => s.goldCitations),
    recalled: sum((s) => s.recalled),
    recallByClass,
    correct: sum((s) => s.correct),
    wrong: sum((s) => s.wrong),
    confirmedElsewhere: sum((s) => s.confirmedElsewhere),
    ownSymbol: sum((s) => s.ownSymbol),
    unverified: sum((s) => s.unverified),
    versusEnglish,
  };
}

export function percent(part: number, whole: number): string {
  return whole === 0 ? '–' : `${((100 * part) / whole).toFixed(1)} %`;
}

/** Precision over the found citations the gold can judge: those on a UN link or confirmed elsewhere. */
export function precision(s: LayoutSummary): number {
  const judged = s.correct + s.confirmedElsewhere + s.wrong;
  return judged === 0 ? 1 : (s.correct + s.confirmedElsewhere) / judged;
}

export function blockAccuracy(s: LayoutSummary): number {
  const [right, total] = Object.values(s.blocks).reduce(([a, b], [c, d]) => [a + c, b + d], [0, 0]);
  return total === 0 ? 1 : right / total;
}

const BLOCK_ORDER = ['title', 'formula', 'preambular', 'operative', 'heading', 'footnote', 'closing'];

export function table(summaries: readonly LayoutSummary[]): string {
  const rows: string[][] = [
    [
      'layout',
      'docs',
      'structure exact',
      'exact, gold corrected',
      'blocks right',
      'errors/text',
      'warnings/text',
      'texts with findings',
      'citation recall',
      'as in English',
      'precision',
      'wrong',
      'unverified',
    ],
  ];
  for (const s of summaries) {
    rows.push([
      s.layout,
      String(s.documents),
      percent(s.exact, s.documents),
      percent(s.exactCorrected, s.documents),
      percent(blockAccuracy(s), 1),
      (s.errors / Math.max(1, s.documents)).toFixed(2),
      (s.warnings / Math.max(1, s.documents)).toFixed(2),
      percent(s.documentsWithFindings, s.documents),
      percent(s.recalled, s.goldCitations),
      s.versusEnglish ? percent(s.versusEnglish.shared, s.versusEnglish.english) : '–',
      percent(precision(s), 1),
      String(s.wrong),
      String(s.unverified),
    ]);
  }
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  const out = rows.map((r) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  '));
  out.splice(1, 0, widths.map((w) => '-'.repeat(w)).join('  '));
  return out.join('\n');
}

export function details(s: LayoutSummary): string {
  const lines = [`${s.layout}:`];
  lines.push(
    `  structure exact: raw ${percent(s.exact, s.documents)}; with the listed divergences of the UN's gold ` +
      `(${s.divergencesApplied} blocks in ${s.divergentDocuments} documents) ` +
      `${percent(s.exactCorrected, s.documents)}` +
      `; ${s.staleDivergences.length} stale entries${s.staleDivergences.length ? ':' : ''}`,
  );
  for (const stale of s.staleDivergences) lines.push(`    stale: ${stale}`);
  lines.push(
    `  inexact by aspect: ${
      Object.entries(s.inexactBy)
        .map(([k, v]) => `${k} ${v}`)
        .join(', ') || 'none'
    }`,
  );
  lines.push(
    `  blocks: ${BLOCK_ORDER.filter((k) => s.blocks[k])
      .map((k) => `${k} ${percent(s.blocks[k][0], s.blocks[k][1])} of ${s.blocks[k][1]}`)
      .join(', ')}`,
  );
  lines.push(`  top findings: ${s.topCodes.map(([c, n]) => `${c} ${n}`).join(', ') || 'none'}`);
  lines.push(`  real defects of the UN's texts, reported and not counted above: ${s.knownDefects}`);
  lines.push(
    `  recall by kind: ${Object.entries(s.recallByClass)
      .sort((a, b) => b[1][1] - a[1][1])
      .map(([k, [a, b]]) => `${k} ${percent(a, b)} of ${b}`)
      .join(', ')}`,
  );
  lines.push(
    `  found: ${s.correct} on their link, ${s.confirmedElsewhere} confirmed elsewhere in the text, ${s.wrong} wrong, ` +
      `${s.unverified} unverified (no link), ${s.ownSymbol} the document's own symbol (not scored)`,
  );
  const e = s.versusEnglish;
  if (e)
    lines.push(
      `  beside the English versions (${e.paired} paired, ${e.unpaired} without one; distinct symbols cited per ` +
        `document): of the ${e.english} the English cite, ${percent(e.shared, e.english)} found here; of the ` +
        `${e.found} found here, ${percent(e.shared, e.found)} cited in English; ${e.differences.length} documents differ`,
    );
  return lines.join('\n');
}

/** What differed in each failing document, for the parser's authors. */
export function failures(scores: readonly DocumentScore[], limit = 5): string {
  const out: string[] = [];
  for (const s of scores) {
    const problems: string[] = [];
    for (const d of s.diffs) problems.push(`  ${d.aspect}: expected ${d.expected} | found ${d.found}`);
    for (const b of s.misreadBlocks.slice(0, 3)) problems.push(`  block: ${b}`);
    for (const f of s.findings.slice(0, limit)) problems.push(`  ${f.severity} ${f.code} line ${f.line}: ${f.message}`);
    for (const m of s.misses.slice(0, limit))
      problems.push(`  missed ${m.symbol}${m.found ? ` (found ${m.found})` : ''}: …${m.context}…`);
    for (const w of s.wrongList.slice(0, limit))
      problems.push(`  wrong ${w.found} where the UN links ${w.symbol}: …${w.context}…`);
    if (problems.length) out.push(`${s.symbol} (${s.file})`, ...problems);
  }
  return out.join('\n');
}
