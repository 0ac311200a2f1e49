// Builds the inline SVG drawings with DOM APIs (no images are downloaded).
import { s } from '../dom.js';
import { ART } from './paths.js';

const circle = (d: string): string =>
  d.replace(/O(-?[\d.]+) (-?[\d.]+) ([\d.]+)/g, (_, x, y, r) => `M${+x - +r} ${y}a${r} ${r} 0 1 0 ${2 * r} 0a${r} ${r} 0 1 0 ${-2 * r} 0`);

function svg(strokes: string[], label?: string): SVGElement {
  const root = s('svg', { viewBox: '0 0 120 80', class: 'art', part: 'art', 'aria-hidden': label ? null : 'true', role: label ? 'img' : null, 'aria-label': label, focusable: 'false' });
  for (const stroke of strokes) {
    const kind = stroke[0] === '~' ? 'ref' : stroke[0] === '*' ? 'accent' : '';
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
 * Seated rotation test seen from the front: the shin swings out from the knee
 * by `degrees`. Inward (internal) rotation moves the foot away from the midline.
 */
export function rotationPose(side: 'left' | 'right', direction: 'internal' | 'external', degrees: number, label: string): SVGElement {
  const sign = (side === 'left' ? 1 : -1) * (direction === 'internal' ? 1 : -1);
  const x = 60 + sign * 44 * Math.sin(R(degrees));
  const y = 26 + 44 * Math.cos(R(degrees));
  return svg(['M22 26h76', 'O60 26 4', '~M60 30v46', `M60 30L${f(x)} ${f(y)}`, `*M60 56A30 30 0 0 ${sign > 0 ? 0 : 1} ${f(60 + sign * 30 * Math.sin(R(degrees)))} ${f(26 + 30 * Math.cos(R(degrees)))}`], label);
}

/** Modified Thomas test seen from the side: the lowered thigh `degrees` below the bed (negative: above). */
export function extensionPose(degrees: number, label: string): SVGElement {
  const x = 50 + 44 * Math.cos(R(degrees));
  const y = 34 + 44 * Math.sin(R(degrees));
  return svg(['M6 34h44M10 34v40', 'O50 34 3', '~M50 34h64', `M50 34L${f(x)} ${f(y)}v20`], label);
}
