// Bundles the extension client, the language server and the CLI with esbuild.
// One bundle per entry point keeps the .vsix free of node_modules.
import { build } from 'esbuild';

const production = process.argv.includes('--production');
const common = {
  bundle: true,
  platform: 'node',
  target: 'node18',
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
  },
  // Only a development run from the sources loads tsx (host/analysisPool.ts); the bundle never does.
  external: ['tsx/cjs'],
});
