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

/** First letters of the trigger words (all lowercase ASCII). */
const FIRST = new Set([...TRIGGERS.keys()].map((w) => w.charCodeAt(0)));

export function triggerKinds(word: string): string[] | undefined {
  if (word.length < 3 || word.length > 12) return undefined;
  // An ASCII first letter must lowercase to a trigger's first letter (other characters may
  // lowercase to anything, so they take the lookup).
  const c = word.charCodeAt(0);
  if (c < 128 && !FIRST.has(c | 0x20)) return undefined;
  return TRIGGERS.get(word.toLowerCase());
}
