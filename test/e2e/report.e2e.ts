// `dateline report --format html` as an editor who does not run VS Code opens it: in Chromium,
// from the file. The page must render whole (its styles under its own CSP, nothing blocked), show
// the disagreement, and leave a screenshot to look at. Needs only Chromium, not code-server.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { test } from '@playwright/test';
import { ARTIFACTS, ROOT } from './workbench.ts';


test.describe('The HTML report in Chromium', () => {
  let dir: string;

  test.beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'dateline-report-'));
  });
  test.afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  test('renders every section with its styles, the disagreeing source marked, nothing blocked', async ({ browser }) => {
    test.setTimeout(120_000);
    const html = execFileSync(process.execPath, [path.join(ROOT, 'bin/dateline.js'), 'report', '--format', 'html', 'corpus/'], { cwd: ROOT, encoding: 'utf8' });
    const file = path.join(dir, 'report.html');
    writeFileSync(file, html);
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    const problems: string[] = [];
    page.on('console', (m) => (m.type() === 'error' || m.type() === 'warning') && problems.push(m.text()));
    page.on('pageerror', (e) => problems.push(e.message));
    await page.goto(pathToFileURL(file).href);
    assert.equal(await page.title(), 'Dateline: corpus');
    assert.deepEqual(await page.locator('h2').allInnerTexts(), ['Events', 'Findings', 'Counts', 'Names']);
    // The inline style applied (a CSP that blocked it would leave the browser's default serif font and no borders).
    const cell = page.locator('td.differs').first();
    assert.equal(await cell.innerText(), 'disagrees');
    assert.equal(await cell.evaluate((el: any) => (globalThis as any).getComputedStyle(el).color), 'rgb(170, 0, 0)');
    const row = await cell.locator('xpath=..').innerText();
    assert.match(row, /2020-11-10\s+November 10, 2020\s+corpus\/azerbaijan-warns-against-deployment-to-karabakh\.txt:4/);
    assert.ok((await page.locator('table').count()) >= 4, 'a table per dated event, findings, counts and names');
    assert.deepEqual(problems, [], 'the browser reported nothing blocked or broken');
    await page.screenshot({ path: path.join(ARTIFACTS, 'report-html.png') });
    await page.screenshot({ path: path.join(ARTIFACTS, 'report-html-full.png'), fullPage: true });
    await page.close();
  });
});
