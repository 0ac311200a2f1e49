import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { before, test } from 'node:test';

import { loadCore, root } from './load-core.mjs';

const cli = join(root, 'build', 'native', 'src', 'backcheck');
let core;

before(async () => {
  core = await loadCore();
});

test('the WASM core reports the same version as the native CLI', () => {
  const native = execFileSync(cli, ['version'], { encoding: 'utf8' }).trim();
  assert.equal(core.coreVersion(), native);
});

test('malformed JSON comes back as an error, not an exception', () => {
  const result = JSON.parse(core.evaluate('{"schemaVersion": '));
  assert.equal(result.errors[0].code, 'invalid_json');
});
