// Words that name a dated event no card describes, and the kind of event each names. Learned from
// the development stories (plane crashes, a submarine disaster, embassy bombings, elections,
// ceasefires): the words their sources use when they give an event its date ("Friday night's
// crash", "the Aug. 7 bombings", "sank on Aug. 12", "the March 26 election").
//
// A *specific* kind names something that happens once to a place or a party within days (a crash,
// an earthquake, an election): one participant or place in common, a few days apart, is enough
// to take two mentions as one event, and the places an article names most count. A *generic* kind
// happens again and again to the same parties (an attack, a death, an arrest): two in common are
// needed, named in the sentences themselves. Words for things that last (war,
// fighting, talks, a campaign) are not here: their dates a day apart are not a disagreement.
// A word marked `dateBefore` counts only with the date before it ("the November 9 statement"): a
// statement dated otherwise is a press statement.

export interface EventKind {
  kind: string;
  specific: boolean;
  /** The noun the word stands for ("sank": "sinking"), to name the event in a note. */
  noun: string;
  dateBefore?: boolean;
}

/** kind -> noun -> the words for it. */
type Lexicon = Readonly<Record<string, Readonly<Record<string, readonly string[]>>>>;

const SPECIFIC: Lexicon = {
  crash: {
    crash: ['crash', 'crashes', 'crashed'],
    accident: ['accident'],
    disaster: ['disaster', 'tragedy'],
    collision: ['collision', 'collided'],
    explosion: ['explosion', 'explosions', 'exploded'],
    sinking: ['sinking', 'sank', 'sunk'],
    plunge: ['plunge', 'plunged'],
    // Only in a story of a crash or a bombing, as its fire (attachDates.ts), and "fire" only as "the fire", "a fire".
    fire: ['fire', 'flames', 'blaze'],
  },
  bombing: { bombing: ['bombing', 'bombings', 'bombed', 'car-bombing', 'truck-bombing'], blast: ['blast', 'blasts'] },
  earthquake: { earthquake: ['earthquake', 'earthquakes', 'quake', 'tremor'] },
  election: { election: ['election', 'elections', 'runoff', 'run-off', 'elected', 're-elected', 'reelected'], referendum: ['referendum'] },
  inauguration: { inauguration: ['inauguration', 'inaugurated'] },
  agreement: {
    ceasefire: ['ceasefire', 'cease-fire', 'truce', 'armistice'],
    agreement: ['agreement', 'accord', 'accords', 'pact'],
    treaty: ['treaty'],
  },
  hijacking: { hijacking: ['hijacking', 'hijacked'] },
  coup: { coup: ['coup'] },
};

const GENERIC: Lexicon = {
  attack: { attack: ['attack', 'attacks', 'attacked', 'raid', 'ambush', 'ambushed'], shooting: ['shooting'], massacre: ['massacre'] },
  // Not executions: they are set for a day and stayed, and the sources of different days differ rightly.
  death: { death: ['death', 'died'], murder: ['murder', 'murdered', 'slaying'], assassination: ['assassination', 'assassinated'] },
  arrest: { arrest: ['arrest', 'arrested', 'detained'], extradition: ['extradition', 'extradited'] },
  verdict: { verdict: ['verdict', 'convicted', 'sentenced', 'acquitted'], indictment: ['indicted', 'indictment'] },
  kidnapping: { kidnapping: ['kidnapping', 'kidnappings', 'kidnapped', 'abduction', 'abductions', 'abducted', 'hostage-taking'] },
  resignation: { resignation: ['resignation', 'resigned'] },
  launch: { launch: ['launch', 'liftoff', 'lift-off'], landing: ['landing', 'touchdown'] },
};

const DATE_BEFORE: Lexicon = {
  agreement: { statement: ['statement'], declaration: ['declaration'] },
};

const KINDS = new Map<string, EventKind>();
function file(lexicon: Lexicon, specific: boolean, dateBefore?: boolean): void {
  for (const [kind, nouns] of Object.entries(lexicon)) {
    for (const [noun, words] of Object.entries(nouns)) for (const w of words) KINDS.set(w, dateBefore ? { kind, specific, noun, dateBefore } : { kind, specific, noun });
  }
}
file(SPECIFIC, true);
file(GENERIC, false);
file(DATE_BEFORE, true, true);

const MAX_LENGTH = Math.max(...[...KINDS.keys()].map((w) => w.length));
// Words by first letter and length, so that a token is compared only with the few words of its
// shape, without lowercasing it (a new string per token, and most tokens are no event word).
const BY_SHAPE: Array<Array<[string, EventKind]> | undefined> = [];
for (const [word, kind] of KINDS) (BY_SHAPE[shapeKey(word.charCodeAt(0), word.length)] ??= []).push([word, kind]);

function shapeKey(lowerFirst: number, length: number): number {
  return (lowerFirst - 97) * (MAX_LENGTH + 1) + length;
}

/** Is `token` `word` (lowercase ASCII) in any case? */
function spells(token: string, word: string): boolean {
  for (let k = 0; k < word.length; k++) {
    const c = token.charCodeAt(k);
    if ((c >= 65 && c <= 90 ? c + 32 : c) !== word.charCodeAt(k)) return false;
  }
  return true;
}

/** Whether a kind is specific (see above); unknown kinds are not. */
export function isSpecificKind(kind: string): boolean {
  return Object.hasOwn(SPECIFIC, kind);
}

/**
 * Kinds made between parties (an agreement): the same parties make several within days (a union
 * with one carmaker, then another), so two of them must be in common even for this specific kind.
 */
const BETWEEN_PARTIES = new Set(['agreement']);

/** How many participants or places two mentions of a kind must have in common to be one event. */
export function partiesNeeded(kind: string): number {
  return isSpecificKind(kind) && !BETWEEN_PARTIES.has(kind) ? 1 : 2;
}

/** The event kind a word names, if any. */
export function eventKindOf(word: string): EventKind | undefined {
  if (word.length < 4 || word.length > MAX_LENGTH) return undefined;
  const c = word.charCodeAt(0) | 32;
  if (c < 97 || c > 122) return undefined;
  const list = BY_SHAPE[shapeKey(c, word.length)];
  if (list) for (const [w, kind] of list) if (spells(word, w)) return kind;
  return undefined;
}
