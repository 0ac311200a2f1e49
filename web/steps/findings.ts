// The findings on the results screen: what matters most first, three shown and
// the rest behind "more details", each in plain words, and one note on how
// sure they are (not "evidence: very low" on every line).
import { h } from '../dom.js';
import type { T } from '../i18n.js';
import type { Finding, Result } from '../types.js';
import { section, side } from './section.js';

const GROUPS = ['about', 'hip_rotation', 'hip_extension', 'habits', 'phq4'] as const;

// What matters most first: leg pain and worsening, then the hip findings most
// linked with back pain, then impact and mood, then history and habits.
const ORDER = [
  'radiating_leg_pain', 'worsening', 'hip_ir_limited_bilateral', 'hip_ir_limited_unilateral', 'high_pain_impact', 'distress_positive',
  'hip_rotation_asymmetry', 'hip_er_limited', 'hip_extension_limited', 'chronic_duration', 'recurrent_episodes', 'weak_bridge', 'prolonged_sitting',
];
const SHOWN = 3;
const rank = (f: Finding): number => (ORDER.indexOf(f.code) + ORDER.length + 1) % (ORDER.length + 1); // unknown codes last

export function findingsSection(result: Result, level: string, t: T): HTMLElement | null {
  if (result.findings?.length) {
    const sorted = [...result.findings].sort((a, b) => rank(a) - rank(b));
    const more = sorted.slice(SHOWN);
    return section(
      t('results.findings'),
      h('ul', { class: 'findings' }, ...sorted.slice(0, SHOWN).map((f) => finding(f, t))),
      more.length
        ? h('details', { class: 'more', part: 'more-findings' }, h('summary', null, t('results.moreDetails', { n: t.num(more.length) })), h('ul', { class: 'findings' }, ...more.map((f) => finding(f, t))))
        : null,
      evidenceNote(sorted, t),
    );
  }
  // Under an urgent headline the reasons say it all: never "nothing stands out".
  if (level === 'urgent') return null;
  const skipped = GROUPS.filter((g) => result.notAssessed?.includes(g)).length;
  return section(t('results.findings'), h('p', null, t(skipped >= GROUPS.length - 1 ? 'results.littleAssessed' : 'results.noFindings')));
}

/**
 * A finding in words. Answers given by comparing (no degrees) are worded as
 * what the visitor reported; picture answers as pictures; both legs and the
 * plan-only extension grade have their own sentences.
 */
function findingKey(f: Finding, t: T): string {
  const values = Object.keys(f.values ?? {});
  const variant =
    f.code === 'radiating_leg_pain' && f.side === 'both'
      ? 'both'
      : f.grade === 'below_typical'
        ? 'below_typical'
        : values.some((k) => /compare$|^thigh$/i.test(k))
          ? 'reported'
          : values.includes('bandsApart')
            ? 'pictures'
            : '';
  const key = `finding.${f.code}${variant ? `.${variant}` : ''}`;
  return t.has(key) ? key : `finding.${f.code}`;
}

function finding(f: Finding, t: T): HTMLElement {
  return h('li', null, t(findingKey(f, t), { side: side(t, f.side) }));
}

/**
 * How sure this is, said once under the list instead of on every line: the
 * weakest evidence behind any finding, and how the hip answers were taken
 * (the least precise way used).
 */
function evidenceNote(findings: Finding[], t: T): HTMLElement {
  const levels = ['very_low', 'low', 'moderate'];
  const weakest = findings.filter((f) => f.evidence).reduce((low, f) => Math.min(low, levels.indexOf(f.evidence!)), levels.length - 1);
  const ways = ['self_reported', 'estimated', 'measured'];
  const hip = findings.filter((f) => f.confidence && f.code.startsWith('hip_')).reduce((low, f) => Math.min(low, ways.indexOf(f.confidence!)), ways.length);
  return h(
    'p',
    { class: 'help', part: 'evidence' },
    t(`results.evidence.${levels[weakest] ?? 'very_low'}`),
    hip < ways.length ? ` ${t(`results.confidence.${ways[hip]}`)}` : '',
  );
}
