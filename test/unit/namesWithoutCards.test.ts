// Names and identities on articles no card describes, through a Workspace with the shipped tagger.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Workspace } from '../../server/src/core/workspace/workspace.ts';
import { loadBundledTagger } from '../../server/src/host/bundledTagger.ts';
import { wireDatelineSpans } from '../../server/src/core/entities/wireDateline.ts';

const taggerPromise = loadBundledTagger();

async function analyzed(articles: Record<string, string>): Promise<Workspace> {
  const ws = new Workspace({ tagger: await taggerPromise });
  for (const [path, text] of Object.entries(articles)) ws.setArticle(path, text);
  return ws;
}

const mentions = (ws: Workspace, path: string) => ws.entities(path).map((m) => `${m.text}|${m.type}`);
const find = (ws: Workspace, path: string, text: string, nth = 0) => ws.entities(path).filter((m) => m.text === text)[nth];

test('wire datelines: the capitals are one place, the region another, the agency an organization', () => {
  const at = (line: string) => wireDatelineSpans(line, 0).map((s) => `${line.slice(s.start, s.end)}|${s.label}`);
  assert.deepEqual(at('WASHINGTON (AP) -- The board met.'), ['WASHINGTON|LOC', 'AP|ORG']);
  assert.deepEqual(at('LOS ANGELES (AP) -- A plane landed.'), ['LOS ANGELES|LOC', 'AP|ORG']);
  assert.deepEqual(at('ANDREWS AIR FORCE BASE, Md. (AP) -- Troops arrived.'), ['ANDREWS AIR FORCE BASE|LOC', 'Md.|LOC', 'AP|ORG']);
  assert.deepEqual(at('NEWPORT, R.I. _ The mystery deepened.'), ['NEWPORT|LOC', 'R.I.|LOC']);
  assert.deepEqual(at('NEW YORK, November 10 (Xinhua) -- Investigators searched.'), ['NEW YORK|LOC', 'Xinhua|ORG']);
  // a headline in capitals ending with a dash is no dateline; neither is a sentence
  assert.deepEqual(at('IPO FILING -- Homegate Hospitality Inc.'), []);
  assert.deepEqual(at('The NTSB (AP) said.'), []);
});

test('datelines in an article are places and agencies, not organizations or halves', async () => {
  const ws = await analyzed({
    'a.txt': 'Plane Lands Safely\n\nLOS ANGELES (AP) -- A jet landed safely on Sunday, officials said.\n',
    'b.txt': 'Troops Arrive\n\nANDREWS AIR FORCE BASE, Md. (AP) -- Troops arrived at the base on Monday.\n',
  });
  assert.deepEqual(mentions(ws, 'a.txt').slice(0, 2), ['LOS ANGELES|place', 'AP|organization']);
  assert.deepEqual(mentions(ws, 'b.txt').slice(0, 3), ['ANDREWS AIR FORCE BASE|place', 'Md.|place', 'AP|organization']);
});

test('possessives inside names and suffixes belong to the name', async () => {
  const ws = await analyzed({
    'a.txt': "Robert F. Kennedy Jr. flew to Martha's Vineyard on Friday. Martin Luther King III spoke, and Robert Kennedy Jr said he was tired.\n",
  });
  const found = mentions(ws, 'a.txt');
  assert.ok(found.includes('Robert F. Kennedy Jr.|person'), found.join(', '));
  assert.ok(found.includes("Martha's Vineyard|place"), found.join(', '));
  assert.ok(found.includes('Martin Luther King III|person'), found.join(', '));
  assert.ok(found.includes('Robert Kennedy Jr|person'), found.join(', '));
});

test('interview markers are not people; leading articles and titles are not part of names', async () => {
  const ws = await analyzed({
    'a.txt': 'Q. Did you see the plane?\nA. Yes, I saw it fall.\nQ. What then?\nA. Nothing.\n\nThe Justice Department said Judge Smith would rule on Monday.\n',
  });
  const found = mentions(ws, 'a.txt');
  assert.ok(!found.some((m) => /^(Q\.|A\.)/.test(m)), found.join(', '));
  assert.ok(found.includes('Justice Department|organization'), found.join(', '));
  assert.ok(found.includes('Smith|person'), found.join(', '));
});

