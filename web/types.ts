// The protocol and result shapes the widget reads (docs/contract.md §2, §3).
export interface Band {
  value: string;
  degrees: number;
  minInclusive?: number;
  maxExclusive?: number;
}
export interface Range {
  minInclusive: number;
  maxInclusive: number;
}
export interface Question {
  id: string;
  path: string;
  type: 'checklist' | 'single' | 'number' | 'scale_group' | 'rotation' | 'extension' | string;
  none?: boolean;
  options?: { value: string; level?: string; minWeeks?: number; maxWeeks?: number }[];
  unit?: string;
  integer?: boolean;
  /** Decimal places a number answer is sent with (never rounded to a whole number). */
  decimals?: number;
  /** Under this age the check stops after the step (adults only). */
  adultMinInclusive?: number;
  /** Not asked (and its answer dropped) while the answer at `path` equals `equals`. */
  skipWhen?: { path: string; equals: string };
  minInclusive?: number;
  maxInclusive?: number;
  items?: string[];
  side?: 'left' | 'right';
  modes?: string[];
  compareOptions?: string[];
  pictureBands?: Band[] | { internal: Band[]; external: Band[] };
  typical?: Range | { internal: Range; external: Range };
}
export interface Step {
  id: string;
  questions: Question[];
}
export interface Protocol {
  protocolVersion: number;
  schemaVersion?: number;
  coreVersion?: string;
  steps: Step[];
}
export interface Finding {
  code: string;
  side?: string;
  grade?: string;
  motion?: string;
  values?: Record<string, number | string>;
  evidence?: string;
  confidence?: string;
}
export interface Result {
  outcome?: string;
  triage?: { level: Level; reasons?: string[] };
  findings?: Finding[];
  redFlags?: { code: string; strength?: string; source?: string }[];
  scores?: Record<string, any>;
  plan?: { code: string; side?: string }[];
  watchFor?: string[];
  seeDoctorIf?: string[];
  notAssessed?: string[];
  errors?: { code: string; path: string; message: string }[];
  coreVersion?: string;
}
export type Level = 'emergency' | 'urgent' | 'pt_evaluation' | 'self_care';
