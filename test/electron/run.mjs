// Runs test/electron/suite in a desktop VS Code downloaded by @vscode/test-electron.
//   npm run test:electron            (builds first; VSCODE_VERSION=1.96.4 to pin a version)
// Needs a machine that can download VS Code, and on Linux a display (run it under `xvfb-run -a`
// in a headless CI). Where VS Code cannot be downloaded, it stops at once with a clear message:
// use `npm run test:e2e` (code-server + Chromium) there instead.
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { downloadAndUnzipVSCode, runTests } from '@vscode/test-electron';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const version = process.env.VSCODE_VERSION || 'stable';

if (!existsSync(path.join(root, 'dist', 'extension.js'))) {
  console.error('test:electron: dist/extension.js is missing; run `npm run build` first.');
  process.exit(1);
}

let vscodeExecutablePath;
try {
  vscodeExecutablePath = await downloadAndUnzipVSCode({
    version,
    cachePath: path.join(root, '.vscode-test'),
    timeout: 30_000, // idle timeout per request: fail fast where nothing answers
  });
} catch (error) {
  console.error(
    `\ntest:electron: could not download VS Code ${version} (${error?.message ?? error}).\n` +
      'This machine has no access to update.code.visualstudio.com; ' +
      'run the code-server tests with `npm run test:e2e` instead.\n',
  );
  process.exit(1);
}

// A throwaway workspace holding a copy of the corpus (the extension looks for corpus/**/*.txt),
// so the tests can never change the repository's articles, and a fresh user-data dir.
const tmp = mkdtempSync(path.join(os.tmpdir(), 'dateline-electron-'));
const workspace = path.join(tmp, 'workspace');
const userData = path.join(tmp, 'user-data');
cpSync(path.join(root, 'corpus'), path.join(workspace, 'corpus'), { recursive: true });
mkdirSync(path.join(userData, 'User'), { recursive: true });
writeFileSync(
  path.join(userData, 'User', 'settings.json'),
  JSON.stringify({
    'workbench.startupEditor': 'none',
    'security.workspace.trust.enabled': false,
    'telemetry.telemetryLevel': 'off',
    'update.mode': 'none',
    'extensions.autoCheckUpdates': false,
    'git.enabled': false,
  }),
);

const launchArgs = [
  workspace,
  '--user-data-dir', userData,
  '--disable-extensions', // every other extension; the one under development still loads
  '--disable-workspace-trust',
  '--skip-welcome',
  '--skip-release-notes',
  '--disable-gpu',
];
if (process.platform === 'linux' && process.getuid?.() === 0) launchArgs.push('--no-sandbox');
if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  console.warn('test:electron: no DISPLAY; on a headless Linux run it as `xvfb-run -a npm run test:electron`.');
}

let status = 0;
try {
  status = await runTests({
    vscodeExecutablePath,
    extensionDevelopmentPath: root,
    extensionTestsPath: path.join(root, 'test', 'electron', 'suite', 'index.cjs'),
    launchArgs,
    extensionTestsEnv: { DATELINE_E2E_WORKSPACE: workspace },
  });
} catch (error) {
  console.error(`test:electron: the tests failed: ${error?.message ?? error}`);
  status = 1;
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
process.exit(status);
