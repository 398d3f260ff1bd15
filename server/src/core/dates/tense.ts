// Tense of the clause around a date expression, in the manner of HeidelTime's tense-aware
// resolution but without a POS tagger: the grammatical cue (past verb, future auxiliary,
// present verb) nearest before the expression inside its sentence decides, else the nearest after.

import { opensSentence, sentenceEndsAt, sentenceStartsAt } from './sentenceBounds.ts';

export type Tense = 'past' | 'present' | 'future' | 'none';

/** Past verbs the -ed rule does not see, and words that place what they tell of in the past. */
export const IRREGULAR_PAST: ReadonlySet<string> = new Set(
  ('was were had did said told came went took made met began got gave held left saw became fell rose ' +
    'won lost sent brought thought found led ran spoke wrote paid kept put sold bought struck shot ' +
    'fought broke chose drew drove flew forgot grew hung heard knew laid meant sought stood swore ' +
    'taught threw understood woke wore ate fled overtook arose slid spent withdrew sank sang shook ' +
    'stole swept swung tore underwent upheld wound bore beat bit dealt dug fed felt forbade froze ' +
    'hid lay lit mistook overcame rode rang sat slept sped spun split stuck stung strove undertook ' +
    'died ago earlier previously ' +
    // (a regular past too short for the -ed rule, which wants three letters before "ed")
    'used').split(' '),
);
const PRESENT = new Set('is are am says say does do has have remains seems continues expects'.split(' '));
/** Present verbs of a timetable: "the committee meets April 20", "the show opens Friday" tell of what is to come. */
const SCHEDULED = new Set(
  ('meets opens closes begins starts ends resumes arrives leaves departs visits travels debuts expires convenes reconvenes premieres airs appears ' +
    'meet open close begin start end resume arrive leave depart visit travel debut expire convene reconvene premiere air').split(' '),
);
const FUTURE = new Set(
  // ("may" only as written lowercase: wordOf keeps the month "May" as it is)
  ('will shall \'ll won\'t wo may next upcoming coming tomorrow scheduled expected planned plans plan slated due ' +
    'payable set intends intend intended aims until must might should').split(' '),
);
/** The cue of each listed word, as classify() ranks them: future, then past, then present. */
const CUES = new Map<string, Tense>([
  ...[...PRESENT].map((w) => [w, 'present'] as const),
  ...[...IRREGULAR_PAST].map((w) => [w, 'past'] as const),
  ...[...FUTURE, 'would'].map((w) => [w, 'future'] as const),
]);
const NOT_PAST_ED = new Set(
  // ("united": the United States, the United Nations, nearly always in news)
  'need speed indeed red bed hundred seed feed breed proceed exceed succeed shed creed greed weed bleed united watershed watersheds bloodshed sacred naked wicked kindred'.split(' '),
);
/** Words after which "to" begins what was agreed or decided, at a time of its own. */
const INTENT = new Set('agreed agreement agreements'.split(' '));
/** A past verb's negation: "wasn't", "did not", "never" (a curly apostrophe splits "wasn’t" into "wasn" and "t"). */
const PAST_NEGATION = new Set("wasn't weren't didn't hadn't couldn't wasn weren didn hadn couldn never".split(' '));
const PAST_AUX = new Set('was were did had could'.split(' '));

/** How many words before "until" a past verb's negation is looked for ("had not been reported in the United States until August"). */
const NEGATION_REACH = 8;

/** Whether a past verb's negation is among the words before "until" (`prev` and more read from `r`), with no future or present verb between. */
function negatedPastBefore(text: string, prev: string | undefined, r: Reader): boolean {
  for (let k = 0, w = prev, after: string | undefined; k < NEGATION_REACH && w !== undefined; k++, after = w, w = wordBefore(text, r)) {
    if (PAST_NEGATION.has(w) || (PAST_AUX.has(w) && after === 'not')) return true;
    if (CUES.get(w) === 'future' || PRESENT.has(w)) return false;
  }
  return false;
}

/** Present verbs of what goes on: "continues through Wednesday", "could last into mid-August" tell until when. */
const ONGOING = new Set('continues continue runs run lasts last'.split(' '));
/** Verbs whose present progressive tells of an arrangement: "is hosting a convention on Saturday", "are meeting Monday". */
const ARRANGED = new Set(
  'hosting holding meeting visiting leaving arriving flying traveling travelling playing opening launching releasing publishing testifying speaking staging sponsoring'.split(' '),
);
/**
 * Whether `w`, `db` words before the date (`first` the word right before it), is a timetable's
 * present verb governing it: "An FDA advisory committee meets April 20", "the show, which starts
 * Friday," ("had been due to expire Friday" is not: the infinitive's time is the verb's before it).
 * One word may stand between: an adverb ("meet separately Monday"), an -ing ("begins airing
 * Monday"), "on" or "in" ("meets on Sunday", "opening dates start in June"; not a noun's "its start on September 27", nor "leaves" before "in", a noun as often: "skeletonize leaves in May").
 * "which takes place Thursday" is a timetable's too.
 */
function isTimetableVerb(w: string, prev: string | undefined, db: number, first: string): boolean {
  if (db === 1 && w === 'place' && prev === 'takes') return true;
  if (!SCHEDULED.has(w) || prev === 'to') return false;
  if (db === 1) return true;
  return db === 2 && ((first.length > 4 && (first.endsWith('ly') || first.endsWith('ing'))) || (first === 'on' && !DETERMINERS.has(prev ?? '')) || (first === 'in' && !DETERMINERS.has(prev ?? '') && w !== 'leaves' && w !== 'leave'));
}

