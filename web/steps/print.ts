// "Print / save as PDF": while printing, a document-level sheet hides the host
// page around this widget so the summary fits one page; removed afterwards.
let sheet: CSSStyleSheet | undefined;

export function printSummary(from: Element): void {
  const host = (from.getRootNode() as ShadowRoot).host as HTMLElement | undefined;
  if (!host) return window.print();
  sheet ??= new CSSStyleSheet();
  sheet.replaceSync(
    '@media print{body *{visibility:hidden!important}[data-backcheck-printing]{visibility:visible!important;position:absolute!important;inset:0 auto auto 0!important;width:100%!important;margin:0!important}}',
  );
  const before = document.adoptedStyleSheets;
  document.adoptedStyleSheets = [...before, sheet];
  host.setAttribute('data-backcheck-printing', '');
  const done = (): void => {
    host.removeAttribute('data-backcheck-printing');
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
    removeEventListener('afterprint', done);
  };
  addEventListener('afterprint', done);
  window.print();
}
