// The clinic owner's configurator: form → validation messages → live preview
// → snippets to copy; settings to and from a JSON file. DOM is built with
// textContent and setAttribute only.
import { OPTIONS, US_STATES, checkOption, checkUrl, contrastWithWhite } from './options.js';
import { elementSnippet, iframeSnippet } from './snippets.js';
import { MAX_FILE_BYTES, parseSettings, serializeSettings } from './settings-file.js';

const $ = (id) => document.getElementById(id);
const control = (name) => $(`opt-${name}`);
const HOST = 'widget-host';

const DEFAULTS = {
  'clinic-name': 'Riverbend Physical Therapy',
  'clinic-phone': '(608) 555-0142',
  'clinic-email': 'care@example.com',
  'booking-url': `${location.origin}/book.html`,
  locale: 'en',
  state: 'WI',
  accent: '#0f6e6a',
};
const LABELS = Object.fromEntries(
  [...OPTIONS.map((o) => o.name), HOST].map((name) => [name, labelText(name)]),
);

function labelText(name) {
  const label = document.querySelector(`label[for="opt-${name}"]`);
  return (label?.childNodes[0]?.textContent ?? name).trim();
}

for (const [code, name] of US_STATES) control('state').append(new Option(`${name} (${code})`, code));
// The widget's languages, each named in itself (and in English when that differs): "Español (Spanish)".
const languageName = (code, inLanguage) => new Intl.DisplayNames([inLanguage], { type: 'language' }).of(code);
for (const code of OPTIONS.find((o) => o.name === 'locale').values) {
  const own = languageName(code, code);
  const named = own.charAt(0).toLocaleUpperCase(code) + own.slice(1);
  const english = languageName(code, 'en');
  control('locale').append(new Option(named === english ? named : `${named} (${english})`, code));
}

function readSettings() {
  const settings = {};
  for (const { name, type } of OPTIONS) {
    settings[name] = type === 'bool' ? control(name).checked : control(name).value.trim();
  }
  return settings;
}

function writeSettings(settings, widgetHost) {
  for (const { name, type } of OPTIONS) {
    if (type === 'bool') control(name).checked = settings[name] === true;
    else control(name).value = typeof settings[name] === 'string' ? settings[name] : '';
  }
  if (widgetHost) control(HOST).value = widgetHost;
}

/** Shows each field's message; returns [{name, message}] of every problem. */
function validateAll() {
  const problems = [];
  const show = (name, message) => {
    const error = $(`err-${name}`);
    error.textContent = message;
    error.hidden = !message;
    control(name).setAttribute('aria-invalid', message ? 'true' : 'false');
    if (message) problems.push({ name, message });
  };
  const host = control(HOST).value.trim();
  show(HOST, host ? checkUrl(host) : 'This is required.');
  const settings = readSettings();
  for (const option of OPTIONS) {
    if (option.type !== 'bool') show(option.name, checkOption(option, settings[option.name]));
  }
  return problems;
}

function showProblems(problems) {
  const box = $('problems');
  box.replaceChildren();
  box.hidden = problems.length === 0;
  for (const button of document.querySelectorAll('[data-copy]')) button.disabled = problems.length > 0;
  if (!problems.length) return;
  const intro = document.createElement('p');
  intro.textContent =
    problems.length === 1 ? 'Fix this setting before copying:' : `Fix these ${problems.length} settings before copying:`;
  const list = document.createElement('ul');
  for (const { name, message } of problems) {
    const link = document.createElement('a');
    link.href = `#opt-${name}`;
    link.textContent = `${LABELS[name]}: ${message}`;
    const item = document.createElement('li');
    item.append(link);
    list.append(item);
  }
  box.append(intro, list);
}

function showAccent() {
  const value = control('accent').value.trim();
  const ratio = contrastWithWhite(value);
  const swatch = $('accent-swatch');
  const note = $('contrast-accent');
  if (Number.isNaN(ratio)) {
    swatch.style.backgroundColor = '';
    note.textContent = '';
    return;
  }
  swatch.style.backgroundColor = value;
  note.textContent = `Contrast with white text: ${ratio.toFixed(2)}:1 ${ratio >= 4.5 ? '(passes; 4.5:1 needed)' : '(too low; 4.5:1 needed)'}`;
  const full = value.length === 4 ? `#${[...value.slice(1)].map((c) => c + c).join('')}` : value;
  $('accent-picker').value = full.toLowerCase();
}

// Only valid values reach the preview and the snippets.
function usableSettings(problems) {
  const settings = readSettings();
  for (const { name } of problems) if (name in settings) settings[name] = '';
  return settings;
}

let previewKey = '';
function showPreview(settings) {
  const key = JSON.stringify(settings);
  if (key === previewKey) return;
  previewKey = key;
  const widget = document.createElement('back-check');
  for (const { name, type } of OPTIONS) {
    if (type === 'bool' ? settings[name] : settings[name]) widget.setAttribute(name, type === 'bool' ? '' : settings[name]);
  }
  $('preview').replaceChildren(widget);
}