/** "is hosting", "are meeting", "is being (published)": `w` and the word after it are an arrangement's present progressive. */
function isArrangedProgressive(w: string, next: string | undefined): boolean {
  return PRESENT_BE.has(w) && next !== undefined && (ARRANGED.has(next) || next === 'being');
}
/** Verbs that set an event a new date ("moved the vote to March 26"). */
const RESCHEDULED = new Set('moved postponed delayed pushed rescheduled advanced deferred put'.split(' '));
/** Words after which an -ed word before a noun is its adjective ("an expedited review"); not "that", which may begin a clause. */
const ADJECTIVE_AFTER = new Set('a an the its his her their our'.split(' '));
/** Words that do not begin a noun phrase: after them an -ed word is a verb ("the crew returned in May"). */
const NOT_A_NOUN = new Set('in on at by to for from with into onto of the a an his her its their our that which who when as and or but up down out off over back after before until since during'.split(' '));
/** Whether the -ed word w, between prev and next, is an adjective before its noun ("an expedited review", "a two-year extended mission"). */
function isAdjectiveEd(w: string, prev: string, next: string | undefined): boolean {
  // "reopen the struck auto parts factories Monday": an irregular participle after an article is no verb either
  if (IRREGULAR_PAST.has(w) && !TOLD_AS_PAST.has(w)) return ADJECTIVE_AFTER.has(prev) && next !== undefined && !NOT_A_NOUN.has(next);
  if (!w.endsWith('ed') || CUES.has(w)) return false;
  return (ADJECTIVE_AFTER.has(prev) || (prev.includes('-') && !prev.endsWith('-old'))) && next !== undefined && !NOT_A_NOUN.has(next);
}
/** Words of IRREGULAR_PAST that are no participle: what they say is past even before a noun ("the earlier report"). */
const TOLD_AS_PAST = new Set('ago earlier previously'.split(' '));
/** Modals that, right after an -ed word, are its clause's verb: the -ed word is a verb inside the subject ("the money raised will go"). */
const MODAL_AFTER_INNER = new Set('will would shall must may might can could should'.split(' '));
/** Modals that with "have" tell of the past. */
const PAST_MODALS = new Set('would could should might must may'.split(' '));
/** Past verbs of a resolve to do something ("vowed to"), whose infinitive's time is ahead of them. */
const RESOLVED_TO = new Set('prepared preparing vowed pledged promised threatened intended timed designed programmed'.split(' '));
/** Words that, after "to", begin a noun phrase ("due to its loss", "agreed to a ceasefire"), not a verb. */
const TO_NOUN = new Set('the a an its his her their our this that these those'.split(' '));
const DETERMINERS = new Set('the a an its his her their our this that'.split(' '));
const COMING_VERB = new Set('off to from back out in into under after home here down at for on through across'.split(' '));
export const PRESENT_BE: ReadonlySet<string> = new Set('is are am'.split(' '));
/** Verbs before "effective" that tell of a change already made ("became effective"). */
const PAST_BE = new Set('was were became had been'.split(' '));
const BE_AUX = new Set('be been being to will would shall could should can may might must'.split(' '));
/** A participle after "to be": "to be published", "to be held". */
const TO_BE_DONE = /^(?:[a-z]{3,}ed|held|made|given|taken|shown|sold|built|paid|chosen|sworn)$/;

const APOSTROPHE = 39;

/** `w` and its neighbours `prev` and `next` (within the same side of the expression) are lowercase. */
function classify(w: string, prev: string, next: string | undefined, next2?: string): Tense | undefined {
  // "Another execution is set for Wednesday evening": an arrangement ("was set for" is the past's, findDates.ts)
  if (w === 'set' && next === 'for' && PRESENT_BE.has(prev)) return 'future';
  // "set to", "plans to" look ahead; "a crisis plan", "set a record" do not
  if ((w === 'set' || w === 'plan' || w === 'plans') && next !== 'to') return undefined;
  // "a virus poised to strike on Monday"
  if (w === 'poised' && next === 'to') return 'future';
  // "The conference continues through Wednesday": what goes on until then
  if ((w === 'through' || w === 'into') && ONGOING.has(prev)) return 'future';
  // "a virtual unknown until becoming prime minister in August, received": "until" with a gerund sets no time ahead, the clause's verb does
  if ((w === 'until' || w === 'till') && next !== undefined && next.length > 5 && next.endsWith('ing')) return undefined;
  // "EMBARGOED for Sunday": a wire story's release, still to come
  if (w === 'embargoed' && (next === 'for' || next === 'until' || next === 'till')) return 'future';
  // "ordered taken into custody pending sentencing Sept. 13": what waits for the date
  if (w === 'pending') return 'future';
  if ((w === 'going' || w === 'planning') && next === 'to') return 'future';
  // "we'll find out" (a curly apostrophe leaves "ll" a word of its own)
  if (w === 'll' || w.endsWith("'ll")) return 'future';
  // "agreed to purchase the line in February": what was agreed to comes after the agreeing, at
  // no time the past verb gives; the nearest occurrence is read
  // ("agreed to a ceasefire on November 9" is what was agreed on that day)
  if (next === 'to' && INTENT.has(w) && next2 !== undefined && !TO_NOUN.has(next2)) return 'none';
  // "prepared to order the transfer on Thursday", "vowed to retaliate Friday": what was resolved on
  // is still to come, as with "planned to" (once done, a writer tells of the deed: "retaliated")
  if (next === 'to' && RESOLVED_TO.has(w) && next2 !== undefined && !TO_NOUN.has(next2)) return 'future';
  // "is to testify": an arrangement, i.e. the future
  if (next === 'to' && PRESENT_BE.has(w)) return 'future';
  // "we have to unify our party to be successful in November": what must still be done ("had to" is the past's)
  if (next === 'to' && (w === 'have' || w === 'has' || w === 'need' || w === 'needs') && next2 !== undefined && !TO_NOUN.has(next2)) return 'future';
  // "is hosting a convention on Saturday", "the issue that is being published Thursday": an arrangement
  if (isArrangedProgressive(w, next)) return 'future';
  // "talks that are supposed to conclude by May" look ahead; "it was supposed to arrive Friday" is what had been expected
  if (w === 'supposed' && next === 'to') return prev === 'was' || prev === 'were' ? 'past' : 'future';
  // "cut the dividend due to its third-quarter loss": a cause; "the session due to start Sunday" stays an arrangement
  if (w === 'due' && next === 'to' && next2 !== undefined && TO_NOUN.has(next2)) return undefined;
  // "its first win since November" (HeidelTime reads "since" as past too)
  if (w === 'since') return 'past';
  // "named president, effective Feb. 1", "the rule takes effect Jan. 1": when a change starts,
  // announced ahead of it; "became effective", "took effect" tell of one that has
  if (w === 'effective' || ((w === 'takes' || w === 'take') && next === 'effect')) return PAST_BE.has(prev) ? 'past' : 'future';
  // "starting Jan. 1", "beginning in March" right before the date (not "starting from May 20" after "decided")
  if ((w === 'starting' || w === 'beginning') && (next === undefined || next === 'on' || next === 'in') && !DETERMINERS.has(prev)) return PAST_BE.has(prev) ? 'past' : 'future';
  const cue = CUES.get(w);
  // "might have been expected", "would have won": what could have been, in the past ("will have" is still ahead)
  if (cue === 'future' && next === 'have' && PAST_MODALS.has(w)) return 'past';
  // "had due" (rare) is past; "had been due" is decided by the reader, which sees two words back
  if (cue === 'future' && prev === 'had') return 'past';
  // "GM coming off a stellar month": a verb; "the coming weeks", "coming up" look ahead
  if (w === 'coming' && next !== undefined && COMING_VERB.has(next)) return undefined;
  // "the next president", "its next step": an adjective, no time of the clause; "next to the embassy": a place
  if (w === 'next' && (DETERMINERS.has(prev) || next === 'to')) return undefined;
  // "the case is heard in May": a participle after "is" or "to be"; the auxiliary decides
  if (cue === 'past' && (BE_AUX.has(prev) || PRESENT_BE.has(prev))) return undefined;
  // "has requested Jan. 21": the present perfect; "has" decides
  if (cue === undefined && (prev === 'has' || prev === 'have') && /^[a-z]{3,}ed$/.test(w)) return undefined;
  if (cue) return cue;
  // "9.5 million Series H preferred shares": the adjective
  if (w === 'preferred' && (next === 'shares' || next === 'stock')) return undefined;
  if (w.length >= 5 && w.endsWith('ed') && /^[a-z]{3,}ed$/.test(w) && !NOT_PAST_ED.has(w)) {
    // passive/infinitive participle ("are located", "to be named"): the auxiliary decides
    if (BE_AUX.has(prev) || PRESENT_BE.has(prev)) return undefined;
    // "a still unspecified date", "an unnamed official": an adjective, no verb
    if (w.startsWith('un')) return undefined;
    return 'past';
  }
  return undefined;
}

