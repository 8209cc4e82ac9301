/**
 * `npm run accuracy [-- DIR] [--layout NAME] [--lang eng|all|fra…] [--english DIR] [--json] [--verbose] [--text]`
 * (or `-- --parallel DIR_A DIR_B`, see parallel.ts):
 * renders every AKN file of DIR (default: the committed sample, test/fixtures/unxml) in each
 * layout, reads it with the service and prints how close the reading is to the UN's own markup;
 * in a language besides English, also how far its citations are those of the English versions.
 * DIR may be one file; `--text` prints the renderings instead of scoring them.
 */
import * as path from 'path';
import { Corpus, readCorpus } from './corpus';
import { LAYOUTS, LayoutName, render } from './layouts';
import { DocumentScore, measure, symbolKey } from './measure';
import { printParallel } from './parallel';
import { details, failures, LayoutSummary, summarise, table } from './summary';
import { compareWithEnglish, EnglishCitations, englishFolder, readEnglishCitations } from './versusEnglish';

export const SAMPLE_DIR = path.resolve(__dirname, '..', '..', '..', 'test', 'fixtures', 'unxml');

export interface AccuracyRun {
  readonly summaries: readonly LayoutSummary[];
  readonly scores: Readonly<Record<string, readonly DocumentScore[]>>;
  readonly skipped: readonly { file: string; reason: string }[];
}

/**
 * A language besides English is also compared with the English versions of its resolutions, read from
 * `englishDir` (by default the folder beside DIR without its "-fra" suffix, or DIR itself: versusEnglish.ts).
 */
export function runAccuracy(
  dir: string,
  layouts: readonly LayoutName[] = LAYOUTS,
  language = 'eng',
  englishDir = englishFolder(dir, language),
): AccuracyRun {
  const corpus = readCorpus(dir, language);
  const withEnglish = language !== 'eng' && language !== 'all';
  const symbols = new Set(corpus.documents.map((d) => symbolKey(d.gold.symbol)));
  return measureCorpus(corpus, layouts, withEnglish ? readEnglishCitations(englishDir, symbols) : undefined);
}

export function measureCorpus(
  corpus: Corpus,
  layouts: readonly LayoutName[] = LAYOUTS,
  english?: EnglishCitations,
): AccuracyRun {
  const scores: Record<string, DocumentScore[]> = {};
  for (const layout of layouts) {
    scores[layout] = corpus.documents.map((d) =>
      measure(d.gold, render(d.gold, layout, path.basename(d.file)), d.file),
    );
  }
  const summaries = layouts.map((l) =>
    summarise(l, scores[l], english ? compareWithEnglish(scores[l], english) : undefined),
  );
  return { summaries, scores, skipped: corpus.skipped };
}

/** A document with anything to report: inexact, a finding, a citation missed or wrong. */
function failing(d: DocumentScore): boolean {
  return !d.exact || d.findings.length > 0 || d.misses.length > 0 || d.wrong > 0;
}

function main(argv: readonly string[]): void {
  const flag = (name: string): string | undefined => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const valued = new Set(['--layout', '--lang', '--english']);
  const positional = argv.filter((a, i) => !a.startsWith('--') && !valued.has(argv[i - 1]));
  const layout = flag('--layout');
  if (layout && !(LAYOUTS as readonly string[]).includes(layout)) {
    console.error(`unknown layout ${layout}: one of ${LAYOUTS.join(', ')}`);
    process.exit(2);
  }
  if (argv.includes('--parallel')) {
    if (positional.length !== 2) {
      console.error('--parallel takes two folders: one language version in each');
      process.exit(2);
    }
    printParallel(path.resolve(positional[0]), path.resolve(positional[1]), argv.includes('--verbose'));
    return;
  }
  const dir = path.resolve(positional[0] ?? SAMPLE_DIR);
  if (argv.includes('--text')) {
    // The renderings themselves, to read what the parser was given.
    for (const d of readCorpus(dir, flag('--lang') ?? 'eng').documents) {
      for (const l of layout ? [layout as LayoutName] : LAYOUTS)
        console.log(`==== ${d.file} (${l})\n${render(d.gold, l, path.basename(d.file)).text}`);
    }
    return;
  }
  const started = performance.now();
  const language = flag('--lang') ?? 'eng';
  const englishDir = path.resolve(flag('--english') ?? englishFolder(dir, language));
  const run = runAccuracy(dir, layout ? [layout as LayoutName] : LAYOUTS, language, englishDir);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  if (argv.includes('--json')) {
    const verbose = argv.includes('--verbose');
    console.log(
      JSON.stringify(
        {
          dir,
          seconds: Number(seconds),
          summaries: run.summaries,
          skipped: run.skipped,
          scores: verbose ? run.scores : undefined,
        },
        null,
        1,
      ),
    );
    return;
  }
  console.log(
    `${dir}: ${run.summaries[0]?.documents ?? 0} resolutions, ${run.skipped.length} files skipped, ${seconds} s\n`,
  );
  console.log(table(run.summaries));
  for (const s of run.summaries) console.log(`\n${details(s)}`);
  if (argv.includes('--verbose')) {
    for (const s of run.summaries)
      console.log(`\n== ${s.layout}: failing documents\n${failures(run.scores[s.layout].filter(failing))}`);
    for (const s of run.summaries)
      for (const d of s.versusEnglish?.differences ?? [])
        console.log(
          `${s.layout} ${d.symbol}: English only ${d.onlyEnglish.join(' ') || '—'}; here only ${d.onlyHere.join(' ') || '—'}`,
        );
    for (const s of run.skipped) console.log(`skipped ${s.file}: ${s.reason}`);
  }
}

if (require.main === module) main(process.argv.slice(2));
