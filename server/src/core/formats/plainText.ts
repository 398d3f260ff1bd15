// A plain-text article is its own prose.

import type { DocumentFormat } from './format.ts';

export const plainText: DocumentFormat = {
  name: 'plain text',
  extensions: ['.txt', '.text'],
  read: (source) => ({ text: source }),
};
