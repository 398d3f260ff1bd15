import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findDates, findArticleDate, type DateMention } from '../../server/src/core/dates/index.ts';

function only(text: string, anchor?: string): DateMention {
  const found = findDates(text, anchor ? { anchor } : {});
  assert.equal(found.length, 1, `expected one date in ${JSON.stringify(text)}, got ${JSON.stringify(found.map((d) => d.text))}`);
  return found[0];
}

function values(text: string, anchor?: string): Array<[string, string | null]> {
  return findDates(text, anchor ? { anchor } : {}).map((d) => [d.text, d.value]);
}

test('weekdays resolve against the article date, the article day itself counts in the past', () => {
  const a = '2020-11-21'; // a Saturday
  const sat = only('Armenian Prime Minister Nikol Pashinyan called Saturday for greater military cooperation with Russia.', a);
  assert.equal(sat.text, 'Saturday');
  assert.equal(sat.value, '2020-11-21');
  assert.equal(sat.weekday, 6);
  assert.equal(sat.relative, true);
  assert.equal(sat.granularity, 'day');
  assert.equal(only('after Azerbaijani troops Friday moved into the Aghdam district', a).value, '2020-11-20');
  assert.equal(only('Yerevan will host the talks on Tuesday.', a).value, '2020-11-24');
  assert.equal(only('They met last Saturday.', a).value, '2020-11-14');
  assert.equal(only('The summit is next Tuesday.', a).value, '2020-11-24');
});

test('explicit and year-less dates', () => {
  const a = '2020-11-21';
  const d = only('Armenia and Azerbaijan agreed to a Russian-brokered ceasefire on November 9 after six weeks of fighting.', a);
  assert.deepEqual([d.text, d.value, d.explicitYear, d.relative], ['November 9', '2020-11-09', false, true]);
  assert.deepEqual(values('accusing Armenia of violating the provisions of the November 9, 2020 agreement.'), [['November 9, 2020', '2020-11-09']]);
  assert.deepEqual(values('The events were a gross violation of the November 9 2020 trilateral statement.'), [['November 9 2020', '2020-11-09']]);
  assert.deepEqual(values('It was signed on 9 November 2020 in Moscow.'), [['9 November 2020', '2020-11-09']]);
  assert.deepEqual(values('The file is dated 2020-11-09.'), [['2020-11-09', '2020-11-09']]);
  assert.deepEqual(values('The letter dated March 1, 2021.'), [['March 1, 2021', '2021-03-01']]);
  assert.deepEqual(values('Talks resumed Nov. 9.', a), [['Nov. 9', '2020-11-09']]);
  const e = only('the 1997 agreement between the Republic of Armenia and the Russian Federation');
  assert.deepEqual([e.text, e.value, e.granularity], ['1997', '1997', 'year']);
});

test('decades, months, seasons, quarters, relative units', () => {
  const m = only('controlled by the separatists since the 1990s.', '2020-11-21');
  assert.deepEqual([m.text, m.value, m.granularity], ['the 1990s', '199', 'decade']);
  assert.deepEqual(values('The book was published in 2019.'), [['2019', '2019']]);
  assert.deepEqual(values('prices fell in May 2010.'), [['May 2010', '2010-05']]);
  assert.deepEqual(values('Profits rose in the third quarter of 2020.'), [['the third quarter of 2020', '2020-Q3']]);
  assert.deepEqual(values('Sales fell last summer.', '2013-03-21'), [['last summer', '2012-SU']]);
  assert.deepEqual(values('Sales fell last year.', '2013-03-21'), [['last year', '2012']]);
  assert.deepEqual(values('Talks continue this week.', '2013-03-22'), [['this week', '2013-W12']]);
  assert.deepEqual(values('Yesterday it rained; today it snows; tomorrow it clears.', '2021-12-02'),
    [['Yesterday', '2021-12-01'], ['today', '2021-12-02'], ['tomorrow', '2021-12-03']]);
  const early = only('Russian peacekeepers arrived earlier this year', '2021-03-01');
  assert.deepEqual([early.text, early.value], ['earlier this year', '2021']);
  const late = only('In late March, Azerbaijani forces breached the line-of-contact.', '2021-06-01');
  assert.deepEqual([late.text, late.value, late.mod], ['late March', '2021-03', 'END']);
});

test('months are tense-aware against the anchor (Pashinyan article, 2021-12-02)', () => {
  const a = '2021-12-02';
  assert.deepEqual(values('Both parties accuse each other of violating the ceasefire reached in November.', a), [['November', '2021-11']]);
  assert.deepEqual(values('Putin met Pashinyan and the Azerbaijani president in Moscow in January.', a), [['January', '2021-01']]);
  // no tense: the nearest January, a month ahead rather than eleven back
  assert.deepEqual(values('in January', a), [['January', '2022-01']]);
  const mid = only('Things got worse in mid-May, when Pashinián invoked the pact.', a);
  assert.deepEqual([mid.text, mid.value, mid.mod], ['mid-May', '2021-05', 'MID']);
  const begin = only('Pashinian was in Moscow at the beginning of July to complain to Putin.', a);
  assert.deepEqual([begin.text, begin.value, begin.mod], ['the beginning of July', '2021-07', 'START']);
  assert.deepEqual(
    values('Pashinian was in Moscow at the beginning of July and, on the 20th, it was Aliyev who did it.', a),
    [['the beginning of July', '2021-07'], ['the 20th', '2021-07-20']],
  );
  assert.deepEqual(values('The three are expected to join in April.', '1998-12-05'), [['April', '1999-04']]);
});

test('tense: future weekdays resolve forward, past ones back, "since" and "last" months back', () => {
  const sat = '1998-03-14'; // a Saturday
  assert.equal(only('The shuttle will land at dawn Sunday, NASA said.', sat).value, '1998-03-15');
  assert.equal(only('The general is to testify on Monday before the committee.', sat).value, '1998-03-16');
  assert.equal(only('Bagabandi would start an official visit to Kuwait Saturday mainly aimed at trade.', '1998-03-13').value, '1998-03-14');
  assert.equal(only('The inauguration ceremony slated for Monday, conveyed greetings.', '1999-01-31').value, '1999-02-01');
  // "had been due" is past, though "due" alone looks ahead
  assert.equal(only('The ship had been due in port Friday night.', sat).value, '1998-03-13');
  assert.equal(only('The ship is due in port Friday night.', sat).value, '1998-03-20');
  const july = '1999-07-20';
  assert.deepEqual(values('It was the team\'s first win since November.', july), [['November', '1998-11']]);
  assert.deepEqual(values('The families filed suit in December and are seeking damages.', '1999-03-10'), [['December', '1998-12']]);
  assert.deepEqual(values('Sales fell last March.', '1999-03-10'), [['last March', '1998-03']]);
  assert.deepEqual(values('Sales will rise next March.', '1999-03-10'), [['next March', '2000-03']]);
  assert.deepEqual(values('Sales fell in March.', '1999-03-10'), [['March', '1999-03']]);
  // cue words that are no tense here: "coming off" a month, "the next president", the month May
  assert.deepEqual(values('With GM coming off a stellar sales month in May, when it increased market share.', '1998-06-10'), [['May', '1998-05']]);
  assert.equal(only('With his landslide victory Sunday securing his place as the next president.', '1998-12-08').value, '1998-12-06');
  assert.deepEqual(values('He rented the house from May to August and left.', '1998-09-26'), [['May', '1998-05'], ['August', '1998-08']]);
  assert.equal(only('Chavez will be sworn in on Feb 2, officials said.', '1998-12-06').value, '1999-02-02');
  // a hyphenated compound is no past verb: "date-triggered viruses because of Jan. 1"
  assert.deepEqual(values('We are anticipating a lot of date-triggered viruses because of Jan. 1.', '1999-12-16'), [['Jan. 1', '2000-01-01']]);
  // "the case is heard in May": present, not the past participle
  assert.deepEqual(values('The case is heard in May in the appeals court.', '2000-03-29'), [['May', '2000-05']]);
});

test('a year-less day within two months of the article date is that one, whatever the tense', () => {
  assert.deepEqual(values('The dividend is payable to stock of record Nov. 16, the company said.', '1989-11-01'), [['Nov. 16', '1989-11-16']]);
  assert.deepEqual(values('The offer was extended to Dec. 15.', '1989-10-31'), [['Dec. 15', '1989-12-15']]);
  assert.deepEqual(values('Aid will reach the victims of the Aug. 7 blasts.', '1998-08-18'), [['Aug. 7', '1998-08-07']]);
  // a weekday given with the date must fit the year chosen: no false mismatch
  const editorial = only('The New York Times said in an editorial on Tuesday, July 30: the police must answer.', '1998-06-30');
  assert.deepEqual([editorial.value, editorial.weekdayMismatch], ['1996-07-30', false]);
  // the verb right before the date governs it: "which began Oct. 1" in August is last October
  assert.deepEqual(values('For the first 10 months of fiscal 2000, which began Oct. 1, the government ran a surplus.', '2000-08-18'), [['fiscal 2000', '2000'], ['Oct. 1', '1999-10-01']]);
  // a near date of another calendar year only where the tense allows: January's deposition, seen in December
  assert.deepEqual(values('When the president gave his deposition in the Jones case on Jan. 17, the definition was agreed.', '1998-12-01'), [['Jan. 17', '1998-01-17']]);
  assert.deepEqual(values('He has requested Jan. 21 as an execution date.', '1999-12-20'), [['Jan. 21', '2000-01-21']]);
  // further away the tense decides
  assert.deepEqual(values('The thrift announced the plan March 21.', '1989-10-27'), [['March 21', '1989-03-21']]);
  assert.deepEqual(values('The plan will take effect March 21.', '1989-10-27'), [['March 21', '1990-03-21']]);
});

test('a weekday written with a date is one expression and keeps the weekday', () => {
  const d = only('a ceasefire starting at 18:30 Yerevan time on Tuesday, November 16 after Azerbaijani attacks', '2021-11-16');
  assert.deepEqual([d.text, d.value, d.weekday, d.weekdayMismatch], ['Tuesday, November 16', '2021-11-16', 2, false]);
  const bad = only('on Wednesday, November 16, 2021');
  assert.equal(bad.value, '2021-11-16');
  assert.equal(bad.weekday, 3);
  assert.equal(bad.weekdayMismatch, true);
});

test('without an anchor relative expressions are null, year-less dates partial', () => {
  const d = only('fighting erupted on November 16, with both sides accusing each other');
  assert.equal(d.value, null);
  assert.equal(d.partial, 'XXXX-11-16');
  const w = only('said on Tuesday that soldiers will leave');
  assert.equal(w.value, null);
  assert.equal(w.partial, 'XXXX-WXX-2');
  assert.equal(w.weekday, 2);
  assert.equal(only('the situation yesterday').value, null);
});

test('false dates are rejected', () => {
  assert.deepEqual(values('Armenia agreed to return 15 to 20 percent of Nagorno-Karabakh territory.', '2020-11-21'), []);
  assert.deepEqual(values('Grigoryan told Today Public Television earlier on Tuesday.', '2021-11-16'), [['Tuesday', '2021-11-16']]);
  assert.deepEqual(values('a war that caused more than 6,500 deaths', '2021-12-02'), []);
  assert.deepEqual(values('the fire that had costed thousands of lives over the past 44 days', '2021-03-01'), []);
  assert.deepEqual(values('a ceasefire starting at 18:30 Yerevan time', '2021-11-16'), []);
  assert.deepEqual(values('Armenia May retaliate, officials warned.'), []);
  assert.deepEqual(values('Around 2,000 Russian peacekeepers and 7,000 refugees'), []);
  assert.deepEqual(values('Original url: https://www.themoscowtimes.com/2020/11/21/13-a72109'), []);
});

test('findArticleDate: dateline with a year', () => {
  const text = 'Armenia PM Urges Stronger Military Links With Russia\n\nBy Mariam Harutyunyan and Emil Guliyev for AFP\n\nNovember 21, 2020\n\nArmenian Prime Minister Nikol Pashinyan called Saturday for greater military cooperation.';
  const a = findArticleDate(text);
  assert.equal(a.value, '2020-11-21');
  assert.equal(a.source, 'dateline');
  assert.equal(text.slice(a.start!, a.end!), 'November 21, 2020');
});

test('findArticleDate: a dated line older than a day the article tells of as past is no dateline (a chronicle\'s entry)', () => {
  const chronicle = 'Chronicle of Major Events in China Since 1978 (2-2)\n\nFebruary 26,1989 -- Stability is an overriding issue, Deng pointed out.\n\nThe State Council repealed martial law on January 11, 1990.\n';
  const a = findArticleDate(chronicle);
  assert.deepEqual([a.value, a.source], [null, 'unknown']);
  assert.match(a.explanation, /is no dateline: the article tells of 1990 as past/);
  // (a day ahead, or a year alone, leaves the dateline)
  assert.equal(findArticleDate('February 26, 1989 -- The council will meet on January 11, 1990.\n').value, '1989-02-26');
  assert.equal(findArticleDate('February 1, 1999 -- The fiscal 2000 budget, released today, is large.\n').value, '1999-02-01');
});

test('findArticleDate: weekday inference from a year-less dateline', () => {
  const text = 'Thursday, December 2\n\nArmenian Prime Minister will ask Russia for military aid against Azerbaijan\n\n' +
    'Peskov was referring to the ceasefire agreement signed between Yerevan and Baku, mediated by Moscow, the November 9, 2020, after six weeks of a war.';
  const a = findArticleDate(text);
  assert.equal(a.value, '2021-12-02');
  assert.equal(a.source, 'weekday-inference');
  assert.equal(a.start, 0);
  // the bare snippet gives no year to bound the search: unresolved unless an upper bound is given
  const bare = findArticleDate('Thursday, December 2\n\nArmenian Prime Minister...');
  assert.equal(bare.value, null);
  assert.equal(bare.source, 'unknown');
  assert.equal(findArticleDate('Thursday, December 2\n\nArmenian Prime Minister...', { maxYear: 2025 }).value, '2021-12-02');
});

