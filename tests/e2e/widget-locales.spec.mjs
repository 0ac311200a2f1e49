// Every text the widget can show has a translation in both catalogs: the
// keys the core's real protocol generates (steps, questions, options, items),
// and every finding, red flag, plan, triage and not-assessed code of the
// contract. English and Spanish have exactly the same keys.
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';

const catalog = (lang) => JSON.parse(readFileSync(new URL(`../../web/locales/${lang}.json`, import.meta.url), 'utf8'));
const en = catalog('en');
const es = catalog('es');

// docs/contract.md and BRIEF §3
const FINDINGS = 'hip_ir_limited_bilateral hip_ir_limited_unilateral hip_er_limited hip_rotation_asymmetry hip_extension_limited prolonged_sitting weak_bridge distress_positive high_pain_impact radiating_leg_pain chronic_duration recurrent_episodes worsening';
const RED_FLAGS = 'bladder_bowel_change saddle_numbness bilateral_leg_symptoms progressive_weakness sexual_dysfunction_new major_trauma fever_with_risk_factor cancer_history unexplained_weight_loss age_over_50_new age_under_20 night_pain_unrelieved no_improvement_4_weeks fever_or_chills fragility_fracture_risk';
const PLAN = 'stay_active heat otc_pain_relief hip_rotation_drill hip_flexor_stretch bridge bird_dog breathing walking book_pt_if_not_better see_doctor_within_days call_emergency';
const NOT_ASSESSED = 'safety about age duration previous_episodes pain_location trend peg hip_rotation hip_rotation_left hip_rotation_right hip_extension hip_extension_left hip_extension_right habits sitting activity bridge phq4 phq2 gad2';

test('English and Spanish have the same keys, none empty', () => {
  expect(Object.keys(es).sort()).toEqual(Object.keys(en).sort());
  for (const [key, text] of [...Object.entries(en), ...Object.entries(es)]) expect(text.trim(), key).not.toBe('');
  // Placeholders match, so no {name} is left unreplaced in one language.
  const holes = (s) => (s.match(/\{\w+\}/g) ?? []).sort().join();
  for (const key of Object.keys(en)) expect(holes(es[key]), key).toBe(holes(en[key]));
});

test('every key the core protocol and the contract can produce is translated', async ({ page }) => {
  await page.goto('/test/minimal.html');
  const protocol = await page.evaluate(async () => (await import('/widget/core.js')).protocol());
  const keys = [];
  for (const step of protocol.steps) {
    keys.push(`step.${step.id}.title`);
    for (const q of step.questions) {
      keys.push(`question.${q.id}.label`);
      if (q.type === 'checklist' || q.type === 'single') for (const o of q.options) keys.push(`option.${q.id}.${o.value}`);
      if (q.type === 'scale_group') for (const item of q.items) keys.push(`question.${q.id}.${item}`);
      if (q.type === 'rotation' || q.type === 'extension') {
        for (const v of q.compareOptions) keys.push(`option.${q.type}.${v}`);
        for (const m of q.modes) keys.push(`motion.mode.${m}`);
      }
      if (q.unit && q.type === 'number') keys.push(`unit.${q.unit}`);
    }
  }
  for (const code of FINDINGS.split(' ')) keys.push(`finding.${code}`);
  for (const code of RED_FLAGS.split(' ')) keys.push(`redflag.${code}`);
  for (const code of PLAN.split(' ')) keys.push(`plan.${code}`);
  for (const code of NOT_ASSESSED.split(' ')) keys.push(`notAssessed.${code}`);
  for (const level of ['self_care', 'pt_evaluation', 'urgent']) keys.push(`triage.${level}.title`, `triage.${level}.body`, `cta.${level}.title`, `cta.${level}.body`, `cta.${level}.book`);
  expect(keys.length).toBeGreaterThan(100);
  expect(keys.filter((k) => !(k in en))).toEqual([]);
  expect(keys.filter((k) => !(k in es))).toEqual([]);
});

test('Spanish for US clinics: US words, the validated PHQ answer wording, state names', () => {
  const all = Object.values(es).join('\n');
  // Spain's words a US visitor would stumble on (issue 15).
  for (const word of [/\bmóvil/i, /\bcoche/i, /túmbese/i, /prospecto/i, /cuenta atrás/i, /contactar con/i]) expect(all).not.toMatch(word);
  expect(es['motion.mode.sensor']).toBe('Medir con el celular');
  expect(es['plan.otc_pain_relief']).toContain('etiqueta');
  expect(es['step.hipExtension.how']).toContain('acuéstese');
  // The PHQ's Spanish (USA) answer options.
  expect([0, 1, 2, 3].map((n) => es[`option.phq4.${n}`])).toEqual(['Ningún día', 'Varios días', 'Más de la mitad de los días', 'Casi todos los días']);
  // State names, not codes, in both languages (51 with DC).
  expect(Object.keys(en).filter((k) => k.startsWith('state.'))).toHaveLength(51);
  expect(en['state.NY']).toBe('New York');
  expect(es['state.NY']).toBe('Nueva York');
});
