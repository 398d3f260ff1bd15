// Generic words that name an event, and the kinds of event card each may refer to.
// Only words specific enough to carry a date: "statement" or "document" alone are too vague
// (a press statement is not the trilateral statement), so they count only inside a card alias.

const TRIGGER_KINDS: Readonly<Record<string, string[]>> = {
  ceasefire: ['ceasefire'],
  'cease-fire': ['ceasefire'],
  truce: ['ceasefire'],
  armistice: ['ceasefire'],
  agreement: ['ceasefire', 'treaty', 'agreement'],
  accord: ['ceasefire', 'treaty', 'agreement'],
  deal: ['ceasefire', 'agreement'],
  treaty: ['treaty'],
  war: ['war'],
  clashes: ['clash'],
  clash: ['clash'],
  fighting: ['clash', 'war'],
  hostilities: ['clash', 'war'],
  incursion: ['incursion'],
  offensive: ['incursion', 'war'],
  summit: ['meeting'],
  meeting: ['meeting'],
  handover: ['handover'],
};

const TRIGGERS = new Map(Object.entries(TRIGGER_KINDS));

// Trigger words by length and first letter, so that a plain ASCII token is looked up without
// lowercasing it (a new string per token, and most tokens are no trigger).
const MAX_LENGTH = 12;
const BY_SHAPE: Array<Array<[string, string[]]> | undefined> = new Array(shapeKey(128, 0)).fill(undefined);
for (const [word, kinds] of TRIGGERS) (BY_SHAPE[shapeKey(word.charCodeAt(0), word.length)] ??= []).push([word, kinds]);

function shapeKey(lowerFirst: number, length: number): number {
  return lowerFirst * (MAX_LENGTH + 1) + length;
}

const lowerAscii = (c: number) => (c >= 65 && c <= 90 ? c + 32 : c);

/** Is `word` (ASCII) `trigger` in any case? */
function spells(word: string, trigger: string): boolean {
  for (let k = 0; k < trigger.length; k++) if (lowerAscii(word.charCodeAt(k)) !== trigger.charCodeAt(k)) return false;
  return true;
}

function isAscii(word: string): boolean {
  for (let k = 0; k < word.length; k++) if (word.charCodeAt(k) >= 128) return false;
  return true;
}

export function triggerKinds(word: string): string[] | undefined {
  if (word.length < 3 || word.length > MAX_LENGTH) return undefined;
  const first = word.charCodeAt(0);
  // Other characters may lowercase to anything (the Kelvin sign to "k"): they take the lookup.
  if (first >= 128) return TRIGGERS.get(word.toLowerCase());
  // No trigger of this first letter and length: lowercasing keeps an ASCII letter and the length
  // (but for "İ", whose lowercase "i̇" no trigger has), so no word of that shape is one either.
  const list = BY_SHAPE[shapeKey(lowerAscii(first), word.length)];
  if (!list) return undefined;
  if (!isAscii(word)) return TRIGGERS.get(word.toLowerCase());
  for (const [trigger, kinds] of list) if (spells(word, trigger)) return kinds;
  return undefined;
}
