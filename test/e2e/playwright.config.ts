// The real-editor tests run under Playwright's test runner: retries on CI (a workbench on a busy
// 2-core machine is slow in ways a second try absorbs, and the runner reports such a test as flaky,
// not passed), and a trace of every failed test (`npx playwright show-trace <zip>`). Chromium is
// Debian's (/usr/bin/chromium); the runner never downloads a browser. test/e2e/run.sh starts
// code-server and sets the E2E_* variables the tests read.
import path from 'node:path';
import { defineConfig } from '@playwright/test';
import { ARTIFACTS, CHROMIUM, CHROMIUM_ARGS } from './workbench.ts';

export default defineConfig({
  testDir: '.',
  testMatch: '*.e2e.ts',
  // One workbench per suite, shared by its tests in order (see test.describe.configure in each).
  workers: 1,
  fullyParallel: false,
  retries: process.env.CI ? 1 : 0,
  timeout: 180_000,
  globalTimeout: Number(process.env.E2E_TEST_TIMEOUT ?? 1200) * 1000,
  outputDir: path.join(ARTIFACTS, 'results'),
  reporter: [['list'], ['junit', { outputFile: path.join(ARTIFACTS, 'junit.xml') }]],
  use: {
    browserName: 'chromium',
    headless: true,
    launchOptions: { executablePath: CHROMIUM, args: CHROMIUM_ARGS },
    trace: 'retain-on-failure',
  },
});
