// The plugin in a real WordPress (tests/wordpress/run.sh sets the site up once
// and stops it afterwards; this config starts no server). One worker: the tests
// are one clinic owner's and one visitor's story, in order.
import { defineConfig, devices } from '@playwright/test';
import base from '../../playwright.config.mjs';

const port = Number(process.env.BACKCHECK_WP_PORT ?? 8850);

export default defineConfig({
  testDir: '.',
  outputDir: '../../build/test-results-wordpress',
  timeout: 60_000,
  workers: 1,
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  reporter: [['list']],
  use: { ...base.use, baseURL: `http://127.0.0.1:${port}` },
  projects: [{ name: 'wordpress', use: { ...devices['Desktop Chrome'], channel: undefined } }],
});
