// The phone as an inclinometer (DeviceOrientation). Calibrated once on a flat
// surface (the sensor's own offset), then a reading is kept only when steady.
// The tilt of the phone's long axis comes from beta alone, whatever gamma does.
import { h } from '../dom.js';
import type { T } from '../i18n.js';
import { art } from '../art/draw.js';

let offset: number | null = null; // beta on a flat surface, shared by every measurement
const STEADY_SAMPLES = 8;
const STEADY_SPREAD = 2; // degrees
const NO_SENSOR_MS = 2500;

export type Kind = 'rotation' | 'extension';

/** Degrees from the phone's tilt: shin off vertical (rotation) or thigh below horizontal (extension). */
export function angleFrom(beta: number, kind: Kind): number {
  const b = beta - (offset ?? 0);
  return kind === 'rotation' ? Math.abs(90 - Math.abs(b)) : -b;
}

type Perm = { requestPermission?: () => Promise<string> };

export function inclinometer(t: T, kind: Kind, target: string, onReading: (degrees: number) => void, onFail: () => void): HTMLElement {
  const samples: number[] = [];
  let listening = false;
  let timer = 0;
  const status = h('p', { class: 'help', role: 'status' });
  const readout = h('output', { class: 'readout', part: 'readout' }, '–');
  const steady = h('p', { class: 'help' });
  const action = h('button', { type: 'button', class: 'btn primary', part: 'button measure' });
  const picture = h('div', { class: 'art-wrap' });
  const box = h('div', { class: 'sensor', part: 'sensor' }, picture, h('p', { class: 'label' }, target), status, readout, steady, action);

  const spread = (): number => (samples.length < STEADY_SAMPLES ? Infinity : Math.max(...samples) - Math.min(...samples));
  const mean = (): number => samples.reduce((a, b) => a + b, 0) / samples.length;

  let said = ''; // the current instruction, shown again if a slow sensor wakes up after all
  const onOrientation = (event: DeviceOrientationEvent): void => {
    if (!box.isConnected) return stop(); // the visitor left the step
    if (event.beta == null) return;
    clearTimeout(timer);
    status.textContent = said;
    samples.push(event.beta);
    if (samples.length > STEADY_SAMPLES) samples.shift();
    if (offset == null) return;
    readout.textContent = t.unit(Math.round(angleFrom(event.beta, kind)), 'degree');
    const still = spread() <= STEADY_SPREAD;
    steady.textContent = t(still ? 'sensor.steady' : 'sensor.hold');
    action.disabled = !still;
  };

  /** No sensor (yet): offer typed degrees. Only a missing API or a refusal stops listening. */
  const fail = (key: string, final = true): void => {
    if (final) stop();
    status.textContent = t(key);
    action.hidden = final;
    onFail();
  };
  const stop = (): void => {
    listening = false;
    clearTimeout(timer);
    removeEventListener('deviceorientation', onOrientation);
  };

  const phase = (name: 'start' | 'calibrate' | 'measure'): void => {
    picture.replaceChildren(art(name === 'measure' ? 'sensor_shin' : 'sensor_flat') ?? '');
    status.textContent = said = t(name === 'measure' ? `sensor.${kind}.place` : `sensor.${name}`);
    action.textContent = t(`sensor.${name}.button`);
    action.disabled = false;
    readout.hidden = steady.hidden = name !== 'measure';
    action.onclick = async () => {
      if (name === 'start') {
        const Event = (globalThis as any).DeviceOrientationEvent as Perm | undefined;
        if (!Event) return fail('sensor.none');
        // iOS asks for permission, and only inside a user gesture.
        if (typeof Event.requestPermission === 'function' && (await Event.requestPermission().catch(() => 'denied')) !== 'granted') {
          return fail('sensor.denied');
        }
        if (!listening) addEventListener('deviceorientation', onOrientation);
        listening = true;
        timer = window.setTimeout(() => fail('sensor.none', false), NO_SENSOR_MS);
        return phase(offset == null ? 'calibrate' : 'measure');
      }
      if (spread() > STEADY_SPREAD) {
        status.textContent = t('sensor.hold');
        return;
      }
      if (name === 'calibrate') {
        if (Math.abs(mean()) > 15) {
          status.textContent = t('sensor.notFlat');
          return;
        }
        offset = mean();
        return phase('measure');
      }
      const degrees = Math.round(angleFrom(mean(), kind));
      stop();
      onReading(degrees);
    };
  };
  phase('start');
  return box;
}
