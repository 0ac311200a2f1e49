// The demo clinic's pages as a visitor meets them: the article with the
// widget, urgent-care advice and references; the booking stub that shows
// what the booking link carried; accessibility and a 320 px screen.
import { expect, test } from '@playwright/test';

import { axeViolations, firstScreen, skipToResults, watchConsole } from './site-helpers.mjs';


const PAGES = ['/', '/contact.html', '/book.html?name=Ana', '/configure.html', '/embed.html?clinic-name=Riverbend'];

test('the article embeds the configured widget, says when to get urgent care and cites its sources', async ({ page }) => {
  const problems = watchConsole(page);
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Low back pain');
  const widget = page.locator('article back-check');
  await expect(widget).toHaveAttribute('clinic-name', 'Riverbend Physical Therapy');
  await expect(widget).toHaveAttribute('booking-url', '/book.html');
  expect(await widget.evaluate((el) => el.shadowRoot.childElementCount)).toBeGreaterThan(0);

  const urgent = page.locator('section[aria-labelledby="urgent"]');
  await expect(urgent.getByRole('heading')).toHaveText('First: when to get help straight away');
  await expect(urgent).toContainText('Call 911 or go to the emergency department now');
  await expect(urgent).toContainText('saddle');

  const refs = page.locator('#references + ol li');
  await expect(refs).toHaveCount(8);
  for (const source of ['Kouyoumdjian', 'Ellison', 'Prather', 'Roach', 'NG59', 'American College of Physicians', 'American Physical Therapy Association']) {
    await expect(page.locator('#references + ol')).toContainText(source);
  }
  // Every in-text citation points at an existing reference.
  for (const href of await page.locator('a.cite').evaluateAll((links) => links.map((a) => a.getAttribute('href')))) {
    await expect(page.locator(href)).toHaveCount(1);
  }
  // Claims the evidence does not support are not made.
  const text = await page.locator('article').innerText();
  expect(text).not.toMatch(/90%|shortens? (your )?hip flexors|diagnos(e|is) (you|your)/i);
  expect(problems).toEqual([]);
});

test("the widget's booking button on the article opens the booking stub with its UTM tags", async ({ page, context }) => {
  await page.goto('/');
  const widget = page.locator('article back-check');
  await skipToResults(widget);
  const opening = context.waitForEvent('page');
  await widget.locator('a[href*="/book.html?"]:visible').first().click();
  const booking = await opening;
  await expect(booking).toHaveURL(/\/book\.html\?/);
  const list = booking.locator('#params');
  await expect(list.locator('dd[data-param="utm_source"]')).toHaveText('backcheck');
  await expect(list.locator('dd[data-param="utm_medium"]')).toHaveText('widget');
  await expect(list.locator('dd[data-param="utm_campaign"]')).toHaveText(/\w+/);
});

test('the booking stub shows the prefilled parameters as text', async ({ page }) => {
  const query = new URLSearchParams({
    utm_campaign: 'back-check',
    name: '<img src=x onerror=alert(1)>Ana',
    email: 'ana@example.com',
    utm_source: 'blog',
    utm_medium: 'widget',
  });
  await page.goto(`/book.html?${query}`);
  const list = page.locator('#params');
  await expect(list).toBeVisible();
  await expect(page.locator('#params-empty')).toBeHidden();
  await expect(list.locator('dt')).toHaveText(['Name', 'E-mail', 'utm_source', 'utm_medium', 'utm_campaign']);
  await expect(list.locator('dd[data-param="name"]')).toHaveText('<img src=x onerror=alert(1)>Ana');
  await expect(list.locator('img')).toHaveCount(0);
  await expect(list.locator('dd[data-param="utm_medium"]')).toHaveText('widget');

  await page.goto('/book.html');
  await expect(page.locator('#params-empty')).toBeVisible();
  await expect(page.locator('#params')).toBeHidden();
});

for (const path of PAGES) {
  test(`${path} has no axe violations and fits a 320 px screen`, async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto(path);
    await expect(page.locator('body')).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  });
}

test('every page is served under the strict CSP and uses no inline style', async ({ page, request }) => {
  for (const path of ['/', '/contact.html', '/book.html', '/configure.html']) {
    const response = await request.get(path);
    const csp = response.headers()['content-security-policy'];
    expect(csp).toContain("style-src 'self'");
    const html = await response.text();
    expect(html).not.toMatch(/<style|\sstyle=/i);
    if (path === '/') {
      // The article prints the widget's first screen, and the snippet's loader as the one inline script, allowed by its hash alone.
      expect(csp).toContain(`script-src 'self' '${firstScreen.boot.hash}' 'wasm-unsafe-eval'`);
      expect([...html.matchAll(/<script\b[^>]*>([^<]*)<\/script>/gi)].map((m) => m[1])).toEqual([firstScreen.boot.script]);
    } else {
      expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval'");
      expect(html).not.toMatch(/<script(?![^>]*\ssrc=)/i);
    }
  }
  const violations = [];
  page.on('console', (m) => /Content Security Policy/i.test(m.text()) && violations.push(m.text()));
  await page.goto('/configure.html');
  await page.locator('#opt-accent').fill('#5b21b6');
  await expect(page.locator('#contrast-accent')).toContainText(':1');
  expect(violations).toEqual([]);
});
