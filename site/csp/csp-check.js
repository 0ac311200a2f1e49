// Test page script: loads the core's JS API (build/web/core.js) under the strict
// CSP that site/server.mjs sends, evaluates one set of answers and shows the
// outcome, or the CoreFailure code. ?variant=eval loads the test-only module
// built without -sDYNAMIC_EXECUTION=0, which the CSP must refuse; ?defer=1 only
// imports the API (the module must not load before the first call).
const params = new URLSearchParams(location.search);
const variant = params.get('variant');
const base = variant === 'eval' ? '/widget/test-eval/' : '/widget/';
const show = (id, text) => {
  document.getElementById(id).textContent = text;
};

const violations = [];
document.addEventListener('securitypolicyviolation', (event) => {
  violations.push(`${event.violatedDirective} ${event.blockedURI}`);
  show('violations', violations.join('; '));
});

const answers = {
  schemaVersion: 1,
  about: { ageYears: 44, duration: '1_4_weeks', previousEpisodes: 'once', trend: 'same' },
};

show('module', `${base}core.js`);
try {
  const core = await import(`${base}core.js`);
  window.backcheckCore = core; // the tests call the API further from here
  if (!params.has('defer')) {
    const result = await core.evaluate(answers);
    show('outcome', result.outcome);
    show('level', result.triage ? result.triage.level : '');
  }
} catch (error) {
  show('failure', error.code ?? 'not_a_core_failure');
  show('message', error.message);
}
document.body.dataset.done = 'true';