// Words are maximal runs of [A-Za-z'] of the sentence on one side of the expression, lowercased,
// with apostrophes at their edges trimmed. They are read one at a time outward from the
// expression, finding the sentence's edge on the way, since the nearest cue is usually a word
// or two away. (No sentence edge is a letter or an apostrophe, so none falls inside a word.)

const isWordChar = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === APOSTROPHE;

function wordOf(text: string, from: number, to: number): string {
  const raw = text.slice(from, to);
  const word = raw.charCodeAt(0) === APOSTROPHE || raw.charCodeAt(raw.length - 1) === APOSTROPHE ? raw.replace(/^'+|'+$/g, '') || raw : raw;
  // Most words are lowercase already; toLowerCase is slow on the two-byte slices of a text
  // with any non-ASCII character.
  if (!hasUpper(word)) return word;
  // "Manfred Ewald will ...", "Alfred", "Ahmed": a capitalized -ed word inside a sentence is a
  // name, no past verb; it is kept as written, so that no cue matches it
  if (word.endsWith('ed') && isUpperLetter(word.charCodeAt(0)) && !opensSentence(text, from)) return word;
  // the month, not the modal "may" (a future cue), even opening a sentence ("May 5 was ...")
  if (word === 'May') return word;
  return word.toLowerCase();
}

const isUpperLetter = (c: number) => c >= 65 && c <= 90;

const isLowerLetter = (c: number) => c >= 97 && c <= 122;

function hasUpper(word: string): boolean {
  for (let k = 0; k < word.length; k++) {
    const c = word.charCodeAt(k);
    if (c >= 65 && c <= 90) return true;
  }
  return false;
}

/**
 * A reading position: `at` is the next offset to read from, `done` once the sentence's edge is
 * reached; `comma` and `hard` tell what separated the word last read from the one read before
 * it (a comma; a semicolon, colon, dash or parenthesis).
 */
interface Reader {
  at: number;
  done: boolean;
  comma: boolean;
  hard: boolean;
}

/** A copy to read ahead with; spelled out, not `{ ...r }`: a spread copy has another map than the readers made here, and wordBefore and wordAfter deoptimized on it. */
const copyOf = (r: Reader): Reader => ({ at: r.at, done: r.done, comma: r.comma, hard: r.hard });

const COMMA = 44, SEMICOLON = 59, COLON = 58, HYPHEN = 45, LPAREN = 40, RPAREN = 41, EM_DASH = 0x2014;

/** text[from, to) is only apostrophes: the '' that closes a quotation in wire copy. */
function isQuoteMark(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (text.charCodeAt(k) !== APOSTROPHE) return false;
  return true;
}

/** Notes the separator text[k] (a hyphen only as a dash: "--" or spaced, not "five-day"). */
function noteGap(r: Reader, text: string, k: number): void {
  const c = text.charCodeAt(k);
  if (c === COMMA) r.comma = true;
  else if (c === SEMICOLON || c === COLON || c === LPAREN || c === RPAREN || c === EM_DASH) r.hard = true;
  else if (c === HYPHEN && !(isWordChar(text.charCodeAt(k - 1)) && isWordChar(text.charCodeAt(k + 1)))) r.hard = true;
}

/** The next word before r.at in the sentence, moving r.at to its start. */
function wordBefore(text: string, r: Reader): string | undefined {
  r.comma = r.hard = false;
  while (!r.done) {
    const x = r.at;
    if (x === 0 || sentenceStartsAt(text, x)) {
      r.done = true;
      break;
    }
    const c = text.charCodeAt(x - 1);
    if (isWordChar(c)) {
      let a = x - 1;
      // a hyphenated compound is one word: "date-triggered" is no past verb
      while (a > 0 && (isWordChar(text.charCodeAt(a - 1)) || (text.charCodeAt(a - 1) === HYPHEN && a > 1 && isWordChar(text.charCodeAt(a - 2))))) a--;
      r.at = a;
      if (isQuoteMark(text, a, x)) continue;
      return wordOf(text, a, x);
    }
    noteGap(r, text, x - 1);
    r.at = x - 1;
  }
  return undefined;
}

