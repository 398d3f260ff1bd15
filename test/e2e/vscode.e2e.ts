// Dateline in a real VS Code: code-server (started by test/e2e/run.sh, which sets E2E_URL) with the
// packaged .vsix installed, driven from Chromium like a person would. Run with `npm run test:e2e`.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { test } from '@playwright/test';
import { ARTIFACTS, ROOT, Workbench, poll, screenshotIfFailed, type Box } from './workbench.ts';

const URL = process.env.E2E_URL;
const WORKSPACE = process.env.E2E_WORKSPACE ?? '';
const ARTICLE = 'corpus/moscow-times-2020-11-21.txt';
const CONFLICTING = 'azerbaijan-warns-against-deployment-to-karabakh.txt';

test.describe('Dateline in VS Code (code-server)', () => {
  test.skip(!URL, 'E2E_URL is not set: run npm run test:e2e');
  // One workbench for the suite, its tests in order: a retry starts the suite over.
  test.describe.configure({ mode: 'serial' });
  let wb: Workbench;

  /** The frame of the timeline view's page (a webview is a frame in a frame). */
  const timelineFrame = () =>
    poll(
      'the timeline webview',
      async () => {
        for (const frame of wb.page.frames()) {
          const body = await frame.locator('body').innerText({ timeout: 1_000 }).catch(() => '');
          if (body.includes('Events and the dates each source gives')) return frame;
        }
        return undefined;
      },
      { timeout: 60_000, interval: 1_000 },
    );

  test.beforeAll(async ({ browser }) => {
    test.setTimeout(300_000);
    // A retry starts from the workspace run.sh made: without the files an earlier try exported.
    for (const file of ['timeline.csv', 'timeline.json']) rmSync(path.join(WORKSPACE, file), { force: true });
    wb = await Workbench.open(browser, URL!);
    await wb.screenshot('workbench-loaded');
  });

  test.afterEach(async ({}, testInfo) => screenshotIfFailed(wb, testInfo));

  test.afterAll(async () => {
    if (wb) {
      await wb.screenshot('final').catch(() => undefined);
      writeFileSync(path.join(ARTIFACTS, 'browser-console.log'), wb.consoleLog.join('\n') + '\n');
      await wb.page.context().close();
    }
  });

  test('activates the extension in a workspace of articles', async () => {
    test.setTimeout(180_000);
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
        const installed = await wb.installedExtensions('Dateline').catch(() => [] as string[]);
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
  });

  test('shows the card of Nikol Pashinyan when hovering "Pashinyan"', async () => {
    test.setTimeout(150_000);
    await wb.openFile(ARTICLE);
    await wb.clearNotifications();
    const text = await wb.hoverWord('Pashinyan', { until: /Nikol Pashinyan[\s\S]*Prime Minister of Armenia|Prime Minister of Armenia[\s\S]*Nikol Pashinyan/, timeout: 120_000 });
    assert.match(text, /Nikol Pashinyan/);
    assert.match(text, /Prime Minister of Armenia/);
    await wb.screenshot('hover-card');
    // The README's first picture: the card and the line of the name hovered.
    const hover = await wb.page.locator('.monaco-hover:not(.hidden)').first().boundingBox();
    const word = await wb.wordPoint('Pashinyan');
    const group = await wb.page.locator('.editor-group-container.active').first().boundingBox();
    if (hover && group) await wb.screenshotOf('readme-hover', [hover, { x: group.x, y: word.y - 12, width: 1, height: 60 }], { within: group });
    await wb.page.mouse.move(5, 5);
  });

  for (const file of ['corpus/talks-in-moscow.md', 'corpus/saved-page.html']) {
    test(`reads ${path.basename(file)} as an article: its names have their cards`, async () => {
      test.setTimeout(150_000);
      await wb.openFile(file);
      await wb.clearNotifications();
      const text = await wb.hoverWord('Shoigu', { until: /Sergei Shoigu[\s\S]*Minister of Defence/, timeout: 120_000 });
      assert.match(text, /Minister of Defence of Russia/);
      await wb.screenshot(`format-${path.extname(file).slice(1)}-hover`);
      await wb.page.mouse.move(5, 5);
    });
  }

  test('goes to the card nikol-pashinyan.md with F12 on "Pashinyan"', async () => {
    test.setTimeout(120_000);
    await wb.openFile(ARTICLE);
    const target = await wb.goToDefinition('Pashinyan', { timeout: 60_000 });
    await wb.screenshot('definition');
    assert.equal(target.title, 'nikol-pashinyan.md', `F12 opened ${JSON.stringify(target)}`);
    // The tab alone is not enough: a location whose file does not exist opens a tab too.
    const text = await wb.activeEditorText().catch(() => '');
    assert.match(text, /Pashinyan/, 'the editor opened by F12 shows no text naming Pashinyan (file not found?)');
    console.log(`# F12 opened ${target.title} at Ln ${target.line}, Col ${target.column}`);
  });

  test(`lists a date-conflict warning for ${CONFLICTING} in the Problems panel`, async () => {
    test.setTimeout(150_000);
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
  });

  test('hovering the disagreeing date explains it and lists what the other sources say', async () => {
    test.setTimeout(150_000);
    await wb.openFile(`corpus/${CONFLICTING}`);
    await wb.clearNotifications();
    const text = await wb.hoverWord('10,', { until: /2020-11-10[\s\S]*Trilateral statement/, timeout: 120_000 });
    assert.match(text, /2020-11-09/);
    await wb.screenshot('date-hover');
    await wb.page.mouse.move(5, 5);
  });

  test('shows the timeline of events with the disagreement marked', async () => {
    test.setTimeout(150_000);
    await wb.hidePanel(); // the view whole, for the README's picture
    await wb.runCommand('Dateline: Show Timeline of Events');
    const frame = await timelineFrame();
    const body = await frame.locator('body').innerText();
    assert.match(body, /Trilateral statement of 9 November 2020/);
    assert.match(body, /sources disagree/);
    assert.match(body, /azerbaijan-warns-against-deployment-to-karabakh\.txt: “November 10, 2020” → 2020-11-10/);
    await wb.screenshot('timeline');
    // The README's second picture: the view's title and the event the sources disagree on.
    const boxes = await Promise.all(['.title', 'section.has-conflict'].map((css) => frame.locator(css).first().boundingBox()));
    const view = await (await frame.frameElement()).boundingBox();
    if (view && boxes.every((b) => b)) await wb.screenshotOf('readme-timeline', boxes as Box[], { within: view });
  });

  for (const [format, file] of [['csv', 'timeline.csv'], ['timelinejs', 'timeline.json']] as const) {
    test(`exports the timeline from its view as ${format}: the file saved is what \`dateline timeline --format ${format}\` prints`, async () => {
      test.setTimeout(120_000);
      const frame = await timelineFrame();
      await frame.locator(`button[data-export="${format}"]`).click();
      // The save dialog of VS Code in a browser: a quick input holding the path, the workspace's timeline file.
      const input = wb.page.locator('.quick-input-widget input.input').first();
      await poll('the save dialog with the file name', async () => (await input.isVisible()) && (await input.inputValue()).endsWith(file), { timeout: 30_000 });
      if (format === 'csv') await wb.screenshot('export-dialog');
      await input.press('Enter');
      const saved = path.join(WORKSPACE, file);
      await poll(`${file} written`, async () => existsSync(saved) && readFileSync(saved, 'utf8').length > 0, { timeout: 30_000 });
      const cli = execFileSync(process.execPath, [path.join(ROOT, 'bin/dateline.js'), 'timeline', '--format', format, 'corpus/'], { cwd: WORKSPACE, encoding: 'utf8' });
      const exported = readFileSync(saved, 'utf8');
      if (format === 'csv') {
        assert.equal(exported, cli);
        assert.match(exported, /^trilateral-statement-2020,.*,2020-11-10,"November 10, 2020",true,corpus\/azerbaijan-warns-against-deployment-to-karabakh\.txt,/m);
      } else {
        // The title names the workspace folder here and the folder given on the command line there.
        assert.deepEqual(JSON.parse(exported).events, JSON.parse(cli).events);
      }
      console.log(`# ${file}: ${exported.split('\n').length} lines, the same as the CLI's`);
    });
  }

  test("shows the extension's page with its icon, a user-first README and its pictures", async () => {
    test.setTimeout(150_000);
    await wb.hidePanel();
    await wb.runCommand('View: Close All Editors');
    assert.ok((await wb.installedExtensions('Dateline')).includes('Dateline'), 'Dateline is not among the installed extensions');
    await wb.page.locator('.extensions-viewlet .monaco-list-row', { has: wb.page.locator('.name', { hasText: /^Dateline$/ }) }).first().click();
    const page = wb.page.locator('.extension-editor').first();
    await page.waitFor({ state: 'visible', timeout: 30_000 });
    // The icon of the header: the package's, loaded.
    const icon = page.locator('.header .icon').first();
    await poll('the icon in the header', async () => icon.evaluate((img: any) => img.complete && img.naturalWidth > 0 && /icon\.png/.test(img.src)), { timeout: 30_000 });
    // The README is a webview: every picture in it loaded (a relative path shows only its alt text there).
    const readme = await poll(
      'the README with its pictures loaded',
      async () => {
        for (const frame of wb.page.frames()) {
          if (frame === wb.page.mainFrame()) continue;
          const state = await frame
            .evaluate(() => {
              const doc = (globalThis as any).document;
              const images = [...doc.images].map((i: any) => ({ src: String(i.getAttribute('src')), alt: String(i.alt), loaded: i.complete && i.naturalWidth > 0 }));
              return { text: String(doc.body?.innerText ?? ''), images };
            })
            .catch(() => undefined);
          if (state && /^Dateline reads the news articles/m.test(state.text) && state.images.length > 0 && state.images.every((i) => i.loaded)) return state;
        }
        return undefined;
      },
      { timeout: 60_000, interval: 1_000 },
    );
    console.log(`# README pictures: ${readme.images.map((i) => `${i.src.slice(0, 30)}... (${i.alt})`).join('; ')}`);
    assert.ok(readme.images.length >= 2, `the README shows ${readme.images.length} pictures`);
    // User first: what it does and how to use it come before the developer's setup.
    const at = (re: RegExp) => readme.text.search(re);
    assert.ok(at(/Get started/) >= 0 && at(/Get started/) < at(/\bnpm\b/), 'the README shows a developer command before how to get started');
    assert.ok(at(/\bDevelopment\b/) < at(/\bnpm test\b/), 'the README shows the developer setup before its Development section');
    // No tooltip of the list row the mouse left on the page, no toast over it.
    await wb.page.mouse.move(5, 5);
    await wb.clearNotifications();
    await wb.page.locator('.monaco-hover:not(.hidden), .workbench-hover-container').first().waitFor({ state: 'hidden', timeout: 5_000 }).catch(() => undefined);
    await wb.screenshot('extension-page');
  });
});
