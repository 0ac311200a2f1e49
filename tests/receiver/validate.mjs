// Validates a lead against docs/lead.schema.json (hand-written, no dependency,
// so clinics can copy the receiver as two files). Returns a list of problems.
const LEVELS = ['urgent', 'pt_evaluation', 'self_care'];
const TIMES = ['any', 'morning', 'afternoon', 'evening'];
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;
const CODE = /^[a-z][a-z0-9_]{0,63}$/;
const isObject = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);
const isText = (v, max) => typeof v === 'string' && v.length > 0 && v.length <= max;

export function validateLead(lead) {
  const problems = [];
  const need = (ok, path, message) => ok || problems.push({ path, message });
  if (!need(isObject(lead), '', 'must be an object')) return problems;
  need(lead.leadSchemaVersion === 1, '/leadSchemaVersion', 'must be 1');
  need(typeof lead.idempotencyKey === 'string' && UUID.test(lead.idempotencyKey), '/idempotencyKey', 'must be a UUID');
  need(typeof lead.createdAt === 'string' && !Number.isNaN(Date.parse(lead.createdAt)), '/createdAt', 'must be a date-time');
  need(isText(lead.locale, 16), '/locale', 'must be a language tag');
  need(typeof lead.pageUrl === 'string' && lead.pageUrl.length <= 2048, '/pageUrl', 'must be a string');
  need(typeof lead.coreVersion === 'string', '/coreVersion', 'must be a string');
  const c = lead.contact;
  if (need(isObject(c), '/contact', 'must be an object')) {
    for (const [field, max] of [['name', 100], ['email', 254], ['phone', 32], ['note', 1000]])
      if (field in c) need(isText(c[field], max), `/contact/${field}`, `must be 1-${max} characters`);
    need(isText(c.email, 254) || isText(c.phone, 32), '/contact', 'needs an email or a phone');
    need(TIMES.includes(c.preferredTime), '/contact/preferredTime', `must be one of ${TIMES.join(', ')}`);
  }
  const k = lead.consents;
  if (need(isObject(k), '/consents', 'must be an object')) {
    need(k.shareWithClinic === true, '/consents/shareWithClinic', 'must be true: no lead without consent');
    need(typeof k.marketing === 'boolean', '/consents/marketing', 'must be a boolean');
    need(isObject(k.wording), '/consents/wording', 'must record the consent text shown');
  }
  const tr = lead.triage;
  if (need(isObject(tr), '/triage', 'must be an object')) {
    need(LEVELS.includes(tr.level), '/triage/level', 'must be a triage level (never emergency)');
    need(Array.isArray(tr.reasons) && tr.reasons.every((r) => CODE.test(r)), '/triage/reasons', 'must be codes');
  }
  need(Array.isArray(lead.findings) && lead.findings.every((f) => isObject(f) && CODE.test(f.code) && isObject(f.values)), '/findings', 'must be findings with code and values');
  need(isObject(lead.scores), '/scores', 'must be an object');
  need(Array.isArray(lead.notAssessed), '/notAssessed', 'must be an array');
  need(isText(lead.summary, 8000), '/summary', 'must be text');
  return problems;
}