/** The next word from r.at on in the sentence, moving r.at past its end. */
function wordAfter(text: string, r: Reader): string | undefined {
  r.comma = r.hard = false;
  while (!r.done) {
    const y = r.at;
    if (y >= text.length || sentenceEndsAt(text, y)) {
      r.done = true;
      break;
    }
    const c = text.charCodeAt(y);
    if (isWordChar(c)) {
      let b = y + 1;
      while (b < text.length && (isWordChar(text.charCodeAt(b)) || (text.charCodeAt(b) === HYPHEN && isWordChar(text.charCodeAt(b + 1))))) b++;
      r.at = b;
      if (isQuoteMark(text, y, b)) continue;
      return wordOf(text, y, b);
    }
    noteGap(r, text, y);
    r.at = y + 1;
  }
  return undefined;
}

/** How much nearer a cue after the date must be to win over one before it in the same clause. */
const AFTER_FACTOR = 6;

/**
 * How many words a clause's cue is looked for on each side of a date: past them it is read as the
 * sentence's end. A text with no sentence ends (a list of months, a table pasted as a line) made
 * every date read to both ends of the text: 54,000 characters of "May, March, June and July, "
 * took 9.5 s, doubling it 42 s. News sentences are shorter than this.
 */
const MAX_CLAUSE_WORDS = 120;

/** Words that, after a comma, begin another clause. */
const CLAUSE_WORDS = new Set('and but or while when whereas which who although though because as where'.split(' '));

/** A clause's tense, and whether its cue is a verb right before the date ("began Oct. 1"). */
export interface TenseReading {
  tense: Tense;
  /**
   * The cue is one or two words before the date in its clause, with no "to", "until", "the"...
   * right before it: the verb that governs the date, stronger than news' habit of dating what
   * is near ("which began Oct. 1" in August is last October, not the coming one).
   */
  governing: boolean;
  /**
   * The cue is a past verb telling of an event ("crashed", "was", "began", not "said" or
   * "decided") whose adjunct the date is: nothing between them starts another verb's phrase (an
   * infinitive, "that", "which"...), sets a limit or an arrangement ("extended to", "until",
   * "was set for") or makes the date a noun's modifier ("the Jan. 14 deadline"). Such a date
   * ahead of the article is the last one before it ("crashed ... on October 31" in September).
   */
  pastEvent?: true;
  /** The governing cue is a verb of saying ("revealed Friday that"): the date is a report's, not of what it tells. */
  reported?: true;
  /** The cue is after the date ("In April Congress passed the bill"): its clause's own verb. */
  cueAfter?: true;
  /**
   * The date's possessive names an event held on a day set ahead ("Sunday's elections",
   * "Thursday's issue of Nature"), of no past verb of its own ("Tuesday's show started"): a
   * weekday of one may be the coming one (findDates.ts decides).
   */
  scheduledEvent?: true;
  /**
   * The date modifies the name of an event held on a day set ahead ("the November elections",
   * "ahead of March presidential elections"): 'awaited' when words around it say the event is
   * still to come, else 'scheduled' (findDates.ts decides for a year-less month).
   */
  eventModified?: 'awaited' | 'scheduled';
  /** The past cue is outside the date's stretch of clause, or far from it: a weak reason to look back. */
  distant?: true;
  /** Between the cue and the date, an infinitive ("came to urge leaders ... in December"): of what was to be done, after the cue's time. */
  infinitiveBetween?: true;
  /** Between a past cue and the date, "prepare for" ("had conducted to prepare for the August start"): what was prepared for comes after the preparing. */
  preparedFor?: true;
}

/** Words of getting ready, which with "for" name what comes after them. */
const PREPARING = new Set('prepare prepares preparing preparation preparations'.split(' '));

/** Do the words between a cue and the date (nearest the date first) hold "prepare for"? */
function preparesFor(between: readonly string[]): boolean {
  for (let i = 1; i < between.length; i++) if (PREPARING.has(between[i]!) && between[i - 1] === 'for') return true;
  return false;
}

/** Verbs of saying that, before a comma, are a parenthetical report ("the indictment says,"). */
const PARENTHETICAL_SAYING = new Set('says said say report reports reported added adds noted notes'.split(' '));
/** Verbs of saying: the date they govern is when something was told. */
const SAYING = new Set('said says told announced reported revealed disclosed confirmed stated added noted declared'.split(' '));

/** Past verbs whose dates may be of what they report or decide ("said the meeting is on Oct. 5"), not of themselves. */
const REPORTING = new Set(
  ('said told announced reported added stated explained wrote declared noted indicated disclosed confirmed estimated ' +
    'predicted warned claimed argued insisted revealed acknowledged denied suggested decided agreed ordered asked urged ' +
    'approved voted proposed requested demanded promised vowed pledged threatened called filed ago earlier previously since').split(' '),
);
/** Words between a past verb and its date that start another phrase with a time of its own, or set a limit or an arrangement. */
const NOT_OF_THE_EVENT = new Set(
  ('to that which who whom whose when while where because if whether unless so until till through by before ' +
    'set postponed delayed moved rescheduled adjourned deferred pushed extended expire expires ' +
    'may might can could would should must').split(' '),
);
/** Words right before a date that make it a noun's modifier ("the Jan. 14 deadline", "a Jan. 14 return date"). */
const MODIFIER_OF_NOUN = new Set('the a an its his her their our this that these those'.split(' '));

