// Months, seasons and quarters of a habit, TimeML sets: "The larvae skeletonize leaves in May and June",
// "in the winter, the proportion drops to 50 percent", "El Nino usually occurs around December".
// A general statement in the present dates no event, so it has no year. The journalistic present
// of what is set ahead ("The trial begins in May", "the talks resume in June") stays a date, as do
// the past, a year or a direction ("this winter", "last May", "in May 1998": findDates.ts gives
// only year-less, direction-less months and seasons here).

import { clauseAround } from './sentenceBounds.ts';
import { IRREGULAR_PAST, PRESENT_BE } from './tense.ts';

/** Adverbs and phrases of a habit: with one, a present clause tells what happens each time. */
const HABIT_WORDS = new Set('usually typically generally normally often always traditionally customarily regularly routinely annually ordinarily seldom rarely'.split(' '));
const HABIT_PHRASE = /\b(?:every|each)\s+(?:year|spring|summer|fall|autumn|winter|season)\b|\btends?\s+to\b|\bas\s+a\s+rule\b/i;

/** Words of what is to come or was set ahead: the clause tells of a particular time. */
const NOT_GENERAL = new Set(
  ("will would shall 'll ll won't wo going next upcoming coming scheduled planned plans plan expected expects slated due set " +
    'tomorrow yesterday today tonight ago earlier previously recently last been ' +
    // a timetable's present ("The trial begins in May", "the talks resume in June")
    // (not "leaves", a noun as often: "skeletonize leaves in May")
    'meets opens closes begins starts ends resumes arrives departs visits travels debuts expires convenes reconvenes premieres airs ' +
    'meet open close begin start end resume arrive depart visit travel debut expire convene reconvene premiere runs lasts continues ' +
    // events held once, on days set ahead ("Voters go to the polls in May and June")
    'election elections vote votes voting polls poll ballot primary primaries caucus caucuses referendum trial trials talks meeting meetings ' +
    'summit session sessions hearing hearings conference visit tour games campaign deadline contract contracts season ' +
    // figures of particular months told in the present ("The index shows inflation of 3 percent in May and June")
    'show shows find finds indicate indicates suggest suggests say says report reports estimate estimates figures data statistics survey index ' +
    // a schedule's prices, releases and games ("The tickets cost $50 in June and $60 in July", "the law takes effect in May")
    'cost costs price prices effect effective play plays release releases launch launches ship ships').split(' '),
);

