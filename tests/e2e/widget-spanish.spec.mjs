// Spanish: chosen by the locale attribute or by the browser's language; the
// catalog is fetched next to the script; numbers and units through Intl.
import { expect, test } from '@playwright/test';
import { heading, shot, watch, widget } from './widget-helpers.mjs';

test('locale="es": the whole journey in Spanish', async ({ page }) => {
  const problems = watch(page);
  const catalogs = [];
  page.on('request', (r) => r.url().includes('/locales/') && catalogs.push(new URL(r.url()).pathname));
  await page.goto('/test/spanish.html');
  const w = widget(page);
  await w.getByRole('button', { name: 'Empezar' }).click();
  await expect(heading(page)).toHaveText('Primero, su seguridad');
  expect(catalogs).toEqual(['/widget/locales/es.json']);
  await expect(w.getByText('Paso 1 de 6')).toBeVisible();
  await w.getByRole('checkbox', { name: 'Ninguna de estas' }).check();
  await w.getByRole('button', { name: 'Siguiente' }).click();
  await expect(heading(page)).toHaveText('Sobre su dolor');
  await w.getByLabel('Su edad').fill('38');
  await shot(page, 'spanish-about');
  await w.getByRole('button', { name: 'Siguiente' }).click();
  const left = w.getByRole('group', { name: 'Cadera izquierda', exact: true });
  await left.getByRole('radio', { name: 'Elegir un dibujo' }).check();
  await left.getByRole('group', { name: /Giro hacia dentro/ }).getByRole('radio', { name: 'unos 10°' }).check();
  for (let i = 0; i < 4; i++) await w.getByRole('button', { name: /^(Siguiente|Ver mis resultados)$/ }).click();
  await expect(heading(page)).toHaveText('Conviene que le vea un fisioterapeuta');
  await expect(w.getByText(/En todos los estados de EE\. UU\..*Puede haber límites en California/)).toBeVisible();
  await expect(w.locator('svg[part~="chart"]')).toHaveAttribute('aria-label', /Giro hacia dentro \(izquierda\): unos 10°/);
  await expect(w.locator('[lang="es"]')).toHaveCount(1);
  await shot(page, 'spanish-results');
  expect(problems).toEqual([]);
});

test.describe('a browser set to Spanish', () => {
  test.use({ locale: 'es-MX' });
  test('gets Spanish when the page sets no locale', async ({ page }) => {
    await page.goto('/test/minimal.html');
    await expect(widget(page).getByRole('heading', { level: 2 })).toHaveText('¿Cómo está su espalda? Autoevaluación de 10 minutos');
  });
});
