// Builds the inline SVG drawings with DOM APIs (no images are downloaded).
import { s } from '../dom.js';
import { ART } from './paths.js';

const circle = (d: string): string =>
  d.replace(/O(-?[\d.]+) (-?[\d.]+) ([\d.]+)/g, (_, x, y, r) => `M${+x - +r} ${y}a${r} ${r} 0 1 0 ${2 * r} 0a${r} ${r} 0 1 0 ${-2 * r} 0`);

function svg(strokes: string[], label?: string, viewBox = '0 0 120 80'): SVGElement {
  const root = s('svg', { viewBox, class: 'art', part: 'art', 'aria-hidden': label ? null : 'true', role: label ? 'img' : null, 'aria-label': label, focusable: 'false' });
  for (const stroke of strokes) {
    const kind = ({ '~': 'ref', '*': 'accent', '-': 'light' } as Record<string, string>)[stroke[0]] ?? '';
    root.append(s('path', { d: circle(kind ? stroke.slice(1) : stroke), class: kind || null }));
  }
  return root;
}

/** A named drawing, decorative (hidden from screen readers) unless a label is given. */
export function art(name: string, label?: string): SVGElement | null {
  return ART[name] ? svg(ART[name], label) : null;
}

const R = (deg: number) => (deg * Math.PI) / 180;
const f = (n: number) => Math.round(n * 10) / 10;

/**
 * Seated rotation test seen from the front: a person on a chair, the tested
 * shin swung from hanging straight down (zero, dashed) by `degrees`. Turning
 * the hip in (internal) swings the foot out, away from the other leg. The
 * visitor's left leg is on the viewer's right, so the right side is mirrored.
 */
export function rotationPose(side: 'left' | 'right', direction: 'internal' | 'external', degrees: number, label: string): SVGElement {
  const mirror = side === 'left' ? 1 : -1;
  const knee = 60 + mirror * 9;
  const sign = mirror * (direction === 'internal' ? 1 : -1);
  const foot = (r: number) => `${f(knee + sign * r * Math.sin(R(degrees)))} ${f(44 + r * Math.cos(R(degrees)))}`;
  return svg(
    [
      '-M34 38h52M38 38v40M82 38v40', // the chair, in a lighter line than the person
      'O60 8 5M60 13v23M49 18h22M49 18l-2 18M71 18l2 18M50 36h20', // head, trunk, arms, hips
      `M${120 - knee} 36v8v28M${knee} 36v8`, // thighs (seen end on) and the other shin
      `~M${knee} 44v32`,
      `M${knee} 44L${foot(30)}`,
      `*M${knee} 64A20 20 0 0 ${sign > 0 ? 0 : 1} ${foot(20)}`,
    ],
    label,
    '22 0 76 80', // the person, without the empty sides
  );
}

/**
 * Modified Thomas test seen from the side: lying back at the very edge of a
 * bed, the other knee hugged to the chest, the tested thigh hanging `degrees`
 * below the bed (negative: above it) with the shin hanging down.
 */
export function extensionPose(degrees: number, label: string): SVGElement {
  const x = 52 + 34 * Math.cos(R(degrees));
  const y = 34 + 34 * Math.sin(R(degrees));
  return svg(['-M4 36h48M8 36v40M46 36v40', 'O12 29 5M17 31h33M50 31L43 13L30 19M22 31L42 15', '~M52 34h62', `M52 34L${f(x)} ${f(y)}v24h5`], label, '0 8 112 72');
}
