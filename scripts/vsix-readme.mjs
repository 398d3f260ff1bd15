// The README as the .vsix carries it (dist/README.md, given to vsce with --readme-path). VS Code
// shows an installed extension's README in a page whose Content-Security-Policy lets images come
// only from https: or data: URLs, so a relative picture shows as its alt text, and an offline
// machine cannot reach an https: copy: each picture is written into the page as a data: URL.
// Links to other files of the repository are not in the .vsix either: they become their text.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
const relative = (target) => !/^[a-z][a-z0-9+.-]*:|^#/i.test(target);

const out = readme
  .replace(/!\[([^\]]*)\]\(([^)\s]+)\)/g, (whole, alt, target) => {
    if (!relative(target)) return whole;
    if (!/\.png$/i.test(target)) throw new Error(`README.md: only PNG pictures can be packed: ${target}`);
    const data = readFileSync(path.join(root, target)).toString('base64');
    return `![${alt}](data:image/png;base64,${data})`;
  })
  .replace(/(?<!!)\[([^\]]+)\]\(([^)\s]+)\)/g, (whole, text, target) => (relative(target) ? text : whole));

mkdirSync(path.join(root, 'dist'), { recursive: true });
writeFileSync(path.join(root, 'dist/README.md'), out);
