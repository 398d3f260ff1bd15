// The shapes in which a date dates an event word no card describes (events/eventMentions.ts),
// through the analysis as an article gets it: each phrasing is one the development stories use.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Workspace } from '../../server/src/core/workspace/workspace.ts';

const DATELINE = 'MOSCOW, Sept. 4, 2000 (AP) -- ';

/** The noun of the event each date of the sentence dates ('-' for none), by the date's text. */
function dated(sentence: string): Record<string, string> {
  const w = new Workspace({});
  w.setArticle('a.txt', DATELINE + sentence);
  const out: Record<string, string> = {};
  for (const d of w.analysis('a.txt')!.dates) if (d.start >= DATELINE.length) out[d.text] = d.eventNoun ?? '-';
  return out;
}

test('a flight\'s takeoff is its crash\'s day: "crashed ... shortly after taking off from ... on October 31"', () => {
  assert.deepEqual(dated('The plane crashed into the Atlantic Ocean shortly after taking off from the New York International Airport on October 31, 1999, on its way to Cairo.'), { 'October 31, 1999': 'crash' });
  assert.deepEqual(dated('The Cairo-bound plane crashed into the Atlantic Ocean off the Massachusetts coast 40 minutes after takeoff from the Kennedy International Airport in New York on October 31.'), { 'October 31': 'crash' });
  assert.deepEqual(dated('The flight crashed into the Atlantic Ocean off the northeastern coast of the U.S. shortly after taking off from John F. Kennedy International Airport on the way to Cairo early Sunday.'), { 'early Sunday': 'crash' });
  // Without the event told as a verb, or with a report between, the takeoff says nothing.
  assert.deepEqual(dated('The crash shortly after takeoff from Paris was discussed on Friday.'), { Friday: '-' });
  assert.deepEqual(dated('The plane crashed shortly after takeoff, officials said on Friday.'), { Friday: '-' });
});

test('a longer phrase of place: "plunged hundreds of feet to the sea floor near the Arctic Circle on Sunday"', () => {
  assert.deepEqual(dated('The Kursk plunged hundreds of feet to the sea floor near the Arctic Circle on Sunday, the admiral said.'), { Sunday: 'plunge' });
  // A verb in the phrase: the date is what the verb did.
  assert.deepEqual(dated('The Kursk plunged to the sea floor and the navy waited near the Arctic Circle until Sunday.'), { Sunday: '-' });
  // After a noun, a long phrase is what someone did with it.
  assert.deepEqual(dated('He volunteered information on the Nairobi bombing to the British High Commission in Dar es Salaam on Aug. 8 as well.'), { 'Aug. 8': '-' });
});

test('the deaths an event caused are dated with it: "killing all 217 people aboard on Oct. 31", "the explosions that killed the crew Aug. 12"', () => {
  assert.deepEqual(dated('A co-pilot may have deliberately plunged the plane into the sea, killing all 217 people aboard on Oct. 31.'), { 'Oct. 31': 'plunge' });
  assert.deepEqual(dated('A collision caused the explosions that killed the 118-man crew Aug. 12.'), { 'Aug. 12': 'explosion' });
  // Killings told alone date no event word.
  assert.deepEqual(dated('The gunmen, killing 12 people on Tuesday, fled.'), { Tuesday: '-' });
});

test('a list of places is one place: "bombings at U.S. embassies in Dar es Salaam, Tanzania, and Nairobi, Kenya, on Aug. 7"', () => {
  assert.deepEqual(dated('Nearly simultaneous bombings at U.S. embassies in Dar es Salaam, Tanzania, and Nairobi, Kenya, on Aug. 7 killed 258 people.'), { 'Aug. 7': 'bombing' });
  assert.deepEqual(dated('Twin bombings at U.S. Embassies in Tanzania and the Kenyan capital Nairobi on Aug. 7 killed 257 people.'), { 'Aug. 7': 'bombing' });
  // "and" before no name joins another thing, whose date it may be.
  assert.deepEqual(dated('He spoke of the bombing and the trial on Aug. 7.'), { 'Aug. 7': '-' });
});

test('an explosion or a blast is of the kind the article\'s other words name: a bombing story\'s explosions are its bombings', () => {
  const kinds = (text: string) => {
    const w = new Workspace({});
    w.setArticle('a.txt', DATELINE + text);
    return w.analysis('a.txt')!.dates.filter((d) => d.trigger).map((d) => `${d.text}: ${d.trigger}`);
  };
  assert.deepEqual(kinds('The bombing of the embassy shocked the city. Americans point to the nearly simultaneous explosions on Aug. 7.'), ['Aug. 7: bombing']);
  assert.deepEqual(kinds('The submarine sank after a collision. An explosion on Aug. 12 shattered its hull.'), ['Aug. 12: crash']);
  // Nothing else to go by: the word's own kind.
  assert.deepEqual(kinds('An explosion on Aug. 12 shattered the hull.'), ['Aug. 12: crash']);
});

test('a fire in a crash\'s story is the crash\'s, and one is alerted to it as it happens: "alerted the pilots last Monday to the flames"', () => {
  const w = new Workspace({});
  const kinds = (text: string) => {
    w.setArticle('a.txt', DATELINE + text);
    return w.analysis('a.txt')!.dates.filter((d) => d.start >= DATELINE.length).map((d) => `${d.text}:${d.trigger ?? '-'}:${d.eventNoun ?? '-'}`);
  };
  const crash = 'The Concorde crash shocked France. ';
  assert.deepEqual(kinds(`${crash}Better controls would have alerted the pilots last Monday to the flames shooting out of the engines.`), ['last Monday:crash:fire']);
  assert.deepEqual(kinds(`${crash}The fire on Tuesday destroyed the hotel.`), ['Tuesday:crash:fire']);
  // No crash or bombing in the story: a fire is no event we compare. "opened fire" is no fire.
  assert.deepEqual(kinds('The fire on Tuesday destroyed the hotel.'), ['Tuesday:-:-']);
  assert.deepEqual(kinds('The bombing killed 12 people. Police opened fire on Tuesday.'), ['Tuesday:-:-']);
  // Alerted to something else, or the date of the alert before an event to come: not the event's date.
  assert.deepEqual(kinds(`${crash}Officials alerted the airline on Monday to the risk of another crash.`), ['Monday:-:-']);
});

test('"the day before last Tuesday\'s crash" dates no crash: the crash is the Tuesday\'s', () => {
  assert.deepEqual(dated("The day before last Tuesday's crash, the pilots met."), { 'The day before last Tuesday': '-' });
  assert.deepEqual(dated("Last Tuesday's crash killed 118 people."), { Tuesday: 'crash' });
});
