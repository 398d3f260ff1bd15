// Messages from the editor go ahead of background work: from the moment one arrives until it is
// handled (a request: until its reply is written), no background slice runs on this thread
// (host/backgroundTurns.ts: holdBackground). The protocol library handles a message in several
// turns of the event loop (over stdio: one decodes it, one dispatches it, one writes the reply),
// and a slice in each turn made a hover wait behind three slices where its own work is a
// fraction of a millisecond (measured in the tagger's pass at 1,000 articles: the slowest 5% of
// hovers spent 2.2 ms in each of the three gaps).

import { AbstractMessageReader, AbstractMessageWriter, Message, type DataCallback, type Disposable, type MessageReader, type MessageWriter } from 'vscode-languageserver/node';
import { holdBackground } from '../host/backgroundTurns.ts';
import { traceRequest } from '../host/turnTrace.ts';

type Id = string | number;

/** The requests whose replies are not written yet: each holds the background until then. */
class PendingRequests {
  private readonly holds = new Map<Id, { release: () => void; method: string; arrived: number }>();

  add(id: Id, method: string, arrived: number): void {
    this.holds.get(id)?.release();
    this.holds.set(id, { release: holdBackground(), method, arrived });
  }

  answered(id: Id): void {
    const hold = this.holds.get(id);
    if (!hold) return;
    this.holds.delete(id);
    hold.release();
    traceRequest(hold.method, performance.now() - hold.arrived);
  }
}

/**
 * The reader's messages, each holding the background until handled; with `input`, the stream it
 * reads (stdio), the bytes' arrival already holds it (the message is decoded a turn later).
 */
export class ForegroundReader extends AbstractMessageReader {
  private inputHold: (() => void) | undefined;
  private inputAt = 0;

  constructor(
    private readonly inner: MessageReader,
    private readonly pending: PendingRequests,
    input?: NodeJS.ReadableStream,
  ) {
    super();
    inner.onError((e) => this.fireError(e));
    inner.onClose(() => this.fireClose());
    inner.onPartialMessage((p) => this.firePartialMessage(p));
    input?.on('data', () => {
      if (this.inputHold) return;
      this.inputAt = performance.now();
      this.inputHold = holdBackground();
    });
  }

  listen(callback: DataCallback): Disposable {
    return this.inner.listen((message) => {
      const arrived = this.inputHold ? this.inputAt : performance.now();
      const request = Message.isRequest(message);
      if (request) this.pending.add(message.id as Id, message.method, arrived);
      callback(message);
      if (!request) {
        // A notification (or a reply to the server) is dispatched in a turn the callback asked
        // for, before this one.
        const release = holdBackground();
        setImmediate(release);
      }
      this.inputHold?.();
      this.inputHold = undefined;
    });
  }

  override dispose(): void {
    super.dispose();
    this.inner.dispose();
  }
}

/** The writer, which ends a request's hold once its reply is written. */
export class ForegroundWriter extends AbstractMessageWriter {
  constructor(
    private readonly inner: MessageWriter,
    private readonly pending: PendingRequests,
  ) {
    super();
    inner.onError((e) => this.fireError(...e));
    inner.onClose(() => this.fireClose());
  }

  async write(message: Message): Promise<void> {
    const written = this.inner.write(message);
    if (!Message.isResponse(message) || message.id === null) return written;
    const id = message.id;
    return written.finally(() => this.pending.answered(id));
  }

  end(): void {
    this.inner.end();
  }
}

/** A reader and a writer that share their pending requests. */
export function foregroundTransport(reader: MessageReader, writer: MessageWriter, input?: NodeJS.ReadableStream): { reader: ForegroundReader; writer: ForegroundWriter } {
  const pending = new PendingRequests();
  return { reader: new ForegroundReader(reader, pending, input), writer: new ForegroundWriter(writer, pending) };
}
