// Writes build/web/sri.json: Subresource Integrity (sha384) hashes of the
// scripts and the stylesheet a host page loads (the printed first screen's
// stylesheet link carries its own, web/first-screen-build.mjs), for the snippet's integrity attribute (and an
// import map for the lazily imported core). Run after web/build.mjs.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const out = join(dirname(fileURLToPath(import.meta.url)), '..', 'build', 'web');
const hashes = {};
for (const file of ['back-check.js', 'back-check.css', 'back-check-steps.js', 'backcheck-core.js']) {
  hashes[file] = `sha384-${createHash('sha384').update(readFileSync(join(out, file))).digest('base64')}`;
}
writeFileSync(join(out, 'sri.json'), `${JSON.stringify(hashes, null, 2)}\n`);
console.log(`SRI hashes written to ${join(out, 'sri.json')}`);
