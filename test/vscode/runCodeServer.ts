/**
 * Runner B (`npm run test:vscode-web`, part of `npm test`): the in-editor suite inside code-server.
 * The workbench's `payload` URL parameter names the extension under development (this repository)
 * and the mocha entry; the smoke-test driver hands the suite's result to `codeAutomationExit`.
 */
import * as fs from 'fs';
import * as path from 'path';
import { checkInstalled, launchBrowser, resultsDir, scratchFolder, startCodeServer } from '../e2e/codeServer';
import { repoRoot, seedsDir } from '../support/seeds';

const SUITE_DEADLINE_MS = 180000;
/** Workbench log lines about the gallery and accounts it cannot reach offline: they would bury mocha's report. */
const OFFLINE_NOISE = /ENOTFOUND|getaddrinfo|Gallery|AccountPolicyGate/;

async function main(): Promise<number> {
  checkInstalled();
  const scratch = scratchFolder();
  const server = await startCodeServer(scratch, seedsDir);
  const browser = await launchBrowser(scratch);
  try {
    const page = await browser.newPage();
    let exited!: (code: number) => void;
    const exit = new Promise<number>((resolve) => (exited = resolve));
    await page.exposeFunction('codeAutomationExit', (code: number) => exited(code));
    await page.exposeFunction('codeAutomationLog', (level: string, message: string | string[]) => {
      const text = Array.isArray(message) ? message.join(' ') : message;
      if (!OFFLINE_NOISE.test(text)) console.log(level === 'error' ? `[error] ${text}` : text);
    });
    const payload = [
      ['extensionDevelopmentPath', `vscode-remote://remote${repoRoot}`],
      ['extensionTestsPath', `vscode-remote://remote${path.join(__dirname, 'index.js')}`],
      ...(process.env.MOCHA_GREP
        ? [['extensionEnvironment', JSON.stringify({ MOCHA_GREP: process.env.MOCHA_GREP })]]
        : []),
    ];
    await page.goto(
      `${server.url}/?folder=${encodeURIComponent(seedsDir)}&payload=${encodeURIComponent(JSON.stringify(payload))}`,
    );
    let timer: NodeJS.Timeout | undefined;
    const code = await Promise.race([
      exit,
      new Promise<'timeout'>((resolve) => (timer = setTimeout(resolve, SUITE_DEADLINE_MS, 'timeout'))),
    ]);
    clearTimeout(timer);
    if (code === 'timeout') {
      fs.mkdirSync(resultsDir, { recursive: true });
      await page.screenshot({ path: path.join(resultsDir, 'vscode-suite-timeout.png') });
      console.error(
        `The in-editor suite did not finish within ${SUITE_DEADLINE_MS / 1000} s (screenshot in test-results/).`,
      );
      return 1;
    }
    return code === 0 ? 0 : 1;
  } finally {
    await browser.close();
    await server.stop();
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 1;
  },
);
