// The "record a known discrepancy" edit on real cards and awkward ones: the value is added, and
// nothing else in the card changes (comments, order, quoting, line breaks).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { addKnownDiscrepancy, type TextEdit } from '../../server/src/core/knowledge/editCard.ts';
import { parseCard } from '../../server/src/core/knowledge/parseCard.ts';

const apply = (text: string, e: TextEdit) => text.slice(0, e.start) + e.newText + text.slice(e.end);

test('a card without the field gets it, a line of its own at the end of the front matter', () => {
  const card = readFileSync(path.join(import.meta.dirname, '../../corpus/entities/events/trilateral-statement-2020.md'), 'utf8');
  const edit = addKnownDiscrepancy(card, '2020-11-10')!;
  assert.equal(edit.newText, 'known-discrepancies: [2020-11-10]\n');
  const after = apply(card, edit);
  assert.deepEqual(parseCard('/x/events/trilateral-statement-2020.md', after).card?.knownDiscrepancies, ['2020-11-10']);
  assert.equal(after.replace('known-discrepancies: [2020-11-10]\n', ''), card, 'nothing else changed');
});

test('a value joins a flow list or a block list; one already there is no edit', () => {
  const flow = '---\ntype: event\nname: X\n# kept\nknown-discrepancies: [2020-11-08] # why\ndate: 2020-11-09\n---\nText.\n';
  const edit = addKnownDiscrepancy(flow, '2020-11-10')!;
  assert.equal(edit.newText, ', 2020-11-10', 'the edit is only what changed');
  assert.equal(apply(flow, edit), '---\ntype: event\nname: X\n# kept\nknown-discrepancies: [2020-11-08, 2020-11-10] # why\ndate: 2020-11-09\n---\nText.\n');
  assert.equal(addKnownDiscrepancy(flow, '2020-11-08'), undefined);

  const block = '---\ntype: event\nname: X\nknown-discrepancies:\n  - 2020-11-08\ndate: 2020-11-09\n---\n';
  assert.equal(apply(block, addKnownDiscrepancy(block, '2020-11-10')!), '---\ntype: event\nname: X\nknown-discrepancies:\n  - 2020-11-08\n  - 2020-11-10\ndate: 2020-11-09\n---\n');
});

test('CRLF cards keep CRLF; broken or unusual front matter gets no edit', () => {
  const crlf = '---\r\ntype: event\r\nname: "X, the statement"\r\ndate: 2020-11-09\r\n---\r\nText.\r\n';
  assert.equal(apply(crlf, addKnownDiscrepancy(crlf, '2020-11-10')!), '---\r\ntype: event\r\nname: "X, the statement"\r\ndate: 2020-11-09\r\nknown-discrepancies: [2020-11-10]\r\n---\r\nText.\r\n');
  assert.equal(addKnownDiscrepancy('---\ntype: event\nname: [X\n---\n', '2020-11-10'), undefined, 'invalid YAML');
  assert.equal(addKnownDiscrepancy('no front matter', '2020-11-10'), undefined);
  assert.equal(addKnownDiscrepancy('---\ntype: event\nknown-discrepancies: 2020-11-08\n---\n', '2020-11-10'), undefined, 'not a list');
  assert.equal(addKnownDiscrepancy('---\ntype: event\nname:   X\n---\n', '2020-11-10'), undefined, 'a card the library would rewrite elsewhere');
});