/** Is the past cue `cue` (after `cuePrev`), with `between` the words from the date back to it, an event's verb with the date its adjunct? */
function isPastEvent(cue: string, cuePrev: string, between: readonly string[]): boolean {
  // (an adjective: "a televised news conference on July 10")
  if (REPORTING.has(cue) || DETERMINERS.has(cuePrev)) return false;
  if (between.some((w) => NOT_OF_THE_EVENT.has(w))) return false;
  const first = between[0];
  return first === undefined || !(MODIFIER_OF_NOUN.has(first) || first.endsWith("'s"));
}

/** Words between a verb and its date that make the date no object of the verb's tense ("extended to Dec. 15", "chose the May 3 launch date"). */
const NOT_GOVERNED_AFTER = new Set('to until till through by before the a an its his her their this that'.split(' '));

/** Nouns of events news tells of once they have happened: a date right before one dates a past event ("the October slaying", "Friday's crash"). */
const PAST_EVENT_NOUNS = new Set(
  ('slaying slayings killing killings murder murders assassination bombing bombings shooting shootings massacre crash crashes ' +
    'explosion explosions blast blasts earthquake quake fire raid raids ambush coup accident collapse riot riots disaster ' +
    'death deaths kidnapping hijacking sinking derailment').split(' '),
);

/**
 * Nouns of what is made once something is done ("Wednesday's ruling", "Wednesday's findings"): a
 * date right before one is past, unless the clause awaits it ("awaiting Friday's ruling").
 */
const RESULT_NOUNS = new Set('ruling rulings verdict verdicts findings decision decisions'.split(' '));

/** Words right before a date that make what it modifies still to come ("awaiting Friday's ruling", "ahead of Monday's decision"). */
const AWAITED = new Set('await awaits awaited awaiting expected expecting upcoming pending ahead before until till scheduled planned'.split(' '));

/** The noun the date at [.., end) modifies ("the October slaying", "Friday's crash"), if a word follows it so. */
function nounModified(text: string, end: number): string | undefined {
  const r: Reader = { at: end, done: false, comma: false, hard: false };
  let w = wordAfter(text, r);
  if (w === 's' && !r.comma && !r.hard) w = wordAfter(text, r);
  return w !== undefined && !r.comma && !r.hard ? w : undefined;
}

/** Is the date at [.., end) a past event noun's modifier ("the October slaying", "Friday's crash")? */
function modifiesPastEvent(text: string, end: number): boolean {
  const w = nounModified(text, end);
  return w !== undefined && PAST_EVENT_NOUNS.has(w);
}

/** Is the date at [start, end) the modifier of what something done made ("Wednesday's ruling"), not awaited? */
function modifiesResult(text: string, start: number, end: number): boolean {
  const w = nounModified(text, end);
  if (w === undefined || !RESULT_NOUNS.has(w)) return false;
  return !someOfThreeBefore(text, start, (b) => AWAITED.has(b));
}

/** Is one of the three words before `start`, within its sentence, such that `test` holds? */
function someOfThreeBefore(text: string, start: number, test: (word: string) => boolean): boolean {
  const back: Reader = { at: start, done: false, comma: false, hard: false };
  for (let k = 0; k < 3; k++) {
    const b = wordBefore(text, back);
    if (b === undefined || back.hard) return false;
    if (test(b)) return true;
  }
  return false;
}

