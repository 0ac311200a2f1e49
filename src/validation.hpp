// Reads a parsed answers document against the protocol table: every wrong type,
// out-of-range value, unknown key or option becomes an error with a JSON pointer.
// Never throws: every value's type is checked before it is read.
#pragma once

#include "backcheck/model.hpp"
#include "errors.hpp"
#include "json_reader.hpp"

namespace backcheck::detail {

// Fills `answers` from `document`; adds to `errors` for anything it rejects.
void readAnswers(const JsonValue& document, Answers& answers, ErrorList& errors);

}  // namespace backcheck::detail
