/**
 * Command-line interface to the language service.
 *   communique outline [--json] FILE…
 * Exit codes: 0 success, 2 usage or read error.
 */
import { toDocumentSymbol } from './protocol/convert';
import { DraftFileError, readDraftFile } from './readDraftFile';
import { getDocumentSymbols, OutlineSymbol, parseDraft } from './service';

const USAGE = 'usage: communique outline [--json] FILE…';

class UsageError extends Error {}

function printOutline(symbols: readonly OutlineSymbol[], depth = 0): string[] {
  const lines: string[] = [];
  for (const s of symbols) {
    const line = String(s.selectionRange.start.line + 1).padStart(5);
    lines.push(`${line}  ${'  '.repeat(depth)}${s.name}${s.detail ? `  — ${s.detail}` : ''}`);
    lines.push(...printOutline(s.children, depth + 1));
  }
  return lines;
}

function outline(args: string[]): number {
  const json = args.includes('--json');
  const files = args.filter((a) => a !== '--json');
  const unknown = files.find((a) => a.startsWith('--'));
  if (unknown) throw new UsageError(`unknown option ${unknown}`);
  if (files.length === 0) throw new UsageError('no file given');
  const texts = files.map((file) => ({ file, text: readDraftFile(file) }));
  const results = texts.map(({ file, text }) => ({ file, symbols: getDocumentSymbols(parseDraft(text)) }));
  if (json) {
    const lsp = results.map((r) => ({ file: r.file, symbols: r.symbols.map(toDocumentSymbol) }));
    const out = lsp.length === 1 ? lsp[0].symbols : Object.fromEntries(lsp.map((r) => [r.file, r.symbols]));
    process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
  } else {
    for (const r of results) {
      if (results.length > 1) process.stdout.write(`${r.file}\n`);
      process.stdout.write(`${printOutline(r.symbols).join('\n')}\n`);
    }
  }
  return 0;
}

function main(argv: string[]): number {
  const [command, ...args] = argv;
  try {
    switch (command) {
      case 'outline':
        return outline(args);
      case undefined:
      case '--help':
      case '-h':
        process.stdout.write(`${USAGE}\n`);
        return command === undefined ? 2 : 0;
      default:
        throw new UsageError(`unknown command ${command}`);
    }
  } catch (error) {
    if (error instanceof DraftFileError) {
      process.stderr.write(`communique: ${error.message}\n`);
      return 2;
    }
    if (error instanceof UsageError) {
      process.stderr.write(`communique: ${error.message}\n${USAGE}\n`);
      return 2;
    }
    throw error;
  }
}

process.exitCode = main(process.argv.slice(2));
