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

std::string childPath(const std::string& parent, const std::string& key) {
  std::string path = parent;
  path += '/';
  for (const char c : key) {
    if (c == '~') {
      path += "~0";
    } else if (c == '/') {
      path += "~1";
    } else {
      path += c;
    }
  }
  return path;
}

std::string childPath(const std::string& parent, std::size_t index) {
  std::string path = parent;
  path += '/';
  appendDecimal(path, index);
  return path;
}

bool parseAnswersText(std::string_view text, JsonValue& document, ErrorList& errors) {
  if (text.size() > kMaxInputBytes) {
    errors.add("too_large", "", "The answers exceed 64 KiB.");
    return false;
  }
  if (nestingDepth(text, kMaxDepth) > kMaxDepth) {
    errors.add("too_deep", "", "The answers are nested too deeply.");
    return false;
  }
  if (!parseJson(text, kMaxDepth, document)) {
    errors.add("invalid_json", "", "The answers are not valid JSON.");
    return false;
  }
  return true;
}

}  // namespace backcheck::detail
