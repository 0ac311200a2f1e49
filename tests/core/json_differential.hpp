// The core's JSON reader checked against nlohmann/json (the oracle): both must
// accept the same texts and read the same values. Usable from a fuzz target:
// jsonReaderMismatch(text) is empty when they agree.
#pragma once

#include <cmath>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

#include "../../src/json_reader.hpp"

namespace backcheck::testing {

// Deep enough for any test document; the core itself reads with kMaxDepth.
constexpr int kDifferentialDepth = 64;

// Empty when `mine` and `theirs` hold the same value (object members in the
// same order). Doubles must be equal, or within `tolerance` relative error.
inline std::string valueMismatch(const detail::JsonValue& mine, const nlohmann::json& theirs,
                                 double tolerance, const std::string& path = "") {
  using Kind = detail::JsonValue::Kind;
  const auto differ = [&](const char* what) { return path + ": " + what + " differs"; };
  switch (theirs.type()) {
    case nlohmann::json::value_t::null: return mine.kind == Kind::Null ? "" : differ("null");
    case nlohmann::json::value_t::boolean:
      return mine.kind == Kind::Boolean && mine.boolean == theirs.get<bool>() ? "" : differ("boolean");
    case nlohmann::json::value_t::number_unsigned:
      return mine.kind == Kind::Unsigned && mine.integer == theirs.get<std::uint64_t>()
                 ? "" : differ("unsigned");
    case nlohmann::json::value_t::number_integer:
      return mine.kind == Kind::Signed &&
                     static_cast<std::int64_t>(mine.integer) == theirs.get<std::int64_t>()
                 ? "" : differ("integer");
    case nlohmann::json::value_t::number_float: {
      const double expected = theirs.get<double>();
      if (mine.kind != Kind::Float) return differ("number kind");
      if (mine.number == expected && std::signbit(mine.number) == std::signbit(expected)) return "";
      return std::fabs(mine.number - expected) <= tolerance * std::fabs(expected) ? ""
                                                                                  : differ("double");
    }
    case nlohmann::json::value_t::string:
      return mine.kind == Kind::String && mine.text == theirs.get_ref<const std::string&>()
                 ? "" : differ("string");
    case nlohmann::json::value_t::array: {
      if (mine.kind != Kind::Array || mine.items.size() != theirs.size()) return differ("array");
      for (std::size_t i = 0; i < theirs.size(); ++i) {
        auto found = valueMismatch(mine.items[i], theirs[i], tolerance, path + "/" + std::to_string(i));
        if (!found.empty()) return found;
      }
      return "";
    }
    case nlohmann::json::value_t::object: {
      if (mine.kind != Kind::Object || mine.items.size() != theirs.size()) return differ("object");
      std::size_t i = 0;
      for (auto entry = theirs.begin(); entry != theirs.end(); ++entry, ++i) {
        if (mine.items[i].key != entry.key()) return differ("member order");
        auto found = valueMismatch(mine.items[i], entry.value(), tolerance, path + "/" + entry.key());
        if (!found.empty()) return found;
      }
      return "";
    }
    default: return differ("kind");
  }
}

// Empty when both readers agree on `text`: both reject it, or both accept it
// with the same value.
inline std::string jsonReaderMismatch(std::string_view text, double tolerance = 0) {
  detail::JsonValue mine;
  const bool mineOk = detail::parseJson(text, kDifferentialDepth, mine);
  const nlohmann::json theirs = nlohmann::json::parse(text.begin(), text.end(), nullptr, false);
  const bool theirsOk = !theirs.is_discarded();
  if (mineOk != theirsOk) {
    return std::string(mineOk ? "only the core reader accepts" : "only nlohmann accepts");
  }
  return mineOk ? valueMismatch(mine, theirs, tolerance) : "";
}

}  // namespace backcheck::testing
