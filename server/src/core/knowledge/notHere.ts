// "This mention is not that card's entity": a card's `not:` list, one entry per form and article,
// written `<form> in <article>` ("Kennedy in b.txt": the bare Kennedy of b.txt is someone else).
// The user applies it as an edit to the card (the quick fix proposes it), so it survives a
// restart and travels with the card. The article is named by its file name, or by as much of its
// path as tells it apart ("2000/b.txt"); linking honours it wherever a mention would take the
// card: the card's forms, a spelling variant, a short form resolved in the article or across the
// corpus.

import type { Card, NotHere } from './card.ts';
import { fold } from '../text/fold.ts';

/** `Kennedy in b.txt` -> { form: kennedy, article: b.txt }; undefined when it has no " in ". */
export function parseNotHere(entry: string): NotHere | undefined {
  const i = entry.lastIndexOf(' in ');
  if (i <= 0) return undefined;
  const form = fold(entry.slice(0, i).replace(/\s+/g, ' ').trim());
  const article = entry.slice(i + 4).trim().replace(/\\/g, '/');
  return form && article ? { form, article } : undefined;
}

/** The entry the quick fix writes for a mention's text in an article. */
export function notHereEntry(form: string, articlePath: string): string {
  return `${form.replace(/\s+/g, ' ').trim()} in ${articlePath.split(/[\\/]/).pop() ?? articlePath}`;
}

/** Whether the card says this form in this article is not its entity. */
export function isNotHere(card: Card | undefined, form: string, articlePath: string | undefined): boolean {
  if (!card?.notHere || card.notHere.length === 0 || articlePath === undefined) return false;
  const key = fold(form.replace(/\s+/g, ' ').trim());
  const path = articlePath.replace(/\\/g, '/');
  return card.notHere.some((n) => n.form === key && (path === n.article || path.endsWith('/' + n.article)));
}

/**
 * The edit that adds an entry to the card's `not:` list (a flow list, or a new field at the end of
 * the front matter); undefined for a block list or a card without front matter: no action then.
 */
export function addNotHere(cardText: string, entry: string): { start: number; end: number; newText: string } | undefined {
  const fm = /^(?:\uFEFF)?---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(cardText);
  if (!fm) return undefined;
  const bodyStart = fm.index + fm[0].indexOf(fm[1]!);
  const front = fm[1]!;
  const value = /^[\p{L}\p{N}][\p{L}\p{N} ._'’&/-]*$/u.test(entry) ? entry : JSON.stringify(entry);
  const field = /^not:[ \t]*\[([^\]\n]*)\][ \t]*$/m.exec(front);
  if (field) {
    const close = bodyStart + field.index + field[0].lastIndexOf(']');
    return { start: close, end: close, newText: field[1]!.trim() === '' ? value : `, ${value}` };
  }
  if (/^not:/m.test(front)) return undefined;
  const end = bodyStart + front.length;
  const eol = /\r\n/.test(cardText) ? '\r\n' : '\n';
  return { start: end, end, newText: `${eol}not: [${value}]` };
}
