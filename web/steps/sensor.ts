// The phone as an inclinometer (DeviceOrientation). Calibrated once on a flat
// surface (the sensor's own offset), then a reading is kept only when steady.
// The tilt of the phone's long axis comes from beta alone, whatever gamma does.
//
// The phone is strapped to the visitor's own leg, so by default it measures
// hands-free: a countdown, then it records by itself once the leg is still,
// with a beep and a vibration where the browser allows. "Someone is helping
// me" gives the helper a Record button instead. A reading no hip can reach
// (the phone slipped) is refused with a friendly retry.
import { h } from '../dom.js';
import type { T } from '../i18n.js';
import { art } from '../art/draw.js';

let offset: number | null = null; // beta on a flat surface, shared by every measurement
const STEADY_SAMPLES = 8;
const STEADY_SPREAD = 2; // degrees
const NO_SENSOR_MS = 2500;
const COUNTDOWN = 5; // seconds to get into position after pressing Start

export type Kind = 'rotation' | 'extension';

/** Degrees from the phone's tilt: shin off vertical (rotation) or thigh below horizontal (extension). */
export function angleFrom(beta: number, kind: Kind): number {
  const b = beta - (offset ?? 0);
  return kind === 'rotation' ? Math.abs(90 - Math.abs(b)) : -b;
}

/** What a hip can plausibly reach in these tests; beyond it the phone has slipped or turned. */
export const PLAUSIBLE: Record<Kind, [number, number]> = { rotation: [0, 70], extension: [-30, 30] };

type Perm = { requestPermission?: () => Promise<string> };

export interface SensorOptions {
  onReading(degrees: number): void;
  /** No sensor (yet): typed degrees are offered. */
  onFail(): void;
  /** Switches the question to the pictures, offered first when no sensor answers. */
  usePictures(): void;
}

/** A short beep and a buzz where allowed: the visitor is not looking at the screen. */
function signal(): void {
  try {
    navigator.vibrate?.(200);
    const Audio = globalThis.AudioContext as typeof AudioContext | undefined;
    if (!Audio) return;
    const ctx = new Audio();
    const osc = ctx.createOscillator();
    osc.connect(ctx.destination);
    osc.frequency.value = 880;
    osc.start();
    osc.stop(ctx.currentTime + 0.2);
    osc.onended = () => void ctx.close();
  } catch {
    /* no sound or vibration: the status text says it too */
  }
}

export function inclinometer(t: T, kind: Kind, target: string, options: SensorOptions): HTMLElement {
  const samples: number[] = [];
  let listening = false;
  let timer = 0;
  let waitingForSteady = false; // hands-free: the countdown is over, recording at the first steady moment
  const status = h('p', { class: 'help', role: 'status' });
  const readout = h('output', { class: 'readout', part: 'readout' }, '–');
  const steady = h('p', { class: 'help' });
  const action = h('button', { type: 'button', class: 'btn primary', part: 'button measure' });
  const pictures = h('button', { type: 'button', class: 'btn ghost', part: 'button use-pictures', hidden: true, onclick: () => options.usePictures() }, t('sensor.usePictures'));
  const helper = h('input', { type: 'checkbox' });
  const picture = h('div', { class: 'art-wrap' });
  const box = h(
    'div',
    { class: 'sensor', part: 'sensor' },
    picture,
    h('p', { class: 'label' }, target),
    h('p', { class: 'help', part: 'strap' }, t(`sensor.${kind}.strap`)),
    h('label', { class: 'choice', part: 'choice helper' }, helper, h('span', null, t('sensor.helper'))),
    status,
    readout,
    steady,
    action,
    pictures,
  );

  const spread = (): number => (samples.length < STEADY_SAMPLES ? Infinity : Math.max(...samples) - Math.min(...samples));
  const mean = (): number => samples.reduce((a, b) => a + b, 0) / samples.length;
  const [low, high] = PLAUSIBLE[kind];

  let said = ''; // the current instruction, shown again if a slow sensor wakes up after all
  const onOrientation = (event: DeviceOrientationEvent): void => {
    if (!box.isConnected) return stop(); // the visitor left the step
    if (event.beta == null) return;
    clearTimeout(timer);
    if (status.textContent !== said && !waitingForSteady && pictures.hidden === false) status.textContent = said;
    pictures.hidden = true;
    samples.push(event.beta);
    if (samples.length > STEADY_SAMPLES) samples.shift();
    if (offset == null) return;
    readout.textContent = t.unit(Math.round(angleFrom(event.beta, kind)), 'degree');
    const still = spread() <= STEADY_SPREAD;
    steady.textContent = t(still ? (helper.checked ? 'sensor.steady' : 'sensor.steadyHandsFree') : 'sensor.hold');
    if (helper.checked) action.disabled = !still;
    else if (waitingForSteady && still) record();
  };

  /** Keeps a steady reading, or refuses one no hip can reach. */
  const record = (): void => {
    const degrees = Math.round(angleFrom(mean(), kind));
    waitingForSteady = false;
    if (degrees < low || degrees > high) {
      status.textContent = said = t('sensor.implausible', { angle: t.unit(degrees, 'degree') });
      samples.length = 0;
      action.textContent = t(helper.checked ? 'sensor.measure.button' : 'sensor.retry.button');
      action.hidden = false;
      return;
    }
    if (!helper.checked) signal();
    stop();
    action.hidden = true;
    options.onReading(degrees);
  };

  /** No sensor (yet): say so, offer the pictures first, then typed degrees. */
  const fail = (key: string, final = true): void => {
    if (final) stop();
    status.textContent = t(key);
    action.hidden = final;
    pictures.hidden = false;
    options.onFail();
  };
  const stop = (): void => {
    listening = false;
    clearTimeout(timer);
    removeEventListener('deviceorientation', onOrientation);
  };

  const countdown = (n: number): void => {
    if (!box.isConnected) return stop();
    if (n > 0) {
      status.textContent = t('sensor.countdown', { n: t.num(n) });
      timer = window.setTimeout(() => countdown(n - 1), 1000);
      return;
    }
    status.textContent = said = t('sensor.holdHandsFree');
    samples.length = 0;
    waitingForSteady = true;
  };

  const phase = (name: 'start' | 'calibrate' | 'measure'): void => {
    picture.replaceChildren(art(name === 'measure' ? 'sensor_shin' : 'sensor_flat') ?? '');
    status.textContent = said = t(name === 'measure' ? `sensor.${kind}.place` : `sensor.${name}`);
    const button = (): string => (name === 'measure' ? (helper.checked ? 'sensor.measure.button' : 'sensor.handsFree.button') : `sensor.${name}.button`);
    action.textContent = t(button());
    action.disabled = false;
    helper.onchange = () => {
      action.textContent = t(button());
      waitingForSteady = false;
    };
    readout.hidden = steady.hidden = name !== 'measure';
    action.onclick = async () => {
      if (name === 'start') {
        const Event = globalThis.DeviceOrientationEvent as Perm | undefined;
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
      if (name === 'measure' && !helper.checked) {
        // Hands-free: time to get into position, then it records by itself.
        action.hidden = true;
        return countdown(COUNTDOWN);
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
      record();
    };
  };
  phase('start');
  return box;
}
