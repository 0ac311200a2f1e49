// JSON strings for the reader (src/json_reader.cpp): RFC 8259 escapes,
// surrogate pairs to UTF-8, well-formed UTF-8 only (RFC 3629).
#pragma once

#include <memory>
#include <string_view>
#include <vector>

namespace backcheck::detail {

// Reads the string whose opening quote is at `at` and moves `at` past its
// closing quote. `out` is a view into the text, or, for a string with escapes,
// into a new buffer appended to `decoded`. False on any error.
bool readJsonString(const char*& at, const char* end, std::string_view& out,
                    std::vector<std::unique_ptr<char[]>>& decoded);

}  // namespace backcheck::detail
