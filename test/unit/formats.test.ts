// Articles in Markdown and HTML: the analysis reads their prose and answers with offsets into the
// file as written. The seed articles rewritten as HTML and as Markdown must give what the plain
// text gives, mention for mention, at offsets whose source spells the mention.

import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync, cpSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { decodeHTML } from 'entities';
import { loadCorpus } from '../../server/src/host/loadCorpus.ts';
import type { Workspace } from '../../server/src/core/workspace/workspace.ts';
import { Workspace as CoreWorkspace } from '../../server/src/core/workspace/workspace.ts';
import { markdown } from '../../server/src/core/formats/markdown.ts';
import { html } from '../../server/src/core/formats/html.ts';
import { formatFor } from '../../server/src/core/formats/index.ts';
import { FileClassifier, DEFAULT_PATTERNS } from '../../server/src/host/files.ts';
import { DEFAULT_SETTINGS } from '../../server/src/lsp/settings.ts';

const repo = path.join(__dirname, '../..');
const seedNames = readdirSync(path.join(repo, 'corpus')).filter((f) => f.endsWith('.txt')).sort();

function paragraphs(text: string): string[] {
  return text.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
}
const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/'/g, '&#39;').replace(/"/g, '&quot;');
// CommonMark lets any ASCII punctuation be escaped: the harshest case for the offset map.
const escapeMarkdown = (s: string) => s.replace(/[!-/:-@[-`{-~]/g, '\\$&');

const corpora: Record<'txt' | 'html' | 'md', Workspace> = {} as never;
const roots: Record<string, string> = {};

before(async () => {
  for (const kind of ['txt', 'html', 'md'] as const) {
    const root = mkdtempSync(path.join(os.tmpdir(), `dateline-formats-${kind}-`));
    cpSync(path.join(repo, 'corpus', 'entities'), path.join(root, 'entities'), { recursive: true });
    for (const name of seedNames) {
      const ps = paragraphs(readFileSync(path.join(repo, 'corpus', name), 'utf8'));
      const stem = name.replace(/\.txt$/, '');
      if (kind === 'txt') writeFileSync(path.join(root, name), ps.join('\n\n'));
      if (kind === 'html') {
        const body = ps.map((p, i) => (i === 0 ? `<h1>${escapeHtml(p)}</h1>` : `<p>${escapeHtml(p)}</p>`)).join('\n');
        writeFileSync(path.join(root, `${stem}.html`), `<!doctype html>\n<html><head><title>${escapeHtml(ps[0]!)}</title><script>var s = "Moscow, November 9";</script></head>\n<body><nav><a href="/">Home</a> | <a href="/world">Yerevan News</a></nav>\n<article>\n${body}\n</article>\n<footer>Copyright 2020 Baku Media</footer></body></html>\n`);
      }
      if (kind === 'md') writeFileSync(path.join(root, `${stem}.md`), `# ${escapeMarkdown(ps[0]!)}\n\n${ps.slice(1).map(escapeMarkdown).join('\n\n')}\n`);
    }
    roots[kind] = root;
    corpora[kind] = await loadCorpus([root]);
  }
});

function byStem(ws: Workspace): Map<string, string> {
  return new Map(ws.articlePaths().map((p) => [path.basename(p).replace(/\.[a-z]+$/, ''), p]));
}