test('findArticleDate: unknown when there is no dateline', () => {
  const a = findArticleDate('Armenia Withdraws Military Forces from Artsakh\n\nOfficial Yerevan on Tuesday seemed to reassure Azerbaijan.');
  assert.equal(a.value, null);
  assert.equal(a.source, 'unknown');
});

test('findArticleDate: the last of the first lines is read in the whole text, as the lines before it', () => {
  // "Oct. 12" then "1999" on the next line is one date that spans two lines: no dateline, on
  // line 3 as on line 12 (the last line looked at, once read cut from the rest of the text)
  const rest = '\nWASHINGTON, Oct. 12\n1999 (AP) -- The talks went on.\n';
  const early = `Talks Go On\n\nA line of the lead.\n${rest}`;
  const last = `${Array.from({ length: 11 }, (_, i) => `Paragraph ${i + 1} tells of the talks.`).join('\n\n')}\n${rest}`;
  assert.equal(findArticleDate(early).source, 'unknown');
  assert.equal(findArticleDate(last).source, 'unknown');
  assert.equal(findArticleDate(last).explanation, 'no dateline in the first 12 non-empty lines');
});

test('corpus articles: every date expression, anchored on the article date', async () => {
  const { readFileSync } = await import('node:fs');
  const { join } = await import('node:path');
  const read = (f: string) => readFileSync(join(__dirname, '../../corpus', f), 'utf8');
  const run = (f: string) => {
    const text = read(f);
    const a = findArticleDate(text);
    return { a, dates: findDates(text, { anchor: a.value ?? undefined }).map((d) => `${d.text}=${d.value}`) };
  };
  const mt = run('moscow-times-2020-11-21.txt');
  assert.equal(mt.a.value, '2020-11-21');
  assert.deepEqual(mt.dates, [
    'November 21, 2020=2020-11-21', 'Saturday=2020-11-21', 'today=2020-11-21', 'Friday=2020-11-20',
    'November 9=2020-11-09', 'the 1990s=199', 'Saturday=2020-11-21', 'Saturday=2020-11-21', 'Friday=2020-11-20',
    'Saturday=2020-11-21', 'later Saturday=2020-11-21', '1990s=199',
  ]);
  const pa = run('pashinyan-to-ask-russia-for-military-aid.txt');
  assert.equal(pa.a.value, '2021-12-02');
  assert.deepEqual(pa.dates, [
    'Thursday, December 2=2021-12-02', 'yesterday=2021-12-01', 'this week=2021-W48', 'November=2021-11',
    'yesterday=2021-12-01', 'November 9, 2020=2020-11-09', 'November=2020-11', 'January=2021-01',
    'mid-May=2021-05', 'the beginning of July=2021-07', 'the 20th=2021-07-20',
  ]);
  // no dateline: unknown anchor, so relative expressions stay unresolved but explicit dates resolve
  const ac = run('armenia-confirms-casualties-in-border-clashes.txt');
  assert.equal(ac.a.source, 'unknown');
  assert.ok(ac.dates.includes('Tuesday, November 16=null'));
  assert.ok(ac.dates.includes('1997=1997'));
  assert.ok(!ac.dates.some((d) => d.startsWith('Today') || d.startsWith('18:30')));
  const aw = run('azerbaijan-warns-against-deployment-to-karabakh.txt');
  assert.deepEqual(aw.dates, [
    'November 10, 2020=2020-11-10', 'September 27=2020-09-27', 'March 1, 2021=2021-03-01',
    'late November last year=null', 'the future=FUTURE_REF', '2019=2019',
  ]);
});

test('weekday and month names used as names are no dates', () => {
  const a = '1998-03-14';
  assert.deepEqual(values('Crusoe taught his servant Friday to speak English.', a), []);
  assert.deepEqual(values('They adopted a dog named Friday last year.', a).map(([t]) => t), ['last year']);
  assert.deepEqual(values('She starred in the film "Black Friday" and in “Friday”.', a), []);
  assert.deepEqual(values('The sequel, Next Friday, opens soon.', a), []);
  assert.deepEqual(values('Shoppers crowded the malls on Black Friday and Good Friday.', a), []);
  assert.deepEqual(values('U.S. Ambassador April Glaspie met Saddam Hussein.', a), []);
  assert.deepEqual(values('Singer June Carter performed.', a), []);
  assert.deepEqual(values("``They won't,'' said June O'Neill, completing her term.", a), []);
  assert.deepEqual(values("Anthony Daniels (the voice of C-3P0) and Pernilla August (Anakin's mother) were there.", a), []);
  assert.deepEqual(values('The film, by director Bille August, opened.', a), []);
  assert.deepEqual(values('Ms. August was asked what it felt like.', a), []);
  assert.deepEqual(values('By the 12th grade most students can read it.', a), []);
  // titles in quotes of capitalized words (as wire copy quotes them, with `` and '')
  assert.deepEqual(values("He told moderator Tony Snow on ``Fox News Sunday,'' that he would meet May.", a), []);
  assert.deepEqual(values("Lucas has fun with ``Monday Night Football'' and Murray's ``Saturday Night Live'' co-star.", a), []);
  assert.deepEqual(values('the CBS program "Sunday Morning," which airs weekly', a), []);
  // still dates
  assert.deepEqual(values("``We leave on Sunday,'' he said.", a), [['Sunday', '1998-03-15']]);
  assert.deepEqual(values('Next Friday the talks resume.', a), [['Next Friday', '1998-03-20']]);
  assert.deepEqual(values('Three men were named Thursday in a bulletin.', a), [['Thursday', '1998-03-12']]);
  assert.deepEqual(values('In April Congress passed the bill.', a), [['April', '1997-04']]);
  assert.deepEqual(values('The talks, and Sunday August 2 too, were set.', a).map(([t]) => t), ['Sunday August 2']);
  assert.deepEqual(values('Congress and Parliament in August agreed.', a), [['August', '1997-08']]);
});

test('habits are TimeML sets with no date, and date no event', () => {
  const a = '1998-03-14';
  const found = findDates('She flies home on Friday nights and returns on Sunday nights; every Sunday she calls, and Mondays she rests.', { anchor: a });
  assert.deepEqual(found.map((d) => [d.text, d.value, d.partial, d.set]), [
    ['Friday nights', null, 'XXXX-WXX-5TNI', true],
    ['Sunday nights', null, 'XXXX-WXX-7TNI', true],
    ['every Sunday', null, 'XXXX-WXX-7', true],
    ['Mondays', null, 'XXXX-WXX-1', true],
  ]);
  assert.equal(only('She flew home on Friday night.', a).set, undefined);
  // a month or a day of the year every year; the first day of a pair of habits
  const yearly = findDates('Orangemen march each July, and every July 4 the town parades; every Mayor agrees.', { anchor: a });
  assert.deepEqual(yearly.map((d) => [d.text, d.value, d.partial, d.set]), [
    ['each July', null, 'XXXX-07', true],
    ['every July 4', null, 'XXXX-07-04', true],
  ]);
  const pair = findDates('Two new flights would leave Bombay on Monday and Tuesday nights, and on Saturday or Sundays.', { anchor: a });
  assert.deepEqual(pair.map((d) => [d.text, d.partial, d.set]), [
    ['Monday', 'XXXX-WXX-1TNI', true],
    ['Tuesday nights', 'XXXX-WXX-2TNI', true],
    ['Saturday', 'XXXX-WXX-6', true],
    ['Sundays', 'XXXX-WXX-7', true],
  ]);
  assert.deepEqual(values('The talks were held on Monday and Tuesday.', a), [['Monday', '1998-03-09'], ['Tuesday', '1998-03-10']]);
  // the second day of a habit
  const second = findDates('Every Tuesday and Thursday since late November he has come here; on Saturdays or Sunday he rests.', { anchor: a });
  assert.deepEqual(second.filter((d) => /day/.test(d.text)).map((d) => [d.text, d.partial, d.set]), [
    ['Every Tuesday', 'XXXX-WXX-2', true],
    ['Thursday', 'XXXX-WXX-4', true],
    ['Saturdays', 'XXXX-WXX-6', true],
    ['Sunday', 'XXXX-WXX-7', true],
  ]);
});

test('a weekday after "a" or "one" is no particular day, unless it is a noun\'s: "a Monday news conference" is that Monday\'s', () => {
  const a = '2000-08-26';
  assert.deepEqual(values('the thrill of going to a late show on a Monday night and finding it sold out', a), []);
  assert.deepEqual(values('We finally came in to work on it one Saturday and he sat at his desk.', a), []);
  // the weekday of a date told beside it: the date is the date
  assert.deepEqual(values('Then on Aug. 14, a Monday, the navy announced it.', a), [['Aug. 14', '2000-08-14']]);
  assert.deepEqual(values('They did not report it until Aug. 14, which was a Monday, a day later.', a), [['Aug. 14', '2000-08-14']]);
  // still dates
  assert.deepEqual(values('He spoke at a Monday news conference.', a), [['Monday', '2000-08-21']]);
  assert.deepEqual(values('He met them on Monday night.', a), [['Monday night', '2000-08-21']]);
});

test('a year-less month naming an event set ahead is the coming one when it is awaited, or when no verb of its own dates it as past', () => {
  assert.deepEqual(values('Putin said it in an apparent appeal to voters ahead of March presidential elections.', '2000-01-11'), [['March', '2000-03']]);
  assert.deepEqual(values("Waxman called the plan ``a sham'' designed to give Republicans political cover in the November elections.", '1998-06-25'), [['November', '1998-11']]);
  // an event's own verb, or a coming one too far off, keeps the last one
  assert.deepEqual(values('Chavez, elected in the December presidential elections, testified as president.', '1999-08-11'), [['December', '1998-12']]);
  assert.deepEqual(values('The Communists lost their majority in December parliamentary elections.', '2000-04-22'), [['December', '1999-12']]);
  assert.deepEqual(values('More stood in lines to see the film than stood in lines to vote in the September elections.', '1999-10-20'), [['September', '1999-09']]);
  assert.deepEqual(values('One study was reported in the July issue of The Journal.', '1999-11-22'), [['July', '1999-07']]);
});

test('the month just ended, with only a verb after it looking ahead, is the last one; one planned for is the coming one', () => {
  assert.deepEqual(values('Economists predict that the employment figures for January and February to be released will show a drop.', '1998-02-27'), [['January', '1998-01'], ['February', '1998-02']]);
  assert.deepEqual(values('Two encounters with Ganymede are being planned for May and December.', '2000-01-31'), [['May', '2000-05'], ['December', '2000-12']]);
});

test('a month of what an infinitive says was to be done, under a distant past verb, is the coming one when it is near', () => {
  assert.deepEqual(values('Scientists came to the summit to urge world leaders at their Kyoto meeting in Japan in December to agree.', '1997-09-30'), [['December', '1997-12']]);
  assert.deepEqual(values("He posted a message begging fans to join him in traveling to the United States to see the film in May.", '1999-02-25'), [['May', '1999-05']]);
  // no infinitive, a preposition "to", or a coming one too far off: the last one
  assert.deepEqual(values('Officials spotted three infested trees just across Interstate 10 from their El Monte office in June.', '1999-05-26'), [['June', '1998-06']]);
  assert.deepEqual(values('The army sent three more battalions of troops to the border region near the town in July.', '1999-05-26'), [['July', '1998-07']]);
  assert.deepEqual(values('Scientists came to the summit to urge world leaders at their Kyoto meeting in Japan in August to agree.', '1997-09-30'), [['August', '1997-08']]);
});

test('a wire story embargoed for a day is released on the coming one', () => {
  assert.deepEqual(values('(Gary Borders is editor of the Daily Sentinel.) EMBARGOED for Sunday. MOVED', '2000-01-13'), [['Sunday', '2000-01-16']]);
});

test('a chronology\'s year heading gives its entries their year', () => {
  const text = 'Key Dates in Elian Case\n\n1999:\n\nNov. 22 -- Elian leaves Cuba.\n\nDec. 10 -- Lazaro Gonzalez applies for asylum.\n\n2000:\n\nJan. 5 -- The INS rules he must be returned by Jan. 14.\n\nJune 1 -- The court rules.\n';
  assert.deepEqual(values(text, '2000-06-28'), [['1999', '1999'], ['Nov. 22', '1999-11-22'], ['Dec. 10', '1999-12-10'], ['2000', '2000'], ['Jan. 5', '2000-01-05'], ['Jan. 14', '2000-01-14'], ['June 1', '2000-06-01']]);
  // a year inside a line is no heading
  assert.deepEqual(values('Profits were up in 1999:\nOn Nov. 22 the shop will reopen.', '2000-06-28'), [['1999', '1999'], ['Nov. 22', '2000-11-22']]);
});

test('an -ed adjective before its noun, in the date\'s phrase, is no past verb', () => {
  assert.deepEqual(values('The spacecraft will finish a $30 million, two-year extended mission in January.', '1999-10-11'), [['January', '2000-01']]);
  assert.deepEqual(values('Monsanto is expected to ask the FDA for an expedited six-month review by September.', '1998-06-16'), [['September', '1998-09']]);
  // a verb still: after a determiner a preposition follows, or the word is the subject's
  assert.deepEqual(values('The crew that the navy trained in July sailed.', '1999-10-11'), [['July', '1999-07']]);
  assert.deepEqual(values('The 18-year-old died in March.', '1999-10-11'), [['March', '1999-03']]);
});

test('a span of days takes the year written after it', () => {
  assert.deepEqual(values('-- Oct. 12-13, 1992: A Concorde flies around the world.', '2000-07-25'), [['Oct. 12', '1992-10-12'], ['13', '1992-10-13'], ['1992', '1992']]);
  assert.deepEqual(values('The talks were held May 4 and 5, 1997, in Miami.', '1998-08-27'), [['May 4', '1997-05-04'], ['5', '1997-05-05'], ['1997', '1997']]);
});

