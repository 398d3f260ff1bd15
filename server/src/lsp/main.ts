// Entry point of `dateline-language-server`. The transport comes from the command line
// (--stdio, --node-ipc or --socket=N), as vscode-languageserver reads it; over stdio, messages of
// many megabytes are parsed on a worker thread (largeMessages.ts).

import { format } from 'node:util';
import { createConnection, ProposedFeatures, StreamMessageWriter } from 'vscode-languageserver/node';
import { LargeMessageReader } from './largeMessages.ts';
import { startServer } from './server.ts';

if (!process.argv.some((a) => a === '--stdio' || a === '--node-ipc' || a.startsWith('--socket') || a.startsWith('--pipe'))) {
  process.stderr.write('dateline-language-server: choose a transport, e.g. --stdio\n');
  process.exit(2);
}

const stdio = process.argv.includes('--stdio');
const reader = stdio ? new LargeMessageReader(process.stdin) : undefined;
const connection = reader ? createConnection(ProposedFeatures.all, reader, new StreamMessageWriter(process.stdout)) : createConnection(ProposedFeatures.all);
if (reader) {
  // What vscode-languageserver does for --stdio itself: the end of the input ends the server, and
  // stdout is the protocol's, so the console writes to the client's log.
  const end = () => process.exit(reader.shutdownReceived ? 0 : 1);
  process.stdin.on('end', end);
  process.stdin.on('close', end);
  console.log = console.info = (...args: unknown[]) => connection.console.log(format(...args));
  console.warn = (...args: unknown[]) => connection.console.warn(format(...args));
  console.error = (...args: unknown[]) => connection.console.error(format(...args));
  console.debug = (...args: unknown[]) => connection.console.log(format(...args));
}
// A bug in one request must not take the server down with the user's session.
process.on('uncaughtException', (err) => connection.console.error(`uncaught: ${err.stack ?? err.message}`));
process.on('unhandledRejection', (err) => connection.console.error(`unhandled rejection: ${String(err)}`));
startServer(connection);
