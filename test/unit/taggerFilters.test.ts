import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize } from '../../server/src/core/text/tokenize.ts';
import { filterTaggedSpans } from '../../server/src/core/entities/taggerFilters.ts';
import type { TaggedSpan } from '../../server/src/core/entities/tagger.ts';

/** Spans given as [surface, label, occurrence], found in the text; returns the kept surfaces. */
function filtered(text: string, given: Array<[string, TaggedSpan['label'], number?]>): string[] {
  const spans = given.map(([surface, label, nth = 0]) => {
    let at = -1;
    for (let k = 0; k <= nth; k++) at = text.indexOf(surface, at + 1);
    assert.ok(at >= 0, surface);
    return { start: at, end: at + surface.length, label };
  });
  return filterTaggedSpans(text, tokenize(text), spans).map((s) => text.slice(s.start, s.end));
}

test('a headline span the body does not confirm is dropped; one it confirms is kept', () => {
  const text = 'Rescue Teams Search for Bodies Off Nantucket\n\nRescue teams searched the sea off Nantucket on Monday.';
  assert.deepEqual(filtered(text, [['Rescue Teams', 'ORG'], ['Nantucket', 'LOC'], ['Nantucket', 'LOC', 1]]), ['Nantucket', 'Nantucket']);
});

test('only lines before the body can be headlines, with CR LF or LF breaks, and a text of headlines only', () => {
  // "Coast Guard" opens a title-case line after the first sentence: a line of the body, kept
  for (const br of ['\n', '\r\n']) {
    const text = ['Rescue Teams Search for Bodies Off Nantucket', '', 'Boats search the sea off Nantucket again on Monday.', 'Coast Guard Crews Search Again', 'More boats came.'].join(br);
    assert.deepEqual(filtered(text, [['Rescue Teams', 'ORG'], ['Nantucket', 'LOC'], ['Nantucket', 'LOC', 1], ['Coast Guard', 'ORG']]), ['Nantucket', 'Nantucket', 'Coast Guard']);
  }
  // no line ends like a sentence: every line is before the body, and nothing confirms the span
  assert.deepEqual(filtered('Rescue Teams Search for Bodies Off Nantucket\r\nBoats Search the Sea', [['Rescue Teams', 'ORG'], ['Nantucket', 'LOC']]), []);
});

test('results tables, standings, sign-offs and datelines are not headlines: their names stay', () => {
  const text = 'Results of matches played on Sunday.\nHajduk Split 2 Proleter Zrenjanin 0\nRed Star 4 Partizan Belgrade 1\n-- Harry Milling, New York Energy Desk\n';
  assert.deepEqual(filtered(text, [['Hajduk Split', 'ORG'], ['Proleter Zrenjanin', 'ORG'], ['Red Star', 'ORG'], ['Partizan Belgrade', 'ORG'], ['Harry Milling', 'PER'], ['New York Energy Desk', 'ORG']]),
    ['Hajduk Split', 'Proleter Zrenjanin', 'Red Star', 'Partizan Belgrade', 'Harry Milling', 'New York Energy Desk']);
  // a table before any sentence: capitalized because it is names, no capitalized common word
  const table = 'Donna Wynd (New Zealand) 36.831\nMarion Clignet (France) 35.974\n\nThe race was held on Sunday.';
  assert.deepEqual(filtered(table, [['Donna Wynd', 'PER'], ['New Zealand', 'LOC'], ['Marion Clignet', 'PER'], ['France', 'LOC']]),
    ['Donna Wynd', 'New Zealand', 'Marion Clignet', 'France']);
});

test('a bracket whose partner is inside the span is part of the name; others are trimmed', () => {
  const text = 'Sloboda 4 Mladost (BJ) 0 and (Hajduk) won.';
  assert.deepEqual(filtered(text, [['Mladost (BJ)', 'ORG'], ['(Hajduk)', 'ORG']]), ['Mladost (BJ)', 'Hajduk']);
});

test('a title word alone is a role, unless the article names a person with it as surname', () => {
  const text = 'Billie Jean King picked the team. "We will wait," King said. The King spoke.';
  assert.deepEqual(filtered(text, [['Billie Jean King', 'PER'], ['King', 'PER', 1]]), ['Billie Jean King', 'King']);
  assert.deepEqual(filtered('The President said. "We will wait," President said.', [['President', 'PER', 1]]), []);
});
