/**
 * Runner A (`npm run test:vscode`): the in-editor suite in a VS Code downloaded by @vscode/test-electron.
 * Where VS Code cannot be downloaded it says so in one line and exits non-zero.
 */
import { downloadAndUnzipVSCode, runTests } from '@vscode/test-electron';
import * as path from 'path';
import { repoRoot, seedsDir } from '../support/seeds';

/** The download's progress lines would bury the one line that matters when it fails. */
const quietReporter = { report: () => undefined, error: () => undefined };

async function main(): Promise<number> {
  let vscodeExecutablePath: string;
  try {
    vscodeExecutablePath = await downloadAndUnzipVSCode({
      cachePath: path.join(repoRoot, '.vscode-test'),
      reporter: quietReporter,
    });
  } catch (error) {
    console.error(
      `VS Code could not be downloaded (${error instanceof Error ? error.message.split('\n')[0] : String(error)}); run the same suite in code-server with npm run test:vscode-web.`,
    );
    return 1;
  }
  return runTests({
    vscodeExecutablePath,
    extensionDevelopmentPath: repoRoot,
    extensionTestsPath: path.join(__dirname, 'index.js'),
    launchArgs: [seedsDir, '--disable-extensions', '--disable-workspace-trust'],
  });
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
