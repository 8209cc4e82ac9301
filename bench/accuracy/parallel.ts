/**
 * `npm run accuracy -- --parallel DIR_A DIR_B [--verbose]`: pairs the resolutions of two folders of
 * AKN files by symbol (one language in each: /tmp/unxml-dev and /tmp/unxml-dev-fra), renders both
 * as plain text as the accuracy measure does, compares the language versions and prints the share
 * of pairs with no finding; adopted texts in two languages should correspond.
 */
import * as path from 'path';
import { compareParallel, ParallelFinding } from '../../server/src/service/features/parallel';
import { parseDraft } from '../../server/src/service/model/parser';
import { CorpusDocument, readCorpus } from './corpus';
import { render } from './layouts';
import { measure } from './measure';

export interface ParallelPairScore {
  readonly symbol: string;
  readonly a: string;
  readonly b: string;
  readonly findings: readonly ParallelFinding[];
  /** Both versions were read with their gold structure (so a finding is the comparison's, not the parser's). */
  readonly exact: boolean;
}

export interface ParallelRun {
  readonly pairs: readonly ParallelPairScore[];
  /** Symbols of one folder the other has no version of. */
  readonly unpaired: number;
}

/** Each document of `a` beside the document of `b` with its symbol, compared as two language versions. */
export function runParallel(a: readonly CorpusDocument[], b: readonly CorpusDocument[]): ParallelRun {
  const bySymbol = new Map(b.map((d) => [d.gold.symbol, d]));
  const pairs: ParallelPairScore[] = [];
  let unpaired = 0;
  for (const x of a) {
    const y = bySymbol.get(x.gold.symbol);
    if (!y) {
      unpaired++;
      continue;
    }
    const [rx, ry] = [x, y].map((d) => render(d.gold, 'clean', path.basename(d.file)));
    const comparison = compareParallel(parseDraft(rx.text), parseDraft(ry.text));
    const exact = measure(x.gold, rx, x.file).exact && measure(y.gold, ry, y.file).exact;
    pairs.push({ symbol: x.gold.symbol, a: x.file, b: y.file, findings: comparison.findings, exact });
  }
  return { pairs, unpaired };
}

export function printParallel(dirA: string, dirB: string, verbose: boolean): void {
  const started = process.cpuUsage();
  const run = runParallel(readCorpus(dirA, 'all').documents, readCorpus(dirB, 'all').documents);
  const cpu = (process.cpuUsage(started).user + process.cpuUsage(started).system) / 1e6;
  const clean = run.pairs.filter((p) => p.findings.length === 0).length;
  const byKind = new Map<string, number>();
  for (const p of run.pairs) for (const f of p.findings) byKind.set(f.kind, (byKind.get(f.kind) ?? 0) + 1);
  const rate = run.pairs.length ? ((100 * clean) / run.pairs.length).toFixed(1) : '-';
  console.log(
    `${dirA} ⇄ ${dirB}: ${run.pairs.length} pairs (${run.unpaired} without a version), ${cpu.toFixed(1)} s CPU`,
  );
  console.log(`pairs with no finding: ${clean}/${run.pairs.length} (${rate} %)`);
  const exact = run.pairs.filter((p) => p.exact);
  const exactClean = exact.filter((p) => p.findings.length === 0).length;
  const exactRate = exact.length ? ((100 * exactClean) / exact.length).toFixed(1) : '-';
  console.log(`  of the pairs both read with their exact structure: ${exactClean}/${exact.length} (${exactRate} %)`);
  console.log(`findings by kind: ${[...byKind].map(([k, n]) => `${k} ${n}`).join(', ') || 'none'}`);
  if (!verbose) return;
  for (const p of run.pairs.filter((q) => q.findings.length > 0)) {
    console.log(`\n${p.symbol} (${p.a} ⇄ ${p.b})${p.exact ? '' : ' [structure inexact]'}`);
    for (const f of p.findings) console.log(`  ${f.kind}: ${f.message}`);
  }
}
