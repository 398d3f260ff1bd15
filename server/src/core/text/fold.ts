// Folding for matching names whatever their spelling: case, diacritics, apostrophes and dashes.
// "Pashinián" and "PASHINIAN" fold to the same key; folding never changes what we show.

const APOSTROPHES = /[’‘ʼ`´]/g;
const HYPHENS = /[‐‑‒–—-]/g;

/** Lowercase, without diacritics, with typographic apostrophes and hyphens unified. */
export function fold(text: string): string {
  // Most words are plain ASCII letters: lowercasing is all they need.
  if (/^[A-Za-z0-9]*$/.test(text)) return text.toLowerCase();
  let folded = foldCache.get(text);
  if (folded === undefined) {
    folded = foldSlow(text);
    if (foldCache.size > 100000) foldCache.clear();
    foldCache.set(text, folded);
  }
  return folded;
}

const foldCache = new Map<string, string>();

function foldSlow(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(APOSTROPHES, "'")
    .replace(HYPHENS, '-')
    .toLowerCase()
    .replace(/ə/g, 'a')
    .replace(/ı/g, 'i');
}

/** A lowercase ASCII identifier for a name: "Nikol Pashinyan" -> "nikol-pashinyan". */
export function slugify(name: string): string {
  const slug = fold(name)
    .replace(/'s\b/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug || 'entity';
}

export function isCapitalized(word: string): boolean {
  return /^\p{Lu}/u.test(word);
}

export function hasLowercase(word: string): boolean {
  return /\p{Ll}/u.test(word);
}
