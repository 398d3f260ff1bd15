// Which files are articles and cards: the defaults are written once (core/workspace/fileKinds.ts)
// and package.json, the server's settings and the CLI's finder agree with them; `.dateline.yaml`
// turns folders into globs; the ignore list is read where a card would be.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { FORMATS } from '../../server/src/core/formats/index.ts';
import { ARTICLE_EXTENSIONS, ARTICLE_FILE_GLOB, CLI_ARTICLE_GLOBS, DEFAULT_CARD_GLOBS, DEFAULT_EXCLUDE_GLOBS, EDITOR_ARTICLE_GLOBS, articleGlobsUnder } from '../../server/src/core/workspace/fileKinds.ts';
import { DEFAULT_SETTINGS, settingsFrom } from '../../server/src/lsp/settings.ts';
import { DEFAULT_PATTERNS, FileClassifier, findCorpusFiles } from '../../server/src/host/files.ts';
import { findWorkspaceFile, parseWorkspaceFile, proposedArticleFolders, workspaceFileText, withWorkspaceFile } from '../../server/src/host/workspaceFile.ts';
import { loadCorpus } from '../../server/src/host/loadCorpus.ts';

const pkg = JSON.parse(readFileSync(path.join(import.meta.dirname, '../../package.json'), 'utf8'));
const prop = (name: string) => pkg.contributes.configuration.properties[name].default;

test('package.json, the server and the CLI take their default globs from one place', () => {
  assert.deepEqual(prop('dateline.articles.include'), EDITOR_ARTICLE_GLOBS);
  assert.deepEqual(prop('dateline.cards.include'), DEFAULT_CARD_GLOBS);
  assert.deepEqual(prop('dateline.articles.exclude'), DEFAULT_EXCLUDE_GLOBS);
  assert.deepEqual(DEFAULT_SETTINGS.patterns, { articles: EDITOR_ARTICLE_GLOBS, cards: DEFAULT_CARD_GLOBS, exclude: DEFAULT_EXCLUDE_GLOBS });
  assert.deepEqual(settingsFrom({}).patterns, DEFAULT_SETTINGS.patterns);
  assert.deepEqual(DEFAULT_PATTERNS, { articles: CLI_ARTICLE_GLOBS, cards: DEFAULT_CARD_GLOBS, exclude: DEFAULT_EXCLUDE_GLOBS });
  assert.deepEqual(articleGlobsUnder('articles/'), [`articles/**/${ARTICLE_FILE_GLOB}`]);
  // The formats read exactly the endings said to be articles.
  assert.deepEqual(FORMATS.flatMap((f) => f.extensions), ARTICLE_EXTENSIONS);
  assert.ok(pkg.activationEvents.includes('onLanguage:html'));
  assert.ok(pkg.activationEvents.includes('onLanguage:plaintext') && pkg.activationEvents.includes('workspaceContains:.dateline.yaml'));
});

test('the ignore list is read where a card would be a card, and is no article', () => {
  const c = new FileClassifier(DEFAULT_PATTERNS);
  assert.equal(c.classify('corpus/entities/ignore.txt'), 'card');
  assert.equal(c.classify('entities/ignore.txt'), 'card');
  assert.equal(c.classify('corpus/ignore.txt'), 'article');
  assert.equal(c.classify('corpus/entities/people/a.md'), 'card');
});

test('.dateline.yaml: folders become globs, globs stay, mistakes are said', () => {
  const f = parseWorkspaceFile('/w/.dateline.yaml', 'articles: [articles, "more/**/*.txt"]\ncards: articles/entities\n');
  assert.deepEqual(f.patterns, { articles: [`articles/**/${ARTICLE_FILE_GLOB}`, 'more/**/*.txt'], cards: ['articles/entities/**/*.md'] });
  assert.deepEqual(f.problems, []);
  assert.deepEqual(withWorkspaceFile(DEFAULT_SETTINGS.patterns, f).exclude, DEFAULT_EXCLUDE_GLOBS);
  assert.deepEqual(parseWorkspaceFile('/w/.dateline.yaml', 'articles: 3\nfoo: 1\n').problems, ['"articles" must be a folder or glob, or a list of them', 'unknown field "foo"']);
  assert.match(parseWorkspaceFile('/w/.dateline.yaml', 'articles: [a\n').problems[0]!, /not valid YAML/);
  assert.deepEqual(proposedArticleFolders('/w', ['/w/articles/a.txt', '/w/articles/2020/b.txt', '/w/notes/c.txt']), ['articles', 'notes']);
  assert.deepEqual(proposedArticleFolders('/w', ['/w/a.txt', '/w/x/b.txt']), ['.']);
  const text = workspaceFileText(['articles'], 'entities');
  assert.deepEqual(parseWorkspaceFile('/w/.dateline.yaml', text).patterns, { articles: [`articles/**/${ARTICLE_FILE_GLOB}`], cards: ['entities/**/*.md'] });
});

