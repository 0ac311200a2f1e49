// evaluate() of the WebAssembly core in Chromium: the module served from
// /widget/ as the widget loads it, on a blank page under the demo's strict
// CSP, timed by the same loop as in node (bench/wasm-timing.mjs).
import { blankPage, demoCsp } from './pages.mjs';
import { timeEvaluate } from './wasm-timing.mjs';

export async function wasmInChromium(browser, baseURL, inputs, options) {
  const csp = await demoCsp(baseURL);
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const url = `${baseURL}/__bench/blank.html`;
    await page.route(url, (route) => route.fulfill(blankPage(csp)));
    await page.goto(url);
    await page.evaluate(async () => {
      const { default: factory } = await import('/widget/backcheck-core.js');
      window.__core = await factory({ print() {}, printErr() {} });
    });
    const plainInputs = inputs.map(({ name, text }) => ({ name, text }));
    return await page.evaluate(
      `(${timeEvaluate.toString()})(window.__core, ${JSON.stringify(plainInputs)}, ${JSON.stringify(options)})`,
    );
  } finally {
    await context.close();
  }
}