test('the other day of a span or pair of days after a month and day is a date of its own, of the first day\'s month and year; a count after it is not', () => {
  assert.deepEqual(values('The conference will be held here from November 2 to 13.', '1998-10-30'), [['November 2', '1998-11-02'], ['13', '1998-11-13']]);
  assert.deepEqual(values('It will be decided at the NATO summit on April 24 and 25.', '1999-02-10'), [['April 24', '1999-04-24'], ['25', '1999-04-25']]);
  assert.deepEqual(values('Talks ran Nov. 2-13 in Bonn.', '1998-10-30'), [['Nov. 2', '1997-11-02'], ['13', '1997-11-13']]);
  // (a number of things, a span backwards, a day the month lacks)
  assert.deepEqual(values('On May 4 and 25 people died.', '2000-02-10'), [['May 4', '1999-05-04']]);
  assert.deepEqual(values('The strike ran from May 14 to 7.', '2000-06-10'), [['May 14', '2000-05-14']]);
  assert.deepEqual(values('It is set for April 30 or 31.', '2000-02-10'), [['April 30', '2000-04-30']]);
});

test('a date an event was moved to is the nearest one, not the last before the article', () => {
  assert.deepEqual(values("Yeltsin's resignation made Putin acting president and moved the election to March 26.", '2000-01-14'), [['March 26', '2000-03-26']]);
  assert.deepEqual(values('He will run in the next presidential race, now moved to March.', '1999-12-31'), [['now', 'PRESENT_REF'], ['March', '2000-03']]);
  assert.deepEqual(values('The board postponed the vote to Feb. 2.', '2000-01-12'), [['Feb. 2', '2000-02-02']]);
  // moved in a month: the past
  assert.deepEqual(values('The family moved in March to Miami.', '2000-01-14'), [['March', '1999-03']]);
});

test('a capitalized -ed word inside a sentence is a name, no past verb; a plan after a determiner is a noun, not the future', () => {
  assert.deepEqual(values('In May, Manfred Ewald and Manfred Hoeppner will have their day in court.', '2000-02-05'), [['May', '2000-05']]);
  // the first word of a sentence is still a verb
  assert.deepEqual(values('Elected in November, he took office.', '2000-02-05'), [['November', '1999-11']]);
  assert.deepEqual(values('In March, acting under the Endangered Species Act, the government set in motion a regional plan to restore salmon runs.', '1999-06-07'), [['March', '1999-03']]);
});

test('"of last year" after a month, and a sentence opening with "Last year", give the year before the article\'s', () => {
  assert.deepEqual(values('In August of last year, she contacted the city.', '2000-08-01'), [['August', '1999-08'], ['last year', '1999']]);
  assert.deepEqual(values('Last year, with Queens as the epicenter, the first case was reported in late August.', '2000-08-01'), [['Last year', '1999'], ['late August', '1999-08']]);
  // not "last year" inside the sentence
  assert.deepEqual(values('Attacks have occurred since last year, the Daily said in its Aug. 24 edition.', '1998-08-29'), [['last year', '1997'], ['Aug. 24', '1998-08-24']]);
  assert.deepEqual(values('Prices hit a low last year but have doubled since February.', '1999-09-02'), [['last year', '1998'], ['February', '1999-02']]);
});

test('an -ed verb right before a modal is inside the subject; the modal is the clause\'s verb', () => {
  assert.deepEqual(values('And in August, a task force Clinton created will present plans to improve schools.', '2000-05-17'), [['August', '2000-08']]);
  assert.deepEqual(values('In August, the task force Clinton created presented its plans.', '2000-05-17'), [['August', '1999-08']]);
});

test('a timetable\'s present verb before "in" looks ahead; "leaves in" and a noun\'s "its start in" do not', () => {
  assert.deepEqual(values('Greenspan, whose third four-year term expires in June, was praised.', '1999-07-11'), [['June', '2000-06']]);
  assert.deepEqual(values('Opening dates outside North America start in June.', '1999-02-25'), [['June', '1999-06']]);
  assert.deepEqual(values('The larvae skeletonized leaves in May and June.', '2000-07-05'), [['May', '2000-05'], ['June', '2000-06']]);
  // (in the present, a habit: habitual.ts)
  assert.deepEqual(values('The larvae skeletonize leaves in May and June.', '2000-07-05'), [['May', null], ['June', null]]);
  assert.deepEqual(values('Officials praised its start in May.', '2000-07-05'), [['May', '2000-05']]);
});

test('what "has to" or "needs to" be done looks ahead; what "had to" be done does not', () => {
  assert.deepEqual(values("``We have to unify our party to be successful in November,'' Tucker said.", '2000-04-10'), [['November', '2000-11']]);
  assert.deepEqual(values('The company needs to file its report by Friday.', '2000-04-10'), [['Friday', '2000-04-14']]);
  assert.deepEqual(values('The company had to file its report by Friday.', '2000-04-10'), [['Friday', '2000-04-07']]);
});

test('a pet named with a weekday is no date; a successor named on one is', () => {
  const a = '1998-03-14';
  assert.deepEqual(values('He named his dog Friday.', a), []);
  assert.deepEqual(values('He named his successor Friday.', a), [['Friday', '1998-03-13']]);
  assert.deepEqual(values('She called the meeting Friday.', a), [['Friday', '1998-03-13']]);
});

test('tense cues: "supposed to", "due to" as a cause, adjectives in un-...-ed, what was agreed to, a quarter still to report', () => {
  assert.deepEqual(values('Multi-party talks that are supposed to conclude by May invited Sinn Fein to rejoin.', '1998-03-22'), [['May', '1998-05']]);
  assert.deepEqual(values('The plane was supposed to land Friday.', '1998-03-22'), [['Friday', '1998-03-20']]);
  assert.deepEqual(values('The ship is due to arrive Friday.', '1998-03-22'), [['Friday', '1998-03-27']]);
  assert.deepEqual(values('It said it cut the dividend due to its third-quarter loss.', '1989-11-02'), [['third-quarter', '1989-Q3']]);
  assert.deepEqual(values('The dividend would be paid on a still unspecified date in January to holders.', '1989-10-26'), [['January', '1990-01']]);
  assert.deepEqual(values('Thermo Electron agreed to purchase the line for $22 million in February.', '1989-10-30'), [['February', '1990-02']]);
  assert.deepEqual(values('It announced an agreement to acquire the bank holding company in January.', '1989-11-02'), [['January', '1990-01']]);
  assert.deepEqual(values('The company plans to restructure in the wake of a third-quarter loss.', '1989-10-26'), [['third-quarter', '1989-Q3']]);
  assert.deepEqual(values('The company will report its first-quarter results soon.', '1989-10-26'), [['first-quarter', '1990-Q1']]);
  // still past, or still ahead
  assert.deepEqual(values('The company acquired the bank in January.', '1989-11-02'), [['January', '1989-01']]);
  assert.deepEqual(values('They agreed to a ceasefire in March.', '1996-11-30'), [['March', '1996-03']]);
  assert.deepEqual(values('The council decided to declare martial law starting from May 20.', '1996-11-30'), [['May 20', '1996-05-20']]);
  assert.deepEqual(values('An emergency session of the Arab League due to start Sunday.', '1996-11-30'), [['Sunday', '1996-12-01']]);
});

test('what was vowed, threatened or prepared "to" do on a weekday is still ahead; the deed itself, or an agreement to a thing, is not', () => {
  const wed = '2000-04-12';
  assert.deepEqual(values('As the Justice Department prepared to order the transfer on Thursday morning, talks went on.', wed), [['Thursday morning', '2000-04-13']]);
  assert.deepEqual(values('Protesters vowed to come back in greater numbers Thursday.', wed), [['Thursday', '2000-04-13']]);
  assert.deepEqual(values("The judge threatened to fine her if she doesn't take the boy to the agency on Friday.", wed), [['Friday', '2000-04-14']]);
  // still past
  assert.deepEqual(values('The Justice Department ordered the transfer on Thursday.', wed), [['Thursday', '2000-04-06']]);
  assert.deepEqual(values('Protesters came back in greater numbers Thursday.', wed), [['Thursday', '2000-04-06']]);
  assert.deepEqual(values('He vowed on Thursday to fight on.', wed), [['Thursday', '2000-04-06']]);
  assert.deepEqual(values('They promised to the crowd on Thursday that the boy would stay.', wed), [['Thursday', '2000-04-06']]);
});

test('a weekday named with "this", "next" or "last" one before it is of that week; one that "takes place" is to come', () => {
  const tue = '2000-07-25';
  assert.deepEqual(values('The dispute goes into its final stages this Friday and Saturday when the committee meets.', tue), [['this Friday', '2000-07-28'], ['Saturday', '2000-07-29']]);
  assert.deepEqual(values('Talks resume next Monday or Tuesday.', tue), [['next Monday', '2000-07-31'], ['Tuesday', '2000-08-01']]);
  assert.deepEqual(values('Storms hit the coast last Sunday and Monday.', tue), [['last Sunday', '2000-07-23'], ['Monday', '2000-07-24']]);
  // without "this", each as it reads alone; a day between them is another phrase
  assert.deepEqual(values('The committee met Friday and Saturday.', tue), [['Friday', '2000-07-21'], ['Saturday', '2000-07-22']]);
  assert.deepEqual(values('It was signed this Friday, the aides said on Saturday.', '2000-07-30'), [['this Friday', '2000-07-28'], ['Saturday', '2000-07-29']]);
  const wed = '1998-10-28';
  assert.deepEqual(values("They celebrate their country's 75th birthday, which takes place Thursday.", wed), [['Thursday', '1998-10-29']]);
  assert.deepEqual(values('The celebration took place Thursday.', wed), [['Thursday', '1998-10-22']]);
});

test('a modal with "have" tells of what could have been, in the past; "will have" is still ahead', () => {
  const tue = '1998-12-08';
  assert.deepEqual(values('With his victory Sunday securing his place, Chavez might have been expected to smooth things over.', tue), [['Sunday', '1998-12-06']]);
  assert.deepEqual(values('With the vote Sunday, the party would have won a majority.', tue), [['Sunday', '1998-12-06']]);
  assert.deepEqual(values('With the vote Sunday, the party might win a majority.', tue), [['Sunday', '1998-12-13']]);
  assert.deepEqual(values('With the vote Sunday, the party will have won a majority.', tue), [['Sunday', '1998-12-13']]);
});

test('a participle after the date\'s comma is no verb of its clause; a study that "appears Friday" is to come', () => {
  const mon = '1999-04-19';
  assert.deepEqual(values('The Xterra goes on sale in early June, priced between $17,500 and $25,000.', mon), [['early June', '1999-06']]);
  assert.deepEqual(values('The Xterra went on sale in early June, priced at $17,500.', mon), [['early June', '1998-06']]);
  // a verb of the clause after the comma still tells
  assert.deepEqual(values('In early June, officials reported the first case.', mon), [['early June', '1998-06']]);
  const thu = '1999-01-14';
  assert.deepEqual(values('A study appears Friday in the journal Science.', thu), [['Friday', '1999-01-15']]);
  assert.deepEqual(values('A study appeared Friday in the journal Science.', thu), [['Friday', '1999-01-08']]);
});

test('"until" after a past verb\'s negation tells when it happened at last; a deadline or a future "until" is still ahead', () => {
  const wed = '2000-09-13';
  assert.deepEqual(values("Woolsey said she wasn't told until Monday evening that Republicans were taking it up.", wed), [['Monday evening', '2000-09-11']]);
  assert.deepEqual(values('The plane did not arrive until Friday.', wed), [['Friday', '2000-09-08']]);
  assert.deepEqual(values('Because the virus was not pinpointed until late September, the state asked for funds.', '2000-01-20'), [['late September', '1999-09']]);
  // still ahead
  assert.deepEqual(values('The results will not be released until Friday.', wed), [['Friday', '2000-09-15']]);
  assert.deepEqual(values('The deadline was extended until Friday.', wed), [['Friday', '2000-09-15']]);
  assert.deepEqual(values("They won't decide until Friday.", wed), [['Friday', '2000-09-15']]);
});

test('"we\'ll", a timetable\'s "meets on Sunday" and "as early as Thursday" look ahead; a past verb near "as early as" does not; "Sunday school" is no day', () => {
  const wed = '2000-04-19';
  assert.deepEqual(values("When we take attendance on Thursday, we'll find out.", wed), [['Thursday', '2000-04-20']]);
  assert.deepEqual(values('When we took attendance on Thursday, we found out.', wed), [['Thursday', '2000-04-13']]);
  assert.deepEqual(values('The IOC Executive Board meets on Sunday.', wed), [['Sunday', '2000-04-23']]);
  assert.deepEqual(values('The IOC Executive Board met on Sunday.', wed), [['Sunday', '2000-04-16']]);
  assert.deepEqual(values('A verdict could come as early as Thursday.', wed), [['Thursday', '2000-04-20']]);
  assert.deepEqual(values('Officials took steps to take custody of the boy from his relatives in Miami as early as Thursday.', wed), [['Thursday', '2000-04-20']]);
  assert.deepEqual(values('Fans began lining up as early as Thursday to see the film.', wed), [['Thursday', '2000-04-13']]);
  assert.deepEqual(values('He teaches Sunday school every week.', wed), []);
  assert.deepEqual(values('The Sunday school picnic was held Saturday.', wed), [['Saturday', '2000-04-15']]);
});

