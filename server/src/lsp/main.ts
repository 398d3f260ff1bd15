// Entry point of `dateline-language-server`. The transport comes from the command line
// (--stdio, --node-ipc or --socket=N), as vscode-languageserver reads it.

import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './server.ts';

if (!process.argv.some((a) => a === '--stdio' || a === '--node-ipc' || a.startsWith('--socket') || a.startsWith('--pipe'))) {
  process.stderr.write('dateline-language-server: choose a transport, e.g. --stdio\n');
  process.exit(2);
}

const connection = createConnection(ProposedFeatures.all);
// A bug in one request must not take the server down with the user's session.
process.on('uncaughtException', (err) => connection.console.error(`uncaught: ${err.stack ?? err.message}`));
process.on('unhandledRejection', (err) => connection.console.error(`unhandled rejection: ${String(err)}`));
startServer(connection);
