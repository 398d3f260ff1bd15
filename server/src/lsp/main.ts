// Entry point of `dateline-language-server`. The transport comes from the command line
// (--stdio, --node-ipc or --socket=N), as vscode-languageserver reads it; over stdio, messages of
// many megabytes are parsed on a worker thread (largeMessages.ts).

import { format } from 'node:util';
import { createConnection, IPCMessageReader, IPCMessageWriter, ProposedFeatures, StreamMessageWriter } from 'vscode-languageserver/node';
import { LargeMessageReader } from './largeMessages.ts';
import { foregroundTransport } from './foregroundMessages.ts';
import { startServer } from './server.ts';
import { lowerHelperThreads } from '../host/threadPriority.ts';

if (!process.argv.some((a) => a === '--stdio' || a === '--node-ipc' || a.startsWith('--socket') || a.startsWith('--pipe'))) {
  process.stderr.write('dateline-language-server: choose a transport, e.g. --stdio\n');
  process.exit(2);
}

// V8's threads, which compile and collect garbage for the workers too, give way to this one, which
// answers requests (measured in the tagger's pass at 1,000 articles on 2 cores: this thread's wait
// for a core 589-636 -> 278-375 ms, an edit's diagnostics p95 33-38 -> 15-24 ms; to 19 rather than 10:
// that wait 15-18% -> 10% of the pass, on a loaded machine).
// First, before this thread starts any of its own (the large message reader's, on the request path).
lowerHelperThreads();

const stdio = process.argv.includes('--stdio');
const reader = stdio ? new LargeMessageReader(process.stdin) : undefined;
// Over stdio and Node's IPC (VS Code's), a message from the editor holds the background work
// until it is handled (foregroundMessages.ts); over a socket or a pipe the library's own transport.
const transport = reader
  ? foregroundTransport(reader, new StreamMessageWriter(process.stdout), process.stdin)
  : process.argv.includes('--node-ipc')
    ? foregroundTransport(new IPCMessageReader(process), new IPCMessageWriter(process))
    : undefined;
const connection = transport ? createConnection(ProposedFeatures.all, transport.reader, transport.writer) : createConnection(ProposedFeatures.all);
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