/** A year in figures or a year word: the clause is of that year ("From January to September of this year"). */
const YEAR_IN_CLAUSE = /\b(?:1[6-9]\d\d|20\d\d)\b|['’]\d\d\b|\b(?:this|that|last|next|the\s+same|the\s+following|the\s+previous)\s+year\b/i;

/**
 * Past verbs of saying, whose reported clause keeps its own tense (not tense.ts's SAYING, which
 * marks a date as reported and holds "says", here a present of findings: NOT_GENERAL).
 */
const SAID = new Set('said told added noted explained stated'.split(' '));
/** Words right after a verb of saying that tell when it was said ("said in May and June that"). */
const SAID_WHEN = new Set('in on during at early late last this'.split(' '));
/** Determiners that open a subject's noun phrase ("the tree drops", "the larvae skeletonize"). */
const OPENS_SUBJECT = new Set('the a an its their his her our this these those each every most many some such'.split(' '));
/** Relative pronouns that are a verb's subject ("a pattern that takes it"). */
const RELATIVE_SUBJECT = new Set('that which who'.split(' '));
/** Plurals without a final s. */
const IRREGULAR_PLURALS = new Set('larvae people children men women mice geese feet teeth fungi cattle'.split(' '));
/** Words that are no verb though they end in s, or no base-form verb after a plural. */
const NO_VERB = new Set(
  ('this its his hers ours yours theirs always perhaps besides towards afterwards sometimes news series species means whereas unless thus ' +
    'is was as us yes plus ' +
    'in on at of and or but to for from with by into onto over under about than then there here not no also only even just very ' +
    'the a an that which who whom whose when while where what how why if so such these those their our are were be been being').split(' '),
);

/** Is `w` a verb in the present after `subject` (a noun, or "that"/"which")? "tree drops", "larvae skeletonize", "that takes". */
function presentAfter(subject: string, w: string): boolean {
  if (NO_VERB.has(w) || w.endsWith('ed') || w.endsWith('ing') || w.endsWith('ly') || w.includes("'")) return false;
  const thirdPerson = w.length >= 3 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is');
  if (RELATIVE_SUBJECT.has(subject)) return thirdPerson;
  if (NO_VERB.has(subject)) return false;
  const plural = IRREGULAR_PLURALS.has(subject) || (subject.length >= 4 && subject.endsWith('s') && !subject.endsWith('ss') && !subject.endsWith('us') && !subject.endsWith('is'));
  return plural ? !w.endsWith('s') : thirdPerson;
}

/** Does the clause hold a present verb of a subject opened by a determiner ("the tree drops") or a relative pronoun ("that takes")? */
function hasPresentVerb(words: readonly string[]): boolean {
  for (let i = 1; i < words.length; i++) {
    const w = words[i]!;
    if (RELATIVE_SUBJECT.has(words[i - 1]!) && presentAfter(words[i - 1]!, w)) return true;
    // the subject's noun one or two words after its determiner ("the tree", "the tulip tree")
    for (let k = 2; k <= 3 && i - k >= 0; k++) {
      if (OPENS_SUBJECT.has(words[i - k]!) && presentAfter(words[i - 1]!, w)) return true;
    }
  }
  return false;
}

/** How far from the date a habit's adverb is read ("El Nino usually occurs around December"), not in another stretch of its clause. */
const HABIT_REACH = 50;

/**
 * Is the year-less month, season or quarter at [start, end) one of a habit: in a clause of no past, no
 * future, no timetable or event set ahead and no year, with a habit's adverb ("usually"), or with
 * another month or season told of in its sentence (`withAnotherPeriod`: "in May and June", "in the
 * summer ... in the winter") and a present verb ("the tree drops", "the larvae skeletonize")?
 */
export function isHabitualPeriod(text: string, start: number, end: number, withAnotherPeriod: boolean): boolean {
  const [a, b] = clauseAround(text, start, end);
  const clause = text.slice(a, b);
  if (YEAR_IN_CLAUSE.test(clause)) return false;
  const found = [...clause.toLowerCase().matchAll(/[a-z]+(?:['’][a-z]+)*/g)];
  const words = found.map((m) => m[0]);
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    // "The company said 80% of its business is usually conducted in the fourth quarter": what was said is of its own time,
    // unless the saying is the date's ("said in May and June that")
    if (SAID.has(w) && !SAID_WHEN.has(words[i + 1] ?? '')) continue;
    if (NOT_GENERAL.has(w) || IRREGULAR_PAST.has(w)) return false;
    // (a present passive is no past: "business is usually conducted in the fourth quarter")
    if (/^[a-z]{2,}ed$/.test(w) && !PRESENT_BE.has(words[i - 1] ?? '') && !(PRESENT_BE.has(words[i - 2] ?? '') && words[i - 1]!.endsWith('ly'))) return false;
    // "is opening a market", "are to vote": an arrangement
    if (PRESENT_BE.has(w) && (words[i + 1]?.endsWith('ing') || words[i + 1] === 'to')) return false;
  }
  const near = text.slice(Math.max(a, start - HABIT_REACH), Math.min(b, end + HABIT_REACH));
  const habit = HABIT_PHRASE.test(near) || (near.toLowerCase().match(/[a-z]+/g) ?? []).some((w) => HABIT_WORDS.has(w));
  return habit || (withAnotherPeriod && hasPresentVerb(words));
}