test('the CLI reads a folder under any name, and honours the .dateline.yaml of it or above it', async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'dateline-wsfile-'));
  try {
    mkdirSync(path.join(dir, 'articles'));
    mkdirSync(path.join(dir, 'drafts'));
    mkdirSync(path.join(dir, 'knowledge/people'), { recursive: true });
    writeFileSync(path.join(dir, 'articles/a.txt'), 'Lilit Makunts met Nikol Pashinyan in Yerevan on Monday.\n');
    writeFileSync(path.join(dir, 'drafts/b.txt'), 'A draft.\n');
    writeFileSync(path.join(dir, 'knowledge/people/lilit-makunts.md'), '---\ntype: person\nname: Lilit Makunts\n---\nAn ambassador.\n');
    // Without a workspace file: every article file, and no cards (they are not under entities/:
    // the Markdown file is read as an article).
    const plain = await loadCorpus([dir]);
    assert.deepEqual(plain.articlePaths().map((p) => path.relative(dir, p)), ['articles/a.txt', 'drafts/b.txt', 'knowledge/people/lilit-makunts.md']);
    assert.equal(plain.knowledge().cards.size, 0);
    writeFileSync(path.join(dir, '.dateline.yaml'), 'articles: [articles]\ncards: knowledge\n');
    for (const given of [dir, path.join(dir, 'articles')]) {
      const ws = await loadCorpus([given]);
      assert.deepEqual(ws.articlePaths().map((p) => path.relative(dir, p)), ['articles/a.txt'], given);
      assert.deepEqual([...ws.knowledge().cards.keys()], ['lilit-makunts'], given);
    }
    assert.equal(findWorkspaceFile(path.join(dir, 'articles'))?.patterns.cards?.[0], 'knowledge/**/*.md');
    const found = await findCorpusFiles(dir, withWorkspaceFile(DEFAULT_SETTINGS.patterns, findWorkspaceFile(dir)));
    assert.deepEqual(found.otherArticleFiles.map((p) => path.relative(dir, p)), ['drafts/b.txt']);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the offer to read a folder counts Markdown and HTML articles too, not a project\'s own documents', async () => {
  const { mayBeArticle } = await import('../../server/src/core/workspace/fileKinds.ts');
  for (const p of ['articles/a.txt', 'articles/b.md', 'news/2020/c.html', 'd.htm', 'drafts/CHANGES.txt']) assert.ok(mayBeArticle(p), p);
  for (const p of ['README.md', 'CHANGELOG.md', 'LICENSE.md', 'CODE_OF_CONDUCT.md', 'docs/guide.md', 'site/index.html', 'a/.github/x.md', 'notes.json', 'a/readme.txt']) assert.ok(!mayBeArticle(p), p);
  const dir = mkdtempSync(path.join(os.tmpdir(), 'dateline-offer-'));
  try {
    mkdirSync(path.join(dir, 'articles'));
    mkdirSync(path.join(dir, 'docs'));
    writeFileSync(path.join(dir, 'articles/a.md'), '---\ndate: 2020-11-10\n---\nLilit Makunts met Nikol Pashinyan in Yerevan.\n');
    writeFileSync(path.join(dir, 'articles/b.html'), '<html><body><p>Lilit Makunts spoke.</p></body></html>\n');
    writeFileSync(path.join(dir, 'CHANGELOG.md'), '# Changes\n');
    writeFileSync(path.join(dir, 'docs/guide.md'), '# Guide\n');
    const found = await findCorpusFiles(dir, DEFAULT_SETTINGS.patterns);
    assert.deepEqual(found.articles, []);
    assert.deepEqual(found.otherArticleFiles.map((p) => path.relative(dir, p)).sort(), ['articles/a.md', 'articles/b.html']);
    assert.deepEqual(proposedArticleFolders(dir, found.otherArticleFiles), ['articles']);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
