// The per-check settings: every check's codes are settings in package.json, and the server's
// reading of them turns checks off or changes their severity.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { CHECK_CODES, settingsFrom } from '../../server/src/lsp/settings.ts';
import { withCheckLevels } from '../../server/src/core/checks/levels.ts';
import type { Finding } from '../../server/src/core/checks/finding.ts';

const pkg = JSON.parse(readFileSync(path.join(import.meta.dirname, '../../package.json'), 'utf8'));

test('package.json offers a setting for exactly the codes of the registered checks', () => {
  const settings = Object.keys(pkg.contributes.configuration.properties).filter((k) => k.startsWith('dateline.checks.')).map((k) => k.slice('dateline.checks.'.length));
  assert.deepEqual([...settings].sort(), [...CHECK_CODES].sort());
  assert.ok(CHECK_CODES.includes('date-conflict') && CHECK_CODES.includes('entity-without-card'));
});

test('check levels from the settings, nested or dotted; unknown codes and values are ignored', () => {
  const s = settingsFrom({ checks: { 'entity-without-card': 'off', 'date-conflict': 'error', 'weekday-mismatch': 'loud', 'card-invalid-yaml': 'off' } });
  assert.deepEqual([...s.checks].sort(), [['date-conflict', 'error'], ['entity-without-card', 'off']]);
  assert.deepEqual([...settingsFrom({ 'checks.possible-typo': 'hint' }).checks], [['possible-typo', 'hint']]);
  assert.equal(settingsFrom(undefined).checks.size, 0);
});

test('findings under check levels: off drops them, a severity replaces theirs, others stay as they are', () => {
  const f = (code: Finding['code'], severity: Finding['severity']): Finding => ({ path: 'a.txt', start: 0, end: 1, severity, code, message: code, related: [] });
  const findings = [f('entity-without-card', 'hint'), f('date-conflict', 'warning'), f('card-invalid-yaml', 'error')];
  const out = withCheckLevels(findings, new Map([['entity-without-card', 'off'], ['date-conflict', 'information']]));
  assert.deepEqual(out.map((x) => [x.code, x.severity]), [['date-conflict', 'information'], ['card-invalid-yaml', 'error']]);
  assert.equal(findings[1]!.severity, 'warning', 'the findings themselves are not changed');
  assert.equal(withCheckLevels(findings, new Map()), findings);
});
