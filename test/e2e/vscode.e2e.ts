// Dateline in a real VS Code: code-server (started by test/e2e/run.sh, which sets E2E_URL) with the
// packaged .vsix installed, driven from Chromium like a person would. Run with `npm run test:e2e`.
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import { ARTIFACTS, Workbench, launchBrowser, poll, screenshotOnFailure } from './workbench.ts';

const URL = process.env.E2E_URL;
const ARTICLE = 'corpus/moscow-times-2020-11-21.txt';
const CONFLICTING = 'azerbaijan-warns-against-deployment-to-karabakh.txt';

describe('Dateline in VS Code (code-server)', { skip: URL ? false : 'E2E_URL is not set: run npm run test:e2e' }, () => {
  let browser: Browser;
  let wb: Workbench;

  const withScreenshot = screenshotOnFailure(() => wb);

  before(async () => {
    browser = await launchBrowser();
    wb = await Workbench.open(browser, URL!);
    await wb.screenshot('workbench-loaded');
  });

  after(async () => {
    if (wb) {
      await wb.screenshot('final').catch(() => undefined);
      writeFileSync(path.join(ARTIFACTS, 'browser-console.log'), wb.consoleLog.join('\n') + '\n');
    }
    await browser?.close();
  });

  it(
    'activates the extension in a workspace of articles',
    { timeout: 180_000 },
    withScreenshot('activation', async () => {
      // Opening an article also triggers activation for extensions that activate on a language.
      await wb.openFile(ARTICLE);
      let evidence: string | undefined;
      try {
        evidence = await poll(
          'a Dateline output channel or status bar item',
          async () => {
            const status = (await wb.statusBarItems()).find((s) => /dateline/i.test(s));
            if (status) return `status bar item: ${status}`;
            const channel = (await wb.outputChannels()).find((s) => /dateline/i.test(s));
            if (channel) return `output channel: ${channel}`;
            return undefined;
          },
          { timeout: 60_000, interval: 2_000 },
        );
      } catch {
        // Neither is there: fall back to VS Code's own list of activated extensions.
        const running = await wb.runningExtensions().catch(() => [] as string[]);
        const hit = running.find((s) => /dateline/i.test(s));
        if (hit) evidence = `running extensions: ${hit}`;
        else {
          const installed = await wb.installedExtensions().catch(() => [] as string[]);
          assert.fail(
            `Dateline shows no output channel, no status bar item and is not among the running extensions ` +
              `(running: ${JSON.stringify(running)}; installed: ${JSON.stringify(installed)})`,
          );
        }
      }
      console.log(`# Dateline is active: ${evidence}`);
      await wb.pressEscape(2);
      // Leave the editor area uncluttered for the next screenshots.
      await wb.hidePanel();
    }),
  );

  it(
    'shows the card of Nikol Pashinyan when hovering "Pashinyan"',
    { timeout: 150_000 },
    withScreenshot('hover', async () => {
      await wb.openFile(ARTICLE);
      await wb.clearNotifications();
      const text = await wb.hoverWord('Pashinyan', { until: /Nikol Pashinyan[\s\S]*Prime Minister of Armenia|Prime Minister of Armenia[\s\S]*Nikol Pashinyan/, timeout: 120_000 });
      assert.match(text, /Nikol Pashinyan/);
      assert.match(text, /Prime Minister of Armenia/);
      await wb.screenshot('hover-card');
      await wb.page.mouse.move(5, 5);
    }),
  );

  for (const file of ['corpus/talks-in-moscow.md', 'corpus/saved-page.html']) {
    it(
      `reads ${path.basename(file)} as an article: its names have their cards`,
      { timeout: 150_000 },
      withScreenshot(`format-${path.extname(file).slice(1)}`, async () => {
        await wb.openFile(file);
        await wb.clearNotifications();
        const text = await wb.hoverWord('Shoigu', { until: /Sergei Shoigu[\s\S]*Minister of Defence/, timeout: 120_000 });
        assert.match(text, /Minister of Defence of Russia/);
        await wb.screenshot(`format-${path.extname(file).slice(1)}-hover`);
        await wb.page.mouse.move(5, 5);
      }),
    );
  }

  it(
    'goes to the card nikol-pashinyan.md with F12 on "Pashinyan"',
    { timeout: 120_000 },
    withScreenshot('definition', async () => {
      await wb.openFile(ARTICLE);
      const target = await wb.goToDefinition('Pashinyan', { timeout: 60_000 });
      await wb.screenshot('definition');
      assert.equal(target.title, 'nikol-pashinyan.md', `F12 opened ${JSON.stringify(target)}`);
      // The tab alone is not enough: a location whose file does not exist opens a tab too.
      const text = await wb.activeEditorText().catch(() => '');
      assert.match(text, /Pashinyan/, 'the editor opened by F12 shows no text naming Pashinyan (file not found?)');
      console.log(`# F12 opened ${target.title} at Ln ${target.line}, Col ${target.column}`);
    }),
  );

  it(
    `lists a date-conflict warning for ${CONFLICTING} in the Problems panel`,
    { timeout: 150_000 },
    withScreenshot('problems', async () => {
      await wb.clearNotifications();
      const problems = await wb.waitForProblems(
        (ps) => ps.some((p) => p.file === CONFLICTING && /date-conflict/.test(p.text)),
        { timeout: 120_000 },
      );
      await wb.screenshot('problems-panel');
      const conflict = problems.find((p) => p.file === CONFLICTING && /date-conflict/.test(p.text))!;
      console.log(`# ${conflict.file}: ${conflict.text}`);
      assert.equal(conflict.severity, 'warning', `expected a warning: ${JSON.stringify(conflict)}`);
      assert.match(conflict.text, /November 10, 2020|Nov(ember)?\.? 10/);
    }),
  );

  it(
    'hovering the disagreeing date explains it and lists what the other sources say',
    { timeout: 150_000 },
    withScreenshot('date-hover', async () => {
      await wb.openFile(`corpus/${CONFLICTING}`);
      await wb.clearNotifications();
      const text = await wb.hoverWord('10,', { until: /2020-11-10[\s\S]*Trilateral statement/, timeout: 120_000 });
      assert.match(text, /2020-11-09/);
      await wb.screenshot('date-hover');
      await wb.page.mouse.move(5, 5);
    }),
  );

  it(
    'shows the timeline of events with the disagreement marked',
    { timeout: 150_000 },
    withScreenshot('timeline', async () => {
      await wb.runCommand('Dateline: Show Timeline of Events');
      const body = await poll(
        'the timeline webview',
        async () => {
          for (const frame of wb.page.frames()) {
            const text = await frame.locator('body').innerText({ timeout: 1_000 }).catch(() => '');
            if (text.includes('Events and the dates each source gives')) return text;
          }
          return undefined;
        },
        { timeout: 60_000, interval: 1_000 },
      );
      assert.match(body, /Trilateral statement of 9 November 2020/);
      assert.match(body, /sources disagree/);
      assert.match(body, /azerbaijan-warns-against-deployment-to-karabakh\.txt: “November 10, 2020” → 2020-11-10/);
      await wb.screenshot('timeline');
    }),
  );
});
