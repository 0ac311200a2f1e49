// JSON numbers for the reader (src/json_reader.cpp): the RFC 8259 grammar, and
// decimal → double correctly rounded (the double nearest to the decimal value,
// ties to even, as strtod and nlohmann read it) or refused. No strtod: it links
// ~7 KB of soft-float code into the WebAssembly module (docs/performance.md).
#pragma once

#include <cstdint>

#include "json_reader.hpp"

namespace backcheck::detail {

// Reads the number at `at` (RFC 8259 grammar) into `out` and moves `at` past
// it. False on a syntax error and on a value beyond double's range; `inexact`
// is set for a number this reader cannot round correctly (decimalToDouble).
bool readJsonNumber(const char*& at, const char* end, JsonValue& out, bool& inexact);

enum class NumberReading : unsigned char {
  Exact,        // `out` is the correctly rounded value
  Inexact,      // in double's range, but this reader cannot round it correctly
  BeyondRange,  // larger than the largest double
};

// The double nearest to mantissa × 10^exp10. `droppedDigits`: nonzero digits
// beyond the 19 that `mantissa` holds were cut off (the value is then not
// known exactly, so never Exact).
NumberReading decimalToDouble(std::uint64_t mantissa, int exp10, bool droppedDigits, double& out);

}  // namespace backcheck::detail
