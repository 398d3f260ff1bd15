// HTML articles (a saved web page): the prose is the text of the article's body (inside
// <article>, else <main>, else <body> without navigation, scripts and forms), entities decoded;
// block elements end a paragraph. The page's published time (<meta property=
// "article:published_time">, itemprop="datePublished", name="date") is the article's date and
// og:site_name its source. Tokenizing is htmlparser2's, which reports each text's source range
// and decodes entities as browsers do.

import { Parser } from 'htmlparser2';
import { ProseBuilder } from './offsetMap.ts';
import { isoDay, type DocumentFormat, type DocumentMetadata } from './format.ts';

const NEVER_PROSE = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math', 'head', 'iframe', 'object', 'canvas', 'select', 'textarea', 'button']);
/** Page furniture, left out when the page has no <article> or <main> to say where the story is. */
const FURNITURE = new Set(['nav', 'header', 'footer', 'aside', 'form', 'menu']);
const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'dd', 'details', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table',
  'td', 'th', 'tr', 'ul', 'body', 'caption',
]);
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
const PUBLISHED_KEYS = ['article:published_time', 'datepublished', 'date', 'dc.date', 'pubdate', 'publish-date', 'og:published_time'];

export const html: DocumentFormat = {
  name: 'HTML',
  extensions: ['.html', '.htm', '.xhtml'],
  read(source) {
    const scope = /<article[\s>]/i.test(source) ? 'article' : /<main[\s>]/i.test(source) ? 'main' : undefined;
    const prose = new ProseBuilder(source);
    const meta = new Map<string, string>();
    // Open elements that matter: how deep inside the story's scope, and inside something never read.
    let inScope = scope ? 0 : 1;
    let hidden = 0;
    const stack: string[] = [];
    const parser: Parser = new Parser(
      {
        onopentag(name, attrs) {
          if (name === 'meta') {
            const key = (attrs['property'] ?? attrs['name'] ?? attrs['itemprop'] ?? '').toLowerCase();
            if (key && attrs['content'] !== undefined && !meta.has(key)) meta.set(key, attrs['content']);
          }
          if (VOID.has(name)) {
            if (name === 'br' && inScope > 0 && hidden === 0) prose.separator('\n', parser.startIndex);
            return;
          }
          stack.push(name);
          if (name === scope) inScope++;
          if (NEVER_PROSE.has(name) || (!scope && FURNITURE.has(name))) hidden++;
          if (BLOCKS.has(name) && inScope > 0 && hidden === 0) prose.separator('\n\n', parser.startIndex);
        },
        onclosetag(name, implied) {
          if (VOID.has(name)) return;
          const i = stack.lastIndexOf(name);
          if (i < 0) return;
          // An element closed by its parent's end closes what is still open inside it.
          for (const open of stack.splice(i).reverse()) {
            if (BLOCKS.has(open) && inScope > 0 && hidden === 0) prose.separator('\n\n', implied ? parser.startIndex : parser.endIndex + 1);
            if (NEVER_PROSE.has(open) || (!scope && FURNITURE.has(open))) hidden--;
            if (open === scope) inScope--;
          }
        },
        ontext(text) {
          if (inScope === 0 || hidden > 0) return;
          const start = parser.startIndex;
          const end = parser.endIndex + 1;
          // Whitespace in HTML is a space to a reader, line breaks included.
          const value = text.replace(/[\s\u00a0]+/g, (ws) => ' '.repeat(ws.length));
          if (value.trim() === '' && /\s$/.test(prose.lastChar() || ' ')) return;
          prose.decoded(value, start, end);
        },
      },
      { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true, recognizeSelfClosing: true },
    );
    parser.end(source);
    const { text, map } = prose.build();
    const metadata = pageMetadata(meta);
    return metadata ? { text, map, metadata } : { text, map };
  },
};

function pageMetadata(meta: Map<string, string>): DocumentMetadata | undefined {
  const metadata: DocumentMetadata = {};
  for (const key of PUBLISHED_KEYS) {
    const day = isoDay(meta.get(key));
    if (day) {
      metadata.published = day;
      break;
    }
  }
  const site = meta.get('og:site_name');
  if (site) metadata.source = site;
  return metadata.published || metadata.source ? metadata : undefined;
}
