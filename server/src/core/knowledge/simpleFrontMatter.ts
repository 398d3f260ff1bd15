// A reader for the front matter nearly every card has: one `key: value` per line, the value a
// plain scalar or a double-quoted string without escapes, a one-line [a, b] list of those, or
// "- item" lines below the key. It builds the same YAML
// nodes the `yaml` library would (values and ranges), and returns undefined for anything else
// (escapes, single quotes, null, most numbers, comments after a value, nesting, tabs, ...), which then goes to the
// library. The library is a whole YAML implementation: on a cold start it reads a hundred cards
// in about 100 ms, most of it the JIT warming its code, which holds up the first answers. A
// test checks this reader against the library on the corpus's cards and thousands of mutations.

import { Pair, Scalar, YAMLMap, YAMLSeq } from 'yaml';

type Value = string | number;

export interface SimpleDocument {
  errors: never[];
  contents: YAMLMap<Scalar<Value>, Scalar<Value> | YAMLSeq<Scalar<Value>>>;
}

type Range = [number, number, number];

const KEY_LINE = /^([A-Za-z][A-Za-z0-9_-]*):(?: +(.*))?$/;
const ITEM_LINE = /^( *)- +(.*)$/;
/** Characters that may not start a plain scalar (YAML indicators). */
const INDICATOR_FIRST = /^[-?:,[\]{}#&*!|>'"%@`]/;
const FLOW_CHARS = /[,[\]{}]/;
/** What the core schema reads as null, a boolean or a number (its own tests), rather than a string. */
const NOT_A_STRING =
  /^(?:~|[Nn]ull|NULL|[Tt]rue|TRUE|[Ff]alse|FALSE|[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?)$/;
/** Whole numbers that read back as written ("date: 1988"); other numbers go to the library. */
const PLAIN_INTEGER = /^(?:0|[1-9][0-9]{0,14})$/;
const BLANK = /^ *$/;
/** A double-quoted scalar without escapes. */
const QUOTED = /^"[^"\\]*"/;

/** A plain scalar's value as the library would read it, or undefined when it is not a simple one. */
function plainValue(v: string, inFlow: boolean): Value | undefined {
  if (v === '' || INDICATOR_FIRST.test(v) || v.includes(': ') || v.endsWith(':') || v.includes(' #')) return undefined;
  if (inFlow && FLOW_CHARS.test(v)) return undefined;
  if (PLAIN_INTEGER.test(v)) return Number(v);
  return NOT_A_STRING.test(v) ? undefined : v;
}

/**
 * The value starting at text[from] (no space there): a double-quoted string without escapes, or
 * a plain scalar up to the next comma in a list, or to the end. Gives its value, where its text
 * ends, and where what follows starts; undefined when it is not simple.
 */
function readValue(text: string, from: number, inFlow: boolean): { value: Value; end: number; next: number } | undefined {
  const quoted = QUOTED.exec(text.slice(from));
  if (quoted) {
    const end = from + quoted[0].length;
    return { value: quoted[0].slice(1, -1), end, next: end };
  }
  let next = inFlow ? text.indexOf(',', from) : -1;
  if (next < 0) next = text.length;
  // (spaces only: String.prototype.trim would also take no-break spaces, which YAML keeps)
  const v = text.slice(from, next).replace(/ +$/, '');
  const value = plainValue(v, inFlow);
  return value === undefined ? undefined : { value, end: from + v.length, next };
}

/** Where the spaces from `i` end. */
function skipSpaces(text: string, i: number): number {
  while (text.charCodeAt(i) === 0x20) i++;
  return i;
}

function scalar(value: Value, range: Range): Scalar<Value> {
  const s = new Scalar(value);
  s.range = range;
  return s;
}

/** The items of a one-line flow list "[a, "b, c", d]" (text from its "[" to its "]"), or undefined. */
function flowItems(list: string, offset: number): Array<Scalar<Value>> | undefined {
  const inner = list.slice(0, -1);
  const items: Array<Scalar<Value>> = [];
  let i = skipSpaces(inner, 1);
  if (i === inner.length) return items;
  for (;;) {
    const v = readValue(inner, i, true);
    if (!v) return undefined;
    // (a flow item's range ends where its text does)
    items.push(scalar(v.value, [offset + i, offset + v.end, offset + v.end]));
    i = skipSpaces(inner, v.next);
    if (i === inner.length) return items;
    if (inner[i] !== ',') return undefined;
    i = skipSpaces(inner, i + 1);
    // "[a, ]": the library's business
    if (i === inner.length) return undefined;
  }
}

/** The front matter's nodes, or undefined when it is not of the simple shape. */
export function parseSimpleFrontMatter(yaml: string): SimpleDocument | undefined {
  // Tabs, carriage returns, control characters and byte-order marks: the library's business.
  if (/[\t\r\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\ufeff]/.test(yaml)) return undefined;
  const lines: Array<{ text: string; start: number; end: number }> = [];
  for (let start = 0; start <= yaml.length; ) {
    let end = yaml.indexOf('\n', start);
    if (end < 0) end = yaml.length;
    lines.push({ text: yaml.slice(start, end), start, end });
    start = end + 1;
  }
  /** End of line i including its line break, if it has one. */
  const lineEnd = (i: number) => Math.min(lines[i]!.end + 1, yaml.length);
  const map = new YAMLMap<Scalar<Value>, Scalar<Value> | YAMLSeq<Scalar<Value>>>();
  const keys = new Set<string>();
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (BLANK.test(line.text) || line.text.startsWith('#')) continue;
    const m = KEY_LINE.exec(line.text);
    if (!m) return undefined;
    const key = m[1]!;
    if (keys.has(key)) return undefined;
    keys.add(key);
    const keyNode = scalar(key, [line.start, line.start + key.length, line.start + key.length]);
    const rest = m[2]?.replace(/ +$/, '') ?? '';
    const restStart = line.start + line.text.length - (m[2]?.length ?? 0);
    let value: Scalar<Value> | YAMLSeq<Scalar<Value>>;
    if (rest === '') {
      // "- item" lines below, all at one indentation.
      const seq = new YAMLSeq<Scalar<Value>>();
      let indent: string | undefined;
      let firstDash = 0;
      let last = i;
      for (let j = i + 1; j < lines.length; j++) {
        const l = lines[j]!;
        if (BLANK.test(l.text)) continue;
        const item = ITEM_LINE.exec(l.text);
        if (!item) break;
        if (indent !== undefined && item[1] !== indent) return undefined;
        if (indent === undefined) firstDash = l.start + item[1]!.length;
        indent = item[1]!;
        const from = l.text.length - item[2]!.length;
        const v = readValue(l.text, from, false);
        if (!v || !BLANK.test(l.text.slice(v.end))) return undefined;
        seq.items.push(scalar(v.value, [l.start + from, l.start + v.end, lineEnd(j)]));
        last = j;
      }
      // No items: a null value.
      if (seq.items.length === 0) return undefined;
      seq.range = [firstDash, lineEnd(last), lineEnd(last)];
      // Any other line below a key must be a key line (or blank): checked as the loop goes on.
      i = last;
      value = seq;
    } else if (rest.startsWith('[')) {
      if (!rest.endsWith(']')) return undefined;
      const items = flowItems(rest, restStart);
      if (!items) return undefined;
      const seq = new YAMLSeq<Scalar<Value>>();
      seq.flow = true;
      seq.items = items;
      seq.range = [restStart, restStart + rest.length, lineEnd(i)];
      value = seq;
    } else {
      const v = readValue(rest, 0, false);
      // (a value going on over indented lines below fails at those lines, which are no key lines)
      if (!v || v.end !== rest.length) return undefined;
      value = scalar(v.value, [restStart, restStart + v.end, lineEnd(i)]);
    }
    map.items.push(new Pair(keyNode, value));
  }
  if (map.items.length === 0) return undefined;
  return { errors: [], contents: map };
}
