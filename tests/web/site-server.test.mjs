// The demo server (site/server.mjs) that docs/embedding.md points self-hosters
// at: a request it cannot decode is the client's error, never a crash.
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { after, before, test } from 'node:test';
import { startServer } from '../../site/server.mjs';

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
