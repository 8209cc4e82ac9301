import * as fs from 'fs';
import * as path from 'path';
import { amendmentsText } from '../service/features/amendments';
import { compareDrafts } from '../service/features/compare';
import { comparisonHtml, comparisonJson, comparisonText } from '../service/features/compareReport';
import { parseDraft } from '../service/model/parser';
import { Command, parseArgs, UsageError } from './command';
import { DraftFileError, readDraftFile } from './readDraftFile';

const FORMATS = ['text', 'json', 'html', 'amendments'] as const;
type Format = (typeof FORMATS)[number];

/** `compare BASE DRAFT [--format text|json|html|amendments] [-o FILE]`: DRAFT against BASE, paragraph by paragraph. */
export const compare: Command = (args) => {
  const { options, rest: files } = parseArgs(args, [], ['--format', '-o']);
  if (files.length !== 2) throw new UsageError('compare takes two files: BASE DRAFT');
  const format = (options.get('--format')?.at(-1) ?? 'text') as Format;
  if (!FORMATS.includes(format)) throw new UsageError(`--format must be ${FORMATS.join(', ')}, not ${format}`);
  const [base, draft] = files.map((file) => parseDraft(readDraftFile(file)));
  const comparison = compareDrafts(base, draft);
  const names = { base: path.basename(files[0]), draft: path.basename(files[1]) };
  const output =
    format === 'json'
      ? `${JSON.stringify({ base: files[0], draft: files[1], ...comparisonJson(base, draft, comparison) }, null, 2)}\n`
      : format === 'html'
        ? comparisonHtml(base, draft, comparison, names)
        : format === 'amendments'
          ? amendmentsText(base, draft, comparison)
          : comparisonText(base, draft, comparison);
  const out = options.get('-o')?.at(-1);
  if (out === undefined) process.stdout.write(output);
  else {
    try {
      fs.writeFileSync(out, output);
    } catch (error) {
      throw new DraftFileError(`${out}: cannot be written (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
    }
  }
  return 0;
};
