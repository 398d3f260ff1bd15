// Messages of many megabytes are parsed off this thread. An editor that sends a 50 MB article
// whole (a didOpen, a full-text didChange) made this thread decode and parse 50 MB of JSON in one
// turn: 130 ms on an idle machine, 1-1.8 s on a loaded one, with every request behind it waiting.
// Over stdio, the message's bytes go to a worker thread that parses them; meanwhile requests and
// responses go on, and notifications wait behind it so that the document's changes keep their
// order (a request about the document being opened sees it as not open yet: a stale answer, never
// a freeze). Over --node-ipc Node parses each message itself, before it reaches us; the extension
// keeps such documents off the wire instead (`HELD_DOCUMENT_NOTIFICATION`).

import { Worker } from 'node:worker_threads';
import { AbstractMessageReader, StreamMessageReader, type DataCallback, type Disposable, type Message } from 'vscode-languageserver/node';

/** Message bodies this large (bytes) or larger are parsed on the worker. */
export const LARGE_MESSAGE = 4 << 20;
/** The worker is stopped after this long without a large message. */
const IDLE_MS = 10000;

const WORKER = `
const { parentPort } = require('node:worker_threads');
const decoder = new TextDecoder();
parentPort.on('message', ({ token, bytes, charset }) => {
  try {
    const text = charset === 'utf-8' || charset === 'utf8' ? decoder.decode(bytes) : Buffer.from(bytes).toString(charset);
    parentPort.postMessage({ token, message: JSON.parse(text) });
  } catch (err) {
    parentPort.postMessage({ token, error: String(err && err.message || err) });
  }
});`;

interface Entry {
  message?: Message;
  /** Still being parsed. */
  pending: boolean;
}

/** Is this message answered or dispatched on its own, in any order (a request, a response, a cancellation)? */
const passes = (m: Message) => {
  const r = m as { id?: unknown; method?: unknown };
  return r.id !== undefined || r.method === '$/cancelRequest';
};

export class LargeMessageReader extends AbstractMessageReader {
  private readonly inner: StreamMessageReader;
  /** Placeholders the decoder returned for the large bodies it sent to the worker, by token. */
  private readonly placeholders = new WeakMap<object, number>();
  private readonly entries = new Map<number, Entry>();
  /** Notifications in arrival order once a large message is pending, with the pending ones. */
  private queue: Entry[] = [];
  private worker: Worker | undefined;
  private idle: NodeJS.Timeout | undefined;
  private nextToken = 0;
  private callback: DataCallback | undefined;
  /** The client asked the server to shut down (its exit code on the input's end depends on it). */
  shutdownReceived = false;

  constructor(input: NodeJS.ReadableStream, private readonly largeBytes = LARGE_MESSAGE) {
    super();
    const charset = 'utf-8';
    this.inner = new StreamMessageReader(input, {
      charset,
      contentTypeDecoder: {
        name: 'application/json',
        decode: (buffer: Uint8Array) => {
          if (buffer.byteLength < this.largeBytes) {
            try {
              return Promise.resolve(JSON.parse(Buffer.from(buffer.buffer, buffer.byteOffset, buffer.byteLength).toString(charset)));
            } catch (err) {
              return Promise.reject(err);
            }
          }
          return Promise.resolve(this.parseOffThread(buffer, charset));
        },
      },
    });
    this.inner.onError((e) => this.fireError(e));
    this.inner.onClose(() => this.fireClose());
    this.inner.onPartialMessage((p) => this.firePartialMessage(p));
  }

  listen(callback: DataCallback): Disposable {
    this.callback = callback;
    return this.inner.listen((m) => this.receive(m));
  }

  override dispose(): void {
    super.dispose();
    this.inner.dispose();
    void this.worker?.terminate();
    this.worker = undefined;
  }

  private parseOffThread(buffer: Uint8Array, charset: string): Message {
    const token = this.nextToken++;
    // The body is usually a buffer of its own: handed over, not copied.
    const own = buffer.byteOffset === 0 && buffer.buffer.byteLength === buffer.byteLength && buffer.buffer instanceof ArrayBuffer;
    const bytes = own ? buffer : new Uint8Array(buffer);
    this.workerThread().postMessage({ token, bytes, charset }, [bytes.buffer as ArrayBuffer]);
    const placeholder = { jsonrpc: '2.0' } as Message;
    this.placeholders.set(placeholder, token);
    this.entries.set(token, { pending: true });
    return placeholder;
  }

  private workerThread(): Worker {
    clearTimeout(this.idle);
    if (!this.worker) {
      const worker = new Worker(WORKER, { eval: true });
      worker.unref();
      worker.on('message', (r: { token: number; message?: Message; error?: string }) => this.parsed(r));
      worker.on('error', (e) => this.fireError(e));
      this.worker = worker;
    }
    return this.worker;
  }

  private receive(message: Message): void {
    const token = this.placeholders.get(message);
    if (token !== undefined) {
      this.queue.push(this.entries.get(token)!);
      return;
    }
    if ((message as { method?: unknown }).method === 'shutdown') this.shutdownReceived = true;
    if (this.queue.length === 0 || passes(message)) this.callback?.(message);
    else this.queue.push({ message, pending: false });
  }

  private parsed(r: { token: number; message?: Message; error?: string }): void {
    const entry = this.entries.get(r.token);
    if (!entry) return;
    this.entries.delete(r.token);
    entry.pending = false;
    entry.message = r.message;
    if (r.error !== undefined) this.fireError(new Error(`a message of many megabytes could not be parsed: ${r.error}`));
    // Deliver in order up to the next one still parsing; a request among them goes at once.
    let i = 0;
    while (i < this.queue.length && !this.queue[i]!.pending) {
      const m = this.queue[i]!.message;
      i++;
      if (m) {
        if ((m as { method?: unknown }).method === 'shutdown') this.shutdownReceived = true;
        this.callback?.(m);
      }
    }
    this.queue = this.queue.slice(i);
    for (const e of this.queue) {
      if (!e.pending && e.message && passes(e.message)) {
        this.callback?.(e.message);
        e.message = undefined;
      }
    }
    if (this.entries.size === 0) {
      clearTimeout(this.idle);
      this.idle = setTimeout(() => {
        void this.worker?.terminate();
        this.worker = undefined;
      }, IDLE_MS);
      this.idle.unref();
    }
  }
}
