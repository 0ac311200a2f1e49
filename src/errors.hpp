// Input errors: a stable code, the JSON pointer of the bad element, a short
// English default message (the widget shows its own text, keyed by code).
#pragma once

#include <string>
#include "fixed_list.hpp"

namespace backcheck::detail {

struct InputError {
  const char* code;
  std::string path;
  const char* message;
};

// Limits of what the core reads (docs/input.md).
constexpr std::size_t kMaxInputBytes = 64 * 1024;
constexpr int kMaxDepth = 16;
constexpr std::size_t kMaxErrors = 20;

class ErrorList {
 public:
  void add(const char* code, std::string path, const char* message) {
    errors_.push_back({code, std::move(path), message});  // ignored past kMaxErrors
  }
  bool empty() const { return errors_.empty(); }
  const FixedList<InputError, kMaxErrors>& all() const { return errors_; }

 private:
  FixedList<InputError, kMaxErrors> errors_;
};

// Appends one reference token to a JSON pointer (RFC 6901: ~ → ~0, / → ~1).
std::string childPath(const std::string& parent, std::string_view key);
std::string childPath(const std::string& parent, std::size_t index);

}  // namespace backcheck::detail
