// Text edits to a card's front matter, for code actions. Returns an offset range and new text,
// or undefined when the card is not in a shape we can edit safely (then no action is offered).

export interface TextEdit {
  start: number;
  end: number;
  newText: string;
}

/** Adds a value to the card's `known-discrepancies` list, creating the field if needed. */
export function addKnownDiscrepancy(cardText: string, value: string): TextEdit | undefined {
  const fm = /^(?:\uFEFF)?---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(cardText);
  if (!fm) return undefined;
  const bodyStart = fm.index + fm[0].indexOf(fm[1]!);
  const front = fm[1]!;
  const eol = /\r\n/.test(cardText) ? '\r\n' : '\n';
  const field = /^known-discrepancies:[ \t]*\[([^\]\n]*)\][ \t]*$/m.exec(front);
  if (field) {
    const items = field[1]!.split(',').map((s) => s.trim()).filter(Boolean);
    if (items.includes(value)) return undefined;
    const start = bodyStart + field.index;
    return { start, end: start + field[0].length, newText: `known-discrepancies: [${[...items, value].join(', ')}]` };
  }
  if (/^known-discrepancies:/m.test(front)) return undefined; // a block list: leave it to the user
  const end = bodyStart + front.length;
  return { start: end, end, newText: `${eol}known-discrepancies: [${value}]` };
}