test('what "is set for", is "poised to" happen, "begins airing" or "continues through" a weekday is to come; the past\'s stays past', () => {
  const sun = '1999-06-13';
  assert.deepEqual(values('Similar ceremonies are set for Tuesday at DaimlerChrysler.', sun), [['Tuesday', '1999-06-15']]);
  assert.deepEqual(values('Another execution is set for Wednesday evening.', sun), [['Wednesday evening', '1999-06-16']]);
  assert.deepEqual(values('A virus is poised to strike on Monday.', sun), [['Monday', '1999-06-14']]);
  assert.deepEqual(values('The Muslim Home School Network is hosting a convention in Sharon on Saturday.', '2000-08-02'), [['Saturday', '2000-08-05']]);
  assert.deepEqual(values('The study, in the issue of the journal that is being published Thursday, is one of a dozen.', '1999-12-08'), [['Thursday', '1999-12-09']]);
  assert.deepEqual(values('Weapons are arriving from abroad, with more than 300 fighters coming from the Middle East in October.', '1999-11-03'), [['October', '1999-10']]);
  assert.deepEqual(values('The network hosted a convention in Sharon on Saturday.', '2000-08-02'), [['Saturday', '2000-07-29']]);
  assert.deepEqual(values('Protesters were planning to drive around Miami International Airport on Monday.', '2000-01-07'), [['Monday', '2000-01-10']]);
  assert.deepEqual(values('The infomercial, which begins airing Monday, is aimed at women.', sun), [['Monday', '1999-06-14']]);
  assert.deepEqual(values('The conference continues through Wednesday.', sun), [['Wednesday', '1999-06-16']]);
  // past
  assert.deepEqual(values('The conference continued through Wednesday.', sun), [['Wednesday', '1999-06-09']]);
  assert.deepEqual(values('The infomercial, which began airing Monday, is aimed at women.', sun), [['Monday', '1999-06-07']]);
  assert.deepEqual(values('He set a record for Tuesday.', sun), [['Tuesday', '1999-06-08']]);
});

test('a year-less date followed by "this year" or "last year" is of that year; "pending" and "last into" look ahead', () => {
  assert.deepEqual(values('With effect from October 1, this year, imported used items must meet the standards.', '1999-07-29'), [['October 1', '1999-10-01'], ['this year', '1999']]);
  assert.deepEqual(values('The pilot of a flight from Kennedy airport on October 31 last year saw it.', '2000-08-13'), [['October 31', '1999-10-31'], ['last year', '1999']]);
  assert.deepEqual(values('He was ordered taken into custody pending sentencing Sept. 13.', '1999-06-10'), [['Sept. 13', '1999-09-13']]);
  assert.deepEqual(values('The union said the walkouts could last into mid-August.', '1998-06-22'), [['mid-August', '1998-08']]);
  // told of as past
  assert.deepEqual(values('The union said the walkouts lasted into mid-August.', '1998-06-22'), [['mid-August', '1997-08']]);
  assert.deepEqual(values('He was sentenced Sept. 13.', '1999-06-10'), [['Sept. 13', '1998-09-13']]);
});

test('opening hours over a span of weekdays are a habit, no day', () => {
  const staffed = findDates('We are staffed 8 a.m. to 10 p.m. Monday-Friday, and 1-10 p.m. on weekends.', { anchor: '2000-01-13' });
  assert.deepEqual(staffed.map((d) => [d.text, d.value, d.set]), [['Monday', null, true]]);
  const open = findDates('The office is open 9 a.m. to 5 p.m. Monday through Friday.', { anchor: '2000-01-13' });
  assert.deepEqual(open.map((d) => [d.text, d.value, d.set]), [['Monday', null, true], ['Friday', null, true]]);
  // a time of day on one weekday is that day
  assert.deepEqual(values('He spoke at 10 a.m. Monday.', '2000-01-13'), [['Monday', '2000-01-10']]);
});

test('without an article date, a year-less date takes the year its sentence gives', () => {
  const text = 'The statement signed on November 10, 2020 ended the war, 44 days after its start on September 27. On March 3 talks resumed.';
  assert.deepEqual(values(text), [['November 10, 2020', '2020-11-10'], ['September 27', '2020-09-27'], ['March 3', null]]);
  assert.match(findDates(text)[1]!.resolution, /the year of "November 10, 2020" earlier in its sentence/);
});

test('a past month told of with its year a little earlier is that month ("In November it was also agreed")', () => {
  const a = '2021-12-02';
  const text = 'The ceasefire was signed on November 9, 2020, after six weeks of war. In November it was also agreed that talks would begin.';
  assert.deepEqual(values(text, a), [['November 9, 2020', '2020-11-09'], ['November', '2020-11']]);
  // without the earlier mention, the past tense gives the latest November
  assert.deepEqual(values('In November it was also agreed that talks would begin.', a), [['November', '2021-11']]);
});

test('a month-year compared with is no narrative: "a deficit in July 1999 ... a surplus in July" is this July', () => {
  assert.deepEqual(values('The deficit in July 1999 was large. It was the first time the government posted a surplus in July since the 1950s.', '2000-08-18'),
    [['July 1999', '1999-07'], ['July', '2000-07'], ['the 1950s', '195']]);
});


test('the year of a sentence is not taken across clauses, from a fiscal year, for the future, or before a year that follows', () => {
  assert.deepEqual(values('Putin, who was born on October 7, 1952 in Leningrad (now St. Petersburg), was elected in the March 26 election.'),
    [['October 7, 1952', '1952-10-07'], ['now', 'PRESENT_REF'], ['March 26', null]]);
  assert.deepEqual(values('Proposals for fiscal 2000 were sketched in his Jan. 19 address.'), [['fiscal 2000', '2000'], ['Jan. 19', null]]);
  assert.deepEqual(values('It completed its mission in 1997 and will finish another in January.'), [['1997', '1997'], ['January', null]]);
  assert.deepEqual(values('It held missions in November 1995, and in March, June and September of 1996.'),
    [['November 1995', '1995-11'], ['March', null], ['June', null], ['September of 1996', '1996-09']]);
});

test('an earnings report\'s "the quarter" and "the latest quarter" are the last quarter closed; a district or a fiscal quarter is not', () => {
  const a = '1989-10-30';
  assert.deepEqual(values('Unisys said revenue rose 3.7% in the quarter to $2.35 billion.', a), [['the quarter', '1989-Q3']]);
  assert.deepEqual(values('Aetna had a $23 million loss in the latest quarter.', a), [['the latest quarter', '1989-Q3']]);
  assert.deepEqual(values('Jayark had a profit in the quarter ended July 31.', a), [['July 31', '1989-07-31']]);
  assert.deepEqual(values('He lived in the quarter of the city near the port.', a), []);
  assert.deepEqual(values('They met in the Latin Quarter.', a), []);
});

test('a time goes on into its day ("until 9 a.m. Tuesday"), and "United States" is no past verb', () => {
  const monday = '2000-04-03';
  assert.equal(only('The service has given the relatives until 9 a.m. Tuesday to sign a paper.', monday).value, '2000-04-04');
  assert.equal(only('He said the father would be traveling to the United States Thursday with his wife.', '2000-04-05').value, '2000-04-06');
  // a time at a sentence's end still ends it: the next one's weekday is read in its own tense
  assert.equal(only('They met at 9 a.m. He will speak Tuesday.', monday).value, '2000-04-04');
});

test('"over the weekend" is the latest weekend on or before the article; an annual report\'s "for the year" is this year', () => {
  assert.deepEqual(values('The ambassador said over the weekend that the talks went on.', '1990-08-13'), [['the weekend', '1990-W32-WE']]);
  assert.deepEqual(values('The ambassador said over the weekend that the talks went on.', '1990-08-12'), [['the weekend', '1990-W32-WE']]);
  assert.deepEqual(values('For the year, pet food volume was flat.', '1989-11-02'), [['the year', '1989']]);
  assert.deepEqual(values('Revenue was $76 million for the year ended March 31.', '1989-11-02').map(([t]) => t), ['March 31']);
  assert.deepEqual(values('She was nominated for the year\'s best film.', '1989-11-02'), []);
});

test('"last Oct. 23" is a day, the last such before the article; "last May" stays a month', () => {
  assert.deepEqual(values('He was shot to death last Oct. 23 at his home.', '1999-04-19'), [['Oct. 23', '1998-10-23']]);
  assert.deepEqual(values('After her test last April 23, she said so.', '1999-04-19'), [['April 23', '1998-04-23']]);
  assert.deepEqual(values('He left last May.', '1999-04-19'), [['last May', '1998-05']]);
  // a month before its event noun
  assert.deepEqual(values('The March accession will enable the three countries to attend.', '1999-02-10'), [['March', '1999-03']]);
  assert.deepEqual(values('Officials said the May elections were fair.', '1999-06-10'), [['May', '1999-05']]);
  assert.deepEqual(values('Nobody knows what the May be.', '1999-06-10'), []);
});

test('an earnings report\'s "a year earlier", "the year-ago quarter" and "year-earlier (profit)" are the quarter a year before the one reported', () => {
  const a = '1989-10-26';
  assert.deepEqual(values('Net income rose in the third quarter to $58 million, or $1.40 a share, from $40 million a year earlier. In the year-ago quarter, the company had a loss; year-earlier results included a gain.', a), [
    ['the third quarter', '1989-Q3'], ['a year earlier', '1988-Q3'], ['the year-ago quarter', '1988-Q3'], ['year-earlier', '1988-Q3'],
  ]);
  // "a year ago" after an amount, in such a report; of the first nine months, the year before
  assert.deepEqual(values('Third-quarter profit was $10 million, up from $8 million a year ago. Net for the nine months was $30 million, compared with $25 million a year earlier.', a), [
    ['Third-quarter', '1989-Q3'], ['a year ago', '1988-Q3'], ['a year earlier', '1988'],
  ]);
  // no quarter told of: "a year ago" is the year, "a year earlier" the year before the date told of, "year-earlier" no date
  assert.deepEqual(values('The plant closed a year ago. A year earlier, year-earlier plans had failed.', a), [['a year ago', '1988'], ['A year earlier', '1987']]);
  // a quarter ahead, or one with its year (a forecast), is not the one reported
  assert.deepEqual(values('Growth will slow next quarter. The surplus is $25 billion more than expected a year ago.', '1999-02-02'), [['next quarter', '1999-Q2'], ['a year ago', '1998']]);
  assert.deepEqual(values('Demand should recover by the third quarter of 1990. In the year-ago period, it earned $1 million.', a), [['the third quarter of 1990', '1990-Q3']]);
});

test('when a change takes effect ("effective Feb. 1", "takes effect", "starting Saturday") is the next such day; one that became effective is past', () => {
  // an announcement of October: the coming February, not the last one
  assert.deepEqual(values('The company named a four-member office of the chairman, effective Feb. 1.', '1989-10-26'), [['Feb. 1', '1990-02-01']]);
  assert.deepEqual(values('Earnings were hurt by the new labor pact effective June 1.', '1989-10-26'), [['June 1', '1990-06-01']]);
  assert.deepEqual(values('The new rules take effect Jan. 15, the ministry said.', '1999-10-20'), [['Jan. 15', '2000-01-15']]);
  assert.deepEqual(values('Putin promised to raise salaries for state workers by 20 percent starting April 1.', '2000-01-14'), [['April 1', '2000-04-01']]);
  // counter-cases: a change already made, and what began from a day after a past decision
  assert.deepEqual(values('The ban on the importation of used garments became effective on June 30.', '1999-07-29'), [['June 30', '1999-06-30']]);
  assert.deepEqual(values('The tariff became effective March 1, officials said.', '1999-10-20'), [['March 1', '1999-03-01']]);
  assert.deepEqual(values('The rule took effect Jan. 15, the ministry said.', '1999-10-20'), [['Jan. 15', '1999-01-15']]);
  // a period's start, not a verb
  assert.deepEqual(values('He left at the beginning of March.', '1999-10-20'), [['the beginning of March', '1999-03']]);
});

test('"that year", "the following month", "the next day" are read against the date told of just before them, not the article\'s', () => {
  assert.deepEqual(values('Munero had fled to Florida in June 1998 and returned to Cuba later that year.', '2000-01-28'), [['June 1998', '1998-06'], ['later that year', '1998']]);
  assert.deepEqual(values('On May 22, 1995, Farkas was made a brigadier general, and the following year he was appointed military attache.', '1998-04-18'), [['May 22, 1995', '1995-05-22'], ['the following year', '1996']]);
  assert.deepEqual(values('In March, the company received an offer. It also was considering a restructuring. The following month, the company put itself up for sale.', '1989-10-27'), [['March', '1989-03'], ['The following month', '1989-04']]);
  assert.deepEqual(values('The crimes reported were about 12 million in 1998, down 5.4 percent from the previous year, the FBI said.', '1999-10-18'), [['1998', '1998'], ['the previous year', '1997']]);
  assert.deepEqual(values('The motion failed Saturday afternoon. "I\'m not political," McCourt said the next morning.', '1999-05-03'), [['Saturday afternoon', '1999-05-01'], ['the next morning', '1999-05-02']]);
  assert.deepEqual(values('Two executions were scheduled for Jan. 31. Because he would be out of Texas that day, Bush reviewed the appeals.', '2000-01-06'), [['Jan. 31', '2000-01-31'], ['that day', '2000-01-31']]);
  assert.match(findDates('He was arrested on May 1, 1998, the same day that his gang planted a bomb.', { anchor: '1999-11-23' })[1]!.resolution, /the day of "May 1, 1998" \(1998-05-01\), the date told of before it/);
  // a fiscal quarter told of is the one "that quarter" is, not the calendar quarter of its last day
  assert.deepEqual(values('In the second quarter of 1988, which ended Oct. 31, 1988, it had a loss. Results for that quarter included a charge.', '1989-10-27').at(-1), ['that quarter', '1988-Q2']);
});

test('"that day" with no date before it, in a habit\'s present, or after a coarser date tells of no day; "the following year" alone is the article\'s', () => {
  // nothing to read it against: no date at all
  assert.deepEqual(values('Market makers can suffer huge losses on trades made that day at steadily dropping prices.', '1989-10-27'), []);
  assert.deepEqual(values('"You get a news item, it hits, you have strong redemptions that day," he said last month.', '1989-10-27'), [['last month', '1989-09']]);
  // the date before gives no day: a date without a value
  const [, d] = findDates('Panama 10 years ago, when soldiers seized voting sheets at night and replaced them with new ballots the next day.', { anchor: '1999-06-08' });
  assert.deepEqual([d!.text, d!.value], ['the next day', null]);
  assert.match(d!.resolution, /relative to "10 years ago" told of before it, which gives no day/);
  // "said that year-end", "over the next year": no anaphor
  assert.deepEqual(values('The plant will be closed over the next year.', '1989-11-02'), [['next year', '1990']]);
  assert.deepEqual(values('Sales will rise the following year, the company said.', '1989-11-02'), [['the following year', '1990']]);
});

