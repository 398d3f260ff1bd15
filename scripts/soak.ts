// `npm run soak -- --minutes 10 [--seed N]`: random editor sessions against the server for a
// while (test/protocol/serverFuzz.ts), each checked against fresh servers; for release checks.

import { parseArgs } from 'node:util';
import { fuzzServer } from '../test/protocol/serverFuzz.ts';

const { values } = parseArgs({ options: { minutes: { type: 'string', default: '10' }, seed: { type: 'string' } } });
const minutes = Number(values.minutes);
const deadline = Date.now() + minutes * 60000;
let seed = values.seed !== undefined ? Number(values.seed) : Date.now() % 1e9;
async function main(): Promise<void> {
  let operations = 0;
  let checks = 0;
  while (Date.now() < deadline) {
    const left = (deadline - Date.now()) / 60000;
    const r = await fuzzServer({ seed, minutes: Math.min(left, 3), checkEvery: 20, log: (s) => process.stderr.write(`seed ${seed}: ${s}\n`) });
    operations += r.operations;
    checks += r.checks;
    if (r.mismatches.length > 0) {
      process.stdout.write(`${r.mismatches.join('\n')}\n`);
      process.exitCode = 1;
      return;
    }
    seed++;
  }
  process.stdout.write(`soak: ${operations} operations, ${checks} comparisons with a fresh server, no difference\n`);
}

void main();
