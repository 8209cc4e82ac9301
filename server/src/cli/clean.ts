import { cleanText } from '../service/features/draftingCommands';
import { parseDraft } from '../service/model/parser';
import { Command, parseArgs, UsageError } from './command';
import { readDraftFile } from './readDraftFile';

/** `clean FILE`: the draft's clean text, as "Copy clean text" puts it on the clipboard. */
export const clean: Command = (args) => {
  const { rest: files } = parseArgs(args, []);
  if (files.length !== 1) throw new UsageError(files.length === 0 ? 'no file given' : 'clean takes one file');
  process.stdout.write(cleanText(parseDraft(readDraftFile(files[0]))));
  return 0;
};