test('a day told of as a past event ahead of the article is the last such day ("crashed ... on October 31" in September); one a past verb does not tell of stays near', () => {
  const crash = findDates('EgyptAir Flight 990 crashed into the Atlantic off the United States coast shortly after taking off from New York airport on October 31, killing all 217 people on board.', { anchor: '2000-09-16' });
  assert.deepEqual(crash.map((d) => [d.text, d.value]), [['October 31', '1999-10-31']]);
  assert.deepEqual(values('The plane crashed into the sea on Sept. 18, officials said.', '2000-09-16'), [['Sept. 18', '2000-09-18']], 'within three days: a wire date across time zones');
  // what is ahead though a past verb comes before: a noun's date, an arrangement, a limit, an infinitive, a modal, an adjective
  assert.deepEqual(values('Meissner gave no reason for the Jan. 14 deadline.', '2000-01-05'), [['Jan. 14', '2000-01-14']]);
  assert.deepEqual(values('The offer, which had been set to expire Nov. 6, was extended to Nov. 20.', '1989-11-02'), [['Nov. 6', '1989-11-06'], ['Nov. 20', '1989-11-20']]);
  assert.deepEqual(values('The parent asked it to respond by Oct. 31.', '1989-10-26'), [['Oct. 31', '1989-10-31']]);
  assert.deepEqual(values('The company warned that a killer virus dubbed "THUS" may attack computer hard drives on December 13.', '1999-12-07'), [['December 13', '1999-12-13']]);
  assert.deepEqual(values('NASA said selected images of Ganymede will be released in a televised news conference on July 10.', '1996-06-26'), [['July 10', '1996-07-10']]);
  assert.deepEqual(values('The bank said it will redeem 9.5 million Series H preferred shares on Oct. 31 at a price of C$27.75 each.', '1989-10-27'), [['Oct. 31', '1989-10-31']]);
});

test('a timetable\'s present right before a date looks ahead ("the committee meets Monday", "which opens Wednesday"); an infinitive\'s is its verb\'s', () => {
  assert.deepEqual(values('If the board asks him to, he will resign, Lutes said. The committee meets Monday in Salina to discuss its next step.', '1999-05-13'), [['Monday', '1999-05-17']]);
  assert.deepEqual(values('The most distinctive thing about "The Phantom Menace," which opens Wednesday, is the degree of attention.', '1999-05-17'), [['Wednesday', '1999-05-19']]);
  assert.deepEqual(values('The three-day exhibition and trade show, which starts Friday, ends May 2.', '1999-04-28'), [['Friday', '1999-04-30'], ['May 2', '1999-05-02']]);
  assert.deepEqual(values('The chance for a walkout after this year\'s contracts expire Sept. 14 is lower, some industry analysts say.', '1999-06-13').at(-1), ['Sept. 14', '1999-09-14']);
  assert.deepEqual(values('The budget sets spending targets for the fiscal year that begins Oct. 1.', '2000-03-23').at(-1), ['Oct. 1', '2000-10-01']);
  // counter-cases: an infinitive after a past arrangement, a past verb, "says"
  assert.deepEqual(values('The offer was extended to Nov. 16. It had been due to expire Friday evening.', '1989-10-30').at(-1), ['Friday evening', '1989-10-27']);
  assert.deepEqual(values('The show opened Friday to large crowds.', '1999-04-28'), [['Friday', '1999-04-23']]);
  assert.deepEqual(values('The director says Friday was the best day.', '1999-04-28'), [['Friday', '1999-04-23']]);
});

test('a date right before a past event\'s noun dates a past event ("the October slaying", "the Oct. 31 crash"); "vs." ends no sentence', () => {
  assert.deepEqual(values('The authorities say they have gathered enough evidence in the October slaying of Dr. Barnett Slepian.', '1999-04-19'), [['October', '1998-10']]);
  assert.deepEqual(values('Investigators of the Oct. 31 crash released a factual report.', '2000-09-16'), [['Oct. 31', '1999-10-31']]);
  assert.deepEqual(values('In January, a week after the 25th anniversary of the Roe vs. Wade Supreme Court decision, a clinic bombing in Birmingham, Ala., killed a security guard.', '1998-10-25'), [['January', '1998-01']]);
  // other nouns: an election is often ahead
  assert.deepEqual(values('The tribes are sponsoring a ballot measure in the Nov. 3 election.', '1998-10-12'), [['Nov. 3', '1998-11-03']]);
  assert.deepEqual(values('The tribes say the November election will decide it.', '1998-10-12'), [['November', '1998-11']]);
});

test('"by year-end", "by year\'s end" are the end of the article\'s year; "since year-end" the last one\'s; "year-end bonuses" no date', () => {
  const d = only('The company plans to spin off the rest of Delphi to GM shareholders by year\'s end.', '1999-03-28');
  assert.deepEqual([d.text, d.value, d.mod], ["year's end", '1999', 'END']);
  assert.deepEqual(values('Venezuela plans to privatize three electric utilities by year end.', '1999-05-07'), [['year end', '1999']]);
  assert.deepEqual(values('The percentage change is since year-end.', '1989-10-30'), [['year-end', '1988']]);
  assert.deepEqual(values('Workers got year-end bonuses.', '1989-10-30'), []);
});

test('a limit opening the sentence ("Until Tuesday, the family had sought") is of its main clause\'s time; elsewhere "until" looks ahead', () => {
  assert.deepEqual(values('Until Tuesday, the family had sought a meeting with the boy\'s father.', '2000-04-12'), [['Tuesday', '2000-04-11']]);
  assert.deepEqual(values('Until Thursday, they had not called Kopp a suspect.', '1999-05-07'), [['Thursday', '1999-05-06']]);
  assert.deepEqual(values('The offer stands until Tuesday, the family said.', '2000-04-12'), [['Tuesday', '2000-04-18']]);
  assert.deepEqual(values('Until Tuesday, the offer stands.', '2000-04-12'), [['Tuesday', '2000-04-18']]);
  // "Up until" opens it as well
  assert.deepEqual(values('``Up until September he was not speaking and he was not doing a lot of things.', '2000-05-05'), [['September', '1999-09']]);
  assert.deepEqual(values('The offer stands up until Tuesday, the family said.', '2000-04-12'), [['Tuesday', '2000-04-18']]);
});

test('an earnings report\'s "the 1988 period", "the 1988 quarter" are that year\'s quarter the report tells of; of a longer period, or with no quarter told of, the year', () => {
  const a = '1989-10-30';
  assert.deepEqual(values('Third-quarter net was $400,000. The company earned $376,000 on revenue of $14.5 million in the 1988 quarter.', a), [['Third-quarter', '1989-Q3'], ['the 1988 quarter', '1988-Q3']]);
  assert.deepEqual(values('Third-quarter net was $400,000. In the first nine months, net was $30 million, compared with a loss of $195 million in the 1988 period.', a).at(-1), ['the 1988 period', '1988']);
  assert.deepEqual(values('The plant was built in the 1988 period of expansion.', a), [['the 1988 period', '1988']]);
});

test('"that day" is not a report\'s day, nor the day "the same day ... as" compares; "December of that year" reads the year before the month', () => {
  // the day a report was made or revealed is not the day it tells of
  assert.deepEqual(values('Investigators defended their assumption. It was also revealed Friday that an inspection of the runway was skipped that day because of a fire drill.', '2000-09-01'), [['Friday', '2000-09-01']]);
  assert.deepEqual(values('Friday\'s preliminary report carefully does not criticize any decision made that day.', '2000-09-01'), [['Friday', '2000-09-01']]);
  assert.deepEqual(values('According to documents released on Friday, a co-pilot saw a fireball in the sky on the same day after leaving the same airport as the doomed EgyptAir plane.', '2000-08-13'), [['Friday', '2000-08-11']]);
  // an event's day is
  assert.deepEqual(values('Tanzania charged two men on Monday in the bombing of the U.S. Embassy there on Aug. 7. In Kenya the American Embassy was bombed on the same day.', '1998-09-21').at(-1), ['the same day', '1998-08-07']);
  assert.deepEqual(values('He was among the first to analyze the 1997 data in December of that year.', '1999-05-31').at(-1), ['that year', '1997']);
});

test('"the same day" of an event named after the date before it, or of a date told of before the sentence before, is a date of no value', () => {
  // the bombing's day, not the charging's
  const bombing = findDates("Two men were charged Sept. 21 in a Dar es Salaam magistrate's court with 11 counts of murder each in the bombing in which 11 people died. On the same day at almost the same time in neighboring Kenya, a bomb exploded outside the U.S. Embassy.", { anchor: '1998-10-14' });
  assert.deepEqual(bombing.map((d) => [d.text, d.value]), [['Sept. 21', '1998-09-21'], ['the same day', null]]);
  assert.match(bombing[1]!.resolution, /"the same day" may be the day of an event, not of "Sept\. 21" \(an event named after it\)/);
  // the date's own event ("the Aug. 7 bombing") names no other; "death row" is no death
  assert.deepEqual(values('The Aug. 7 bombing killed 11 people. On the same day a bomb exploded in Nairobi.', '1998-10-14').at(-1), ['the same day', '1998-08-07']);
  assert.deepEqual(values('Two executions were scheduled for Jan. 31, known on death row as a doubleheader. Because he would be out of Texas that day, Bush reviewed the appeals.', '2000-01-06').at(-1), ['that day', '2000-01-31']);
  // a paragraph on, a traveller's day
  const concorde = 'He had a meeting in London Wednesday and another in New York Thursday. His wife was pleased because they had time to go out for dinner.\n\nThe Concorde also allows travelers to connect to other destinations the same day.';
  assert.deepEqual(values(concorde, '2000-07-26').at(-1), ['the same day', null]);
  assert.match(findDates(concorde, { anchor: '2000-07-26' }).at(-1)!.resolution, /not of "Thursday" \(told of more than a sentence before\)/);
  // the sentence before is near enough, across a paragraph's break too
  assert.deepEqual(values('He had a meeting in New York on Thursday.\n\nHis wife flew home the same day.', '2000-07-26').at(-1), ['the same day', '2000-07-20']);
});

test('a noun\'s start ("airstrikes beginning in early August had killed") takes the verb right after it; "Starting Monday, a list ... will be posted" looks ahead', () => {
  assert.deepEqual(values('Kornukov told reporters Saturday that Russian airstrikes beginning in early August had killed more than 2,000 militants.', '1999-09-25').at(-1), ['early August', '1999-08']);
  assert.deepEqual(values('Starting Monday, a list with 120 products to be boycotted, including canned foods and sweets, will be posted in shops.', '1998-06-05'), [['Monday', '1998-06-08']]);
});

test('a report\'s "last year" right after an amount it is compared with is the year-ago quarter; of the year, or with no comparison, the year', () => {
  const a = '1989-11-02';
  assert.deepEqual(values('Third-quarter net was $24 million, compared with a loss of $3 million last year.', a), [['Third-quarter', '1989-Q3'], ['last year', '1988-Q3']]);
  assert.deepEqual(values('Third-quarter sales were $1.76 billion, a 13% increase from last year\'s $1.55 billion.', a), [['Third-quarter', '1989-Q3'], ['last year', '1988-Q3']]);
  // counter-cases: the year compared, no amount before it
  assert.deepEqual(values('Third-quarter net fell. Analysts expect earnings of more than $4 a share for this year, up from last year\'s $3.27 a share.', a).at(-1), ['last year', '1988']);
  assert.deepEqual(values('Third-quarter net fell. Last year, the company earned $480.4 million.', a).at(-1), ['Last year', '1988']);
  // "this year's third quarter" is a quarter, no year compared
  assert.deepEqual(values('In this year\'s third quarter, net was $10.5 million, compared with $10.3 million, or $1.02 a share, a year earlier.', '1989-10-26').at(-1), ['a year earlier', '1988-Q3']);
});

test('tenseOfExpression gives the tense readTense reads at each date findDates returned, and reads it for any other span', async () => {
  const { readdirSync, readFileSync, existsSync } = await import('node:fs');
  const { tenseOfExpression } = await import('../../server/src/core/dates/findDates.ts');
  const { readTense } = await import('../../server/src/core/dates/tense.ts');
  const texts = [
    'WASHINGTON, Thursday, December 2 (AP) -- The talks began Oct. 1, 1999, and will end on Nov. 3, 2000. Officials met in March of 1998 and plan to meet next year.',
  ];
  const duc = new URL('../../../shared/data/duc2006', import.meta.url).pathname;
  if (existsSync(duc)) for (const dir of readdirSync(duc).slice(0, 4)) for (const f of readdirSync(`${duc}/${dir}`).filter((n) => n.endsWith('.txt'))) texts.push(readFileSync(`${duc}/${dir}/${f}`, 'utf8'));
  let dates = 0;
  for (const text of texts) {
    for (const d of findDates(text)) {
      dates++;
      assert.deepEqual(tenseOfExpression(text, d.start, d.end), readTense(text, d.start, d.end), `${d.text} at ${d.start}`);
      // Not an expression found (a span one character in): read as readTense reads it.
      assert.deepEqual(tenseOfExpression(text, d.start + 1, d.end), readTense(text, d.start + 1, d.end));
    }
  }
  assert.ok(dates > 20, `only ${dates} dates`);
});

