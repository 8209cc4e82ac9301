import * as fs from 'fs';
import * as path from 'path';
import { DEFAULT_CHECK_OPTIONS, getDiagnostics } from '../service/features/diagnostics';
import { parseDraft } from '../service/model/parser';
import { readsLikeDraft } from '../service/model/firstLine';
import { Command, parseArgs, UsageError } from './command';
import { DraftFileError, readDraftFile } from './readDraftFile';

/** Says why a file or folder is left out, on one line of stderr. */
type Skip = (message: string) => void;

/**
 * Whether a .txt file reads like a draft, from its first non-blank line (in its first 4 KB: a large log is not
 * read whole). One that cannot be read is kept, to be reported when it is checked.
 */
function fileReadsLikeDraft(file: string): boolean {
  let head: Buffer;
  try {
    const fd = fs.openSync(file, 'r');
    try {
      head = Buffer.alloc(4096);
      head = head.subarray(0, fs.readSync(fd, head, 0, head.length, 0));
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    return true;
  }
  return readsLikeDraft(head.toString('utf8'));
}

/** The drafts in a folder, recursively: *.communique, *.resolution and .txt files that read like drafts. */
function draftsIn(dir: string, skip: Skip): string[] {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch (error) {
    skip(`${dir}: folder cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
    return [];
  }
  const found: string[] = [];
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory() && !entry.name.startsWith('.') && entry.name !== 'node_modules')
      for (const draft of draftsIn(full, skip)) found.push(draft);
    else if (entry.isFile() && /\.(communique|resolution)$/.test(entry.name)) found.push(full);
    else if (entry.isFile() && entry.name.endsWith('.txt') && fileReadsLikeDraft(full)) found.push(full);
  }
  return found;
}

function expand(target: string, skip: Skip): string[] {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(target);
  } catch {
    skip(`${target}: no such file or folder`);
    return [];
  }
  return stat.isDirectory() ? draftsIn(target, skip) : [target];
}

/**
 * `check [--json] [--style un|oic] FILE|DIR…`: exit 1 when any draft has an error. A file or folder
 * that cannot be read is named on stderr and the others are checked; the exit status is then 2.
 */
export const check: Command = (args) => {
  const { flags, options, rest } = parseArgs(args, ['--json'], ['--style']);
  const style = options.get('--style')?.at(-1) ?? 'auto';
  if (style !== 'auto' && style !== 'un' && style !== 'oic')
    throw new UsageError(`--style must be un or oic, not ${style}`);
  if (rest.length === 0) throw new UsageError('no file or folder given');
  let skipped = false;
  const skip: Skip = (message) => {
    skipped = true;
    process.stderr.write(`communique: ${message}\n`);
  };
  const results = rest
    .flatMap((target) => expand(target, skip))
    .flatMap((file) => {
      try {
        const doc = parseDraft(readDraftFile(file));
        // The CLI is an edge too: offsets become 0-based lines and UTF-16 characters here.
        const diagnostics = getDiagnostics(doc, { ...DEFAULT_CHECK_OPTIONS, style }).map((d) => ({
          ...d,
          range: doc.lines.rangeOf(d.span),
        }));
        return [{ file, diagnostics }];
      } catch (error) {
        if (!(error instanceof DraftFileError)) throw error;
        skip(error.message);
        return [];
      }
    });
  if (flags.has('--json')) {
    const out = results.flatMap((r) =>
      r.diagnostics.map((d) => ({
        file: r.file,
        range: d.range,
        severity: d.severity,
        code: d.code,
        message: d.message,
      })),
    );
    process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
  } else {
    for (const r of results) {
      for (const d of r.diagnostics)
        process.stdout.write(
          `${r.file}:${d.range.start.line + 1}:${d.range.start.character + 1}: ${d.severity} ${d.code} ${d.message}\n`,
        );
    }
  }
  if (skipped) return 2;
  return results.some((r) => r.diagnostics.some((d) => d.severity === 'error')) ? 1 : 0;
};
