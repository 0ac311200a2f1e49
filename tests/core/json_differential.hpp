// The core's JSON reader checked against nlohmann/json (the oracle): both must
// accept the same texts and read the same values, and where the core refuses
// a text nlohmann reads (a duplicate key, a number it cannot round correctly),
// nlohmann must confirm the reason. Used by tests/core/json_reader_test.cpp
// and inside the fuzz target (tests/fuzz/fuzz_core.cpp): jsonReaderMismatch(text)
// is empty when they agree.
#pragma once

#include <cmath>
#include <cstddef>
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "../../src/json_reader.hpp"

namespace backcheck::testing {

// Deep enough for any test document; the core itself reads with kMaxDepth.
// Deeper texts are outside the comparison (the core reader refuses them).
constexpr int kDifferentialDepth = 64;

// Empty when `mine` and `theirs` hold the same value (object members in the
// same order, doubles bit for bit: both must be correctly rounded).
inline std::string valueMismatch(const detail::JsonValue& mine, const nlohmann::json& theirs,
                                 const std::string& path = "") {
  using Kind = detail::JsonValue::Kind;
  const auto differ = [&](const char* what) { return path + ": " + what + " differs"; };
  switch (theirs.type()) {
    case nlohmann::json::value_t::null: return mine.kind == Kind::Null ? "" : differ("null");
    case nlohmann::json::value_t::boolean:
      return mine.kind == Kind::Boolean && mine.boolean == theirs.get<bool>() ? ""
                                                                              : differ("boolean");
    case nlohmann::json::value_t::number_unsigned:
      return mine.kind == Kind::Unsigned && mine.integer == theirs.get<std::uint64_t>()
                 ? ""
                 : differ("unsigned");
    case nlohmann::json::value_t::number_integer:
      return mine.kind == Kind::Signed &&
                     static_cast<std::int64_t>(mine.integer) == theirs.get<std::int64_t>()
                 ? ""
                 : differ("integer");
    case nlohmann::json::value_t::number_float: {
      const double expected = theirs.get<double>();
      if (mine.kind != Kind::Float) return differ("number kind");
      return mine.number == expected && std::signbit(mine.number) == std::signbit(expected)
                 ? ""
                 : differ("double");
    }
    case nlohmann::json::value_t::string:
      return mine.kind == Kind::String && mine.text == theirs.get_ref<const std::string&>()
                 ? ""
                 : differ("string");
    case nlohmann::json::value_t::array: {
      if (mine.kind != Kind::Array || mine.items.size() != theirs.size()) return differ("array");
      for (std::size_t i = 0; i < theirs.size(); ++i) {
        auto found = valueMismatch(mine.items[i], theirs[i], path + "/" + std::to_string(i));
        if (!found.empty()) return found;
      }
      return "";
    }
    case nlohmann::json::value_t::object: {
      if (mine.kind != Kind::Object || mine.items.size() != theirs.size()) return differ("object");
      std::size_t i = 0;
      for (auto entry = theirs.begin(); entry != theirs.end(); ++entry, ++i) {
        if (mine.items[i].key != entry.key()) return differ("member order");
        auto found = valueMismatch(mine.items[i], entry.value(), path + "/" + entry.key());
        if (!found.empty()) return found;
      }
      return "";
    }
    default: return differ("kind");
  }
}

// nlohmann keeps the last of duplicate keys without a word; its SAX interface
// still sees every key. Collects the JSON pointer of each key written twice in
// one object.
class DuplicateKeyFinder : public nlohmann::json_sax<nlohmann::json> {
 public:
  std::set<std::string> duplicates;

  bool null() override { return scalar(); }
  bool boolean(bool) override { return scalar(); }
  bool number_integer(number_integer_t) override { return scalar(); }
  bool number_unsigned(number_unsigned_t) override { return scalar(); }
  bool number_float(number_float_t, const string_t&) override { return scalar(); }
  bool string(string_t&) override { return scalar(); }
  bool binary(binary_t&) override { return scalar(); }
  bool start_object(std::size_t) override { return open(true); }
  bool start_array(std::size_t) override { return open(false); }
  bool end_object() override { return close(); }
  bool end_array() override { return close(); }
  bool key(string_t& name) override {
    Frame& frame = frames_.back();
    frame.segment.clear();
    for (const char c : name)
      frame.segment += c == '~' ? "~0" : c == '/' ? "~1" : std::string(1, c);
    if (!frame.keys.insert(name).second) duplicates.insert(pointer());
    return true;
  }
  bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception&) override {
    return false;
  }