test('a weekday\'s possessive: what a past deed made is past, what is awaited is to come, a scheduled event a day or two ahead is the coming one', () => {
  // a ruling, findings: made already, whatever the clause's modal ("would look for ways to get around")
  assert.deepEqual(values('The relatives said they would look for ways to get around Wednesday\'s ruling by the immigration service.', '2000-01-07'), [['Wednesday', '2000-01-05']]);
  assert.deepEqual(values('It may be that we will see another outbreak or that (Wednesday\'s findings) are the end of things.', '2000-07-27'), [['Wednesday', '2000-07-26']]);
  // awaited: by the words before it, or its own adjective
  assert.deepEqual(values('He was awaiting Friday\'s ruling.', '1998-07-22'), [['Friday', '1998-07-24']]);
  assert.deepEqual(values('Troops beefed up security in the run-up to Sunday\'s elections.', '2000-03-22'), [['Sunday', '2000-03-26']]);
  assert.deepEqual(values('The governor halted Tuesday\'s planned execution of Henry Lee Lucas.', '1998-06-26'), [['Tuesday', '1998-06-30']]);
  assert.deepEqual(values('The issue is dividing Republicans before Tuesday\'s election.', '1998-10-28'), [['Tuesday', '1998-11-03']]);
  assert.match(findDates('He was awaiting Friday\'s ruling.', { anchor: '1998-07-22' })[0]!.resolution, /nearest on or after/);
  // a scheduled event: the coming one when it is a day or two ahead, not five or six days back
  const coming = findDates('Latif and colleagues report their findings in Thursday\'s issue of the journal Nature.', { anchor: '1999-04-21' });
  assert.deepEqual(coming.map((d) => d.value), ['1999-04-22']);
  assert.match(coming[0]!.resolution, /"Thursday's" event is held on a day set ahead, and the coming one is a day away, the last one 6 days before/);
  assert.deepEqual(values('Carter was invited to observe Sunday\'s balloting.', '1998-12-04'), [['Sunday', '1998-12-06']]);
  // ... but the last one when it is nearer, or the event's own verb is past, or the noun a past event's
  assert.deepEqual(values('About 80 percent of voters cast ballots in Monday\'s election.', '1998-12-01'), [['Monday', '1998-11-30']]);
  assert.deepEqual(values('Sunday\'s was the last encounter; Wednesday\'s overwhelming vote for a new constitution was compared to the floods.', '1999-12-18').at(-1), ['Wednesday', '1999-12-15']);
  assert.deepEqual(values('Before Tuesday\'s show started, a representative spoke.', '1999-05-17'), [['Tuesday', '1999-05-11']]);
  assert.deepEqual(values('The detentions were the first in Kenya since Friday\'s bombing, which killed 247 people.', '1998-08-13'), [['Friday', '1998-08-07']]);
});

test('a weekday\'s possessive naming a newspaper\'s issue ("Friday\'s People\'s Daily") is that day\'s issue, the coming one a day ahead, unless its own verb is past', () => {
  // 1999-07-22 is a Thursday
  assert.deepEqual(values('``We must recognize the threat,\'\' said the editorial prepared for Friday\'s People\'s Daily.', '1999-07-22'), [['Friday', '1999-07-23']]);
  assert.deepEqual(values('He told The Star-Ledger of Newark for Friday\'s editions that the rule was wrong.', '1999-07-22'), [['Friday', '1999-07-23']]);
  // (an issue that has come out tells of itself in the past: the last one)
  assert.deepEqual(values('Friday\'s New York Times reported that the talks had failed.', '1999-07-22'), [['Friday', '1999-07-16']]);
  assert.deepEqual(values('Tuesday\'s Washington Post said so.', '1999-07-22'), [['Tuesday', '1999-07-20']]);
});

test('"March\'s figures", "May\'s trade deficit" are months; "Theresa May\'s", "Fredric March\'s" are names', () => {
  assert.deepEqual(values('The government released March\'s figures.', '1998-04-10'), [['March', '1998-03']]);
  assert.deepEqual(values('Yet March\'s figures were weak.', '1998-04-10'), [['March', '1998-03']]);
  assert.deepEqual(values('Still, May\'s trade deficit narrowed.', '1998-07-10'), [['May', '1998-05']]);
  assert.deepEqual(values('Theresa May\'s figures were weak.', '1998-04-10'), []);
  assert.deepEqual(values('Ms. May\'s report was long.', '1998-04-10'), []);
  assert.deepEqual(values('Fredric March\'s films were popular.', '1998-04-10'), []);
  assert.deepEqual(values('May\'s husband was there.', '1998-04-10'), []);
});

test('"next to" is a place, no cue of what is to come; a timetable\'s verb before an adverb ("meet separately Monday") still looks ahead', () => {
  assert.deepEqual(values('More than 100 people were wounded in the blasts next to the U.S. embassies in Kenya and Tanzania on Friday.', '1998-08-08'), [['Friday', '1998-08-07']]);
  assert.deepEqual(values('He and Palestinian leader Yasser Arafat meet separately Monday with the Secretary of State.', '1998-05-01'), [['Monday', '1998-05-04']]);
  // (the adverb must be one: "meet them Monday" is read as before)
  assert.deepEqual(values('The leaders will meet next week.', '1998-05-01'), [['next week', '1998-W19']]);
});

test('"today\'s youth", "today\'s world" are our time, no day; "today\'s session" is the article\'s day', () => {
  assert.deepEqual(values('The case of Elian is for today\'s youth what the blockade was for their parents.', '2000-01-07'), []);
  assert.deepEqual(values('Raising a teen in today\'s world may be harder than ever.', '2000-07-26'), []);
  assert.deepEqual(values('The chips are in many of today\'s personal computers.', '1989-10-27'), []);
  assert.deepEqual(values('Shares fell in today\'s session.', '1989-10-27'), [['today', '1989-10-27']]);
});

test('"the week of March 6" is that day\'s week; a month before a year spoken in words is one date; "the previous Friday" is the week before the Friday told of', () => {
  assert.deepEqual(values('The case may be resolved in a court hearing the week of March 6, he said.', '2000-02-24'), [['the week of March 6', '2000-W10']]);
  assert.deepEqual(findDates('They met the week of Nov. 9, 1998.', {}).map((d) => [d.text, d.value, d.granularity]), [['the week of Nov. 9, 1998', '1998-W46', 'week']]);
  assert.deepEqual(values('One person is killed. January nineteen ninety-seven. Atlanta again.', '1998-02-27'), [['January nineteen ninety-seven', '1997-01']]);
  assert.deepEqual(values('In March 1997 and in nineteen ninety-eight.', '1998-02-27'), [['March 1997', '1997-03'], ['nineteen ninety-eight', '1998']]);
  assert.deepEqual(values('The index closed Friday at 2082.1, down 4.5% from the previous Friday.', '1989-10-30'), [['Friday', '1989-10-27'], ['the previous Friday', '1989-10-20']]);
  // with no Friday told of, the one before the article's day
  assert.deepEqual(values('He left the previous Friday.', '1989-10-30'), [['the previous Friday', '1989-10-27']]);
});

test('the month after the article\'s is the coming one unless an event\'s verb dates it as past', () => {
  assert.deepEqual(values('British Airways said Wednesday that it had suspended Concorde flights through September.', '2000-08-16').at(-1), ['September', '2000-09']);
  assert.deepEqual(values('The last pension hike came in October. Officials at the time promised a 12 percent increase in February.', '2000-01-11').at(-1), ['February', '2000-02']);
  assert.deepEqual(values('The patterns were proof that El Nino was having an effect on the weather, and that earlier forecasts for dry conditions from November to March were correct.', '1997-10-18')[0], ['November', '1997-11']);
  // an event's verb governs it, or dates it as past: last year's
  assert.deepEqual(values('The Queens outbreak occurred in late August.', '2000-07-31'), [['late August', '1999-08']]);
  assert.deepEqual(values('Officials spotted three infested trees just across the road from their office in June.', '1999-05-26'), [['June', '1998-06']]);
  // the clause's own verb after it ("In April Congress passed the bill")
  assert.deepEqual(values('In April Congress passed the bill.', '1998-03-14'), [['April', '1997-04']]);
  // two months ahead is read as before
  assert.deepEqual(values('And in April, two students at Columbine High School killed 13 people.', '2000-02-22'), [['April', '1999-04']]);
});

test('an earnings report\'s "the latest period" is the quarter it tells of, "for the full year" its year', () => {
  const a = '1989-11-01';
  assert.deepEqual(values('Net income rose in the third quarter. The latest period had profit from continuing operations of $5 million.', a), [['the third quarter', '1989-Q3'], ['The latest period', '1989-Q3']]);
  // no quarter told of: no date
  assert.deepEqual(values('The latest period had profit of $5 million.', a), []);
  assert.deepEqual(values('Sales for the full year were $6.6 billion.', a), [['the full year', '1989']]);
  assert.deepEqual(values('The full moon rose.', a), []);
});

test('a report\'s quarter is the latest it tells of: "after a flat second quarter" in a report of the third is background', () => {
  const text = 'Kimberly-Clark posted a 20% gain in third-quarter net income. After a flat second quarter, the company attributed the gain to its consumer businesses. The comparison was enhanced by charges taken in the year-earlier period. In the 1989 period also, tax rates were lower than a year ago.';
  assert.deepEqual(values(text, '1989-11-01'), [['third-quarter', '1989-Q3'], ['second quarter', '1989-Q2'], ['the year-earlier period', '1988-Q3'], ['the 1989 period', '1989-Q3'], ['a year ago', '1988-Q3']]);
  assert.deepEqual(values('An analyst expects late-November sales to rise.', '1999-10-20'), [['late-November', '1999-11']]);
});

test('"its first quarterly loss" is no quarter; ABC\'s "This Week" in quotes is a title, no week', () => {
  const a = '1989-10-26';
  assert.deepEqual(values('Sun snapped back to profitability after its first quarterly loss as a public firm.', a), []);
  assert.deepEqual(values('Profit rose in the first quarter.', a), [['the first quarter', '1989-Q1']]);
  assert.deepEqual(values('James Baker said on ABC-TV\'s "This Week With David Brinkley" that the talks failed.', a), []);
  assert.deepEqual(values('This week the talks failed.', a), [['This week', '1989-W43']]);
});

test('a year-less month takes the year its own phrase gives after it ("that April night in 1993")', () => {
  assert.deepEqual(values('On that April night in 1993, the 18 year old was neatly dressed.', '1999-02-26'), [['April', '1993-04'], ['1993', '1993']]);
  assert.deepEqual(values('That is what they discussed that December night in 1998.', '2000-05-06'), [['December', '1998-12'], ['1998', '1998']]);
  // a year that is not the phrase's: nothing taken
  assert.deepEqual(values('In April, 20 percent of voters in 1998 districts stayed home.', '1999-02-26')[0], ['April', '1998-04']);
});

test('what is "to be" done is ahead ("a study to be released Tuesday", "in the November issue"); "was to be", "had to be" are not read so', () => {
  assert.deepEqual(values('Malaria hurts African economies, according to a new study to be released Tuesday.', '2000-04-24'), [['Tuesday', '2000-04-25']]);
  assert.deepEqual(values('In a study to be published in the November issue of the Archives of General Psychiatry, researchers found that two-thirds had sought treatment.', '1999-10-26'), [['November', '1999-11']]);
  assert.deepEqual(values('Janes Defence Weekly says in its latest issue, to be published Wednesday in London, that the findings showed it.', '1999-08-24'), [['Wednesday', '1999-08-25']]);
  // a past plan, and an obligation of the past: the reading goes on to the verbs of the clause
  assert.deepEqual(values('The report, which was to be published Tuesday, was delayed.', '2000-04-24'), [['Tuesday', '2000-04-18']]);
});

test('a year-less day told of as past, right after a sentence set in an earlier year, is of that year ("in 1995 ... were scheduled for Jan. 31")', () => {
  const a = '2000-01-06';
  const story = 'Bush had not quite finished his second week as governor of Texas in 1995 when the first cases landed on his desk. They would make for quite an initiation: Two executions were scheduled for Jan. 31, a rare event. Because he would be out of Texas that day, Bush reviewed the appeals.';
  assert.deepEqual(values(story, a), [['1995', '1995'], ['Jan. 31', '1995-01-31'], ['that day', '1995-01-31']]);
  assert.match(findDates(story, { anchor: a })[1]!.resolution, /the year of "1995" in the sentence before/);
  assert.deepEqual(values('He was convicted in 1998. His execution was set for Jan. 20.', a), [['1998', '1998'], ['Jan. 20', '1998-01-20']]);
  // the article's year when it puts the day before the article, as a past day of its own
  assert.deepEqual(values('He was elected in 1995. He resigned on Jan. 3.', '2000-01-06'), [['1995', '1995'], ['Jan. 3', '2000-01-03']]);
  // a plan ahead, another paragraph, a date between, a future verb: the article's year
  assert.deepEqual(values('He was elected in 1995. The hearing will be on Jan. 31.', a), [['1995', '1995'], ['Jan. 31', '2000-01-31']]);
  assert.deepEqual(values('He was elected in 1995.\nTwo executions were scheduled for Jan. 31.', a), [['1995', '1995'], ['Jan. 31', '2000-01-31']]);
  assert.deepEqual(values('He was elected in 1995. On Tuesday, two executions were scheduled for Jan. 31.', a).at(-1), ['Jan. 31', '2000-01-31']);
  // in the same sentence (the article's year, as before)
  assert.deepEqual(values('Elected in 1995, he said two executions were scheduled for Jan. 31.', a).at(-1), ['Jan. 31', '2000-01-31']);
});

test('"the day before last Tuesday\'s hearing" is the Monday, "the day after" a day on; "the next morning" is read against it', () => {
  const a = '2000-02-24'; // a Thursday
  const story = "The day before last Tuesday's federal court hearing, Manuel went to Lazaro's home. He was soon released and appeared in court the next morning.";
  assert.deepEqual(values(story, a), [['The day before last Tuesday', '2000-02-21'], ['the next morning', '2000-02-22']]);
  const before = findDates(story, { anchor: a })[0]!;
  assert.equal(before.weekday, 1);
  assert.match(before.resolution, /the day before 2000-02-22/);
  assert.deepEqual(values('He left the day after Feb. 28.', '2000-03-05'), [['the day after Feb. 28', '2000-02-29']]);
  // without the article date no day, nor the weekday's year-less form
  const undated = only('He left the day before Tuesday.');
  assert.equal(undated.value, null);
  assert.equal(undated.partial, undefined);
  // (unchanged: "the day before yesterday", and a day not right after the words)
  assert.deepEqual(values('He left the day before yesterday.', a), [['the day before yesterday', '2000-02-22']]);
  assert.deepEqual(values('He left the day before, on Tuesday.', a), [['Tuesday', '2000-02-22']]);
});

