#include "readers.hpp"

#include "protocol_table.hpp"

namespace backcheck::detail {

bool readNumberInRange(const JsonValue& value, const JsonPath& path, double min, double max,
                       bool integer, double& out, ErrorList& errors) {
  if (integer ? !value.isInteger() : !value.isNumber()) {
    errors.add("wrong_type", path, integer ? "Expected a whole number." : "Expected a number.");
    return false;
  }
  const double number = value.number;
  // !(a <= b) also rejects NaN (the reader never yields NaN or infinity).
  if (!(number >= min) || !(number <= max)) {
    errors.add("out_of_range", path, "The value is outside the allowed range.");
    return false;
  }
  out = number;
  return true;
}

int readOption(const JsonValue& value, const JsonPath& path, Span<const char*> options,
               ErrorList& errors) {
  if (!value.isString()) {
    errors.add("wrong_type", path, "Expected one of the listed values.");
    return -1;
  }
  const int index = optionIndex(options, value.text.data(), value.text.size());
  if (index < 0) errors.add("unknown_value", path, "Not one of the listed values.");
  return index;
}

}  // namespace backcheck::detail
