// Types of the JSON that crosses web/core.ts, as docs/contract.md fixes it.
// The core is the authority: these describe, they never validate.

export type TriageLevel = 'emergency' | 'urgent' | 'pt_evaluation' | 'self_care';
export type Side = 'left' | 'right';
export type Method = 'sensor' | 'picture' | 'compare';

/** One problem with the answers: stable code, JSON pointer, English text for logs. */
export interface CoreError {
  code: string;
  path: string;
  message: string;
}

export interface RotationAnswer {
  method: Method;
  internalDegrees?: number;
  externalDegrees?: number;
  compare?: 'internal_much_less' | 'internal_less' | 'about_same' | 'internal_more';
}

export interface ExtensionAnswer {
  method: Method;
  degrees?: number;
  thigh?: 'above' | 'level' | 'below';
}

/** The visitor's answers (contract §1). Every section is optional. */
export interface Answers {
  schemaVersion: number;
  safety?: { redFlags: string[] };
  about?: {
    ageYears?: number;
    duration?: 'under_1_week' | '1_4_weeks' | '4_6_weeks' | '6_12_weeks' | 'over_12_weeks';
    durationWeeks?: number;
    previousEpisodes?: 'none' | 'once' | 'several';
    location?: 'back_only' | 'buttock_thigh' | 'below_knee';
    legSide?: 'none' | 'one' | 'both';
    trend?: 'better' | 'same' | 'worse';
    peg?: { pain?: number; enjoyment?: number; activity?: number };
  };
  hipRotation?: Partial<Record<Side, RotationAnswer>>;
  hipExtension?: Partial<Record<Side, ExtensionAnswer>>;
  habits?: { sittingHours?: number; activity?: 'low' | 'moderate' | 'high'; bridgeHoldSeconds?: number };
  phq4?: { nervous?: number; worry?: number; interest?: number; down?: number };
}

export interface Finding {
  code: string;
  side?: Side;
  rule: string;
  values?: Record<string, unknown>;
  threshold?: Record<string, unknown>;
  evidence: 'very_low' | 'low' | 'moderate';
  confidence?: 'measured' | 'estimated' | 'self_reported';
}

/** The core's answer (contract §2). With errors: `outcome: "invalid"`, no triage. */
export interface Result {
  coreVersion: string;
  schemaVersion?: number;
  outcome: 'triaged' | 'adults_only' | 'invalid';
  triage?: {
    level: TriageLevel;
    reasons: string[];
    explanations?: Array<{ code: string; kind: string; strength?: string; rule: string; values?: Record<string, unknown> }>;
  };
  redFlags?: Array<{ code: string; strength: string; source: string }>;
  findings?: Finding[];
  scores?: {
    peg?: { score: number; band: string };
    phq4?: { total: number; band: string; phq2: { score: number; positive: boolean }; gad2: { score: number; positive: boolean } };
  };
  plan?: Array<{ code: string; side?: Side }>;
  watchFor?: string[];
  seeDoctorIf?: string[];
  notAssessed?: string[];
  errors: CoreError[];
}

export interface Validation {
  valid: boolean;
  errors: CoreError[];
}

/** What the widget renders (contract §3); question shapes vary by `type`. */
export interface Protocol {
  protocolVersion: number;
  schemaVersion?: number;
  coreVersion?: string;
  steps: Array<{ id: string; questions: Array<{ id: string; type: string; [key: string]: unknown }> }>;
}
