// Markdown articles (a draft, a CMS export): the prose is the text of headings, paragraphs, list
// items, quotes and tables, without the markup; code and images are left out. A YAML front
// matter gives the article's date (`date:` or `published:`) and `source:`.
// Parsing is the CommonMark parser of the unified project (mdast-util-from-markdown), whose
// nodes carry exact source offsets: writing a Markdown parser of our own would only lose cases.

import { fromMarkdown } from 'mdast-util-from-markdown';
import type { Nodes, Parents } from 'mdast';
import { parseDocument, isMap } from 'yaml';
import { ProseBuilder } from './offsetMap.ts';
import { isoDay, type DocumentFormat, type DocumentMetadata } from './format.ts';

const FRONT_MATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;

export const markdown: DocumentFormat = {
  name: 'Markdown',
  extensions: ['.md', '.markdown'],
  read(source) {
    const fm = FRONT_MATTER.exec(source);
    const metadata = fm ? frontMatterMetadata(fm[1]!) : undefined;
    // The front matter is blanked, not cut, so the parser's offsets stay the file's.
    const body = fm ? source.slice(0, fm[0].length).replace(/[^\r\n]/g, ' ') + source.slice(fm[0].length) : source;
    const prose = new ProseBuilder(source);
    addBlock(fromMarkdown(body), prose);
    const { text, map } = prose.build();
    return metadata ? { text, map, metadata } : { text, map };
  },
};

function frontMatterMetadata(yamlText: string): DocumentMetadata | undefined {
  const doc = parseDocument(yamlText);
  if (doc.errors.length > 0 || !isMap(doc.contents)) return undefined;
  const fields = doc.toJS() as Record<string, unknown>;
  const metadata: DocumentMetadata = {};
  const published = isoDay(fields['published']) ?? isoDay(fields['date']);
  if (published) metadata.published = published;
  if (typeof fields['source'] === 'string') metadata.source = fields['source'];
  return metadata.published || metadata.source ? metadata : undefined;
}

const SKIPPED = new Set(['code', 'html', 'image', 'imageReference', 'definition', 'footnoteDefinition', 'thematicBreak', 'yaml']);
const INLINE_BLOCKS = new Set(['paragraph', 'heading', 'tableCell']);

function addBlock(node: Nodes, prose: ProseBuilder): void {
  if (SKIPPED.has(node.type)) return;
  if (INLINE_BLOCKS.has(node.type)) {
    addInline(node as Parents, prose);
    // Each block is a paragraph of its own, as a blank line makes one in a plain-text article.
    prose.separator('\n\n', node.position?.end.offset ?? 0);
    return;
  }
  if ('children' in node) for (const child of node.children) addBlock(child, prose);
}

function addInline(node: Parents, prose: ProseBuilder): void {
  for (const child of node.children) {
    const start = child.position?.start.offset;
    const end = child.position?.end.offset;
    if (start === undefined || end === undefined) continue;
    switch (child.type) {
      case 'text':
      case 'inlineCode':
        // A soft line break inside a paragraph is a space to a reader.
        prose.decoded(child.value.replace(/\r?\n/g, ' '), start, end);
        break;
      case 'break':
        prose.separator('\n', start);
        break;
      default:
        if (SKIPPED.has(child.type)) break;
        if ('children' in child) addInline(child, prose);
    }
  }
}
