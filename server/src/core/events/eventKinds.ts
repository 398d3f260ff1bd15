// Words that name a dated event no card describes, and the kind of event each names. Learned from
// the development stories (plane crashes, a submarine disaster, embassy bombings, elections,
// ceasefires): the words their sources use when they give an event its date ("Friday night's
// crash", "the Aug. 7 bombings", "sank on Aug. 12", "the March 26 election").
//
// A *specific* kind names something that happens once to a place or a party within days (a crash,
// an earthquake, an election): one participant or place in common, a few days apart, is enough
// to take two mentions as one event. A *generic* kind happens again and again to the same parties
// (an attack, a death, an arrest): two in common are needed. Words for things that last (war,
// fighting, talks, a campaign) are not here: their dates a day apart are not a disagreement.
// A word marked `dateBefore` counts only with the date before it ("the November 9 statement"): a
// statement dated otherwise is a press statement.

export interface EventKind {
  kind: string;
  specific: boolean;
  dateBefore?: boolean;
}

const SPECIFIC: Readonly<Record<string, readonly string[]>> = {
  crash: ['crash', 'crashes', 'crashed', 'accident', 'disaster', 'tragedy', 'collision', 'collided', 'explosion', 'explosions', 'exploded', 'sinking', 'sank', 'sunk', 'plunged'],
  bombing: ['bombing', 'bombings', 'bombed', 'blast', 'blasts', 'car-bombing', 'truck-bombing'],
  earthquake: ['earthquake', 'earthquakes', 'quake', 'tremor'],
  election: ['election', 'elections', 'referendum', 'runoff', 'run-off', 'elected', 're-elected', 'reelected'],
  inauguration: ['inauguration', 'inaugurated'],
  agreement: ['ceasefire', 'cease-fire', 'truce', 'armistice', 'agreement', 'accord', 'accords', 'treaty', 'pact'],
  hijacking: ['hijacking', 'hijacked'],
  coup: ['coup'],
};

const GENERIC: Readonly<Record<string, readonly string[]>> = {
  attack: ['attack', 'attacks', 'attacked', 'raid', 'ambush', 'ambushed', 'shooting', 'massacre'],
  death: ['death', 'died', 'murder', 'murdered', 'assassination', 'assassinated', 'slaying', 'execution', 'executed'],
  arrest: ['arrest', 'arrested', 'detained', 'extradition', 'extradited'],
  verdict: ['verdict', 'convicted', 'sentenced', 'acquitted', 'indicted', 'indictment'],
  kidnapping: ['kidnapping', 'kidnapped', 'abduction', 'abducted'],
  resignation: ['resignation', 'resigned'],
  launch: ['launch', 'liftoff', 'lift-off', 'landing', 'touchdown'],
};

const DATE_BEFORE: Readonly<Record<string, readonly string[]>> = {
  agreement: ['statement', 'declaration'],
};

const KINDS = new Map<string, EventKind>();
for (const [kind, words] of Object.entries(SPECIFIC)) for (const w of words) KINDS.set(w, { kind, specific: true });
for (const [kind, words] of Object.entries(GENERIC)) for (const w of words) KINDS.set(w, { kind, specific: false });
for (const [kind, words] of Object.entries(DATE_BEFORE)) for (const w of words) KINDS.set(w, { kind, specific: true, dateBefore: true });

const MAX_LENGTH = Math.max(...[...KINDS.keys()].map((w) => w.length));

/** Whether a kind is specific (see above); unknown kinds are not. */
export function isSpecificKind(kind: string): boolean {
  return Object.hasOwn(SPECIFIC, kind);
}

/** The event kind a word names, if any. */
export function eventKindOf(word: string): EventKind | undefined {
  if (word.length < 4 || word.length > MAX_LENGTH) return undefined;
  // Most tokens are capitalized names or short words: a cheap test first, then the lookup.
  const c = word.charCodeAt(0);
  if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90))) return undefined;
  return KINDS.get(c <= 90 || word.charCodeAt(word.length - 1) <= 90 ? word.toLowerCase() : word);
}
