/**
 * The entry VS Code loads as `extensionTestsPath`: runs every `*.test.js` beside it with mocha inside
 * the extension host. Both runners (test-electron and code-server) load this same file.
 */
import * as fs from 'fs';
import Mocha from 'mocha';
import * as path from 'path';
import * as util from 'util';

export function run(): Promise<void> {
  // In code-server only a single string argument of console.log reaches the driver: format here.
  Mocha.reporters.Base.consoleLog = (...args: unknown[]) => console.log(util.format(...args));
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 30000, grep: process.env.MOCHA_GREP });
  for (const file of fs
    .readdirSync(__dirname)
    .filter((f) => f.endsWith('.test.js'))
    .sort()) {
    mocha.addFile(path.join(__dirname, file));
  }
  return new Promise((resolve, reject) => {
    mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} tests failed.`)) : resolve()));
  });
}
