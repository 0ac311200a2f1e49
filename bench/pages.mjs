// Pages the benchmarks serve through Playwright routes, under the demo
// server's own Content-Security-Policy (read from its response to "/"), so
// WebAssembly runs as it would for a visitor: 'wasm-unsafe-eval', no 'unsafe-eval'.
export async function demoCsp(baseURL) {
  const csp = (await fetch(`${baseURL}/`)).headers.get('content-security-policy');
  if (!csp || !csp.includes("'wasm-unsafe-eval'")) throw new Error(`unexpected CSP on ${baseURL}/: ${csp}`);
  return csp;
}

export function blankPage(csp) {
  return {
    status: 200,
    headers: { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': csp },
    body: '<!doctype html><html lang="en"><title>bench</title><p>bench</p></html>',
  };
}

/** The article's HTML minus the widget (script tag or the snippet's loader, modulepreload, element). */
export function withoutWidget(html) {
  return html
    .replace(/<script\b[^>]*\bsrc="[^"]*back-check\.js"[^>]*>\s*<\/script>\s*/g, '')
    .replace(/<script\b[^>]*\bdata-backcheck-src="[^"]*"[^>]*>[^<]*<\/script>\s*/g, '')
    .replace(/<link\b[^>]*\bhref="[^"]*(back-check|backcheck-core)[^"]*"[^>]*>\s*/g, '')
    .replace(/<back-check\b[\s\S]*?<\/back-check>/g, '');
}