test('aircraft models, laws and vessels are not organizations or people', async () => {
  const ws = await analyzed({
    'a.txt': 'The Boeing 767 crashed, Boeing Co. said. Congress passed the Clean Air Act in 1990. The submarine Kursk sank on Saturday, and the Kursk lay on the bottom.\n',
  });
  const all = ws.entities('a.txt');
  const typeOf = (text: string) => all.find((m) => m.text === text)?.type;
  assert.equal(typeOf('Boeing 767'), 'misc');
  assert.equal(typeOf('Boeing Co.'), 'organization');
  assert.notEqual(typeOf('Clean Air Act'), 'organization');
  assert.ok(!all.some((m) => m.text === 'Kursk'), all.map((m) => m.text).join(', '));
});

test('a bare surname is the person its article names in full; namesakes in one article leave it unresolved', async () => {
  const ws = await analyzed({
    'one.txt': 'Robert Kennedy Jr. arrived in Boston on Friday. Kennedy said he would stay.\n',
    'two.txt': 'Robert F. Kennedy Jr. and his father Robert F. Kennedy were seen. Kennedy waved.\n',
  });
  assert.equal(find(ws, 'one.txt', 'Kennedy')?.id, find(ws, 'one.txt', 'Robert Kennedy Jr.')?.id);
  const two = ws.entities('two.txt');
  const son = two.find((m) => m.text === 'Robert F. Kennedy Jr.')!;
  const father = two.find((m) => m.text === 'Robert F. Kennedy')!;
  assert.notEqual(son.id, father.id);
  const bare = two.find((m) => m.text === 'Kennedy');
  assert.ok(!bare || (bare.id !== son.id && bare.id !== father.id), 'an ambiguous surname stays apart');
});

test('acronyms meet their expansions: in brackets, by initials in the article, across articles when one fits', async () => {
  const ws = await analyzed({
    'a.txt': 'The Federal Aviation Administration (FAA) grounded the jets on Monday. The FAA said more checks were due.\n',
    'b.txt': 'The National Transportation Safety Board met on Tuesday. The NTSB said the recorder was found.\n',
    'c.txt': 'Investigators from the NTSB flew to Cairo on Friday, the FAA said.\n',
    'd.txt': 'The Federal Security Service (FSB) denied it. The FSB said nothing.\n',
  });
  const faa = find(ws, 'a.txt', 'Federal Aviation Administration')!;
  assert.equal(find(ws, 'a.txt', 'FAA')?.id, faa.id);
  const ntsb = find(ws, 'b.txt', 'National Transportation Safety Board')!;
  assert.equal(find(ws, 'b.txt', 'NTSB')?.id, ntsb.id);
  assert.equal(find(ws, 'c.txt', 'NTSB')?.id, ntsb.id);
  assert.equal(find(ws, 'c.txt', 'FAA')?.id, faa.id);
  assert.equal(find(ws, 'd.txt', 'FSB', 1)?.id, find(ws, 'd.txt', 'Federal Security Service')?.id);
});

test('an acronym two expansions fit stays apart; company suffixes are optional in the id', async () => {
  const ws = await analyzed({
    'a.txt': 'The Alliance Party said prices rose on Monday.\n',
    'b.txt': 'The Associated Press reported the news on Monday.\n',
    'c.txt': 'The AP said prices rose. Boeing Co. said orders fell, and Boeing said it was sure.\n',
  });
  const ap = find(ws, 'c.txt', 'AP');
  assert.ok(!ap || (ap.id !== find(ws, 'a.txt', 'Alliance Party')?.id && ap.id !== find(ws, 'b.txt', 'Associated Press')?.id));
  const boeing = ws.entities('c.txt').filter((m) => m.text.startsWith('Boeing'));
  assert.equal(boeing.length, 2);
  assert.equal(new Set(boeing.map((m) => m.id)).size, 1, boeing.map((m) => `${m.text}:${m.id}`).join(', '));
});

test('kin words and titles before a name are not part of it, initials are; dates are no names', async () => {
  const ws = await analyzed({
    'a.txt': 'Key Events\n\nNov. 26 -- Great-uncle Lazaro Gonzalez was granted custody.\n\nJan. 12 -- U.S. District Judge K. Michael Moore dismissed the lawsuit.\n\nJan. 19 -- The family appealed.\n',
  });
  const found = mentions(ws, 'a.txt');
  assert.ok(found.includes('Lazaro Gonzalez|person'), found.join(', '));
  assert.ok(found.includes('K. Michael Moore|person'), found.join(', '));
  assert.ok(!found.some((m) => m.startsWith('Jan.') || m.startsWith('Nov.')), found.join(', '));
});

test('a demonym before an institution that names none alone is part of its name', async () => {
  const ws = await analyzed({
    'a.txt': 'A spokeswoman of the Vietnamese Foreign Ministry said on Monday that the talks would go on.\n',
  });
  assert.ok(mentions(ws, 'a.txt').includes('Vietnamese Foreign Ministry|organization'), mentions(ws, 'a.txt').join(', '));
});

