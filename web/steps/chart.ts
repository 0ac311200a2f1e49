// Left/right, inward/outward rotation and extension against the typical
// ranges, as one SVG: a label line above each bar so it fits 320 px.
import { s } from '../dom.js';
import type { T } from '../i18n.js';
import type { Protocol, Range } from '../types.js';
import type { Answers } from '../store.js';
import { getAt } from '../store.js';

interface Row {
  label: string;
  value: number;
  /** From a picked picture: only the band is known, so the value is shown as "about". */
  approximate?: boolean;
  typical?: Range;
  min: number;
  max: number;
}

const W = 300;
const ROW = 40;

export function rows(protocol: Protocol, answers: Answers, t: T): Row[] {
  const out: Row[] = [];
  for (const step of protocol.steps)
    for (const q of step.questions) {
      const v = getAt(answers, q.path);
      if (!v || v.method === 'compare') continue;
      const side = t(`side.${q.side}`);
      if (q.type === 'rotation') {
        for (const dir of ['internal', 'external'] as const) {
          const typical = (q.typical as Record<string, Range> | undefined)?.[dir];
          if (typeof v[`${dir}Degrees`] === 'number')
            out.push({ label: t(`chart.${dir}`, { side }), value: v[`${dir}Degrees`], approximate: v.method === 'picture', typical, min: 0, max: 90 });
        }
      } else if (q.type === 'extension' && typeof v.degrees === 'number') {
        out.push({ label: t('chart.extension', { side }), value: v.degrees, approximate: v.method === 'picture', typical: q.typical as Range, min: -30, max: 30 });
      }
    }
  return out;
}

export function chart(data: Row[], t: T): SVGElement {
  const x = (r: Row, n: number) => (W * (Math.min(Math.max(n, r.min), r.max) - r.min)) / (r.max - r.min);
  const height = data.length * ROW + 24;
  const texts: string[] = [];
  const root = s('svg', { viewBox: `0 0 ${W} ${height}`, class: 'chart', part: 'chart', role: 'img' });
  root.append(s('rect', { x: 0, y: 2, width: 14, height: 10, class: 'band' }), s('text', { x: 20, y: 11 }, t('chart.typical')));
  data.forEach((r, i) => {
    const y = 24 + i * ROW;
    const degrees = t.unit(r.value, 'degree');
    const text = `${r.label}: ${r.approximate ? t('motion.about', { angle: degrees }) : degrees}`;
    const typical = r.typical ? t('chart.range', { min: t.num(r.typical.minInclusive), max: t.unit(r.typical.maxInclusive, 'degree') }) : '';
    texts.push(`${text}${typical ? ` (${typical})` : ''}`);
    const zero = x(r, 0);
    const end = x(r, r.value);
    root.append(
      s('text', { x: 0, y: y + 12 }, text),
      s('rect', { x: 0, y: y + 18, width: W, height: 12, class: 'track' }),
    );
    if (r.typical) root.append(s('rect', { x: x(r, r.typical.minInclusive), y: y + 18, width: x(r, r.typical.maxInclusive) - x(r, r.typical.minInclusive), height: 12, class: 'band' }));
    root.append(
      s('rect', { x: Math.min(zero, end), y: y + 21, width: Math.max(Math.abs(end - zero), 2), height: 6, class: 'bar' }),
    );
    if (r.min < 0) root.append(s('path', { d: `M${zero} ${y + 15}v18`, class: 'zero' }));
  });
  root.setAttribute('aria-label', `${t('chart.title')}. ${texts.join('; ')}.`);
  return root;
}
