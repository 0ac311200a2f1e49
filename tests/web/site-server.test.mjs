// The demo server (site/server.mjs) that docs/embedding.md points self-hosters
// at: a request it cannot decode is the client's error, never a crash.
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { after, before, test } from 'node:test';
import { gunzipSync, brotliDecompressSync } from 'node:zlib';
import { pickEncoding, startServer } from '../../site/server.mjs';

let server;
let base;
before(async () => {
  server = await startServer({ port: 0 });
  base = `http://127.0.0.1:${server.address().port}`;
});
after(() => new Promise((done) => server.close(done)));

/** A raw GET (node's fetch would normalise the path). */
const get = (path) =>
  new Promise((resolve, reject) => {
    const req = request(`${base}/`, { path, method: 'GET' }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode));
    });
    req.setTimeout(3000, () => req.destroy(new Error(`no answer to ${path}`)));
    req.on('error', reject);
    req.end();
  });

test('a path that is not valid percent-encoding gets 400, and the server keeps serving', async () => {
  for (const path of ['/%E0%A4%A', '/widget/%E0%A4%A', '/%', '/widget/%ff.js']) assert.equal(await get(path), 400, path);
  assert.equal(await get('/'), 200);
  assert.equal(await get('/no-such-page.html'), 404);
});

/** A raw GET with an Accept-Encoding header: status, headers and the body as sent. */
const fetchRaw = (path, acceptEncoding) =>
  new Promise((resolve, reject) => {
    const headers = acceptEncoding === undefined ? {} : { 'Accept-Encoding': acceptEncoding };
    const req = request(`${base}${path}`, { headers }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.setTimeout(5000, () => req.destroy(new Error(`no answer to ${path}`)));
    req.on('error', reject);
    req.end();
  });

// Lighthouse's uses-text-compression failed on the demo: every real host compresses.
test('text and WebAssembly are sent compressed (brotli preferred, else gzip), identical once decoded', async () => {
  const paths = ['/', '/site.css', '/widget/back-check.js', '/widget/backcheck-core.wasm', '/widget/locales/en.json'];
  for (const path of paths) {
    const plain = await fetchRaw(path, 'identity');
    assert.equal(plain.status, 200, path);
    assert.equal(plain.headers['content-encoding'], undefined, `${path} with identity`);
    assert.match(plain.headers.vary ?? '', /Accept-Encoding/i, path);

    const br = await fetchRaw(path, 'gzip, deflate, br');
    assert.equal(br.headers['content-encoding'], 'br', path);
    assert.ok(br.body.length < plain.body.length * 0.7, `${path}: ${br.body.length} of ${plain.body.length} bytes`);
    assert.deepEqual(brotliDecompressSync(br.body), plain.body, path);
    assert.equal(Number(br.headers['content-length']), br.body.length, path);

    const gz = await fetchRaw(path, 'gzip');
    assert.equal(gz.headers['content-encoding'], 'gzip', path);
    assert.deepEqual(gunzipSync(gz.body), plain.body, path);
  }
});

test('Accept-Encoding is honoured: q=0 refuses, no header gets the file as it is', async () => {
  assert.equal(pickEncoding('br;q=0, gzip'), 'gzip');
  assert.equal(pickEncoding('*;q=0'), null);
  assert.equal(pickEncoding('*'), 'br');
  assert.equal(pickEncoding(''), null);
  const none = await fetchRaw('/widget/back-check.js');
  assert.equal(none.headers['content-encoding'], undefined);
  const svg = await fetchRaw('/favicon.svg', 'br');
  assert.equal(svg.headers['content-encoding'], 'br'); // SVG is text
});
