import * as fs from 'fs';
import { parseDraft } from '../service/model/parser';
import { toWord } from '../service/features/wordExport';
import { toWordWithChanges } from '../service/features/wordChanges';
import { Command, parseArgs, UsageError } from './command';
import { DraftFileError, readDraftFile } from './readDraftFile';

/**
 * `docx DRAFT [--base BASE] [--author NAME] -o OUT.docx`: the draft as a Word file in UN layout; with a base,
 * every difference from it a tracked change by NAME (else "Communiqué Drafter"), dated now.
 */
export const docx: Command = async (args) => {
  const { options, rest: files } = parseArgs(args, [], ['-o', '--base', '--author']);
  if (files.length !== 1) throw new UsageError(files.length === 0 ? 'no file given' : 'docx takes one draft');
  const out = options.get('-o')?.at(-1);
  if (!out) throw new UsageError('docx needs -o OUT.docx: a Word file is not written to the terminal');
  const draft = parseDraft(readDraftFile(files[0]));
  const basePath = options.get('--base')?.at(-1);
  const revision = {
    author: options.get('--author')?.at(-1) ?? 'Communiqué Drafter',
    date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
  };
  const bytes = basePath
    ? await toWordWithChanges(parseDraft(readDraftFile(basePath)), draft, revision)
    : await toWord(draft);
  try {
    fs.writeFileSync(out, bytes);
  } catch (error) {
    throw new DraftFileError(`${out}: cannot be written (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  return 0;
};
