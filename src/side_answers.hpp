// One side of a range-of-motion test: degrees (sensor, picture) or a
// qualitative comparison, whichever `method` says.
#pragma once

#include <optional>
#include <string>

#include "backcheck/model.hpp"
#include "errors.hpp"
#include "json_reader.hpp"
#include "protocol_table.hpp"
#include "readers.hpp"

namespace backcheck::detail {

std::optional<HipRotation> readHipRotation(const Question& question, const JsonValue& value,
                                           const JsonPath& path, ErrorList& errors);
std::optional<HipExtension> readHipExtension(const Question& question, const JsonValue& value,
                                             const JsonPath& path, ErrorList& errors);

}  // namespace backcheck::detail