test('a year-less month naming an event set ahead, in a clause of no tense, is the coming one when it is near ("The November election could turn on")', () => {
  assert.deepEqual(values('The November election could turn on the outcomes in such big industrial states as Michigan, Illinois and Ohio.', '2000-04-18'), [['November', '2000-11']]);
  // an event's own past verb keeps the last one
  assert.deepEqual(values('The November election was decided in Michigan.', '2000-04-18'), [['November', '1999-11']]);
});

test('a four-letter name before a full stop ("Ohio.", "Iowa.") ends its sentence; an abbreviation ("Gen.", "Sept.", "Mich.") does not', () => {
  const story = 'Bush won in Michigan.\n\nThe November election could turn on the outcomes in such big industrial states as Michigan, Illinois and Ohio. Both Bush and Gore are likely to devote time to those states.';
  assert.deepEqual(values(story, '2000-04-18'), [['November', '2000-11']]);
  // (an abbreviation goes on: the past verb before "Gen." governs the date)
  assert.deepEqual(values('The troops were led by Gen. Smith in May.', '2000-06-20'), [['May', '2000-05']]);
  assert.deepEqual(values('The troops were met in Lansing, Mich. in May.', '2000-06-20'), [['May', '2000-05']]);
});

test('a month prepared for under a past verb ("had conducted to prepare for the August start") is the coming one when it is near', () => {
  const story = 'The study reflected other research the trade group had conducted to prepare for the August start of the Book Sense site.';
  assert.deepEqual(values(story, '1999-05-02'), [['August', '1999-08']]);
  // a coming one too far off, or no preparing: the last one
  assert.deepEqual(values(story, '1999-03-02'), [['August', '1998-08']]);
  assert.deepEqual(values('The study reflected other research the trade group had conducted for the August start of the site.', '1999-05-02'), [['August', '1998-08']]);
});

test('a season a comparison is made of ("more common in the summer", "most pronounced in the winter") is every such season, no date', () => {
  const common = only('El Nino also may prompt diarrhea-promoting behavior more common in the summer, such as more demand for water, the study said.', '2000-02-03');
  assert.deepEqual([common.text, common.value, common.partial, common.set], ['the summer', null, 'XXXX-SU', true]);
  assert.deepEqual(values('He says the warming would be most pronounced in the winter, at night.', '2000-02-28'), [['the winter', null]]);
  // a season told of, with no comparison: a date
  assert.deepEqual(values('Tests in France and Switzerland followed in the summer.', '1998-10-06'), [['the summer', '1998-SU']]);
});

test('a first holiday of someone\'s life ("his first Halloween") is the one the tense gives, however near the last one was', () => {
  const a = '1998-11-10';
  assert.deepEqual(values('They will be just as open as Nicholas grows: what he wears on his first Halloween, when he loses his first tooth.', a), [['Halloween', '1999-10-31']]);
  assert.deepEqual(values("She spent her first Christmas in a shelter.", '1999-01-10'), [['Christmas', '1998-12-25']]);
  // (not a first one: the one within two months, as before)
  assert.deepEqual(values('They will be just as open as Nicholas grows: what he wore on Halloween, when he loses his first tooth.', a), [['Halloween', '1998-10-31']]);
});

test('a deadline being set ("has set Friday as the deadline", "sets Friday as its deadline") is the coming day; a bare "set" is left to the clause', () => {
  const sat = '2000-01-15';
  assert.deepEqual(values('The agency has set Friday as the deadline for his return.', sat), [['Friday', '2000-01-21']]);
  assert.deepEqual(values('The agency sets Friday as its deadline for bids.', sat), [['Friday', '2000-01-21']]);
  // (a bare "set" may be of a day gone by: AQUAINT's "had ruled ... and set Friday as the deadline" of the day before)
  assert.deepEqual(values('The agency set Friday as the deadline for his return.', sat), [['Friday', '2000-01-14']]);
});

test('a present in a clause of time opening the sentence ("when the results are released in December, he will") is of the main clause\'s future', () => {
  const a = '2000-04-12';
  assert.deepEqual(values('However, when the results are released in December, Ken Trump, a Cleveland-based consultant, will view them skeptically.', a), [['December', '2000-12']]);
  assert.deepEqual(values('Once the plant is finished in December, it will employ 300.', a), [['December', '2000-12']]);
  // a main clause of no future, or a "when" not opening the sentence: as before
  assert.deepEqual(values('When the results are released in December, Trump reads them skeptically.', a), [['December', '1999-12']]);
  assert.deepEqual(values('Trump says he is skeptical when results are released in December, and he will say so.', a), [['December', '1999-12']]);
});

test('"used" is a past verb ("Republicans used his Aug. 17 testimony to point up discrepancies in the Jan. 17 deposition", in December, is January\'s)', () => {
  const story = "House Judiciary Committee Republicans used Clinton's more forthcoming Aug. 17 grand jury testimony to point up discrepancies in the Jan. 17 deposition.";
  assert.deepEqual(values(story, '1998-12-15'), [['Aug. 17', '1998-08-17'], ['Jan. 17', '1998-01-17']]);
  // (a participle after "is", "to be": the auxiliary decides)
  assert.deepEqual(values('The drug is used in January by farmers.', '1998-12-15'), [['January', '1999-01']]);
});

test('a season in a compound ("winter-related mortality") or an event\'s name ("the Summer Games", "The Summer Olympics") is no date', () => {
  assert.deepEqual(values('The increase would outweigh the decline in winter-related mortality.', '1996-07-09'), []);
  assert.deepEqual(values("Forty of China's 300 Olympic athletes have withdrawn from the Summer Games.", '2000-09-06'), []);
  assert.deepEqual(values('The Summer Olympics are several months and half a world away.', '2000-04-15'), []);
  // (a season of the games is one: "this summer's Olympics")
  assert.deepEqual(values("He trained in the winter for this summer's Olympics.", '2000-04-15'), [['the winter', '2000-WI'], ['this summer', '2000-SU']]);
});

test('"the last quarter century" is a span of 25 years, no quarter; "the last year of white rule" is a final year, not the last one before the article', () => {
  assert.deepEqual(values('The warming, with an especially sharp rise in the last quarter century, is mostly natural.', '2000-02-28'), []);
  assert.deepEqual(values('By the end of 1997 more than 350 had been built, compared to 17 in the last year of white rule.', '1998-11-12'), [['the end of 1997', '1997']]);
  // (the quarter and year before the article, as before)
  assert.deepEqual(values('It spent $40.6 million in the last quarter alone.', '2000-06-04'), [['last quarter', '2000-Q1']]);
  assert.deepEqual(values('Murders fell over the last year.', '2000-06-04'), [['last year', '1999']]);
});

test('"over the last century" is the hundred years before the article, a span with no point value, not the century before its own', () => {
  assert.deepEqual(values('We might see the same amount of warming that we saw over the last century.', '1999-07-20'), [['last century', null]]);
  assert.match(findDates('Sea levels rose six inches during the last century.', { anchor: '1999-07-20' })[0]!.resolution, /the hundred years before the article date \(1999-07-20\), a span/);
  // (before a 2000 article they are the 1900s)
  assert.deepEqual(values('The warming of about 1 degree over the last century is mostly natural.', '2000-02-28'), [['last century', '19']]);
  // (the centuries named, and the next one, stay dates)
  assert.deepEqual(values('Temperatures could rise during the next century.', '1998-06-10'), [['next century', '20']]);
  assert.deepEqual(values('It was the warmest decade of the 20th century.', '1999-07-20'), [['the 20th century', '19']]);
});

test('a season that modifies a noun ("the winter home", "the winter flu", "winter wheat", "the summer rainfall region") is a kind of thing, no date; the season itself still is', () => {
  assert.deepEqual(values('The reserve is the winter home for well over 1,000 migratory cranes.', '1997-09-24'), []);
  assert.deepEqual(values('More people worry about the West Nile virus than the winter flu.', '2000-08-23'), []);
  assert.deepEqual(values('Water shortages will bring a rise in winter wheat production.', '1999-01-11'), []);
  assert.deepEqual(values('Rain fell in most parts of the summer rainfall region.', '1997-10-18'), []);
  // (the season as the head of its phrase, or its subject, or a season's stretch, stays a date)
  assert.deepEqual(values('SWAT teams have spent the summer learning the layouts of schools.', '1999-08-12'), [['the summer', '1999-SU']]);
  assert.deepEqual(values("Phantom is to thrive in the summer blockbuster season.", '1999-06-01'), [['the summer', '1999-SU']]);
  assert.deepEqual(values('The winter brought record snow to the Alps.', '1999-03-01'), [['The winter', '1999-WI']]);
  assert.deepEqual(values('If the spiders can pass the winter safely, the pests will not be a threat.', '1998-03-22').length, 1);
});

test('a year-less month or season of a habit in the present is a TimeML set, no date: with another month or season and a present verb, or a habit\'s adverb', () => {
  const sets = (text: string, anchor: string) => findDates(text, { anchor }).map((d) => [d.text, d.value, d.set === true]);
  assert.deepEqual(sets('The larvae skeletonize leaves in May and June, and the adults finish up any leftovers from July to October.', '2000-07-05'),
    [['May', null, true], ['June', null, true], ['July', null, true], ['October', null, true]]);
  assert.deepEqual(sets('In summer the farm grows all its own fruit; in the winter, the proportion drops to 50 percent.', '1999-04-27'), [['summer', null, true], ['the winter', null, true]]);
  assert.deepEqual(sets('Then, in late April and May, the tree drops these leaves.', '1999-05-17'), [['late April', null, true], ['May', null, true]]);
  assert.deepEqual(sets('The crow has a migratory pattern that takes it from Canada in the summer to Texas in the winter.', '2000-07-31'), [['the summer', null, true], ['the winter', null, true]]);
  assert.deepEqual(sets('El Nino usually occurs around December every three to six years.', '1997-08-22'), [['December', null, true]]);
  // (a quarter too, and a present passive is no past)
  assert.deepEqual(sets('About 70% of the business is usually conducted in the fourth quarter.', '1989-10-26'), [['the fourth quarter', null, true]]);
  assert.equal(findDates('About 70% of the business is usually conducted in the fourth quarter.', { anchor: '1989-10-26' })[0]!.partial, 'XXXX-Q4');
  assert.deepEqual(values('Sales usually rose in the fourth quarter.', '1990-02-26'), [['the fourth quarter', '1989-Q4']]);
  // (what was said keeps its own tense, unless the saying is the date's)
  assert.deepEqual(sets('He said the larvae skeletonize leaves in May and June.', '2000-07-05'), [['May', null, true], ['June', null, true]]);
  assert.deepEqual(values('He said in May and June that the larvae skeletonize leaves.', '2000-07-05'), [['May', '2000-05'], ['June', '2000-06']]);
  // the journalistic present of what is set ahead, the past, a year, a direction, an arrangement: dates
  assert.deepEqual(values('The trial begins in May and ends in June.', '2000-01-10'), [['May', '2000-05'], ['June', '2000-06']]);
  assert.deepEqual(values('The talks resume in June.', '2000-01-10'), [['June', '2000-06']]);
  assert.deepEqual(values('Voters go to the polls in May and June.', '2000-01-05'), [['May', '2000-05'], ['June', '2000-06']]);
  assert.deepEqual(values('The larvae skeletonized leaves in May and June.', '2000-07-05'), [['May', '2000-05'], ['June', '2000-06']]);
  assert.deepEqual(values('The larvae skeletonize leaves in May and June of this year.', '2000-07-05'), [['May', '2000-05'], ['June', '2000-06'], ['this year', '2000']]);
  assert.deepEqual(values('This winter the proportion drops, and last May it rose.', '2000-07-05'), [['This winter', '2000-WI'], ['last May', '2000-05']]);
  assert.deepEqual(values('In the summer the farm is opening a market, and in the fall it adds a shop.', '2000-04-11')[0], ['the summer', '2000-SU']);
  // (figures of particular months told in the present; a habit's adverb in another stretch of the sentence)
  assert.deepEqual(values('The index shows inflation of 3 percent in May and June.', '2000-07-05'), [['May', '2000-05'], ['June', '2000-06']]);
  assert.deepEqual(values('The tickets cost $50 in June and $60 in July.', '2000-01-05'), [['June', '2000-06'], ['July', '2000-07']]);
  assert.deepEqual(values('Traffic is usually light on the road around the lake and the hills, but in May the road reopens.', '2000-01-05'), [['May', '2000-05']]);
  // (one month alone in the present, with no habit's adverb, is no habit told: "the rain comes in May")
  assert.deepEqual(values('The report comes out in May.', '2000-01-10'), [['May', '2000-05']]);
});

test('a range of two year-less months runs forward: the end read out of order moves, the one that puts the range nearer the article\'s month', () => {
  assert.deepEqual(values('From January to September of this year, 756 cases were handled, officials say.', '1999-11-25').slice(0, 2), [['January', '1999-01'], ['September', '1999-09']]);
  assert.deepEqual(values("The stock has fluctuated sharply, rising to a high of $42.875 a share in June from $29.75 in March.", '1989-10-30'), [['June', '1989-06'], ['March', '1989-03']]);
  assert.deepEqual(values('Earlier forecasts for dry conditions from November to March were correct.', '1997-10-18'), [['November', '1997-11'], ['March', '1998-03']]);
  // (a range in order is left as read; two months merely named together are no range)
  assert.deepEqual(values('The season runs from November to February.', '1989-10-30'), [['November', '1989-11'], ['February', '1990-02']]);
  assert.deepEqual(values('The report said sales are strong in March and weak in June.', '1989-10-30'), [['March', '1990-03'], ['June', '1989-06']]);
});

test('a participle before its noun after the date ("the hastily planned trip") is no verb of the clause: the verb after it decides', () => {
  // 1998-08-17 is a Monday
  assert.deepEqual(values('On Friday, when Albright set aside vacation plans for the hastily planned trip to East Africa, the State Department lifted a warning.', '1998-08-17'), [['Friday', '1998-08-14']]);
  assert.deepEqual(values('On Friday, the injured workers will return.', '1998-08-17'), [['Friday', '1998-08-21']]);
  // (with no verb after it, the participle's time stands)
  assert.deepEqual(values('On Friday, the planned strike begins.', '1998-08-17'), [['Friday', '1998-08-21']]);
});

