#include "json_reader.hpp"

#include <algorithm>

#include "json_number.hpp"
#include "json_string.hpp"

namespace backcheck::detail {
namespace {

class Parser {
 public:
  Parser(std::string_view text, int maxDepth, std::vector<std::unique_ptr<char[]>>& decoded)
      : at_(text.data()), end_(text.data() + text.size()), maxDepth_(maxDepth), decoded_(decoded) {}

  JsonParse document(JsonValue& out) {
    if (end_ - at_ >= 3 && at_[0] == '\xEF' && at_[1] == '\xBB' && at_[2] == '\xBF') at_ += 3;
    skipSpace();
    const bool syntaxOk = value(out, 0);
    skipSpace();
    if (!syntaxOk || at_ != end_) return JsonParse{JsonFault::Syntax, {}};
    return JsonParse{fault_, std::move(faultPath_)};
  }

 private:
  void skipSpace() {
    while (at_ != end_ && (*at_ == ' ' || *at_ == '\t' || *at_ == '\n' || *at_ == '\r')) ++at_;
  }

  // The first duplicate key or inexact number is recorded and parsing goes on,
  // so that a syntax error later in the text still wins (invalid_json). Its
  // JSON pointer is built on the way out: each enclosing array or object
  // prepends the index or key of the item that held it.
  void fault(JsonFault kind, std::string_view key) {
    if (fault_ != JsonFault::None) return;
    fault_ = kind;
    if (kind == JsonFault::DuplicateKey) prependKey(key);
  }
  void prependKey(std::string_view key) {
    std::string segment = "/";
    for (const char c : key) {
      if (c == '~') {
        segment += "~0";
      } else if (c == '/') {
        segment += "~1";
      } else {
        segment += c;
      }
    }
    faultPath_.insert(0, segment);
  }
  void prependIndex(std::size_t index) {
    char digits[24];
    char* first = digits + sizeof digits;
    do {
      *--first = static_cast<char>('0' + index % 10);
      index /= 10;
    } while (index != 0);
    *--first = '/';
    faultPath_.insert(0, first, static_cast<std::size_t>(digits + sizeof digits - first));
  }

  bool literal(const char* word) {
    for (; *word != '\0'; ++word, ++at_) {
      if (at_ == end_ || *at_ != *word) return false;
    }
    return true;
  }

  bool value(JsonValue& out, int depth) {
    if (at_ == end_) return false;
    switch (*at_) {
      case '{': return object(out, depth + 1);
      case '[': return array(out, depth + 1);
      case '"':
        out.kind = JsonValue::Kind::String;
        return readJsonString(at_, end_, out.text, decoded_);
      case 't':
        out.kind = JsonValue::Kind::Boolean;
        out.boolean = true;
        return literal("true");
      case 'f': out.kind = JsonValue::Kind::Boolean; return literal("false");
      case 'n': return literal("null");
      default: return number(out);
    }
  }

  bool array(JsonValue& out, int depth) {
    if (depth > maxDepth_) return false;
    out.kind = JsonValue::Kind::Array;
    ++at_;
    skipSpace();
    if (at_ != end_ && *at_ == ']') return ++at_, true;
    for (;;) {
      out.items.emplace_back();
      skipSpace();
      const bool faultBefore = fault_ != JsonFault::None;
      if (!value(out.items.back(), depth)) return false;
      if (!faultBefore && fault_ != JsonFault::None) prependIndex(out.items.size() - 1);
      skipSpace();
      if (at_ == end_) return false;
      const char c = *at_++;
      if (c == ']') return true;
      if (c != ',') return false;
    }
  }

  bool object(JsonValue& out, int depth) {
    if (depth > maxDepth_) return false;
    out.kind = JsonValue::Kind::Object;
    ++at_;
    skipSpace();
    if (at_ != end_ && *at_ == '}') return ++at_, true;
    for (;;) {
      out.items.emplace_back();
      JsonValue& member = out.items.back();
      skipSpace();
      if (at_ == end_ || *at_ != '"' || !readJsonString(at_, end_, member.key, decoded_))
        return false;
      skipSpace();
      if (at_ == end_ || *at_++ != ':') return false;
      skipSpace();
      const bool faultBefore = fault_ != JsonFault::None;
      if (!value(member, depth)) return false;
      if (!faultBefore && fault_ != JsonFault::None) prependKey(member.key);
      skipSpace();
      if (at_ == end_) return false;
      const char c = *at_++;
      if (c == '}') break;
      if (c != ',') return false;
    }
    sortMembers(out.items);
    for (std::size_t i = 1; i < out.items.size(); ++i) {
      if (out.items[i].key == out.items[i - 1].key) {
        fault(JsonFault::DuplicateKey, out.items[i].key);
        break;
      }
    }
    return true;
  }

  // Sorted by key (byte order), equal keys in the order written. A bottom-up
  // merge sort of indices: stable like std::stable_sort, whose WebAssembly is
  // ~9 KB at -O2 against a few hundred bytes here.
  static void sortMembers(std::vector<JsonValue>& members) {
    const std::size_t count = members.size();
    if (count < 2) return;
    if (count <= 16) {  // the usual object: an insertion sort in place, no allocation
      for (std::size_t i = 1; i < count; ++i) {
        if (!(members[i].key < members[i - 1].key)) continue;
        JsonValue member = std::move(members[i]);
        std::size_t j = i;
        for (; j > 0 && member.key < members[j - 1].key; --j)
          members[j] = std::move(members[j - 1]);
        members[j] = std::move(member);
      }
      return;
    }
    std::vector<std::uint32_t> order(count);
    std::vector<std::uint32_t> merged(count);
    for (std::size_t i = 0; i < count; ++i) order[i] = static_cast<std::uint32_t>(i);
    const auto keyOf = [&](std::uint32_t i) { return members[i].key; };
    for (std::size_t width = 1; width < count; width *= 2) {
      for (std::size_t low = 0; low < count; low += 2 * width) {
        const std::size_t middle = std::min(low + width, count);
        const std::size_t high = std::min(low + 2 * width, count);
        std::size_t left = low;
        std::size_t right = middle;
        for (std::size_t out = low; out < high; ++out) {
          // Take from the right only when strictly smaller: equal keys keep their order.
          const bool takeRight =
              left == middle || (right < high && keyOf(order[right]) < keyOf(order[left]));
          merged[out] = takeRight ? order[right++] : order[left++];
        }
      }
      order.swap(merged);
    }
    std::vector<JsonValue> sorted;
    sorted.reserve(count);
    for (std::size_t i = 0; i < count; ++i) sorted.push_back(std::move(members[order[i]]));
    members = std::move(sorted);
  }

  bool number(JsonValue& out) {
    bool inexact = false;
    if (!readJsonNumber(at_, end_, out, inexact)) return false;
    if (inexact) fault(JsonFault::InexactNumber, {});
    return true;
  }

  const char* at_;
  const char* end_;
  int maxDepth_;
  std::vector<std::unique_ptr<char[]>>& decoded_;
  JsonFault fault_ = JsonFault::None;
  std::string faultPath_;
};

}  // namespace

const JsonValue* JsonValue::find(std::string_view name) const {
  for (const JsonValue& member : items) {
    if (member.key == name) return &member;
  }
  return nullptr;
}

JsonParse parseJson(std::string_view text, int maxDepth, JsonValue& out) {
  out = JsonValue();
  return Parser(text, maxDepth, out.decoded).document(out);
}

}  // namespace backcheck::detail
