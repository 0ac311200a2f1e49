// Input errors: a stable code, the JSON pointer of the bad element, a short
// English default message (the widget shows its own text, keyed by code).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

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

// A JSON pointer made only when an error needs it: readers pass these down
// the document (each names its parent) instead of building a string per field,
// which was a malloc per field in WebAssembly.
class JsonPath {
 public:
  JsonPath() = default;  // the document itself: ""
  JsonPath child(std::string_view key) const { return JsonPath(this, key, 0, false); }
  JsonPath child(std::size_t index) const { return JsonPath(this, {}, index, true); }
  // RFC 6901 text: "/a/0/b", with "~" as "~0" and "/" as "~1" in keys.
  std::string text() const;

 private:
  JsonPath(const JsonPath* parent, std::string_view key, std::size_t index, bool isIndex)
      : parent_(parent), key_(key), index_(index), isIndex_(isIndex) {}
  void appendTo(std::string& out) const;

  const JsonPath* parent_ = nullptr;
  std::string_view key_;
  std::size_t index_ = 0;
  bool isIndex_ = false;
};

class ErrorList {
 public:
  // At most kMaxErrors are reported (docs/contract.md); later ones are not kept.
  void add(const char* code, std::string path, const char* message) {
    if (errors_.size() < kMaxErrors) errors_.push_back({code, std::move(path), message});
  }
  void add(const char* code, const JsonPath& path, const char* message) {
    if (errors_.size() < kMaxErrors) add(code, path.text(), message);
  }
  bool empty() const { return errors_.empty(); }
  const FixedList<InputError, kMaxErrors>& all() const { return errors_; }

 private:
  FixedList<InputError, kMaxErrors> errors_;
};

}  // namespace backcheck::detail