let integrity = '';
let firstScreen = null; // build/web/first-screen.json: the first screen the snippet prints (loadFirstScreen)
function showSnippets(settings, problems) {
  const host = problems.some((p) => p.name === HOST) ? location.origin : control(HOST).value.trim();
  $('snippet-element').value = elementSnippet(settings, host, $('sri').checked ? integrity : '', firstScreen, { loader: !$('no-inline').checked });
  $('snippet-iframe').value = iframeSnippet(settings, host, firstScreen);
}

function update() {
  const problems = validateAll();
  showAccent();
  showProblems(problems);
  const settings = usableSettings(problems);
  showPreview(settings);
  showSnippets(settings, problems);
}

async function copy(id) {
  const area = $(id);
  const status = $('copy-status');
  try {
    await navigator.clipboard.writeText(area.value);
    status.textContent = 'Copied. Paste it into your page.';
  } catch {
    // No clipboard permission (or an old browser): select it for Ctrl+C / ⌘C.
    area.focus();
    area.select();
    status.textContent = 'The snippet is selected: press Ctrl+C (⌘C on a Mac) to copy it.';
  }
}

function exportSettings() {
  const blob = new Blob([serializeSettings(readSettings(), control(HOST).value.trim())], { type: 'application/json' });
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = 'backcheck-settings.json';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 1000);
}

async function importSettings(file) {
  const status = $('import-status');
  const say = (kind, text, items = []) => {
    const p = document.createElement('p');
    p.className = kind;
    p.textContent = text;
    const list = document.createElement('ul');
    for (const item of items) {
      const li = document.createElement('li');
      li.textContent = item;
      list.append(li);
    }
    status.replaceChildren(p, ...(items.length ? [list] : []));
  };
  if (file.size > MAX_FILE_BYTES) {
    say('bad', `"${file.name}" was not loaded: it is larger than ${MAX_FILE_BYTES / 1024} KB.`);
    return;
  }
  const { settings, widgetHost, errors } = parseSettings(await file.text());
  if (errors.length) {
    say('bad', `"${file.name}" was not loaded; nothing was changed:`, errors);
    return;
  }
  writeSettings(settings, widgetHost);
  update();
  say('good', `Loaded the settings from "${file.name}".`);
}

async function loadIntegrity() {
  const list = $('sri-list');
  try {
    const response = await fetch('/widget/sri.json', { cache: 'no-store' });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    const hashes = await response.json();
    for (const [file, hash] of Object.entries(hashes)) {
      const dt = document.createElement('dt');
      dt.textContent = file;
      const dd = document.createElement('dd');
      const code = document.createElement('code');
      code.textContent = String(hash);
      dd.append(code);
      list.append(dt, dd);
    }
    integrity = typeof hashes['back-check.js'] === 'string' ? hashes['back-check.js'] : '';
  } catch {
    const dd = document.createElement('dd');
    dd.textContent = 'No hashes found: the build writes them to build/web/sri.json.';
    list.append(dd);
  }
  $('sri').disabled = !integrity;
}

/** The widget's first screen as HTML (web/first-screen-build.mjs); without it the snippet has the element only. */
async function loadFirstScreen() {
  try {
    const response = await fetch('/widget/first-screen.json', { cache: 'no-store' });
    if (response.ok) firstScreen = await response.json();
    // The snippet's loader (web/boot.ts): what a site with a Content-Security-Policy must allow.
    if (typeof firstScreen?.boot?.hash === 'string') {
      $('boot-hash').textContent = `'${firstScreen.boot.hash}'`;
      $('snip-el-csp').hidden = false;
    }
    // The iframe snippet's loader (web/frame-boot.ts).
    if (typeof firstScreen?.frameBoot?.hash === 'string') {
      $('frame-boot-hash').textContent = `'${firstScreen.frameBoot.hash}'`;
      $('snip-if-csp').hidden = false;
    }
  } catch {
    /* the snippet still works: the script renders the first screen */
  }
}

writeSettings(DEFAULTS, location.origin);
const form = $('config');
form.addEventListener('input', update);
form.addEventListener('change', update);
form.addEventListener('submit', (event) => event.preventDefault());
$('accent-picker').addEventListener('input', (event) => {
  control('accent').value = event.target.value;
  update();
});
$('sri').addEventListener('change', update);
$('no-inline').addEventListener('change', update);
for (const button of document.querySelectorAll('[data-copy]')) {
  button.addEventListener('click', () => void copy(button.dataset.copy));
}
$('export').addEventListener('click', exportSettings);
$('import').addEventListener('change', (event) => {
  const [file] = event.target.files;
  if (file) void importSettings(file).finally(() => (event.target.value = ''));
});
update();
void loadIntegrity().then(update);
void loadFirstScreen().then(update);
