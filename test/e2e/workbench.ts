// Page helpers that drive a VS Code workbench (code-server in Chromium) through Playwright, the
// way a person would: clicks in the explorer, mouse hovers, F12, F1 and the panels.
//
// Every wait polls for a condition with a deadline instead of sleeping a fixed time: code-server in
// headless Chromium on a 2-core machine is slow, most of all on first load.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { expect, type Browser, type Locator, type Page, type TestInfo } from '@playwright/test';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** The repository's root: run.sh (and so the test runner) runs from it. */
export const ROOT = process.cwd();

/** Where screenshots and logs go (run.sh sets it; the default matches it). */
export const ARTIFACTS = path.resolve(process.env.E2E_ARTIFACTS ?? 'test-results/e2e');

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Calls `probe` until it returns something other than undefined/false, and returns that value;
 * fails with `what` (and the last probe's error) once `timeout` ms have passed.
 *
 * On Playwright's `toPass`, which retries a probe that throws: a workbench still loading throws
 * often (a detached element, a frame going away). `expect.poll` would stop at the first throw.
 */
export async function poll<T>(
  what: string,
  probe: () => Promise<T | undefined | false>,
  { timeout = 30_000, interval = 250 } = {},
): Promise<T> {
  let value: T | undefined | false;
  await expect(async () => {
    value = await probe();
    expect(value !== undefined && value !== false, `waiting for ${what}`).toBe(true);
  }, `timed out after ${timeout} ms waiting for ${what}`).toPass({ timeout, intervals: [interval] });
  return value as T;
}

export class Workbench {
  readonly consoleLog: string[] = [];

  constructor(readonly page: Page) {
    page.on('console', (msg) => this.consoleLog.push(`[${msg.type()}] ${msg.text()}`));
    page.on('pageerror', (err) => this.consoleLog.push(`[pageerror] ${err.message}`));
  }

  static async open(browser: Browser, url: string): Promise<Workbench> {
    const context = await browser.newContext({ viewport: { width: 1600, height: 1000 } });
    const page = await context.newPage();
    const wb = new Workbench(page);
    await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 120_000 });
    await page.locator('.monaco-workbench').waitFor({ state: 'visible', timeout: 180_000 });
    // The explorer is the first thing a test needs; its rows appear once the file service answers.
    await wb.showExplorer();
    return wb;
  }

  // ---------------------------------------------------------------- general

  async screenshot(name: string): Promise<string> {
    mkdirSync(ARTIFACTS, { recursive: true });
    const file = path.join(ARTIFACTS, name.endsWith('.png') ? name : `${name}.png`);
    await this.page.screenshot({ path: file });
    return file;
  }

  /**
   * A screenshot of the part of the page that holds `boxes` (page coordinates), `margin` px around
   * them and no further than `within`: the README's pictures, small enough for the .vsix.
   */
  async screenshotOf(name: string, boxes: Box[], { margin = 12, within }: { margin?: number; within?: Box } = {}): Promise<string> {
    mkdirSync(ARTIFACTS, { recursive: true });
    const file = path.join(ARTIFACTS, name.endsWith('.png') ? name : `${name}.png`);
    const view = this.page.viewportSize() ?? { width: 1600, height: 1000 };
    const bounds = within ?? { x: 0, y: 0, ...view };
    const x = Math.max(bounds.x, Math.min(...boxes.map((b) => b.x)) - margin);
    const y = Math.max(bounds.y, Math.min(...boxes.map((b) => b.y)) - margin);
    const right = Math.min(bounds.x + bounds.width, Math.max(...boxes.map((b) => b.x + b.width)) + margin);
    const bottom = Math.min(bounds.y + bounds.height, Math.max(...boxes.map((b) => b.y + b.height)) + margin);
    await this.page.screenshot({ path: file, clip: { x, y, width: right - x, height: bottom - y } });
    return file;
  }

  /** Runs a command by its label through the command palette (F1), e.g. "View: Toggle Output". */
  async runCommand(label: string, { timeout = 20_000 } = {}): Promise<void> {
    const { page } = this;
    const widget = page.locator('.quick-input-widget');
    await poll(
      'the command palette',
      async () => {
        if (!(await widget.isVisible())) {
          await page.keyboard.press('F1');
          await widget.waitFor({ state: 'visible', timeout: 2_000 });
        }
        return true;
      },
      { timeout },
    );
    const input = widget.locator('input.input[role="combobox"]').first();
    await input.fill(`>${label}`);
    const row = widget
      .locator('.monaco-list-row')
      .filter({ has: this.page.locator('.label-name', { hasText: new RegExp(`^${escapeRegExp(label)}$`) }) })
      .first();
    await row.waitFor({ state: 'visible', timeout });
    await row.click();
    await widget.waitFor({ state: 'hidden', timeout });
  }

  async pressEscape(times = 1): Promise<void> {
    for (let i = 0; i < times; i++) await this.page.keyboard.press('Escape');
  }

  /** Closes every notification toast (they cover the editor and the Problems panel). */
  async clearNotifications(): Promise<void> {
    const toasts = this.page.locator('.notifications-toasts .notification-toast');
    if ((await toasts.count()) === 0) return;
    await this.runCommand('Notifications: Clear All Notifications').catch(() => undefined);
  }

  /** Hides the bottom panel (Problems, Output, ...) if it is open. */
  async hidePanel(): Promise<void> {
    const panel = this.page.locator('.part.panel').first();
    for (const label of ['View: Hide Panel', 'View: Close Panel', 'View: Toggle Panel Visibility']) {
      if (!(await panel.isVisible())) return;
      await this.runCommand(label, { timeout: 5_000 }).catch(() => this.pressEscape());
      await panel.waitFor({ state: 'hidden', timeout: 3_000 }).catch(() => undefined);
    }
  }

  // ---------------------------------------------------------------- explorer and editors

  async showExplorer(): Promise<void> {
    const { page } = this;
    const rows = page.locator('.explorer-folders-view .monaco-list-row');
    await poll(
      'the explorer to list the workspace',
      async () => {
        if ((await rows.count()) > 0) return true;
        if (!(await page.locator('.explorer-folders-view').isVisible())) {
          await page.keyboard.press('Control+Shift+E');
        }
        return false;
      },
      { timeout: 120_000, interval: 500 },
    );
  }

  /** The explorer row of a file or folder, matched on its exact name. */
  explorerRow(name: string): Locator {
    return this.page
      .locator('.explorer-folders-view .monaco-list-row')
      .filter({ has: this.page.locator('.label-name', { hasText: new RegExp(`^${escapeRegExp(name)}$`) }) })
      .first();
  }

  /**
   * Opens a file from the explorer by clicking its row. `relPath` is relative to the workspace
   * folder ("corpus/moscow-times-2020-11-21.txt"); collapsed folders on the way are expanded.
   */
  async openFile(relPath: string, { timeout = 30_000 } = {}): Promise<void> {
    await this.showExplorer();
    const parts = relPath.split('/').filter(Boolean);
    for (const [i, part] of parts.entries()) {
      const row = this.explorerRow(part);
      await row.waitFor({ state: 'visible', timeout });
      if (i < parts.length - 1) {
        if ((await row.getAttribute('aria-expanded')) === 'false') await row.click();
        await poll(`folder ${part} to expand`, async () => (await row.getAttribute('aria-expanded')) === 'true', {
          timeout,
        });
      } else {
        await row.click();
      }
    }
    const name = parts[parts.length - 1]!;
    await poll(`an editor tab for ${name}`, async () => (await this.activeTabTitle()) === name, { timeout });
    await this.activeEditor().locator('.view-lines .view-line').first().waitFor({ state: 'visible', timeout });
  }

  /** The editor of the active editor group. */
  activeEditor(): Locator {
    return this.page.locator('.editor-group-container.active .monaco-editor').first();
  }

  /** The text of the lines the active editor shows (a missing file shows no editor: throws). */
  async activeEditorText({ timeout = 15_000 } = {}): Promise<string> {
    const lines = this.activeEditor().locator('.view-lines');
    await lines.waitFor({ state: 'visible', timeout });
    return (await lines.innerText()).replace(/\u00a0/g, ' ');
  }

  /** The title of the active tab of the active editor group ("nikol-pashinyan.md"). */
  async activeTabTitle(): Promise<string | undefined> {
    const label = this.page.locator('.editor-group-container.active .tab.active .label-name').first();
    if ((await label.count()) === 0) return undefined;
    return (await label.innerText()).trim();
  }

  /** The cursor position shown in the status bar ("Ln 13, Col 25"), 1-based. */
  async cursorPosition(): Promise<{ line: number; column: number } | undefined> {
    const item = this.page.locator('[id="status.editor.selection"]').first();
    if ((await item.count()) === 0) return undefined;
    const m = /Ln (\d+), Col (\d+)/.exec(await item.innerText());
    return m ? { line: Number(m[1]), column: Number(m[2]) } : undefined;
  }

  /**
   * The screen point at the middle of the `occurrence`-th (0-based) whole-word occurrence of
   * `word` in the visible lines of the active editor. A plain-text line is often one <span>, so
   * this measures the word itself with a DOM Range rather than taking the span's centre.
   */
  async wordPoint(word: string, occurrence = 0): Promise<{ x: number; y: number }> {
    const lines = this.activeEditor().locator('.view-lines');
    await lines.waitFor({ state: 'visible' });
    const point = await lines.evaluate(
      (root, args) => {
        const { word, occurrence } = args;
        // Runs in the browser: DOM types are not in this project's lib, hence the `any`s.
        const doc = (globalThis as any).document;
        const re = new RegExp(`(^|[^\\p{L}\\p{N}_])(${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')})(?![\\p{L}\\p{N}_])`, 'gu');
        // View lines are absolutely positioned and not in document order: sort them by top.
        const viewLines = [...(root as any).querySelectorAll('.view-line')].sort(
          (a: any, b: any) => a.getBoundingClientRect().top - b.getBoundingClientRect().top,
        );
        let seen = 0;
        for (const line of viewLines) {
          const walker = doc.createTreeWalker(line, 4 /* NodeFilter.SHOW_TEXT */);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const text: string = node.textContent ?? '';
            re.lastIndex = 0;
            for (let m = re.exec(text); m; m = re.exec(text)) {
              if (seen++ < occurrence) continue;
              const start = m.index + m[1]!.length;
              const range = doc.createRange();
              range.setStart(node, start);
              range.setEnd(node, start + word.length);
              const r = range.getBoundingClientRect();
              return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
            }
          }
        }
        return undefined;
      },
      { word, occurrence },
    );
    if (!point) throw new Error(`"${word}" (occurrence ${occurrence}) is not on screen in the active editor`);
    return point;
  }

  /** Clicks on a word in the active editor, which puts the cursor inside it. */
  async clickWord(word: string, occurrence = 0): Promise<void> {
    const { x, y } = await this.wordPoint(word, occurrence);
    await this.page.mouse.click(x, y);
  }

  // ---------------------------------------------------------------- hover

  hoverWidget(): Locator {
    return this.page.locator('.monaco-hover:not(.hidden) .monaco-hover-content').first();
  }

  /**
   * Hovers the mouse over a word of the active editor and returns the hover's text. With
   * `until`, keeps re-hovering (moving away and back, since VS Code does not ask again while the
   * mouse rests on a word) until the text matches; that absorbs a language server still starting.
   */
  async hoverWord(
    word: string,
    { occurrence = 0, until, timeout = 60_000 }: { occurrence?: number; until?: RegExp; timeout?: number } = {},
  ): Promise<string> {
    const { page } = this;
    let last = '';
    try {
      return await poll(
        `a hover on "${word}"${until ? ` matching ${until}` : ''}`,
        async () => {
          const { x, y } = await this.wordPoint(word, occurrence);
          await page.mouse.move(5, 5);
          await this.hoverWidget().waitFor({ state: 'hidden', timeout: 2_000 }).catch(() => undefined);
          await page.mouse.move(x - 2, y);
          await page.mouse.move(x, y, { steps: 3 });
          // Poll a few seconds on this hover before moving away again.
          const end = Date.now() + 4_000;
          while (Date.now() < end) {
            const widget = this.hoverWidget();
            if (await widget.isVisible()) {
              last = (await widget.innerText()).trim();
              if (last && !/^Loading\.\.\.$/.test(last) && (!until || until.test(last))) {
                await sleep(600); // the hover fades in; let a screenshot show it whole
                return (await widget.innerText().catch(() => last)).trim() || last;
              }
            }
            await sleep(200);
          }
          return undefined;
        },
        { timeout, interval: 100 },
      );
    } catch (error) {
      if (last) (error as Error).message += `; the last hover read: ${JSON.stringify(last)}`;
      throw error;
    }
  }

  // ---------------------------------------------------------------- navigation

  /**
   * Puts the cursor on `word` and presses F12. Resolves once another file is the active editor
   * (with `sameFile`: once the cursor has moved), with the active tab's title and the cursor
   * position the status bar shows there.
   */
  async goToDefinition(
    word: string,
    { occurrence = 0, sameFile = false, timeout = 30_000 }: { occurrence?: number; sameFile?: boolean; timeout?: number } = {},
  ): Promise<{ title: string; line?: number; column?: number }> {
    const before = await this.activeTabTitle();
    const same = (a?: { line: number; column: number }, b?: { line: number; column: number }) =>
      a?.line === b?.line && a?.column === b?.column;
    const preClick = await this.cursorPosition();
    await this.clickWord(word, occurrence);
    // The status bar follows the click a moment later; wait for it so "moved" means moved by F12.
    const cursorLeaves = async (from: typeof preClick, what: string) =>
      (await poll(
        what,
        async () => {
          const p = await this.cursorPosition();
          return p && !same(p, from) ? p : undefined;
        },
        { timeout: 3_000 },
      ).catch(() => undefined)) ?? (await this.cursorPosition());
    const atWord = await cursorLeaves(preClick, 'the status bar to show the clicked position');
    await this.page.keyboard.press('F12');
    const title = await poll(
      sameFile ? `F12 on "${word}" to move the cursor` : `F12 on "${word}" to open another file than ${before}`,
      async () => {
        const title = await this.activeTabTitle();
        if (!title) return undefined;
        if (!sameFile) return title !== before ? title : undefined;
        return !same(await this.cursorPosition(), atWord) ? title : undefined;
      },
      { timeout },
    );
    // The status bar follows the new editor a moment later: give it a few seconds to move.
    const pos = await cursorLeaves(atWord, 'the status bar to show the cursor in the new editor');
    return { title, ...pos };
  }

  // ---------------------------------------------------------------- panels

  /** Opens the Problems panel (if it is not open) and waits for it. */
  async showProblems(): Promise<Locator> {
    const { page } = this;
    const panel = page.locator('.markers-panel');
    if (!(await panel.isVisible())) {
      await page.keyboard.press('Control+Shift+M');
      await panel.waitFor({ state: 'visible', timeout: 5_000 }).catch(() => undefined);
      if (!(await panel.isVisible())) await this.runCommand('View: Focus Problems (Problems)');
      await panel.waitFor({ state: 'visible', timeout: 15_000 });
    }
    return panel;
  }

  /**
   * The problems the Problems panel (tree view) shows: each with the file it is listed under, its
   * severity (from its icon), its text (message, source(code), [Ln x, Col y]) and the text of its
   * related-information rows. One evaluate call: per-row locator calls are slow here.
   * The list is virtualized: only rows scrolled into view are read.
   */
  async problems(): Promise<Problem[]> {
    const panel = await this.showProblems();
    const rows: { level: number; label: string; text: string; file: string; icon: string }[] = await panel.evaluate(
      (root: any) =>
        [...root.querySelectorAll('.monaco-list-row')]
          .map((row: any) => ({
            level: Number(row.getAttribute('aria-level') ?? 0),
            top: parseFloat(row.style.top || '0'),
            label: row.getAttribute('aria-label') ?? '',
            text: String(row.innerText ?? '').replace(/\s+/g, ' ').trim(),
            file: row.querySelector('.resource-label-container .label-name')?.textContent?.trim() ?? '',
            icon: row.querySelector('.marker-icon')?.className ?? '',
          }))
          .sort((a: any, b: any) => a.top - b.top),
    );
    const out: Problem[] = [];
    let file = '';
    for (const row of rows) {
      if (row.level === 1 || row.file) {
        file = row.file;
      } else if (row.level === 3 && out.length) {
        out[out.length - 1]!.related.push(row.text);
      } else {
        const kind = /\berror\b/.test(row.icon) ? 'error' : /\bwarning\b/.test(row.icon) ? 'warning' : /\binfo\b/.test(row.icon) ? 'info' : undefined;
        const fromLabel = /^(Error|Warning|Info)\b/.exec(row.label)?.[1]?.toLowerCase() as Problem['severity'] | undefined;
        out.push({ file, severity: kind ?? fromLabel ?? 'unknown', text: row.text, label: row.label, related: [] });
      }
    }
    return out;
  }

  /** Polls the Problems panel until `predicate` holds for its problems; returns them. */
  async waitForProblems(predicate: (problems: Problem[]) => boolean, { timeout = 60_000 } = {}): Promise<Problem[]> {
    let last: Problem[] = [];
    try {
      return await poll(
        'the expected problems in the Problems panel',
        async () => {
          last = await this.problems();
          return predicate(last) ? last : undefined;
        },
        { timeout, interval: 1_000 },
      );
    } catch (error) {
      (error as Error).message += `; the panel listed: ${JSON.stringify(last)}`;
      throw error;
    }
  }

  /** The names of the channels in the Output panel's channel picker. */
  async outputChannels(): Promise<string[]> {
    const { page } = this;
    const select = page.locator('.part.panel select.monaco-select-box').first();
    if (!(await select.isVisible())) {
      await this.runCommand('View: Toggle Output');
      await select.waitFor({ state: 'visible', timeout: 15_000 });
    }
    return select.evaluate((el: any) => [...el.options].map((o: any) => String(o.textContent).trim()));
  }

  /** Text and accessible labels of every status bar item ("id | text | aria-label"). */
  async statusBarItems(): Promise<string[]> {
    return this.page.locator('.statusbar').first().evaluate((bar: any) =>
      [...bar.querySelectorAll('.statusbar-item')].map((item: any) =>
        [item.id, String(item.innerText ?? '').trim(), item.getAttribute('aria-label') ?? ''].filter(Boolean).join(' | '),
      ),
    );
  }

  /** Names of the extensions the Extensions view lists for "@installed". */
  /** Names the Extensions view lists under "@installed"; with `expected`, read until it is among them. */
  async installedExtensions(expected?: string): Promise<string[]> {
    const { page } = this;
    const viewlet = page.locator('.extensions-viewlet').first();
    // A webview with focus keeps the keys: then the activity bar's button.
    if (!(await viewlet.isVisible())) await page.keyboard.press('Control+Shift+X');
    if (!(await viewlet.waitFor({ state: 'visible', timeout: 5_000 }).then(() => true, () => false))) {
      await page.locator('.activitybar .action-label.codicon-extensions-view-icon').first().click();
    }
    await viewlet.waitFor({ state: 'visible', timeout: 20_000 });
    // The search box is a small editor; it has focus when the view opens.
    await viewlet.locator('.suggest-input-container').first().click();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('@installed');
    await viewlet.locator('.monaco-list-row .name').first().waitFor({ state: 'visible', timeout: 20_000 });
    const names = () => viewlet.evaluate((v: any) => [...v.querySelectorAll('.monaco-list-row .name')].map((n: any) => String(n.textContent).trim()));
    // The list shown before the query's results may still be up when its first row is: read it
    // until the name looked for is in it (or 20 s have passed: then what it shows, for the message).
    if (expected === undefined) return names();
    const until = Date.now() + 20_000;
    let seen = await names();
    while (!seen.includes(expected) && Date.now() < until) {
      await page.waitForTimeout(250);
      seen = await names();
    }
    return seen;
  }

  /** Names in "Developer: Show Running Extensions" (extensions that have been activated). */
  async runningExtensions(): Promise<string[]> {
    await this.runCommand('Developer: Show Running Extensions');
    const editor = this.page.locator('.runtime-extensions-editor').first();
    await editor.locator('.monaco-list-row').first().waitFor({ state: 'visible', timeout: 20_000 });
    return editor.evaluate((e: any) =>
      [...e.querySelectorAll('.monaco-list-row')].map((r: any) =>
        String(r.querySelector('.name')?.textContent ?? r.getAttribute('aria-label') ?? '').trim(),
      ),
    );
  }
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Problem {
  /** The name of the file the problem is listed under. */
  file: string;
  severity: 'error' | 'warning' | 'info' | 'unknown';
  /** What the row shows: message, source(code) and [Ln x, Col y]. */
  text: string;
  /** The row's accessible label ("Warning: <message> at line 4 and character 85 ..."). */
  label: string;
  /** The related-information rows under it. */
  related: string[];
}

export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * For test.afterEach: when the test failed, saves a screenshot of the workbench named
 * `failure-<prefix><title>` in the artifacts and attaches it to the test's report.
 */
export async function screenshotIfFailed(wb: Workbench | undefined, testInfo: TestInfo, prefix = ''): Promise<void> {
  if (!wb || testInfo.status === testInfo.expectedStatus) return;
  const slug = testInfo.title.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '').slice(0, 60);
  const retry = testInfo.retry ? `-retry${testInfo.retry}` : '';
  const file = await wb.screenshot(`failure-${prefix}${slug}${retry}`).catch(() => undefined);
  if (file) await testInfo.attach('workbench', { path: file, contentType: 'image/png' });
}
