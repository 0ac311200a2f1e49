// Live preview of Settings → Back Check: every change in the form is copied
// onto the <back-check> element beside it, checked with the configurator's own
// rules (options.js is site/js/options.js, copied by the build). A value the
// widget would refuse is left off the preview and explained under its field;
// saving still goes to the server, which checks again and says what it refused.
import '../widget/back-check.js';
import { OPTIONS, checkOption } from './options.js';

const form = document.querySelector('#backcheck-settings form');
const preview = document.querySelector('#backcheck-settings back-check');
const byName = new Map(OPTIONS.map((option) => [option.name, option]));

function leadMode() {
  return form.querySelector('input[data-type="lead_mode"]:checked')?.value ?? 'mailto';
}

function update() {
  for (const input of form.querySelectorAll('[data-attr]')) {
    const name = input.dataset.attr;
    const option = byName.get(name);
    const error = document.getElementById(`${input.id}-error`);
    if (input.type === 'checkbox') {
      preview.toggleAttribute(name, input.checked);
      continue;
    }
    const value = input.value.trim();
    const problem = option ? checkOption(option, value) : '';
    if (error) {
      error.textContent = problem;
      error.hidden = !problem;
    }
    input.setAttribute('aria-invalid', problem ? 'true' : 'false');
    const usable = value && !problem && !(name === 'lead-endpoint' && leadMode() !== 'endpoint');
    if (usable) preview.setAttribute(name, value);
    else if (name !== 'clinic-name') preview.removeAttribute(name);
  }
}

form.addEventListener('input', update);
form.addEventListener('change', update);
update();
