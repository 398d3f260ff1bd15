// A message from the editor holds the background slices until it is handled (host/backgroundTurns.ts:
// holdBackground; lsp/foregroundMessages.ts: a request until its reply is written).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { AbstractMessageReader, AbstractMessageWriter, type DataCallback, type Disposable, type Message } from 'vscode-languageserver/node';
import { backgroundTurn, holdBackground } from '../../server/src/host/backgroundTurns.ts';
import { foregroundTransport } from '../../server/src/lsp/foregroundMessages.ts';

const turns = async (n: number) => {
  for (let i = 0; i < n; i++) await new Promise<void>((resolve) => setImmediate(resolve));
};

/** Slices asked for now, in order, that record when they run. */
function slices(n: number): string[] {
  const ran: string[] = [];
  for (let i = 0; i < n; i++) void backgroundTurn().then(() => ran.push(`slice ${i}`));
  return ran;
}

test('no background slice runs while held; they run in order once released', async () => {
  const release = holdBackground(10_000);
  const ran = slices(3);
  await turns(5);
  assert.deepEqual(ran, [], 'held: none ran');
  release();
  release(); // (twice is harmless)
  await turns(5);
  assert.deepEqual(ran, ['slice 0', 'slice 1', 'slice 2']);
});

test('a slice already asked for waits when a hold comes before its turn', async () => {
  const ran = slices(1);
  const release = holdBackground(10_000);
  await turns(3);
  assert.deepEqual(ran, []);
  release();
  await turns(2);
  assert.deepEqual(ran, ['slice 0']);
});

test('a hold ends by itself after its longest time', async () => {
  holdBackground(20);
  const ran = slices(1);
  await turns(3);
  assert.deepEqual(ran, []);
  await new Promise((resolve) => setTimeout(resolve, 40));
  await turns(2);
  assert.deepEqual(ran, ['slice 0']);
});

class FakeReader extends AbstractMessageReader {
  callback: DataCallback | undefined;
  listen(callback: DataCallback): Disposable {
    this.callback = callback;
    return { dispose: () => undefined };
  }
}

class FakeWriter extends AbstractMessageWriter {
  readonly written: Message[] = [];
  finish: (() => void) | undefined;
  write(message: Message): Promise<void> {
    this.written.push(message);
    return new Promise((resolve) => (this.finish = resolve));
  }
  end(): void {}
}

test('a request holds the background until its reply is written, and a notification for a turn', async () => {
  const inner = new FakeReader();
  const innerWriter = new FakeWriter();
  const { reader, writer } = foregroundTransport(inner, innerWriter);
  const received: Message[] = [];
  reader.listen((m) => received.push(m));

  inner.callback!({ jsonrpc: '2.0', id: 7, method: 'textDocument/hover', params: {} } as Message);
  assert.equal(received.length, 1, 'the message is passed on at once');
  const ran = slices(1);
  await turns(4);
  assert.deepEqual(ran, [], 'the request is not answered: held');
  const writing = writer.write({ jsonrpc: '2.0', id: 7, result: null } as Message);
  await turns(2);
  assert.deepEqual(ran, [], 'its reply is not written yet: still held');
  innerWriter.finish!();
  await writing;
  await turns(2);
  assert.deepEqual(ran, ['slice 0'], 'the reply is written: released');

  // A reply to another id ends no hold.
  inner.callback!({ jsonrpc: '2.0', id: 8, method: 'textDocument/definition', params: {} } as Message);
  const other = writer.write({ jsonrpc: '2.0', id: 99, result: null } as Message);
  innerWriter.finish!();
  await other;
  const later = slices(1);
  await turns(3);
  assert.deepEqual(later, [], 'request 8 still holds');
  const eight = writer.write({ jsonrpc: '2.0', id: 8, result: null } as Message);
  innerWriter.finish!();
  await eight;
  await turns(2);
  assert.deepEqual(later, ['slice 0']);

  inner.callback!({ jsonrpc: '2.0', method: 'textDocument/didChange', params: {} } as Message);
  const afterNotification = slices(1);
  await turns(3);
  assert.deepEqual(afterNotification, ['slice 0'], 'a notification holds only until the turn after it');
});
