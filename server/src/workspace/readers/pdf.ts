import { isPageFurniture } from '../../service/model/printLayout';
import { CorpusReader, hasExtension, UnreadableFile } from './reader';

const EXTENSIONS = ['.pdf'];
/** A gap between lines this many times the usual line spacing ends a paragraph. */
const PARAGRAPH_GAP = 1.4;

interface Line {
  text: string;
  y: number;
}

/** A page's text lines, top to bottom, as PDF.js lays its items out. */
async function pageLines(page: { getTextContent(): Promise<{ items: readonly object[] }> }): Promise<Line[]> {
  const lines: Line[] = [];
  let current: Line | undefined;
  for (const item of (await page.getTextContent()).items as {
    str?: string;
    transform?: number[];
    hasEOL?: boolean;
  }[]) {
    if (typeof item.str !== 'string') continue;
    const y = item.transform?.[5] ?? current?.y ?? 0;
    if (!current) lines.push((current = { text: '', y }));
    current.text += item.str;
    if (item.hasEOL) current = undefined;
  }
  return lines.filter((l) => l.text.trim());
}

/** The lines as paragraphs: a blank line where the gap above a line is wider than the usual spacing. */
function paragraphs(lines: readonly Line[]): string {
  const gaps = lines.slice(1).map((l, i) => Math.abs(lines[i].y - l.y));
  const usual = [...gaps].filter((g) => g > 0).sort((a, b) => a - b)[Math.floor(gaps.length / 3)] ?? 0;
  return lines
    .map((l, i) => (i > 0 && usual > 0 && gaps[i - 1] > usual * PARAGRAPH_GAP ? `\n${l.text.trim()}` : l.text.trim()))
    .join('\n');
}

/**
 * PDF files (the Official Document System's) read with PDF.js: each page's lines, the page
 * furniture (running symbol, page numbers, job numbers) left out as the print layout knows it.
 * An encrypted PDF, or a scan with no text, is not read.
 */
export const pdfReader: CorpusReader = {
  accepts: (file) => hasExtension(file, EXTENSIONS),
  async read(bytes) {
    // PDF.js is most of the server's code: loaded when a first PDF is read, not at every start.
    const { getDocumentProxy } = await import('unpdf');
    let pdf;
    try {
      // PDF.js takes the buffer over: a copy leaves the caller's bytes whole.
      pdf = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0 });
    } catch (error) {
      const name = (error as Error).name;
      if (name === 'PasswordException') throw new UnreadableFile('is an encrypted PDF');
      throw new UnreadableFile(`is not a readable PDF (${(error as Error).message.split('\n')[0]})`);
    }
    try {
      const pages: string[] = [];
      for (let n = 1; n <= pdf.numPages; n++) {
        const lines = (await pageLines(await pdf.getPage(n))).filter((l) => !isPageFurniture(l.text.trim()));
        pages.push(paragraphs(lines));
      }
      const text = pages.filter(Boolean).join('\n\n');
      if (!text.trim()) throw new UnreadableFile('is a PDF with no text (a scan?)');
      return { text: `${text}\n` };
    } finally {
      await pdf.loadingTask.destroy();
    }
  },
};