test('the hover of a name without a card says how its identity was decided', async () => {
  const { entityHoverMarkdown } = await import('../../server/src/core/present/entityHover.ts');
  const ws = await analyzed({
    'a.txt': 'Jim Hall, the chairman, spoke on Friday. Hall said the National Transportation Safety Board would meet. The NTSB said nothing.\n',
  });
  const hall = ws.entities('a.txt').find((m) => m.text === 'Hall')!;
  const ntsb = ws.entities('a.txt').find((m) => m.text === 'NTSB')!;
  const link = () => '#';
  assert.match(entityHoverMarkdown(ws, hall, link), /"Hall": the surname of Jim Hall, the one person with that surname in this article/);
  assert.match(entityHoverMarkdown(ws, ntsb, link), /"NTSB": an acronym of National Transportation Safety Board/);
});

test('a given name alone is the one person its article names in full with it; never across articles', async () => {
  const ws = await analyzed({
    'a.txt': 'Elian Gonzalez returned to Cuba on Wednesday with his father Juan Miguel Gonzalez. Officials said Elian was tired.\n',
    'b.txt': 'Officials said Elian was tired after the flight to Havana on Wednesday.\n',
  });
  const boy = find(ws, 'a.txt', 'Elian Gonzalez')!;
  const alone = find(ws, 'a.txt', 'Elian');
  assert.equal(alone?.id, boy.id);
  assert.equal(alone?.source, 'given-name');
  const elsewhere = find(ws, 'b.txt', 'Elian');
  assert.ok(!elsewhere || elsewhere.id !== boy.id);
});

test('a leading article is left out of the id: "The Associated Press" is the Associated Press', async () => {
  const ws = await analyzed({
    'a.txt': 'The report, first carried by The Associated Press on Monday, was denied.\n',
    'b.txt': 'A spokesman told the Associated Press on Tuesday that the report was wrong.\n',
  });
  const a = ws.entities('a.txt').find((m) => m.text.endsWith('Associated Press'));
  const b = find(ws, 'b.txt', 'Associated Press');
  assert.ok(a && b);
  assert.equal(a.id, b.id);
});

test('a name ending in a kind of organization is one, in a kind of place is a place', async () => {
  const ws = await analyzed({
    'a.txt': 'The result will be published in the newspapers Rossiiskaya Gazeta and Parlamentskaya Gazeta on Friday. The plane crashed south of Nantucket Island.\n',
  });
  const all = ws.entities('a.txt');
  const typeOf = (text: string) => all.find((m) => m.text === text)?.type;
  assert.equal(typeOf('Rossiiskaya Gazeta'), 'organization');
  assert.equal(typeOf('Nantucket Island'), 'place');
});

test('a middle initial or a short given name does not split one person in an article; a suffix or another given name does', async () => {
  const ws = await analyzed({
    'a.txt': 'President William J. Clinton spoke on Monday. Bill Clinton later said Clinton was tired.\n',
    'b.txt': 'Robert F. Kennedy Jr. and Robert F. Kennedy were named. Kennedy waved.\n',
    'c.txt': 'Hillary Clinton met Bill Clinton on Monday. Clinton spoke.\n',
  });
  assert.equal(find(ws, 'a.txt', 'Bill Clinton')?.id, find(ws, 'a.txt', 'William J. Clinton')?.id);
  assert.equal(find(ws, 'a.txt', 'Clinton')?.id, find(ws, 'a.txt', 'William J. Clinton')?.id);
  assert.notEqual(find(ws, 'b.txt', 'Robert F. Kennedy Jr.')?.id, find(ws, 'b.txt', 'Robert F. Kennedy')?.id);
  assert.notEqual(find(ws, 'c.txt', 'Hillary Clinton')?.id, find(ws, 'c.txt', 'Bill Clinton')?.id);
});

test('a word that names what every object inherits ("constructor") is no noun of a possessive name nor a nickname: every name keeps its type', async () => {
  const ws = await analyzed({
    'a.txt': "Michael Schumacher said Ferrari's Constructor title was safe after the race in Monza, Italy.\n\nConstructor Smith watched. Smith left.\n",
  });
  for (const m of ws.entities('a.txt')) assert.ok(['person', 'place', 'organization', 'misc'].includes(m.type), `${m.text}: ${String(m.type)}`);
  assert.ok(!mentions(ws, 'a.txt').some((m) => m.startsWith("Ferrari's Constructor")), mentions(ws, 'a.txt').join(', '));
});
