// The iframe snippet's loader (web/frame-boot.ts, issue 18): the frame's page
// waits for the host page's load event unless the frame is near the screen,
// adds no entry to the visitor's history, and works under a CSP that allows
// it by its hash. The host page is another origin (site-helpers.mjs); its load
// event is held by an image that does not answer until released.
import { expect, test } from '@playwright/test';

import { loadSite } from '../web/load.mjs';
import { hold } from './robustness-page.mjs';
import { clinicOrigin, FRAME, firstScreen, frameHeight, openBlankPageWith, watchConsole } from './site-helpers.mjs';

const { iframeSnippet, IFRAME_FALLBACK_HEIGHT } = await loadSite('snippets.js');

const SETTINGS = { 'clinic-name': 'Riverbend PT', locale: 'en' };

/**
 * A host page: `above` px of the clinic's own text, then `snippet` (default:
 * the configurator's iframe snippet with its loader), then a footer with an
 * image whose answer waits for `image.release()` (the page's load event waits
 * for it). `frames.seen()` counts the requests for the frame's page.
 */
async function openHost(page, baseURL, { above = 0, snippet, csp } = {}) {
  let image;
  let frames;
  const prepare = async () => {
    image = await hold(page, /\/favicon\.svg\?slow$/);
    frames = await hold(page, /\/embed\.html\?/);
    frames.release(); // answered at once, only counted
  };
  const body =
    `<h1>Our clinic</h1>\n<div style="height:${above}px">Our article</div>\n` +
    `${snippet ?? iframeSnippet(SETTINGS, baseURL, firstScreen)}\n` +
    `<p>Footer <img src="${clinicOrigin(baseURL)}/favicon.svg?slow" alt="" width="10" height="10"></p>`;
  const opened = openBlankPageWith(page, baseURL, body, { csp, prepare });
  await expect.poll(() => image?.seen() ?? 0).toBe(1);
  return { image, frames, opened };
}

test('below the fold the frame\'s page waits for the host page\'s load event, then loads and takes its height', async ({ page, baseURL }) => {
  const problems = watchConsole(page);
  // 1600 px down: beyond the loader's 600 px margin, within the distance at which Chromium loads a lazy frame with the page.
  const { image, frames, opened } = await openHost(page, baseURL, { above: 1600 });
  await expect(page.getByRole('heading', { name: 'Our clinic' })).toBeVisible();
  await page.waitForTimeout(1000);
  expect(frames.seen(), 'embed.html requested before the host page has loaded').toBe(0);
  expect(await page.evaluate(() => document.readyState)).not.toBe('complete');

  image.release();
  await opened;
  await expect.poll(() => frames.seen()).toBe(1);
  await page.locator(FRAME).scrollIntoViewIfNeeded();
  const widget = page.frameLocator(FRAME).locator('back-check');
  await expect(widget.getByRole('button', { name: 'Start the check' })).toBeVisible();
  await expect.poll(() => frameHeight(page)).not.toBe(IFRAME_FALLBACK_HEIGHT);
  await expect(page.locator(FRAME)).toHaveAttribute('scrolling', 'no');
  await expect(page.locator(FRAME)).toHaveAttribute('title', /self-check/i);
  await expect(page.locator(FRAME)).toHaveAttribute('loading', 'lazy');
  expect(problems).toEqual([]);
});

// The control: without the loader, Chromium loads this same frame with the page (so the test above can fail).
test('control: the older snippet (no loader) has the frame\'s page requested before the host page has loaded', async ({ page, baseURL }) => {
  const { image, frames, opened } = await openHost(page, baseURL, { above: 1600, snippet: iframeSnippet(SETTINGS, baseURL) });
  await expect.poll(() => frames.seen()).toBe(1);
  expect(await page.evaluate(() => document.readyState)).not.toBe('complete');
  image.release();
  await opened;
});

test('in the first screen the frame loads at once, while the host page is still loading', async ({ page, baseURL }) => {
  const { image, frames } = await openHost(page, baseURL, { above: 0 });
  const widget = page.frameLocator(FRAME).locator('back-check');
  await expect(widget.getByRole('button', { name: 'Start the check' })).toBeVisible();
  expect(frames.seen()).toBe(1);
  expect(await page.evaluate(() => document.readyState)).not.toBe('complete');
  await widget.getByRole('button', { name: 'Start the check' }).click();
  await expect(widget.getByRole('heading', { level: 2 }).first()).toBeFocused();
  image.release();
});

test('just below the first screen (within 600 px) the frame loads before the host page has, ready when the visitor scrolls', async ({ page, baseURL }) => {
  const { image, frames } = await openHost(page, baseURL, { above: 900 });
  await expect.poll(() => frames.seen()).toBe(1);
  expect(await page.evaluate(() => document.readyState)).not.toBe('complete');
  image.release();
});

test('the frame adds no entry to the visitor\'s history: Back leaves the page', async ({ page, baseURL }) => {
  await page.goto('/contact.html');
  const before = await page.evaluate(() => history.length);
  const { image, frames, opened } = await openHost(page, baseURL, { above: 1600 });
  await page.waitForTimeout(300);
  expect(frames.seen(), 'held').toBe(0);
  image.release();
  await opened;
  await expect.poll(() => frames.seen()).toBe(1);
  await page.locator(FRAME).scrollIntoViewIfNeeded();
  await expect(page.frameLocator(FRAME).locator('back-check')).toHaveCount(1);
  expect(await page.evaluate(() => history.length)).toBe(before + 1);
  await page.goBack();
  await expect(page).toHaveURL(/\/contact\.html$/);
});

