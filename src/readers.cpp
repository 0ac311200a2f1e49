#include "readers.hpp"

#include <cmath>

#include "protocol_table.hpp"

namespace backcheck::detail {

bool readNumberInRange(const nlohmann::json& value, const std::string& path, double min,
                       double max, bool integer, double& out, ErrorList& errors) {
  if (integer ? !value.is_number_integer() : !value.is_number()) {
    errors.add("wrong_type", path, integer ? "Expected a whole number." : "Expected a number.");
    return false;
  }
  double number = 0;
  if (value.is_number_unsigned()) {
    number = static_cast<double>(value.get<std::uint64_t>());
  } else if (value.is_number_integer()) {
    number = static_cast<double>(value.get<std::int64_t>());
  } else {
    number = value.get<double>();
  }
  // !(a <= b) also rejects NaN; the parser turns 1e999 into infinity.
  if (!std::isfinite(number) || !(number >= min) || !(number <= max)) {
    errors.add("out_of_range", path, "The value is outside the allowed range.");
    return false;
  }
  out = number;
  return true;
}

int readOption(const nlohmann::json& value, const std::string& path, Span<const char*> options,
               ErrorList& errors) {
  if (!value.is_string()) {
    errors.add("wrong_type", path, "Expected one of the listed values.");
    return -1;
  }
  const auto& text = value.get_ref<const std::string&>();
  const int index = optionIndex(options, text.c_str(), text.size());
  if (index < 0) errors.add("unknown_value", path, "Not one of the listed values.");
  return index;
}

}  // namespace backcheck::detail
