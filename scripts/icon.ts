// Draws images/icon.png (the extension's icon, 256x256) from images/icon.svg in Debian's Chromium,
// the browser the real-editor test already uses: no SVG renderer to install, nothing downloaded.
// Run after editing the SVG: `node --import tsx scripts/icon.ts`.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM, CHROMIUM_ARGS } from '../test/e2e/workbench.ts';

const root = path.resolve(import.meta.dirname, '..');
const svg = readFileSync(path.join(root, 'images/icon.svg'), 'utf8');
async function main(): Promise<void> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
  try {
    const page = await browser.newPage({ viewport: { width: 256, height: 256 } });
    await page.setContent(`<html><body style="margin:0;background:transparent">${svg}</body></html>`);
    await page.locator('svg').screenshot({ path: path.join(root, 'images/icon.png'), omitBackground: true });
  } finally {
    await browser.close();
  }
}

void main();
