// The JSON that crosses web/core.ts: the answers in, the result and the
// protocol out (docs/contract.md §1–3). The one description of them: the
// widget, the lead form and users of build/web/core.d.ts all import it.
// The core is the authority; tests/wasm/types-match-core.test.mjs compiles the
// core's real output for every docs/examples input and fuzz seed, validate()'s
// answers and protocol() against these types, so a field the core adds, drops,
// renames or fills differently fails that test.

export type TriageLevel = 'emergency' | 'urgent' | 'pt_evaluation' | 'self_care';
/** A side the visitor answers for. */
export type Side = 'left' | 'right';
/** A side a finding or a plan item is about: `both` for pain into both legs or both hips. */
export type BodySide = Side | 'both';
export type Method = 'sensor' | 'picture' | 'compare';
export type Strength = 'emergency' | 'strong' | 'weak';

/** BRIEF §3. */
export type RedFlagCode = 'bladder_bowel_change' | 'saddle_numbness' | 'bilateral_leg_symptoms'
  | 'progressive_weakness' | 'sexual_dysfunction_new' | 'major_trauma' | 'fever_with_risk_factor' | 'cancer_history'
  | 'unexplained_weight_loss' | 'fever_or_chills' | 'fragility_fracture_risk' | 'night_pain_unrelieved'
  | 'age_over_50_new' | 'age_under_20' | 'no_improvement_4_weeks';

/** BRIEF §3. */
export type FindingCode = 'hip_ir_limited_bilateral' | 'hip_ir_limited_unilateral' | 'hip_er_limited'
  | 'hip_rotation_asymmetry' | 'hip_extension_limited' | 'prolonged_sitting' | 'weak_bridge' | 'distress_positive'
  | 'high_pain_impact' | 'radiating_leg_pain' | 'chronic_duration' | 'recurrent_episodes' | 'worsening';

export type PlanCode = 'stay_active' | 'heat' | 'otc_pain_relief' | 'hip_rotation_drill' | 'hip_flexor_stretch'
  | 'bridge' | 'bird_dog' | 'breathing' | 'walking' | 'book_pt_if_not_better' | 'see_doctor_within_days'
  | 'call_emergency' | 'talk_to_doctor_mood' | 'crisis_line';

/** A section, or the parts of it, that was not assessed. */
export type NotAssessedCode = 'safety' | 'about' | 'age' | 'duration' | 'previous_episodes' | 'pain_location'
  | 'trend' | 'peg' | 'hip_rotation' | 'hip_rotation_left' | 'hip_rotation_right' | 'hip_extension'
  | 'hip_extension_left' | 'hip_extension_right' | 'habits' | 'sitting' | 'activity' | 'bridge' | 'phq4' | 'phq2'
  | 'gad2';

export type ErrorCode = 'invalid_json' | 'too_large' | 'too_deep' | 'not_an_object' | 'wrong_type' | 'out_of_range'
  | 'unknown_value' | 'unknown_field' | 'unsupported_version' | 'missing_version' | 'too_many_items'
  | 'duplicate_item' | 'missing_field' | 'field_not_for_method' | 'duplicate_key' | 'inexact_number'
  | 'conflicting_answers';

/** One problem with the answers: stable code, JSON pointer, English text for logs. */
export interface CoreError {
  code: ErrorCode;
  path: string;
  message: string;
}

// ---- §1 Answers -------------------------------------------------------------

export type RotationCompare = 'internal_much_less' | 'internal_less' | 'about_same' | 'internal_more';
export type Thigh = 'above' | 'level' | 'below';
export type Duration = 'under_1_week' | '1_4_weeks' | '4_6_weeks' | '6_12_weeks' | 'over_12_weeks';

/** Sensor and picture answers carry degrees only, compare answers the qualitative key only. */
export type RotationAnswer =
  | { method: 'sensor' | 'picture'; internalDegrees?: number; externalDegrees?: number }
  | { method: 'compare'; compare: RotationCompare };

export type ExtensionAnswer = { method: 'sensor' | 'picture'; degrees: number } | { method: 'compare'; thigh: Thigh };