test('"February 26,1989": a four-figure year right after the comma is the date\'s, not a group of thousands', () => {
  assert.deepEqual(values('February 26,1989 -- Stability is an overriding issue.', '1998-12-14'), [['February 26,1989', '1989-02-26']]);
  assert.deepEqual(values('That is on May 7,2000, he said.', '2000-04-02'), [['May 7,2000', '2000-05-07']]);
  // (a number's thousands stay no day)
  assert.deepEqual(values('On May 7,000 people marched.', '2000-04-02').map(([t]) => t), ['May']);
});

test('a past event\'s noun right before a month or weekday ("after a traffic accident in August") dates what has happened, unless it is planned or feared', () => {
  assert.deepEqual(values('Tyson is serving a one-year sentence for assaulting two men after a minor traffic accident in August in suburban Washington.', '1999-02-22'), [['August', '1998-08']]);
  assert.deepEqual(values('Officials said his death in June was an accident.', '1999-02-22'), [['June', '1998-06']]);
  assert.deepEqual(values('The army is planning a raid in May.', '1999-02-22'), [['May', '1999-05']]);
  // (not a quarter's figures: "the impact of the earthquake on fourth-quarter results")
  assert.deepEqual(values('The company has no estimate of the impact of the earthquake on fourth-quarter results.', '1989-10-30'), [['fourth-quarter', '1989-Q4']]);
});

test('tense cues that are no verb of the date\'s clause: a parenthetical "the indictment says,", "until" with a gerund; a negated past reaches "until" across its phrase', () => {
  assert.deepEqual(values('In June and July, the indictment says, the suspects in Tanzania bought a truck.', '1998-12-16'), [['June', '1998-06'], ['July', '1998-07']]);
  assert.deepEqual(values('He was unknown until becoming premier in August.', '2000-03-27'), [['August', '1999-08']]);
  assert.deepEqual(values('The virus had not been reported in the United States until August.', '2000-04-27'), [['August', '1999-08']]);
  // ("until" before a date, as before, looks ahead)
  assert.deepEqual(values('She will not rest until Friday.', '1999-02-22'), [['Friday', '1999-02-26']]);
});

test('a year-less month that opens a range until now ("from November until now") is the last one', () => {
  assert.deepEqual(values("They've gone from November until now without anything to eat.", '1999-05-26')[0], ['November', '1998-11']);
  // (one already before the article stays)
  assert.deepEqual(values("They've gone from March until now without anything to eat.", '1999-05-26')[0], ['March', '1999-03']);
});

test('a month the article names a person by ("Steve May") is that person again when no word of time or other month is before it', () => {
  const text = 'He is at odds with Steve May, a prominent Log Cabin Republican. The plan was the brainchild of May, an openly gay Army reservist. A meeting has been scheduled for Dec. 30, according to May. In May, he ran, and from April to May he campaigned.';
  assert.deepEqual(values(text, '1999-12-22'), [['Dec. 30', '1999-12-30'], ['May', '1999-05'], ['April', '1999-04'], ['May', '1999-05']]);
  assert.deepEqual(values(text + ' The hearing is scheduled for May.', '1999-12-22').at(-1), ['May', '2000-05']);
  // (with no such person, "according to May" is still read as before)
  assert.deepEqual(values('The plan was the brainchild of May, a month of change.', '1999-12-22'), [['May', '1999-05']]);
});

test('a limit ("by Thursday or Friday") in a clause not in the past is ahead; a participle after an article ("the struck factories") and a noun in -ed ("watershed") are no past verbs', () => {
  // 1998-07-08 is a Wednesday
  assert.deepEqual(values('Both sides struggle to reach a deal by Thursday or Friday.', '1998-07-08'), [['Thursday', '1998-07-09'], ['Friday', '1998-07-10']]);
  assert.deepEqual(values('Officials estimate that the oxygen could be exhausted by Friday.', '2000-08-15'), [['Friday', '2000-08-18']]);
  // (in the past, the last one)
  assert.deepEqual(values('They had reached a deal by Thursday.', '1998-07-08'), [['Thursday', '1998-07-02']]);
  assert.deepEqual(values('A deal would allow time to vote and reopen the struck auto parts factories Monday, the day workers return.', '1998-07-08'), [['Monday', '1998-07-13']]);
  assert.deepEqual(values('By the end of the day Tuesday, virtually every watershed in the state will be subject to the act.', '1999-03-14'), [['Tuesday', '1999-03-16']]);
});

test('"over the weekend" is the latest one, but in a clause of what is to come the coming one', () => {
  // 1998-07-08 is a Wednesday
  assert.deepEqual(values('A deal would allow time for the workers to vote on ratification over the weekend.', '1998-07-08'), [['the weekend', '1998-W28-WE']]);
  assert.deepEqual(values('The family met over the weekend.', '1998-07-08'), [['the weekend', '1998-W27-WE']]);
});

test('a clause cue is looked for within 120 words of the date, so a text with no sentence ends reads each date in bounded work', () => {
  const sentence = (fillers: number) => 'The mayor said ' + 'the committee of the council '.repeat(fillers / 5) + 'in May.';
  // a past verb 100 words back, in the same sentence, still governs
  assert.deepEqual(values(sentence(100), '2000-03-15'), [['May', '1999-05']]);
  // 130 words back it is past the limit: the month reads as one with no cue
  assert.deepEqual(values(sentence(130), '2000-03-15'), values('in May.', '2000-03-15'));
  // (every date of a long list without sentence ends is still found and read)
  const list = 'May, March, June and July, '.repeat(400);
  assert.equal(findDates(list, { anchor: '2000-03-15' }).length, 800);
});

test('numbers that only look like years or ages: a part of a larger number, a street or box number, a rate, a test score, a wire time stamp', () => {
  // "10,000 years ago" is no "000 years ago" (the article's own year)
  assert.deepEqual(values('Humans were created 10,000 years ago, it holds; the change came 11,600 years ago.', '1999-08-28'), []);
  assert.deepEqual(values('contact the foundation at 1330 W. Peachtree St., Atlanta, or P.O. Box 1413, Fort Worth.', '2000-03-13'), []);
  assert.deepEqual(values('With a combined SAT score of 1290, she applied; he scored a combined 1390.', '1998-10-28'), []);
  assert.deepEqual(values('The rate fell from 7.4 per 1000 in 1994 to 3.8 per 1000 in 1996.', '1997-11-26'), [['1994', '1994'], ['1996', '1996']]);
  assert.deepEqual(values('Clients of the New York Times News Service NYT-03-01-99 1110EST', '1999-03-03'), []);
  // (a year before a name that is no street stays a year: a model year, a court's decision)
  assert.deepEqual(values('Those vehicles include the 1998 Buick Park Avenue.', '2000-05-22'), [['1998', '1998']]);
  assert.deepEqual(values('The bill enshrines into law a 1998 Supreme Court decision.', '2000-03-14'), [['1998', '1998']]);
  assert.deepEqual(values('Some 5 years ago, and 600 years ago.', '1999-08-28'), [['Some 5 years ago', '1994'], ['600 years ago', '1399']]);
});

test('"may" and a resolve to act ("timed to", "programmed to") look ahead; the month "May" is no cue', () => {
  assert.deepEqual(values('The virus may strike on Friday.', '1999-08-19'), [['Friday', '1999-08-20']]);
  assert.deepEqual(values("``That could be why it may hit on Christmas,'' he said.", '1999-08-19'), [['Christmas', '1999-12-25']]);
  assert.deepEqual(values('A computer virus timed to strike Windows PCs on Christmas Day has yet to pose a threat.', '1999-08-19'), [['Christmas Day', '1999-12-25']]);
  assert.deepEqual(values('The virus was programmed to activate on Monday, the anniversary of the disaster.', '1999-04-24'), [['Monday', '1999-04-26']]);
  // (with "have" a modal tells of the past, and the month "May" in the sentence changes nothing)
  assert.deepEqual(values('The virus may have struck on Friday.', '1999-08-19'), [['Friday', '1999-08-13']]);
  assert.deepEqual(values('In May the virus struck on a Friday, and on Monday it spread.', '1999-08-19'), [['May', '1999-05'], ['Monday', '1999-08-16']]);
});

test('a limit opening a clause after "but" or "and" and a comma is of its main clause\'s time, as one opening the sentence', () => {
  assert.deepEqual(values("They would obey the law, but until Tuesday night, they had never agreed to turn the child over.", '2000-04-12'), [['Tuesday night', '2000-04-11']]);
  assert.deepEqual(values('They would obey the law, but until Tuesday they will not agree.', '2000-04-12'), [['Tuesday', '2000-04-18']]);
  // (inside a clause, "until" still looks ahead)
  assert.deepEqual(values('He will stay until Tuesday and leave.', '2000-04-12'), [['Tuesday', '2000-04-18']]);
});

test('"earlier in the year", "later in the year": of a year the text gives just before, else the article\'s', () => {
  assert.deepEqual(values('Planting was delayed earlier in the year by heavy rains.', '1989-10-26'), [['earlier in the year', '1989']]);
  assert.deepEqual(values('In 1995 he won the race. Later in the year he retired.', '1999-03-01'), [['1995', '1995'], ['Later in the year', '1995']]);
  // an earnings report's "a year ago" gives no year to read it against
  assert.deepEqual(values('Profit was higher than a year ago. Sales were slowed later in the year by rain.', '1989-10-26'), [['a year ago', '1988'], ['later in the year', '1989']]);
});

test('"a year earlier" outside an earnings report is the year before the date told of; after a span of years or a fiscal year, none', () => {
  assert.deepEqual(values('In 2004, ticket sales rose 6 percent from a year earlier.', '2005-03-01'), [['2004', '2004'], ['a year earlier', '2003']]);
  assert.deepEqual(values('Rents climbed again last month. They were 5 percent higher than a year earlier.', '2005-03-01'), [['last month', '2005-02'], ['a year earlier', '2004']]);
  assert.deepEqual(values('There were 30 cases in the 2003-2004 season. A year earlier there were 20.', '2005-03-01'), [['2003', '2003'], ['2004', '2004']]);
  assert.deepEqual(values('In fiscal 2004 the club lost money. A year earlier it made a profit.', '2005-03-01'), [['fiscal 2004', '2004']]);
  // an earnings report's quarter still gives the same quarter a year before
  assert.deepEqual(values('Profit in the third quarter rose to $5 million from $4 million a year earlier.', '2005-11-01'), [['the third quarter', '2005-Q3'], ['a year earlier', '2004-Q3']]);
});

test('a season of a spoken year is that year\'s season; "the summer of" a count or a name is none', () => {
  assert.deepEqual(values('Heating oil cost more in the winter of nineteen ninety-six.', '1999-02-01'), [['the winter of nineteen ninety-six', '1996-WI']]);
  assert.deepEqual(values('The dam was finished in the spring of nineteen eighty-two.', '1999-02-01'), [['the spring of nineteen eighty-two', '1982-SP']]);
  assert.deepEqual(values('In the summer of twenty-one people came.', '1999-02-01'), []);
  assert.deepEqual(values('It was the summer of love.', '1999-02-01'), []);
});

test('a capitalized Today or Tonight after a capitalized word inside a line ends a name ("USA Today"), no day; opening a sentence it is the day', () => {
  assert.deepEqual(values('The senator told USA Today that he would run.', '2001-05-02'), []);
  assert.deepEqual(values('She hosted ``Politics Tonight,\'\' a cable show.', '2001-05-02'), []);
  assert.deepEqual(values('Prices fell in May. Today, they rose.', '2001-05-02'), [['May', '2001-05'], ['Today', '2001-05-02']]);
});

test('"the quarter a year ago", "the same period a year earlier" are one expression: the reported quarter a year before, else the year', () => {
  assert.deepEqual(values('Acme posted a third-quarter loss of $3 million. For the quarter a year ago, it earned $2 million.', '2005-10-20'), [['third-quarter', '2005-Q3'], ['the quarter a year ago', '2004-Q3']]);
  assert.deepEqual(values('Thefts fell 9 percent from January through June, compared with the same period a year ago.', '2005-08-10'), [['January', '2005-01'], ['June', '2005-06'], ['the same period a year ago', '2004']]);
});

test('"the leaders of tomorrow" is the future\'s, no day; "as of tomorrow", "the end of tomorrow", "tomorrow\'s" stay the day after', () => {
  assert.deepEqual(values('The school trains the leaders of tomorrow.', '2003-06-09'), []);
  assert.deepEqual(values('The rules apply as of tomorrow.', '2003-06-09'), [['tomorrow', '2003-06-10']]);
  assert.deepEqual(values('We read the list of tomorrow\'s speakers.', '2003-06-09'), [['tomorrow', '2003-06-10']]);
});

test('"more than a decade ago", "over 50 years ago" say only before when: no value (the decade or year N back is no more likely than one before it)', () => {
  const d = only('He was cleared of the killing more than a decade ago.', '2000-04-14');
  assert.deepEqual([d.text, d.value], ['more than a decade ago', null]);
  assert.match(d.resolution, /some time before 1990-04-14/);
  assert.deepEqual(values('The last surplus was over 50 years ago.', '2000-09-27'), [['over 50 years ago', null]]);
  // "about", "nearly" keep the value
  assert.deepEqual(values('She came about 20 years ago.', '2000-04-01'), [['about 20 years ago', '1980']]);
});

test('"the corresponding period last year", "last year\'s quarter" are the reported quarter a year before; with none reported, last year', () => {
  assert.deepEqual(values('Acme lost $2 million in the third quarter, against a profit for the corresponding period last year. Sales for last year\'s quarter were $9 million.', '2005-10-20'), [
    ['the third quarter', '2005-Q3'], ['the corresponding period last year', '2004-Q3'], ['last year\'s quarter', '2004-Q3'],
  ]);
  assert.deepEqual(values('Arrests fell 40 percent from the same period last year.', '2005-10-20'), [['the same period last year', '2004']]);
});
