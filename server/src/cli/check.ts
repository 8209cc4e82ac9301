import * as fs from 'fs';
import * as path from 'path';
import { DEFAULT_CHECK_OPTIONS, getDiagnostics, parseDraft, readsLikeDraft } from '../service';
import { Command, parseArgs, UsageError } from './command';
import { DraftFileError, readDraftFile } from './readDraftFile';


/**
 * The drafts in a folder, recursively: *.communique, *.resolution and .txt files whose first
 * non-blank line reads like a draft's.
 */
function draftsIn(dir: string): string[] {
  const found: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory() && !entry.name.startsWith('.') && entry.name !== 'node_modules') found.push(...draftsIn(full));
    else if (entry.isFile() && /\.(communique|resolution)$/.test(entry.name)) found.push(full);
    else if (entry.isFile() && entry.name.endsWith('.txt') && readsLikeDraft(readDraftFile(full))) found.push(full);
  }
  return found;
}

function expand(target: string): string[] {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(target);
  } catch {
    throw new DraftFileError(`${target}: no such file or folder`);
  }
  return stat.isDirectory() ? draftsIn(target) : [target];
}

/** `check [--json] [--style un|oic] FILE|DIR…`: exit 1 when any draft has an error. */
export const check: Command = (args) => {
  const { flags, options, rest } = parseArgs(args, ['--json'], ['--style']);
  const style = options.get('--style')?.at(-1) ?? 'auto';
  if (style !== 'auto' && style !== 'un' && style !== 'oic') throw new UsageError(`--style must be un or oic, not ${style}`);
  if (rest.length === 0) throw new UsageError('no file or folder given');
  const files = rest.flatMap(expand);
  const results = files.map((file) => ({ file, diagnostics: getDiagnostics(parseDraft(readDraftFile(file)), { ...DEFAULT_CHECK_OPTIONS, style }) }));
  if (flags.has('--json')) {
    const out = results.flatMap((r) => r.diagnostics.map((d) => ({ file: r.file, range: d.range, severity: d.severity, code: d.code, message: d.message })));
    process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
  } else {
    for (const r of results) {
      for (const d of r.diagnostics) process.stdout.write(`${r.file}:${d.range.start.line + 1}:${d.range.start.character + 1}: ${d.severity} ${d.code} ${d.message}\n`);
    }
  }
  return results.some((r) => r.diagnostics.some((d) => d.severity === 'error')) ? 1 : 0;
};
