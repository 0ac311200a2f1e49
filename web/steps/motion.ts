// A range-of-motion test for one side, answered in one of three ways:
// compare (qualitative), the closest picture (a band's degrees), or the phone
// as an inclinometer (with typed degrees as the fallback).
import { h, uid } from '../dom.js';
import { extensionPose, rotationPose } from '../art/draw.js';
import type { Band, Question } from '../types.js';
import type { StepContext } from './context.js';
import { fieldset, radios } from './controls.js';
import { inclinometer } from './sensor.js';

type Value = Record<string, string | number>;
const DIRECTIONS = ['internal', 'external'] as const;

export function renderMotion(q: Question, ctx: StepContext): HTMLElement {
  const { t } = ctx;
  const rotation = q.type === 'rotation';
  const side = q.side ?? 'left';
  const value = (): Value => ({ ...(ctx.get(q.path) ?? {}) });
  const body = h('div', { class: 'mode-body' });

  const show = (mode: string): void => {
    body.replaceChildren(...(mode === 'compare' ? compare() : mode === 'picture' ? pictures() : sensor()));
  };
  const pick = (mode: string): void => {
    const current = value();
    ctx.set(q.path, current.method === mode ? current : { method: mode });
    show(mode);
  };

  const compare = (): Node[] => [
    radios(
      uid(q.id),
      (q.compareOptions ?? []).map((v) => ({ value: v, label: t(t.has(`option.${q.id}.${v}`) ? `option.${q.id}.${v}` : `option.${q.type}.${v}`) })),
      value()[rotation ? 'compare' : 'thigh'],
      (v) => ctx.set(q.path, { method: 'compare', [rotation ? 'compare' : 'thigh']: v }),
    ),
  ];

  const bandGroup = (legend: string, bands: Band[], key: string, draw: (deg: number, label: string) => SVGElement): HTMLElement => {
    const name = uid(q.id);
    const chosen = value()[key];
    return h(
      'fieldset',
      { class: 'pics', part: 'pictures' },
      h('legend', null, legend),
      ...bands.map((b) => {
        // Extension bands are worded (above / level / below the bed), never "−10°".
        const text = t.has(`band.${b.value}`) ? t(`band.${b.value}`) : t('motion.about', { angle: t.unit(b.degrees, 'degree') });
        const input = h('input', { type: 'radio', name, value: b.value, checked: chosen === b.degrees });
        input.addEventListener('change', () => ctx.set(q.path, { ...value(), method: 'picture', [key]: b.degrees }));
        return h('label', { class: 'pic', part: 'picture' }, input, draw(b.degrees, ''), h('span', null, text));
      }),
    );
  };

  const pictures = (): Node[] => {
    const bands = q.pictureBands;
    if (!bands) return [];
    if (Array.isArray(bands)) return [bandGroup(t('motion.extension.pick'), bands, 'degrees', (d, l) => extensionPose(d, l))];
    return DIRECTIONS.map((dir) =>
      bandGroup(t(`motion.${dir}.pick`), bands[dir] ?? [], `${dir}Degrees`, (d, l) => rotationPose(side, dir, d, l)),
    );
  };

  const sensor = (): Node[] => {
    const targets = rotation ? DIRECTIONS.map((d) => [`${d}Degrees`, t(`sensor.${d}`)]) : [['degrees', t('sensor.extension')]];
    const manual = h('div', { class: 'manual', hidden: true });
    const showManual = (): void => {
      if (!manual.hidden) return;
      manual.hidden = false;
      manual.append(h('p', { class: 'help' }, t('sensor.manual')), ...targets.map(([key, label]) => degreesField(key, label)));
    };
    const readings = targets.map(([key, label]) => {
      const done = h('p', { class: 'done', role: 'status' });
      const saved = value();
      if (saved.method === 'sensor' && typeof saved[key] === 'number') done.textContent = t('sensor.saved', { angle: t.unit(saved[key] as number, 'degree') });
      const meter = inclinometer(t, rotation ? 'rotation' : 'extension', label, {
        onReading: (deg) => {
          ctx.set(q.path, { ...value(), method: 'sensor', [key]: deg });
          done.textContent = t('sensor.saved', { angle: t.unit(deg, 'degree') });
        },
        onFail: showManual,
        usePictures: () => {
          modeGroup.querySelector<HTMLInputElement>('input[value="picture"]')?.click();
          modeGroup.querySelector<HTMLInputElement>('input[value="picture"]')?.focus();
        },
      });
      meter.append(done);
      return meter;
    });
    return [...readings, manual];
  };

  const degreesField = (key: string, label: string): HTMLElement => {
    const id = uid(q.id);
    const [min, max] = [q.minInclusive ?? (rotation ? 0 : -45), q.maxInclusive ?? (rotation ? 90 : 45)];
    const saved = value();
    const input = h('input', { id, type: 'number', inputmode: 'numeric', min, max, value: saved[key] ?? '' });
    input.addEventListener('input', () => {
      const n = Number(input.value);
      const ok = input.value !== '' && n >= min && n <= max;
      input.setAttribute('aria-invalid', String(input.value !== '' && !ok));
      // Typed degrees are the visitor's estimate, hence "picture" (confidence: estimated).
      const next: Value = { ...value(), method: 'picture' };
      if (ok) next[key] = Math.round(n);
      else delete next[key];
      ctx.set(q.path, next);
    });
    return h('div', { class: 'num' }, h('label', { for: id }, label), input, h('span', { 'aria-hidden': 'true' }, '°'));
  };

  const modes = q.modes?.length ? q.modes : ['compare'];
  // Comparing needs no equipment, so it is the default when the core offers it.
  const initial = (value().method as string) || (modes.includes('compare') ? 'compare' : modes[0]);
  const modeGroup = h(
    'fieldset',
    { class: 'modes', part: 'modes' },
    h('legend', null, t('motion.mode')),
    radios(uid(q.id), modes.map((m) => ({ value: m, label: t(t.has(`motion.mode.${m}.${q.type}`) ? `motion.mode.${m}.${q.type}` : `motion.mode.${m}`) })), initial, pick),
  );
  show(initial);
  // Turning in and turning out shown for this side (mirrored), whatever the answer mode.
  const demo = rotation
    ? h(
        'div',
        { class: 'demo', part: 'demo' },
        ...DIRECTIONS.map((dir) => h('figure', null, rotationPose(side, dir, 40, ''), h('figcaption', null, t(`motion.${dir}.show`)))),
      )
    : null;
  return fieldset(t(`question.${q.id}.label`), null, ...(demo ? [demo] : []), modeGroup, body);
}
