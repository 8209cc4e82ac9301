import { toDocumentSymbol } from '../protocol/convert';
import { getDocumentSymbols } from '../service/features/documentSymbols';
import type { DraftDocument, OutlineSymbol } from '../service';
import { parseDraft } from '../service/model/parser';
import { Command, parseArgs, UsageError } from './command';
import { readDraftFiles } from './readDraftFile';

function printOutline(doc: DraftDocument, symbols: readonly OutlineSymbol[], depth = 0): string[] {
  const lines: string[] = [];
  for (const s of symbols) {
    const line = String(doc.lines.positionAt(s.selectionSpan.start).line + 1).padStart(5);
    lines.push(`${line}  ${'  '.repeat(depth)}${s.name}${s.detail ? `  — ${s.detail}` : ''}`);
    lines.push(...printOutline(doc, s.children, depth + 1));
  }
  return lines;
}

/** `outline [--json] FILE…`: a file that cannot be read is named on stderr, the others outlined; exit status 2. */
export const outline: Command = (args) => {
  const { flags, rest: files } = parseArgs(args, ['--json']);
  if (files.length === 0) throw new UsageError('no file given');
  const { drafts, skipped } = readDraftFiles(files);
  const results = drafts.map(({ file, text }) => {
    const doc = parseDraft(text);
    return { file, doc, symbols: getDocumentSymbols(doc) };
  });
  if (flags.has('--json')) {
    const lsp = results.map((r) => ({ file: r.file, symbols: r.symbols.map((s) => toDocumentSymbol(r, s)) }));
    const out = lsp.length === 1 ? lsp[0].symbols : Object.fromEntries(lsp.map((r) => [r.file, r.symbols]));
    process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
  } else {
    for (const r of results) {
      if (results.length > 1) process.stdout.write(`${r.file}\n`);
      process.stdout.write(`${printOutline(r.doc, r.symbols).join('\n')}\n`);
    }
  }
  return skipped ? 2 : 0;
};
