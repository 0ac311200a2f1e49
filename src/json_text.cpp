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

std::string childPath(const std::string& parent, std::string_view key) {
  std::string path;
  path.reserve(parent.size() + key.size() + 1);
  path.append(parent).append(1, '/');
  // RFC 6901: "~" and "/" are escaped; everything else is appended in runs.
  std::size_t run = 0;
  for (std::size_t i = 0; i < key.size(); ++i) {
    if (key[i] != '~' && key[i] != '/') continue;
    path.append(key, run, i - run).append(key[i] == '~' ? "~0" : "~1");
    run = i + 1;
  }
  return path.append(key, run, std::string::npos);
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