test('two snippets on one page: each frame is held, then loaded and sized on its own', async ({ page, baseURL }) => {
  const two = `${iframeSnippet(SETTINGS, baseURL, firstScreen)}\n<div style="height:300px"></div>\n${iframeSnippet({ ...SETTINGS, locale: 'es' }, baseURL, firstScreen)}`;
  const { image, frames, opened } = await openHost(page, baseURL, { above: 1600, snippet: two });
  await page.waitForTimeout(500);
  expect(frames.seen()).toBe(0);
  image.release();
  await opened;
  await expect.poll(() => frames.seen()).toBe(2);
  for (const [index, start] of [[0, 'Start the check'], [1, /empezar/i]]) {
    const frame = page.locator(FRAME).nth(index);
    await frame.scrollIntoViewIfNeeded();
    await expect(page.frameLocator(FRAME).nth(index).getByRole('button', { name: start })).toBeVisible();
    await expect(frame).toHaveAttribute('scrolling', 'no');
  }
});

test('a host page whose CSP allows the loader by its hash: held and sized, no console error', async ({ page, baseURL }) => {
  const problems = watchConsole(page);
  const csp = `default-src 'self'; script-src '${firstScreen.frameBoot.hash}'; frame-src ${new URL(baseURL).origin}; img-src 'self'; style-src 'unsafe-inline'`;
  const { image, frames, opened } = await openHost(page, baseURL, { above: 1600, csp });
  await page.waitForTimeout(500);
  expect(frames.seen()).toBe(0);
  image.release();
  await opened;
  await expect.poll(() => frames.seen()).toBe(1);
  await page.locator(FRAME).scrollIntoViewIfNeeded();
  await expect.poll(() => frameHeight(page)).not.toBe(IFRAME_FALLBACK_HEIGHT);
  expect(problems).toEqual([]);
});

test('a host page whose CSP refuses the loader still shows the frame, at its fixed height', async ({ page, baseURL }) => {
  const problems = watchConsole(page);
  const csp = `default-src 'self'; script-src 'self'; frame-src ${new URL(baseURL).origin}; img-src 'self'; style-src 'unsafe-inline'`;
  const { image, opened } = await openHost(page, baseURL, { csp });
  image.release();
  await opened;
  await expect(page.frameLocator(FRAME).locator('back-check').getByRole('button', { name: 'Start the check' })).toBeVisible();
  await page.waitForTimeout(300);
  expect(await frameHeight(page)).toBe(IFRAME_FALLBACK_HEIGHT);
  expect(problems.some((p) => /Content Security Policy|inline script/i.test(p)), problems.join('\n')).toBe(true);
});

test('a builder that puts a <br> between the script and the frame, or wraps the frame: still held, then loaded and sized', async ({ page, baseURL }) => {
  const [script, frame] = iframeSnippet(SETTINGS, baseURL, firstScreen).split('\n<iframe');
  for (const snippet of [`<p>${script}<br>\n<iframe${frame}</p>`, `${script}\n<div class="embed-wrapper"><iframe${frame}</div>`]) {
    const { image, frames, opened } = await openHost(page, baseURL, { above: 1600, snippet });
    await page.waitForTimeout(300);
    expect(frames.seen(), snippet.slice(0, 3)).toBe(0);
    image.release();
    await opened;
    await expect.poll(() => frames.seen()).toBe(1);
    await page.locator(FRAME).scrollIntoViewIfNeeded();
    await expect(page.frameLocator(FRAME).getByRole('button', { name: 'Start the check' })).toBeVisible();
    await expect.poll(() => frameHeight(page)).not.toBe(IFRAME_FALLBACK_HEIGHT);
  }
});

test('a snippet inserted by a script after the page has loaded: the frame loads once, sized, and a later change beside it never reloads it', async ({ page, baseURL }) => {
  const { image, frames, opened } = await openHost(page, baseURL, { snippet: '<div id="slot"></div>' });
  image.release();
  await opened;
  const snippet = iframeSnippet(SETTINGS, baseURL, firstScreen);
  await page.evaluate((html) => {
    // As a builder's script does: the markup, then its scripts run by copying them.
    const slot = document.getElementById('slot');
    slot.innerHTML = html;
    const inert = slot.querySelector('script');
    const script = document.createElement('script');
    script.textContent = inert.textContent;
    inert.replaceWith(script);
  }, snippet);
  const widget = page.frameLocator(FRAME).locator('back-check');
  await expect(widget.getByRole('button', { name: 'Start the check' })).toBeVisible();
  await widget.getByRole('button', { name: 'Start the check' }).click();
  await expect.poll(() => frameHeight(page)).not.toBe(IFRAME_FALLBACK_HEIGHT);
  await page.evaluate(() => document.getElementById('slot').append(document.createElement('span')));
  await page.waitForTimeout(500);
  expect(frames.seen()).toBe(1);
  await expect(widget.getByRole('heading', { level: 2 }).first()).not.toHaveText(/how is your back/i); // still on step 1
});

test('a browser without IntersectionObserver: the frame is not held, it loads and is sized', async ({ page, baseURL }) => {
  await page.addInitScript(() => delete window.IntersectionObserver);
  const { image, frames, opened } = await openHost(page, baseURL, { above: 0 });
  image.release();
  await opened;
  await expect.poll(() => frames.seen()).toBe(1);
  await expect(page.frameLocator(FRAME).getByRole('button', { name: 'Start the check' })).toBeVisible();
  await expect.poll(() => frameHeight(page)).not.toBe(IFRAME_FALLBACK_HEIGHT);
});
