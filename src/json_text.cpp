#include "json_text.hpp"

#include "json_writer.hpp"

namespace backcheck::detail {
namespace {

// Deepest bracket nesting outside strings. Stops counting once past `limit`.
int nestingDepth(std::string_view text, int limit) {
  int depth = 0;
  int deepest = 0;
  bool inString = false;
  bool escaped = false;
  for (const char c : text) {
    if (inString) {
      if (escaped) {
        escaped = false;
      } else if (c == '\\') {
        escaped = true;
      } else if (c == '"') {
        inString = false;
      }
      continue;
    }
    if (c == '"') {
      inString = true;
    } else if (c == '{' || c == '[') {
      if (++depth > deepest) deepest = depth;
      if (deepest > limit) return deepest;
    } else if (c == '}' || c == ']') {
      --depth;
    }
  }
  return deepest;
}

}  // namespace

void JsonPath::appendTo(std::string& out) const {
  if (parent_ == nullptr) return;  // the root adds nothing
  parent_->appendTo(out);
  out += '/';
  if (isIndex_) {
    appendDecimal(out, index_);
    return;
  }
  // "~" and "/" are escaped; everything else is appended in runs.
  std::size_t run = 0;
  for (std::size_t i = 0; i < key_.size(); ++i) {
    if (key_[i] != '~' && key_[i] != '/') continue;
    out.append(key_.substr(run, i - run)).append(key_[i] == '~' ? "~0" : "~1");
    run = i + 1;
  }
  out.append(key_.substr(run));
}

std::string JsonPath::text() const {
  std::string out;
  appendTo(out);
  return out;
}

bool parseAnswersText(std::string_view text, JsonValue& document, ErrorList& errors) {
  if (text.size() > kMaxInputBytes) {
    errors.add("too_large", "", "The answers exceed 64 KiB.");
    return false;
  }
  // The parser stops past kMaxDepth, so parsed text is never too deep; only
  // when it fails is the text scanned to tell "too deep" (which is reported
  // even when the text is also malformed) from "not JSON".
  JsonParse parsed = parseJson(text, kMaxDepth, document);
  switch (parsed.fault) {
    case JsonFault::None: break;
    case JsonFault::Syntax:
      if (nestingDepth(text, kMaxDepth) > kMaxDepth) {
        errors.add("too_deep", "", "The answers are nested too deeply.");
      } else {
        errors.add("invalid_json", "", "The answers are not valid JSON.");
      }
      return false;
    case JsonFault::DuplicateKey:
      errors.add("duplicate_key", std::move(parsed.path),
                 "This key is written twice in one object.");
      return false;
    case JsonFault::InexactNumber:
      errors.add("inexact_number", std::move(parsed.path),
                 "This number has more digits, or a larger or smaller exponent, than the core "
                 "reads exactly.");
      return false;
  }
  return true;
}

}  // namespace backcheck::detail
