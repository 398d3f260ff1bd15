// Text edits to a card's front matter, for code actions. Returns an offset range and new text,
// or undefined when the card is not in a shape we can edit safely (then no action is offered).
// The front matter is edited as a YAML document (the `yaml` library: comments, order and quoting
// stay), and the edit is only the part that changed.

import { isScalar, isSeq, parseDocument } from 'yaml';

export interface TextEdit {
  start: number;
  end: number;
  newText: string;
}

/** How the library writes the cards back as their authors wrote them (no folding, `[a, b]`). */
const WRITE = { lineWidth: 0, flowCollectionPadding: false } as const;

/** Adds a value to the card's `known-discrepancies` list, creating the field if needed. */
export function addKnownDiscrepancy(cardText: string, value: string): TextEdit | undefined {
  const fm = /^(?:\uFEFF)?---[ \t]*\r?\n([\s\S]*?)(\r?\n)---[ \t]*(?:\r?\n|$)/.exec(cardText);
  if (!fm) return undefined;
  const start = fm.index + fm[0].indexOf(fm[1]!);
  const eol = fm[2]!;
  // The front matter with the line break that ends it, as the library writes a document.
  const front = `${fm[1]!}${eol}`;
  const doc = parseDocument(front.replace(/\r\n/g, '\n'));
  if (doc.errors.length > 0) return undefined;
  const written = () => doc.toString(WRITE).replace(/\n/g, eol);
  // A card the library would not write back as it is: an edit there would change more than asked.
  if (written() !== front) return undefined;
  const list = doc.get('known-discrepancies', true);
  if (list === undefined) {
    const created = doc.createNode([value]);
    created.flow = true;
    doc.set('known-discrepancies', created);
  } else if (isSeq(list)) {
    if (list.items.some((item) => String(isScalar(item) ? item.value : item) === value)) return undefined;
    list.add(doc.createNode(value));
  } else {
    return undefined;
  }
  const after = written();
  let prefix = 0;
  while (prefix < front.length && front[prefix] === after[prefix]) prefix++;
  let suffix = 0;
  while (suffix < front.length - prefix && front[front.length - 1 - suffix] === after[after.length - 1 - suffix]) suffix++;
  return { start: start + prefix, end: start + front.length - suffix, newText: after.slice(prefix, after.length - suffix) };
}
