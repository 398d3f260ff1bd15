// Bundles the extension client, the language server and the CLI with esbuild.
// One bundle per entry point keeps the .vsix free of node_modules.
import { build } from 'esbuild';

const production = process.argv.includes('--production');
const common = {
  bundle: true,
  platform: 'node',
  target: 'node18',
  // Regular expressions with \p{...} stay literals: lowered, each became a `new RegExp` call made
  // every time the expression ran (a word's /^\p{Lu}/u test, per token in the name filters),
  // some 65 ns more a test. Node has had them since 10; they read the Unicode data of the engine
  // they run on either way.
  supported: { 'regexp-unicode-property-escapes': true },
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  outdir: 'dist',
};

await build({ ...common, entryPoints: { extension: 'client/src/extension.ts' }, external: ['vscode'] });
await build({
  ...common,
  entryPoints: {
    server: 'server/src/lsp/main.ts',
    cli: 'server/src/cli/main.ts',
    analysisWorker: 'server/src/host/analysisWorker.ts',
    taggingWorker: 'server/src/host/taggingWorker.ts',
  },
  // Only a development run from the sources loads tsx (host/analysisPool.ts); the bundle never does.
  external: ['tsx/cjs'],
});