/** The visitor's answers. Every section is optional. */
export interface Answers {
  schemaVersion: number;
  safety?: { redFlags?: RedFlagCode[] };
  about?: {
    ageYears?: number;
    duration?: Duration;
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

// ---- §2 Result --------------------------------------------------------------

/** The bound a rule compared a value with (one key per threshold). */
export interface Bound {
  minInclusive?: number;
  minExclusive?: number;
  maxInclusive?: number;
  maxExclusive?: number;
  equals?: string;
  notEquals?: string;
}

/** The answers a rule used, by answer name (degrees, weeks, band codes). */
export type Values = Record<string, number | string>;

export interface Finding {
  code: FindingCode;
  rule: string;
  side?: BodySide;
  /** hip_extension_limited only. */
  grade?: 'below_neutral' | 'below_typical';
  /** hip_rotation_asymmetry only. */
  motion?: 'internal' | 'external' | 'internal_vs_external';
  values: Values;
  threshold: Record<string, Bound>;
  evidence: 'very_low' | 'low' | 'moderate';
  confidence: 'measured' | 'estimated' | 'self_reported';
}

export interface RedFlagEntry {
  code: RedFlagCode;
  rule: string;
  strength: Strength;
  source: 'answered' | 'derived';
  values?: Values;
}

/** Why the level is what it is: the rule, values and threshold of each reason. */
export type Explanation =
  | (RedFlagEntry & { kind: 'red_flag' })
  | (Finding & { kind: 'finding' })
  | { code: 'safety_not_assessed'; rule: string; kind: 'not_assessed' };

export interface Triage {
  level: TriageLevel;
  reasons: (RedFlagCode | FindingCode | 'safety_not_assessed')[];
  explanations: Explanation[];
}

export interface Subscale {
  score: number;
  positive: boolean;
}

/** Each score is absent when not assessed; PHQ-4's total and band need all four items. */
export type Scores = {
  peg?: { score: number; band: 'mild' | 'moderate' | 'severe' };
  phq4?: { total?: number; band?: 'normal' | 'mild' | 'moderate' | 'severe'; phq2?: Subscale; gad2?: Subscale };
};

export interface PlanItem {
  code: PlanCode;
  side?: BodySide;
}

interface ResultBase {
  coreVersion: string;
  schemaVersion: number;
  errors: CoreError[];
}

export interface TriagedResult extends ResultBase {
  outcome: 'triaged';
  triage: Triage;
  redFlags: RedFlagEntry[];
  findings: Finding[];
  scores: Scores;
  plan: PlanItem[];
  /** Emergency signs the visitor does not have: get help straight away if they appear. */
  watchFor: RedFlagCode[];
  /** Strong signs the visitor does not have: see a doctor within days if they appear. */
  seeDoctorIf: RedFlagCode[];
  notAssessed: NotAssessedCode[];
}

/** Under 18: no triage, findings or scores; the ticked red flags and the safety net. */
export interface AdultsOnlyResult extends ResultBase {
  outcome: 'adults_only';
  ageYears: number;
  redFlags: RedFlagEntry[];
  plan: PlanItem[];
  watchFor: RedFlagCode[];
  seeDoctorIf: RedFlagCode[];
}

/** Answers the core refused: `errors` says why; nothing else. */
export interface InvalidResult extends ResultBase {
  outcome: 'invalid';
}

/**
 * The core's answer. Every outcome has every field name (absent ones typed
 * `never`), so `result.triage?.level` reads without narrowing first.
 */
export type Result = AllFields<TriagedResult | AdultsOnlyResult | InvalidResult>;

export interface Validation {
  valid: boolean;
  errors: CoreError[];
}

// ---- §3 Protocol ------------------------------------------------------------

export interface Range {
  minInclusive: number;
  maxInclusive: number;
}

/** A picture to pick: `degrees` is what the widget sends for it. */
export interface Band {
  value: string;
  degrees: number;
  minInclusive: number;
  maxExclusive: number;
}

export interface Option {
  value: string;
  /** Red-flag options: the strength of the flag and the triage level it gives. */
  strength?: Strength;
  level?: TriageLevel;
  /** Duration options: the weeks of the band, both inclusive. */
  minWeeks?: number;
  maxWeeks?: number;
}

/** A score band: `maxExclusive`, the last one `maxInclusive`. */
export interface ScoreBand {
  band: string;
  minInclusive: number;
  maxExclusive?: number;
  maxInclusive?: number;
}

interface QuestionBase {
  id: string;
  path: string;
  /** Not asked (and its answer dropped) while the answer at `path` equals `equals`. */
  skipWhen?: { path: string; equals: string };
}

export interface ChecklistQuestion extends QuestionBase {
  type: 'checklist';
  /** A "none of these" answer, which sends []. */
  none: boolean;
  options: Option[];
}

export interface SingleQuestion extends QuestionBase {
  type: 'single';
  options: Option[];
}

export interface NumberQuestion extends QuestionBase {
  type: 'number';
  unit: string;
  minInclusive: number;
  maxInclusive: number;
  /** Whole numbers only. */
  integer?: boolean;
  /** Decimal places a number answer is sent with (never rounded to a whole number). */
  decimals?: number;
  /** Under this age the check stops after the step (adults only). */
  adultMinInclusive?: number;
}

export interface ScaleGroupQuestion extends QuestionBase {
  type: 'scale_group';
  minInclusive: number;
  maxInclusive: number;
  items: string[];
  bands: ScoreBand[];
  /** PHQ-4: the items of each subscale and when it is positive. */
  subscales?: Record<string, { items: string[]; positive: Bound }>;
}

interface MotionQuestion extends QuestionBase {
  unit: string;
  minInclusive: number;
  maxInclusive: number;
  side: Side;
  modes: Method[];
  compareOptions: string[];
}

export interface RotationQuestion extends MotionQuestion {
  type: 'rotation';
  pictureBands: { internal: Band[]; external: Band[] };
  typical: { internal: Range; external: Range };
}

export interface ExtensionQuestion extends MotionQuestion {
  type: 'extension';
  pictureBands: Band[];
  typical: Range;
}

/** A question; its fields depend on `type` (every field name on every type, see Result). */
export type Question = AllFields<
  ChecklistQuestion | SingleQuestion | NumberQuestion | ScaleGroupQuestion | RotationQuestion | ExtensionQuestion
>;

export interface Step {
  id: string;
  questions: Question[];
}

/** A weak red flag the core derives from other answers (not asked in the checklist). */
export interface DerivedRedFlag {
  code: RedFlagCode;
  from: string;
  ageYears?: Bound;
  durationWeeks?: Bound;
}

/** What the widget renders (text lives in the locale catalogs, never here). */
export interface Protocol {
  protocolVersion: number;
  schemaVersion: number;
  coreVersion: string;
  limits: { maxInputBytes: number; maxDepth: number; maxErrors: number };
  derivedRedFlags: DerivedRedFlag[];
  steps: Step[];
}

// Each member of the union T gets the other members' field names as optional
// `never`: a reader may ask any of them, a writer still has to pick one shape.
type KeysOf<T> = T extends unknown ? keyof T : never;
type AllFields<T, All = T> = T extends unknown ? T & { [K in Exclude<KeysOf<All>, keyof T>]?: never } : never;
