// Small pieces the results screen's parts share (results.ts, findings.ts, plan.ts).
import { h } from '../dom.js';
import type { T } from '../i18n.js';
import type { Result } from '../types.js';

/** A titled block of the results. */
export const section = (title: string, ...kids: (Node | null)[]): HTMLElement => h('section', { class: 'block' }, h('h3', null, title), ...kids);

/** "left", "right" or "both sides" in the visitor's language. */
export const side = (t: T, code?: string): string => t(`side.${code ?? 'both'}`);

export const hasPlan = (result: Result, code: string): boolean => !!result.plan?.some((p) => p.code === code);