for (const kind of ['html', 'md'] as const) {
  test(`the seed articles as ${kind}: the same names and dates as the plain text, at offsets that spell them`, () => {
    const plain = byStem(corpora.txt);
    const other = byStem(corpora[kind]);
    assert.equal(other.size, seedNames.length);
    for (const [stem, p] of plain) {
      const a = corpora.txt.analysis(p)!;
      const b = corpora[kind].analysis(other.get(stem)!)!;
      const names = (ws: Workspace, file: string) => ws.entities(file).map((m) => `${m.text}|${m.type}|${m.name}|${m.source}`);
      assert.deepEqual(names(corpora[kind], b.path), names(corpora.txt, a.path), stem);
      assert.deepEqual(b.dates.map((d) => `${d.text}|${d.value}|${d.event ?? ''}`), a.dates.map((d) => `${d.text}|${d.value}|${d.event ?? ''}`), stem);
      assert.equal(b.articleDate.value, a.articleDate.value, stem);
      const spelled = (s: number, e: number) => {
        const raw = b.text.slice(s, e);
        return kind === 'html' ? decodeHTML(raw) : raw.replace(/\\([!-/:-@[-`{-~])/g, '$1');
      };
      for (const m of [...corpora[kind].entities(b.path), ...b.dates]) assert.equal(spelled(m.start, m.end).replace(/\s+/g, ' '), m.text.replace(/\s+/g, ' '), `${stem}: ${m.text}`);
    }
  });

  test(`the seed articles as ${kind}: the same findings, at the same words`, () => {
    const summary = (ws: Workspace) =>
      ws.reportedPaths().filter((p) => !p.includes(`${path.sep}entities${path.sep}`)).flatMap((p) => {
        const text = ws.analysis(p)!.text;
        const spell = (s: string) => (kind === 'html' ? decodeHTML(s) : s.replace(/\\([!-/:-@[-`{-~])/g, '$1'));
        return ws.findings(p).map((f) => `${path.basename(p).replace(/\.[a-z]+$/, '')}|${f.code}|${f.severity}|${spell(text.slice(f.start, f.end))}`);
      }).sort();
    const plain = summary(corpora.txt);
    assert.ok(plain.some((f) => f.includes('|date-conflict|warning|November 10, 2020')));
    assert.deepEqual(summary(corpora[kind]), plain);
  });
}

test('Markdown: front matter gives the article date, code and images are not prose, links keep their text', () => {
  const source = [
    '---', 'title: Talks', 'date: 2020-11-10', 'source: Example Wire', '---',
    '# Talks in Moscow', '', 'Leaders met *on Monday* in [Moscow](https://example.org/moscow).', '',
    '![Map of Nagorno-Karabakh](map.png)', '', '```', 'Baku, November 3', '```', '',
    '> Nikol Pashinyan said\n> the deal was hard.', '',
  ].join('\n');
  const prose = markdown.read(source);
  assert.equal(prose.metadata?.published, '2020-11-10');
  assert.equal(prose.metadata?.source, 'Example Wire');
  assert.equal(prose.text, 'Talks in Moscow\n\nLeaders met on Monday in Moscow.\n\nNikol Pashinyan said the deal was hard.\n\n');
  const ws = new CoreWorkspace();
  ws.setArticle('/x/talks.md', source);
  const a = ws.analysis('/x/talks.md')!;
  assert.equal(a.articleDate.value, '2020-11-10');
  const monday = a.dates.find((d) => d.text === 'Monday')!;
  assert.equal(monday.value, '2020-11-09', 'resolved against the front matter date');
  assert.equal(source.slice(monday.start, monday.end), 'Monday');
  assert.ok(!a.dates.some((d) => d.text.includes('November 3')), 'a code block is not prose');
});

test('Markdown: a bad front matter date is not an article date, and a sidecar wins over the front matter', () => {
  assert.equal(markdown.read('---\ndate: 2021-02-30\n---\nText.').metadata, undefined);
  const ws = new CoreWorkspace();
  ws.setArticle('/x/a.md', '---\ndate: 2020-11-10\n---\nThe talks were on Monday.\n');
  ws.setMetadata('/x/a.meta.yaml', 'published: 2020-11-20\n');
  assert.equal(ws.analysis('/x/a.md')!.articleDate.value, '2020-11-20');
});

test('HTML: the article body without scripts and page furniture, entities decoded, the published time as the date', () => {
  const source = '<html><head><meta property="article:published_time" content="2020-11-10T08:00:00+04:00"><meta property="og:site_name" content="Wire"><style>p{}</style></head>'
    + '<body><nav>Home</nav><article><h1>Armenia&rsquo;s deal</h1><p>On November&nbsp;10, <b>Nikol Pashinyan</b>\nsigned.</p><p>AT&amp;T said<br>no.<script>var m = "Moscow";</script></p></article><footer>Copyright</footer></body></html>';
  const prose = html.read(source);
  assert.equal(prose.text, 'Armenia\u2019s deal\n\nOn November 10, Nikol Pashinyan signed.\n\nAT&T said\nno.\n\n');
  assert.deepEqual(prose.metadata, { published: '2020-11-10', source: 'Wire' });
  const at = (w: string) => {
    const i = prose.text.indexOf(w);
    const [s, e] = prose.map!.toSource(i, i + w.length);
    return source.slice(s, e);
  };
  assert.equal(at('Armenia\u2019s'), 'Armenia&rsquo;s');
  assert.equal(at('November 10'), 'November&nbsp;10');
  assert.equal(at('AT&T'), 'AT&amp;T');
  // Without <article>, the body without navigation.
  assert.equal(html.read('<body><nav>Menu</nav><div>Story text.</div><footer>c</footer></body>').text, 'Story text.\n\n');
});

test('formats by file name; READMEs are neither articles nor cards; a sidecar belongs to an article of any format', () => {
  assert.equal(formatFor('a/b.HTML').name, 'HTML');
  assert.equal(formatFor('a/b.md').name, 'Markdown');
  assert.equal(formatFor('a/b.txt').name, 'plain text');
  assert.equal(formatFor('a.b/c').name, 'plain text');
  const c = new FileClassifier(DEFAULT_PATTERNS);
  assert.equal(c.classify('story/a.md'), 'article');
  assert.equal(c.classify('story/a.html'), 'article');
  assert.equal(c.classify('story/README.md'), undefined);
  assert.equal(c.classify('story/entities/README.md'), undefined);
  assert.equal(c.classify('story/entities/pashinyan.md'), 'card');
  assert.equal(c.classify('story/a.meta.yaml'), 'metadata');
});

test('package.json and the server default to the same article globs; the client has none of its own', () => {
  const pkg = JSON.parse(readFileSync(path.join(repo, 'package.json'), 'utf8'));
  const fromPackage = pkg.contributes.configuration.properties['dateline.articles.include'].default;
  const client = readFileSync(path.join(repo, 'client/src/extension.ts'), 'utf8');
  assert.deepEqual(fromPackage, DEFAULT_SETTINGS.patterns.articles);
  // The client has no glob of its own: it sends the server every document of the languages the
  // shared file kinds name, and the server decides.
  assert.match(client, /from '\.\.\/\.\.\/server\/src\/core\/workspace\/fileKinds\.ts'/);
  assert.doesNotMatch(client, /\*\*\/corpus/);
});