/** Nouns of events held on a day set ahead: a weekday's possessive before one may be of the coming one ("Sunday's elections" on a Saturday). */
const SCHEDULED_EVENT_NOUNS = new Set(
  ('election elections vote voting balloting ballot poll polls referendum primary runoff meeting meetings summit talks session ' +
    'hearing debate show program programme broadcast issue edition anniversary ceremony celebration game match race final launch ' +
    'visit conference rally parade concert premiere opening inauguration funeral execution listing listings trial auction festival').split(' '),
);
/** After a weekday's possessive, a newspaper by its name ("Friday's People's Daily", "Sunday's New York Times") or its editions. */
const NEWSPAPER_AFTER = /^['’]s\s+(?:(?:[A-Z][\w.&-]*(?:['’]s)?\s+){0,3}(?:Daily|Times|Post|Journal|Herald|Tribune|Gazette|Telegraph|Guardian|Chronicle|Globe|Inquirer|Examiner|Ledger|Bulletin|Observer|Independent)|editions|(?:news)?papers?)(?![\w'’])/;
/** Words between a date's possessive and its noun that say it is still to come ("Tuesday's planned execution"). */
const AHEAD_WORDS = new Set('planned scheduled expected upcoming proposed'.split(' '));
/** Words right before a date whose possessive names what is still to come ("ahead of Sunday's vote", "in the run-up to Sunday's elections"). */
const AWAITING = new Set('await awaits awaited awaiting pending ahead run-up until till'.split(' '));

/** Words right before the date say the event it names is still to come: "ahead of", "pending", "before" in a clause not in the past. */
function awaitedBefore(text: string, start: number, clause: Tense): boolean {
  return someOfThreeBefore(text, start, (b) => AWAITING.has(b) || (b === 'before' && clause !== 'past'));
}

/**
 * What the date at [start, end)'s possessive says of the event it names: 'awaited' ("ahead of
 * Sunday's vote", "in the run-up to Sunday's elections", "Tuesday's planned execution", "before
 * Tuesday's election" in a clause not in the past), 'scheduled' (an event held on a day set ahead,
 * "Sunday's elections", of no past verb of its own: not "Tuesday's show started"), or undefined.
 */
function comingEventOf(text: string, start: number, end: number, clause: Tense): 'awaited' | 'scheduled' | undefined {
  const c = text.charCodeAt(end);
  if (c !== APOSTROPHE && c !== 0x2019) return undefined;
  const r: Reader = { at: end, done: false, comma: false, hard: false };
  if (wordAfter(text, r) !== 's' || r.comma || r.hard) return undefined;
  // the noun, after up to two adjectives ("Sunday's historic presidential election")
  let noun: string | undefined;
  let ahead = false;
  // a newspaper's issue of that day, which comes out on a day set ahead: "the editorial prepared for Friday's People's Daily"
  const paper = NEWSPAPER_AFTER.exec(text.slice(end, end + 60));
  if (paper) { noun = 'issue'; r.at = end + paper[0].length; }
  for (let k = 0; k < 3 && noun === undefined; k++) {
    const w = wordAfter(text, r);
    if (w === undefined || r.comma || r.hard) return undefined;
    if (PAST_EVENT_NOUNS.has(w)) return undefined;
    if (SCHEDULED_EVENT_NOUNS.has(w) || RESULT_NOUNS.has(w)) { noun = w; break; }
    if (AHEAD_WORDS.has(w)) ahead = true;
  }
  if (noun === undefined) return undefined;
  const next = wordAfter(text, r);
  const next2 = next === undefined || r.comma || r.hard ? undefined : wordAfter(text, copyOf(r));
  // "Before Tuesday's show started": its own verb tells when
  if (next !== undefined && !r.comma && !r.hard && classify(next, noun, next2) === 'past') return undefined;
  if (ahead || awaitedBefore(text, start, clause)) return 'awaited';
  return SCHEDULED_EVENT_NOUNS.has(noun) ? 'scheduled' : undefined;
}

/**
 * What the date at [start, end), used as a noun's modifier, says of the event named after it
 * ("the November elections", "March presidential elections", "a November summit meeting"): as
 * comingEventOf does for a possessive; undefined when no such noun follows.
 */
function eventModifiedBy(text: string, start: number, end: number, clause: Tense): 'awaited' | 'scheduled' | undefined {
  const c = text.charCodeAt(end);
  if (c !== 32) return undefined;
  const r: Reader = { at: end, done: false, comma: false, hard: false };
  // the noun, after up to one modifier ("presidential", "summit")
  let noun: string | undefined;
  for (let k = 0; k < 2; k++) {
    const w = wordAfter(text, r);
    if (w === undefined || r.comma || r.hard) return undefined;
    if (PAST_EVENT_NOUNS.has(w)) return undefined;
    if (SCHEDULED_EVENT_NOUNS.has(w)) { noun = w; break; }
  }
  if (noun === undefined) return undefined;
  return awaitedBefore(text, start, clause) ? 'awaited' : 'scheduled';
}

/** Right before a date, "by" (or "by Thursday or"): a limit. */
const BY_BEFORE = /\bby\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s+(?:or|and)\s+)?$/i;
/** Right before a date, a past event's noun and "in" or "on" ("a traffic accident in August", "the bombing on Friday"); not a name's ("the Fire in May"). */
const PAST_EVENT_BEFORE = new RegExp(`\\b(?:${[...PAST_EVENT_NOUNS].join('|')})\\s+(?:in|on)\\s+$`);
/** A month's or weekday's name, after "early", "late" or "mid-" ("an accident in late August"; not "the earthquake on fourth-quarter results"). */
const NAMED_TIME = /^(?:(?:early|late|mid)[\s-]+)?[A-Z]/;
/** Words before such a noun that make the event one still to come or that may not be. */
const EVENT_TO_COME_BEFORE = /\b(?:plan|plans|planning|planned|prepar\w*|threat\w*|expect\w*|fear\w*|warn\w*|possib\w*|potential|prevent\w*|avert\w*|avoid\w*|risk\w*|another|any|new|next|future|will|would|could|may|might)\b/i;
const NOUN_MODIFIED = /^\s+(?:row|penalty|toll|sentences?|threats?|squads?|department|fighters?|brigade|engines?|trucks?|station)\b/i;
const PAST_EVENT_NOUN = new RegExp(`\\b(?:${[...PAST_EVENT_NOUNS].join('|')})\\b`, 'gi');

/**
 * Does text[from, to) name a past event ("in the bombing in which 11 people died") other than the
 * one the date ending at `from` modifies ("the Aug. 7 bombing", "Friday's crash")?
 */
export function namesPastEventAfter(text: string, from: number, to: number): boolean {
  const between = text.slice(from, to);
  let skip = modifiesPastEvent(text, from);
  for (const m of between.matchAll(PAST_EVENT_NOUN)) {
    if (skip) { skip = false; continue; }
    // (a noun's modifier: "death row", "the death toll", "fire fighters")
    if (NOUN_MODIFIED.test(between.slice(m.index! + m[0].length, m.index! + m[0].length + 14))) continue;
    // (a capitalized "Fire" is a name's: "the Fire Department")
    if (m[0][0] === m[0][0]!.toLowerCase()) return true;
  }
  return false;
}

const AS_DEADLINE = /^\s+as\s+(?:the|a|an|its|their|his|her)\s+(?:new\s+|final\s+)?deadline\b/i;

/**
 * Is the date at [start, end) a deadline being set ("has set Friday as the deadline", "sets Nov.
 * 10 as its deadline")? It is still to come. A past one's ("had ruled ... and set Friday as the
 * deadline", a day since gone by) is left to the clause's tense.
 */
function setsDeadline(text: string, start: number, end: number): boolean {
  if (!AS_DEADLINE.test(text.slice(end, end + 40))) return false;
  const back: Reader = { at: start, done: false, comma: false, hard: false };
  const verb = wordBefore(text, back);
  if (back.comma || back.hard) return false;
  if (verb === 'sets' || verb === 'setting') return true;
  if (verb !== 'set') return false;
  const aux = wordBefore(text, back);
  return !back.comma && !back.hard && (aux === 'has' || aux === 'have' || aux === 'will');
}

/** Words that open a clause of time or condition, whose present tells of the main clause's time ("when the results are released"). */
const TIME_CLAUSE_OPENERS = new Set('when once after before until if unless'.split(' '));
const FUTURE_AUX = new Set("will shall 'll ll won't wo".split(' '));
/** How many words of the main clause are read for its auxiliary. */
const MAIN_CLAUSE_WORDS = 12;

/**
 * Is [start, end) in a clause of time opening its sentence ("However, when the results are
 * released in December,") whose main clause, after the comma, is in the future ("Ken Trump ...
 * will view them")? Its present then tells of that future, as English puts it.
 */
function inClauseOfComingTime(text: string, start: number, end: number): boolean {
  const back: Reader = { at: start, done: false, comma: false, hard: false };
  let opener: string | undefined;
  for (let w = wordBefore(text, back); w !== undefined; w = wordBefore(text, back)) {
    if (back.hard) return false;
    if (back.comma) break;
    opener = w;
  }
  // (the opener is the clause's first word: at the sentence's start or after an adverb's comma, "However, when")
  if (opener === undefined || !TIME_CLAUSE_OPENERS.has(opener)) return false;
  const forward: Reader = { at: end, done: false, comma: false, hard: false };
  let inMain = false;
  for (let k = 0, w = wordAfter(text, forward); w !== undefined && k < MAIN_CLAUSE_WORDS; k++, w = wordAfter(text, forward)) {
    if (forward.hard) return false;
    if (forward.comma) inMain = true;
    if (inMain && FUTURE_AUX.has(w)) return true;
    if (inMain && CUES.has(w)) return false;
  }
  return false;
}

/**
 * The tense of the clause around [start, end): the nearest tense cue before it within the
 * sentence (HeidelTime's "last tense": the verb that governs a date usually comes before it),
 * unless the one after it is in the date's own clause and the one before is not ("the crowds
 * diminished after that, and on Friday X will replace Y") or is much further away. A clause ends
 * at a semicolon, colon, dash or parenthesis, or a comma before "and", "but", "which"...
 */
export function readTense(text: string, start: number, end: number): TenseReading {
  if (modifiesPastEvent(text, end) || modifiesResult(text, start, end)) return { tense: 'past', governing: false, pastEvent: true };
  if (setsDeadline(text, start, end)) return { tense: 'future', governing: true };
  let reading = readClauseTense(text, start, end);
  // "both sides struggle to reach a deal by Thursday or Friday": a limit in a clause not in the past is ahead
  if ((reading.tense === 'present' || reading.tense === 'none') && BY_BEFORE.test(text.slice(Math.max(0, start - 30), start))) reading = { tense: 'future', governing: false };
  // "after a minor traffic accident in August", "his death in June": what such a noun names has happened
  // (not one planned, feared or prevented: "plans a raid in May", "to avert another bombing on Friday")
  if ((reading.tense === 'past' || reading.tense === 'present') && NAMED_TIME.test(text.slice(start, start + 12)) && PAST_EVENT_BEFORE.test(text.slice(Math.max(0, start - 30), start)) && !EVENT_TO_COME_BEFORE.test(text.slice(Math.max(0, start - 80), start))) return { tense: 'past', governing: false, pastEvent: true };
  if (reading.tense === 'present' && !reading.cueAfter && inClauseOfComingTime(text, start, end)) reading = { tense: 'future', governing: false };
  const coming = comingEventOf(text, start, end, reading.tense);
  if (coming === 'awaited') return { tense: 'future', governing: false };
  if (coming === 'scheduled') return { ...reading, scheduledEvent: true };
  const modified = eventModifiedBy(text, start, end, reading.tense);
  return modified ? { ...reading, eventModified: modified } : reading;
}

/** readTense's reading of the clause's cues, before what the date's possessive names. */
function readClauseTense(text: string, start: number, end: number): TenseReading {
  const back: Reader = { at: start, done: false, comma: false, hard: false };
  let next: string | undefined;
  let next2: string | undefined;
  let first: string | undefined;
  let before: Tense | undefined, db = 0, crossedB = false;
  let cue = '', cuePrev = '';
  const between: string[] = [];
  // where "as early as" / "as soon as" was read, if it was
  let earliest: { db: number; crossed: boolean; between: number } | undefined;
  // whether a comma stands between the word just read and the date
  let commaSeen = false;
  // an infinitive between the cue and the date ("to see ... in May"; not "to Paris", "to the border")
  let infinitive = false;
  // where the word after the one being read starts
  let nextAt = start;
  // the gap after the word just read (between it and `next`)
  for (let w = wordBefore(text, back), gapComma = back.comma, gapHard = back.hard; w !== undefined; ) {
    if (db === MAX_CLAUSE_WORDS) break;
    db++;
    const wAt = back.at;
    if (gapComma) commaSeen = true;
    first ??= w;
    if (gapHard || (gapComma && next !== undefined && CLAUSE_WORDS.has(next))) crossedB = true;
    const prev = wordBefore(text, back);
    let t = isTimetableVerb(w, prev, db, first!) ? 'future' : classify(w, prev ?? '', next, next2);
    // "for an expedited review by September", "will finish a two-year extended mission in January":
    // an adjective before its noun, in the date's own phrase (after the date, such a word may still
    // be its clause's cue: "In March, acting under the Endangered Species Act")
    if (t === 'past' && isAdjectiveEd(w, prev ?? '', next)) t = undefined;
    // "moved the election to March 26 instead of June", "postponed until May": a new date set, at
    // no time the past verb gives; the nearest occurrence is read, as for what was agreed to
    if (t === 'past' && RESCHEDULED.has(w) && db <= 5 && (first === 'to' || first === 'until' || first === 'till')) t = 'none';
    // "had been due in port Friday night": what had been due is past; "has been scheduled" is not
    if (t === 'future' && prev === 'been') t = wordBefore(text, copyOf(back)) === 'had' ? 'past' : t;
    // "a study to be published in the November issue", "is to be named Monday": what is still to be
    // done is ahead ("was to be", "had to be" are not read: a plan of the past, an obligation)
    if (t === undefined && prev === 'be' && TO_BE_DONE.test(w)) {
      const ahead = copyOf(back);
      if (wordBefore(text, ahead) === 'to' && !PAST_BE.has(wordBefore(text, ahead) ?? '')) t = 'future';
    }
    // (an arrangement's progressive governs only in the date's own stretch of clause: "weapons are arriving
    // from abroad, with 300 fighters coming from the Middle East in October" is past)
    if (t === 'future' && commaSeen && isArrangedProgressive(w, next)) t = undefined;
    // "she wasn't told until Monday evening", "did not arrive until Friday": what happened only then, past
    if (t === 'future' && (w === 'until' || w === 'till') && negatedPastBefore(text, prev, copyOf(back))) t = 'past';
    if (t) {
      before = t; cue = w; cuePrev = prev ?? '';
      // ("Up until September he was not speaking": "up" opens the sentence as well as "until" would)
      if (prev === 'up' && (w === 'until' || w === 'till') && wordBefore(text, copyOf(back)) === undefined) cuePrev = '';
      // ("..., but until Tuesday night, they had never agreed": a conjunction after a comma opens a clause as a sentence start does)
      if ((prev === 'but' || prev === 'and' || prev === 'yet') && (w === 'until' || w === 'till')) {
        const opener = copyOf(back);
        if (wordBefore(text, opener) === undefined || opener.comma || opener.hard) cuePrev = '';
      }
      break;
    }
    if ((w === 'early' || w === 'soon') && prev === 'as' && next === 'as' && earliest === undefined) earliest = { db, crossed: crossedB, between: between.length };
    if (w === 'to' && next !== undefined && !TO_NOUN.has(next) && isLowerLetter(text.charCodeAt(nextAt))) infinitive = true;
    between.push(w);
    next2 = next;
    next = w;
    nextAt = wAt;
    w = prev;
    gapComma = back.comma;
    gapHard = back.hard;
  }
  // "could come as early as Thursday", "perhaps as early as Thursday": the earliest a thing to
  // come may be, unless a past verb near it tells of one that was ("began lining up as early as Thursday")
  if (earliest && !(before === 'past' && !crossedB && db <= AFTER_FACTOR)) {
    before = 'future'; cue = 'early'; cuePrev = 'as'; db = earliest.db; crossedB = earliest.crossed; between.length = earliest.between;
  }
  const reading = (governing: boolean): TenseReading => {
    const r: TenseReading = before === 'past' && !crossedB && isPastEvent(cue, cuePrev, between) ? { tense: before, governing, pastEvent: true } : { tense: before!, governing };
    if (governing && SAYING.has(cue)) r.reported = true;
    if (before === 'past' && preparesFor(between)) r.preparedFor = true;
    return r;
  };
  const near = before !== undefined && !crossedB && db <= AFTER_FACTOR;
  // "Until Wednesday, the only information had come from ...": a limit opening the sentence is of its main clause's time
  const openingLimit = near && (cue === 'until' || cue === 'till') && cuePrev === '';
  const startOfNoun = near && (cue === 'beginning' || cue === 'starting');
  if (near && !openingLimit && !startOfNoun) return reading(db <= 2 && !(db === 2 && NOT_GOVERNED_AFTER.has(first!)));
  const forward: Reader = { at: end, done: false, comma: false, hard: false };
  let prev = '';
  let after: Tense | undefined, da = 0, crossedA = false;
  let prev2 = '';
  let adjectiveCue: Tense | undefined;
  for (let w = wordAfter(text, forward); w !== undefined; ) {
    if (da === MAX_CLAUSE_WORDS) break;
    da++;
    if (forward.hard || (forward.comma && CLAUSE_WORDS.has(w))) crossedA = true;
    const commaBefore = forward.comma;
    const following = wordAfter(text, forward);
    const gapComma = forward.comma, gapHard = forward.hard;
    // (the word after "to", only where it decides: "due to start", "agreed to buy")
    const after2 = following === 'to' && (w === 'due' || INTENT.has(w)) ? wordAfter(text, copyOf(forward)) : undefined;
    // "goes on sale in early June, priced between $17,500 and $25,000": a participle after the
    // comma modifies what came before; it is no verb of the date's clause
    const participle = da === 1 && commaBefore && !CUES.has(w) && /^[a-z]{3,}ed$/.test(w);
    // "set in motion a regional plan to restore salmon runs": the noun, an object of the clause's verb, not its time
    const planNoun = (w === 'plan' || w === 'plans') && (DETERMINERS.has(prev) || DETERMINERS.has(prev2));
    // "a task force Clinton created will present plans": the -ed verb of a clause inside the subject; the modal after it is the clause's
    const innerVerb = following !== undefined && MODAL_AFTER_INNER.has(following) && !CUES.has(w) && /^[a-z]{3,}ed$/.test(w);
    // "when Albright set aside vacation plans for the hastily planned trip, the State Department lifted": a
    // participle before its noun is no verb of the clause, and its verb after it decides ("the planned strike begins" has none: the participle does)
    const adjective = /^[a-z]{3,}ed$/.test(w) && (DETERMINERS.has(prev) || (prev.endsWith('ly') && DETERMINERS.has(prev2))) && following !== undefined && !NOT_A_NOUN.has(following);
    // "In June and July, the indictment says, the suspects bought a truck": a parenthetical report, not the clause's verb
    const parenthetical = gapComma && PARENTHETICAL_SAYING.has(w);
    const t = participle || planNoun || innerVerb || parenthetical ? undefined : classify(w, prev, following, after2);
    if (t && adjective) adjectiveCue ??= t;
    else if (t) { after = t; break; }
    prev2 = prev;
    prev = w;
    w = following;
    forward.comma = gapComma;
    forward.hard = gapHard;
  }
  after ??= adjectiveCue;
  if (openingLimit) return after === 'past' ? { tense: 'past', governing: false, cueAfter: true } : reading(db <= 2);
  // "Russian airstrikes beginning in early August had killed 2,000": a noun's start, the clause's verb after it tells when
  // (the verb right after: "Starting Monday, a list with 120 canned foods ... will be posted" looks ahead)
  if (startOfNoun && cuePrev !== '' && after === 'past' && !crossedA && da <= 2) return { tense: 'past', governing: false, cueAfter: true };
  if (startOfNoun) return reading(db <= 2 && !(db === 2 && NOT_GOVERNED_AFTER.has(first!)));
  if (!before) return after ? { tense: after, governing: false, cueAfter: true } : { tense: 'none', governing: false };
  // the cue after wins when it is in the date's own clause and the one before is not, or is
  // much further away ("Minister Sam Onger Monday told", a cue twelve words back)
  if (!after || crossedA || !(crossedB || da * AFTER_FACTOR < db)) return before === 'past' ? { ...reading(false), distant: true, ...(infinitive ? { infinitiveBetween: true as const } : {}) } : reading(false);
  return { tense: after, governing: false, cueAfter: true };
}
