// The plan the core picks from the triage level and the findings; the widget
// only renders it (text in web/locales, keyed plan.<code>).
#pragma once

#include "assessment.hpp"
#include "triage.hpp"

namespace backcheck::detail {

struct PlanItem {
  const char* code;
  const char* side = nullptr;  // "left" | "right" | "both" for side-specific moves
};

using Plan = FixedList<PlanItem, 12>;
using RedFlagCodes = FixedList<RedFlag, kRedFlagCount>;

Plan buildPlan(const Answers& answers, const Assessment& assessment, const Triage& triage);

// Emergency signs the visitor does not have: "get help straight away if these
// appear" (the safety net). Not used on the emergency screen.
RedFlagCodes watchFor(const Assessment& assessment);
// Strong signs the visitor does not have: "see a doctor within days if these
// appear"; empty when the result already says so (urgent).
RedFlagCodes seeDoctorIf(const Assessment& assessment, const Triage& triage);

}  // namespace backcheck::detail
