// Chromium runs for the benchmarks: Debian's /usr/bin/chromium with the flags
// of playwright.config.mjs, against the demo server (site/server.mjs) started
// in its own process so that it does not share this process's event loop.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';

import { chromium } from '@playwright/test';

import config from '../playwright.config.mjs';
import { root } from './payload.mjs';

function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

/** Starts the demo server; resolves to { baseURL, stop() } once it answers. */
export async function startDemoServer() {
  const port = await freePort();
  const child = spawn(process.execPath, [join(root, 'site', 'server.mjs'), '--port', String(port)], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const baseURL = `http://127.0.0.1:${port}`;
  for (let attempt = 0; attempt < 100; attempt++) {
    try {
      if ((await fetch(`${baseURL}/`)).ok) break;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
    if (attempt === 99) throw new Error('demo server did not start');
  }
  return { baseURL, stop: () => child.kill('SIGTERM') };
}

export function launchChromium() {
  return chromium.launch(config.use.launchOptions);
}
