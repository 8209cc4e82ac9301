import * as fs from 'fs';

/** A file that could not be read as a draft, with a message fit for one line of output. */
export class DraftFileError extends Error {}

/** Larger files are not drafts (the longest real ones are well under a megabyte): refused, not read. */
export const MAX_DRAFT_BYTES = 64 * 1024 * 1024;

/**
 * Reads a draft from disk as an editor would show it: UTF-8, without a byte-order mark.
 * Invalid UTF-8 is decoded with replacement characters rather than refused.
 */
export function readDraftFile(path: string): string {
  let bytes: Buffer;
  try {
    const stat = fs.statSync(path);
    if (!stat.isFile()) throw new DraftFileError(`${path}: not a file`);
    if (stat.size > MAX_DRAFT_BYTES) {
      const size = `${(stat.size / 1e6).toFixed(0)} MB`;
      const limit = `${MAX_DRAFT_BYTES / 1024 / 1024} MB`;
      throw new DraftFileError(`${path}: ${size}, larger than a draft can be (${limit}); not read`);
    }
    bytes = fs.readFileSync(path);
  } catch (error) {
    if (error instanceof DraftFileError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new DraftFileError(
      code === 'ENOENT' ? `${path}: no such file` : `${path}: cannot be read (${code ?? String(error)})`,
    );
  }
  const text = bytes.toString('utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** The drafts of `files` that could be read; each one that could not is named on one line of stderr. */
export function readDraftFiles(files: readonly string[]): {
  drafts: { file: string; text: string }[];
  skipped: boolean;
} {
  const drafts: { file: string; text: string }[] = [];
  let skipped = false;
  for (const file of files) {
    try {
      drafts.push({ file, text: readDraftFile(file) });
    } catch (error) {
      if (!(error instanceof DraftFileError)) throw error;
      skipped = true;
      process.stderr.write(`communique: ${error.message}\n`);
    }
  }
  return { drafts, skipped };
}
