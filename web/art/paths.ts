// Line drawings made for backcheck, as compact path data in a 120×80 box.
// "O x y r" is our shorthand for a circle (a head); draw.ts expands it.
// Each drawing is a list of strokes; a stroke starting with "~" is drawn
// dashed (a reference line), with "*" in the accent colour, with "-" in a
// lighter line (furniture: chair, bed).
export const ART: Record<string, string[]> = {
  step_safety: ['M60 6l28 10v20q0 26-28 38q-28-12-28-38v-20z', 'M47 40l9 9l18-18'],
  step_about: ['O60 12 6M60 18q-5 14 0 26M60 44L55 75M60 44L66 75M60 25L51 36L58 43', '*M43 38l-7-2M43 45l-8 1M45 51l-6 5'],
  step_hipRotation: ['-M34 38h52M38 38v40M82 38v40', 'O60 8 5M60 13v23M49 18h22M49 18l-2 18M71 18l2 18M50 36h20', 'M51 36v36M69 36v8L84 70', '~M69 44v32', '*M69 64A20 20 0 0 0 78 62'],
  step_hipExtension: ['-M4 36h48M8 36v40M46 36v40', 'O12 29 5M17 31h33M50 31L43 13L30 19M22 31L42 15', '~M52 34h62', 'M52 34h34v24h5'],
  step_habits: ['M36 48h20M40 48v26M52 48v26', 'O50 13 6M50 19L47 47L68 47L68 72M50 28L70 36', 'M64 36h40M100 36v38'],
  step_phq4: ['M34 32q0-20 26-20q26 0 26 20q0 20-26 20l-14 12v-13q-12-5-12-19z', '*M60 27q-6-9-11-3q-3 7 11 15q14-8 11-15q-5-6-11 3z'],
  sensor_flat: ['M24 58l44-12l32 10l-44 12z', 'M12 70h96', '*M50 56l10-3'],
  sensor_shin: ['M44 6v66M68 6v66M44 72h24', 'M49 30h14v24h-14z', '*M40 36h32M40 48h32'],
  bird_dog: ['O36 35 5M42 40h32M44 40v28M44 40L18 33M74 40v28h18M74 40L110 35', 'M6 70h108', '*M14 28l-6 4l6 4M108 30l6 4l-6 4'],
  walking: ['O58 11 6M58 17L56 42M57 24L47 36M57 24L67 33M56 42L48 58L44 74M56 42L65 57L72 71', 'M28 76h64'],
  stay_active: ['O60 11 6M60 17v27M60 22L47 8M60 22L73 8M60 44L51 74M60 44L69 74', 'M34 76h52'],
  heat: ['O62 11 6M62 17v27M62 24L71 36M62 44L59 75M62 44L66 75', '*M52 30h7v12h-7z', 'M44 28q-4 4 0 8q4 4 0 8M36 28q-4 4 0 8q4 4 0 8'],
  otc_pain_relief: ['M32 38h20a8 8 0 0 1 0 16h-20a8 8 0 0 1 0-16z', '*M42 38v16', 'M72 22h26v44h-26zM72 32h26'],
  hip_rotation_drill: ['-M34 38h52M38 38v40M82 38v40', 'O60 8 5M60 13v23M49 18h22M49 18l-2 18M71 18l2 18M50 36h20', 'M51 36v36M69 36v8L80 70', '~M69 44L60 72', '*M58 76q11 4 24 0M58 76l4-3M82 76l-4-3'],
  hip_flexor_stretch: ['O56 10 6M56 16v26M56 22L72 40', 'M56 42L44 66H26M56 42h20v24h7', 'M8 68h104', '~M38 67h12', '*M60 44l5 6'],
  bridge: ['O14 61 5M20 62L52 44L70 36L80 66M22 64l24 2', 'M6 67h108', '*M52 40V28M48 32l4-4l4 4'],
  breathing: ['O60 14 6M60 20v26M60 46h14v20M60 46H46v20M60 26L51 40M60 26L69 40', '*M76 14q4-4 8 0q4 4 8 0M78 22q4-4 8 0q4 4 8 0'],
  book_pt_if_not_better: ['M30 18h60v52H30zM30 30h60M42 12v10M78 12v10', '*M46 50l8 8l17-17'],
  see_doctor_within_days: ['M44 12v22a12 12 0 0 0 24 0V12', 'M56 46v10a10 10 0 0 0 20 0v-8', 'O76 43 5'],
  call_emergency: ['M38 16l12-4l8 16l-7 6q6 12 18 18l6-7l16 8l-4 12q-34 4-49-49z', '*M80 12q8 2 10 10M78 22q4 1 5 5'],
};
