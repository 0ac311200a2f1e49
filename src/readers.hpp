// Type-checked reads of single JSON values; each adds an error and returns
// false / -1 instead of throwing.
#pragma once

#include <string>

#include "errors.hpp"
#include "json_reader.hpp"
#include "span.hpp"

namespace backcheck::detail {

// A finite number within [min, max] (a whole number when `integer`).
bool readNumberInRange(const JsonValue& value, const JsonPath& path, double min, double max,
                       bool integer, double& out, ErrorList& errors);

// Index of the string `value` in `options`, or -1 after adding an error.
int readOption(const JsonValue& value, const JsonPath& path, Span<const char*> options,
               ErrorList& errors);

}  // namespace backcheck::detail
