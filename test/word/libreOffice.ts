/** LibreOffice, headless, as the real reader of the Word files the tests write: conversions and tracked changes. */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { repoRoot } from '../support/seeds';

const TIMEOUT_MS = 120_000;
/** Debian's Python, which has the uno module of python3-uno (a pyenv or venv Python on PATH has not). */
const PYTHON = fs.existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3';
const INSTALL = 'apt-get install -y libreoffice-writer-nogui poppler-utils python3-uno';

function runs(command: string, args: readonly string[]): boolean {
  return spawnSync(command, args, { stdio: 'ignore', timeout: 30_000 }).status === 0;
}

/** Fails, saying what to install, unless soffice, pdftotext, pdftoppm and Python's uno are all there. */
export function requireLibreOffice(): void {
  const missing = [
    runs('soffice', ['--version']) ? '' : 'soffice (libreoffice-writer-nogui)',
    runs('pdftotext', ['-v']) ? '' : 'pdftotext (poppler-utils)',
    runs('pdftoppm', ['-v']) ? '' : 'pdftoppm (poppler-utils)',
    runs(PYTHON, ['-c', 'import uno']) ? '' : 'the uno module of Python (python3-uno)',
  ].filter(Boolean);
  if (missing.length > 0)
    throw new Error(`The Word tests need LibreOffice: missing ${missing.join(', ')}. Install as root: ${INSTALL}`);
}

/** A fresh folder for one test's files, and a LibreOffice profile of the tests' own. */
export function workFolder(name: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), `communique-${name}-`));
}

const profile = (): string => path.join(os.tmpdir(), `communique-libreoffice-profile-${process.pid}`);

/** Converts `files` in one LibreOffice run (one start for all): "pdf", "docx"; the outputs' paths, in order. */
export function convert(files: readonly string[], format: string, outdir: string, infilter?: string): string[] {
  const args = [
    '--headless',
    '--norestore',
    `-env:UserInstallation=file://${profile()}`,
    ...(infilter ? [`--infilter=${infilter}`] : []),
    '--convert-to',
    format,
    '--outdir',
    outdir,
    ...files,
  ];
  const result = spawnSync('soffice', args, { encoding: 'utf8', timeout: TIMEOUT_MS });
  const outputs = files.map((f) => path.join(outdir, `${path.basename(f, path.extname(f))}.${format.split(':')[0]}`));
  const absent = outputs.filter((o) => !fs.existsSync(o));
  if (result.status !== 0 || absent.length > 0) {
    throw new Error(
      `soffice --convert-to ${format} failed (status ${result.status}, ${result.error ?? ''}): ` +
        `${absent.join(', ')} not written\n${result.stderr}`,
    );
  }
  return outputs;
}

export function pdfText(pdf: string): string {
  const result = spawnSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8', timeout: TIMEOUT_MS });
  if (result.status !== 0) throw new Error(`pdftotext ${pdf} failed: ${result.stderr}`);
  return result.stdout;
}

/** Renders page 1 of a PDF to PNG at `dpi`. */
export function renderFirstPage(pdf: string, png: string, dpi: number): void {
  const result = spawnSync(
    'pdftoppm',
    ['-png', '-r', String(dpi), '-f', '1', '-l', '1', '-singlefile', pdf, png.replace(/\.png$/, '')],
    { encoding: 'utf8', timeout: TIMEOUT_MS },
  );
  if (result.status !== 0 || !fs.existsSync(png)) throw new Error(`pdftoppm ${pdf} failed: ${result.stderr}`);
}

/** What LibreOffice sees of a file's tracked changes; its body and footnotes after accepting or rejecting them all. */
export interface TrackedReading {
  readonly changes: readonly { readonly type: string; readonly author: string }[];
  readonly accepted: string;
  readonly rejected: string;
  readonly acceptedNotes: readonly string[];
  readonly rejectedNotes: readonly string[];
}

/** Reads each file in one LibreOffice session over UNO (test/word/trackedChanges.py). */
export function readTrackedChanges(files: readonly string[]): TrackedReading[] {
  const script = path.join(repoRoot, 'test', 'word', 'trackedChanges.py');
  const result = spawnSync(PYTHON, [script, `${profile()}-uno`, ...files], { encoding: 'utf8', timeout: TIMEOUT_MS });
  if (result.status !== 0)
    throw new Error(`LibreOffice over UNO failed (status ${result.status}, ${result.error ?? ''}):\n${result.stderr}`);
  return JSON.parse(result.stdout) as TrackedReading[];
}