 private:
  struct Frame {
    bool object;
    std::set<std::string> keys;
    std::string segment;  // the current key (escaped) or index
    std::size_t next = 0;
  };
  std::string pointer() const {
    std::string out;
    for (const Frame& frame : frames_) out += "/" + frame.segment;
    return out;
  }
  void beginValue() {
    if (!frames_.empty() && !frames_.back().object)
      frames_.back().segment = std::to_string(frames_.back().next++);
  }
  bool scalar() {
    beginValue();
    return true;
  }
  bool open(bool object) {
    beginValue();
    frames_.push_back(Frame{object, {}, {}, 0});
    return true;
  }
  bool close() {
    frames_.pop_back();
    return true;
  }
  std::vector<Frame> frames_;
};

inline int bracketDepth(std::string_view text) {
  int depth = 0, deepest = 0;
  bool inString = false, escaped = false;
  for (const char c : text) {
    if (inString) {
      if (escaped) {
        escaped = false;
      } else if (c == '\\') {
        escaped = true;
      } else if (c == '"') {
        inString = false;
      }
    } else if (c == '"') {
      inString = true;
    } else if (c == '{' || c == '[') {
      deepest = std::max(deepest, ++depth);
    } else if (c == '}' || c == ']') {
      --depth;
    }
  }
  return deepest;
}

// Empty when both readers agree on `text`: both reject it; or both read it
// with the same value; or the core refuses a duplicate key that nlohmann's
// SAX events show at the same JSON pointer; or the core refuses a number
// (inexact) that nlohmann reads as a number at the same JSON pointer.
inline std::string jsonReaderMismatch(std::string_view text) {
  using detail::JsonFault;
  detail::JsonValue mine;
  const detail::JsonParse parsed = detail::parseJson(text, kDifferentialDepth, mine);
  // A raw NUL byte is never valid JSON (RFC 8259: not whitespace, and a
  // control character inside a string); nlohmann takes it for the end of input.
  if (text.find('\0') != std::string_view::npos) {
    return parsed.fault == JsonFault::Syntax ? "" : "the core reader accepts a NUL byte";
  }
  if (parsed.fault == JsonFault::Syntax && bracketDepth(text) > kDifferentialDepth) return "";
  const nlohmann::json theirs = nlohmann::json::parse(text.begin(), text.end(), nullptr, false);
  const bool theirsOk = !theirs.is_discarded();
  const bool mineSyntaxOk = parsed.fault != JsonFault::Syntax;
  if (mineSyntaxOk != theirsOk)
    return mineSyntaxOk ? "only the core reader accepts" : "only nlohmann accepts";
  if (!theirsOk) return "";
  DuplicateKeyFinder finder;
  nlohmann::json::sax_parse(text.begin(), text.end(), &finder);
  switch (parsed.fault) {
    case JsonFault::None:
      if (!finder.duplicates.empty())
        return "the core reader missed the duplicate key " + *finder.duplicates.begin();
      return valueMismatch(mine, theirs);
    case JsonFault::DuplicateKey:
      return finder.duplicates.count(parsed.path) == 1 ? "" : "no duplicate key at " + parsed.path;
    case JsonFault::InexactNumber: {
      // With a duplicate key on the way, nlohmann's last-wins value may not be the one refused.
      if (!finder.duplicates.empty()) return "";
      const nlohmann::json::json_pointer pointer(parsed.path);
      return theirs.contains(pointer) && theirs.at(pointer).is_number()
                 ? ""
                 : "no number at " + parsed.path;
    }
    case JsonFault::Syntax: break;
  }
  return "";
}

}  // namespace backcheck::testing
