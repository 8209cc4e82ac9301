import { parseDraft } from '../service/model/parser';
import { rolloverDraft } from '../service/features/rollover';
import { Command, parseArgs, UsageError } from './command';
import { readDraftFile } from './readDraftFile';

/** `rollover FILE`: next session's draft on stdout, what changed on stderr. */
export const rollover: Command = (args) => {
  const { rest: files } = parseArgs(args, []);
  if (files.length !== 1) throw new UsageError(files.length === 0 ? 'no file given' : 'rollover takes one file');
  const result = rolloverDraft(parseDraft(readDraftFile(files[0])));
  process.stdout.write(result.text);
  for (const change of result.changes) process.stderr.write(`${change}\n`);
  return 0;
};
