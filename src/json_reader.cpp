#include "json_reader.hpp"

#include <algorithm>

namespace backcheck::detail {
namespace {

// 1e0..1e22: every one is exact in a double (Clinger's fast path).
constexpr double kPow10[] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,  1e8,  1e9,  1e10, 1e11,
                             1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};

// mantissa × 10^exp10. Exact when mantissa < 2^53 and |exp10| ≤ 22; otherwise a
// close approximation (such values are far outside every range the core accepts).
double scale(std::uint64_t mantissa, int exp10) {
  double value = static_cast<double>(mantissa);
  if (mantissa == 0) return 0;
  if (exp10 > 330) exp10 = 330;  // beyond double's range either way; bounds the loops
  if (exp10 < -360) return 0;
  for (; exp10 > 22; exp10 -= 22) value *= 1e22;
  for (; exp10 < -22; exp10 += 22) value /= 1e22;
  return exp10 >= 0 ? value * kPow10[exp10] : value / kPow10[-exp10];
}

int hexDigit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

bool isDigit(char c) { return c >= '0' && c <= '9'; }

void appendUtf8(std::string& out, std::uint32_t code) {
  if (code < 0x80) {
    out += static_cast<char>(code);
  } else if (code < 0x800) {
    out += static_cast<char>(0xC0 | (code >> 6));
    out += static_cast<char>(0x80 | (code & 0x3F));
  } else if (code < 0x10000) {
    out += static_cast<char>(0xE0 | (code >> 12));
    out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (code & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (code >> 18));
    out += static_cast<char>(0x80 | ((code >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (code & 0x3F));
  }
}

class Parser {
 public:
  Parser(std::string_view text, int maxDepth, std::vector<std::unique_ptr<char[]>>& decoded)
      : at_(text.data()), end_(text.data() + text.size()), maxDepth_(maxDepth), decoded_(decoded) {}

  bool document(JsonValue& out) {
    if (end_ - at_ >= 3 && at_[0] == '\xEF' && at_[1] == '\xBB' && at_[2] == '\xBF') at_ += 3;
    skipSpace();
    if (!value(out, 0)) return false;
    skipSpace();
    return at_ == end_;
  }

 private:
  void skipSpace() {
    while (at_ != end_ && (*at_ == ' ' || *at_ == '\t' || *at_ == '\n' || *at_ == '\r')) ++at_;
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
      case '"': out.kind = JsonValue::Kind::String; return string(out.text);
      case 't': out.kind = JsonValue::Kind::Boolean; out.boolean = true; return literal("true");
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
      if (!value(out.items.back(), depth)) return false;
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
      if (at_ == end_ || *at_ != '"' || !string(member.key)) return false;
      skipSpace();
      if (at_ == end_ || *at_++ != ':') return false;
      skipSpace();
      if (!value(member, depth)) return false;
      skipSpace();
      if (at_ == end_) return false;
      const char c = *at_++;
      if (c == '}') break;
      if (c != ',') return false;
    }
    sortMembers(out.items);
    return true;
  }

  // Sorted by key, and of equal keys only the last one written is kept. A
  // bottom-up merge sort of indices: stable like std::stable_sort, whose
  // WebAssembly is ~9 KB at -O2 against a few hundred bytes here.
  static void sortMembers(std::vector<JsonValue>& members) {
    const std::size_t count = members.size();
    if (count < 2) return;
    if (count <= 16) {  // the usual object: an insertion sort in place, no allocation
      for (std::size_t i = 1; i < count; ++i) {
        if (!(members[i].key < members[i - 1].key)) continue;
        JsonValue member = std::move(members[i]);
        std::size_t j = i;
        for (; j > 0 && member.key < members[j - 1].key; --j) members[j] = std::move(members[j - 1]);
        members[j] = std::move(member);
      }
      std::size_t kept = 0;
      for (std::size_t i = 0; i < count; ++i) {
        if (i + 1 < count && members[i + 1].key == members[i].key) continue;
        if (kept != i) members[kept] = std::move(members[i]);
        ++kept;
      }
      members.resize(kept);
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
          const bool takeRight = left == middle || (right < high && keyOf(order[right]) < keyOf(order[left]));
          merged[out] = takeRight ? order[right++] : order[left++];
        }
      }
      order.swap(merged);
    }
    std::vector<JsonValue> sorted;
    sorted.reserve(count);
    for (std::size_t i = 0; i < count; ++i) {
      if (i + 1 < count && keyOf(order[i + 1]) == keyOf(order[i])) continue;
      sorted.push_back(std::move(members[order[i]]));
    }
    members = std::move(sorted);
  }

  // Four hex digits after "\u", or -1.
  long hex4() {
    if (end_ - at_ < 4) return -1;
    long code = 0;
    for (int i = 0; i < 4; ++i) {
      const int digit = hexDigit(*at_++);
      if (digit < 0) return -1;
      code = code * 16 + digit;
    }
    return code;
  }

  bool escape(std::string& out) {
    if (at_ == end_) return false;
    const char c = *at_++;
    switch (c) {
      case '"': case '\\': case '/': out += c; return true;
      case 'b': out += '\b'; return true;
      case 'f': out += '\f'; return true;
      case 'n': out += '\n'; return true;
      case 'r': out += '\r'; return true;
      case 't': out += '\t'; return true;
      case 'u': break;
      default: return false;
    }
    long code = hex4();
    if (code < 0 || (code >= 0xDC00 && code <= 0xDFFF)) return false;  // lone low surrogate
    if (code >= 0xD800 && code <= 0xDBFF) {
      if (end_ - at_ < 2 || at_[0] != '\\' || at_[1] != 'u') return false;
      at_ += 2;
      const long low = hex4();
      if (low < 0xDC00 || low > 0xDFFF) return false;
      code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00);
    }
    appendUtf8(out, static_cast<std::uint32_t>(code));
    return true;
  }

  // Length of the well-formed UTF-8 sequence at at_ (RFC 3629 table), 0 if none.
  int utf8Length() const {
    const auto byte = [this](std::ptrdiff_t i) {
      return i < end_ - at_ ? static_cast<unsigned char>(at_[i]) : 0u;
    };
    const unsigned b0 = byte(0);
    const auto cont = [&](std::ptrdiff_t i, unsigned lo, unsigned hi) {
      const unsigned b = byte(i);
      return b >= lo && b <= hi;
    };
    if (b0 >= 0xC2 && b0 <= 0xDF) return cont(1, 0x80, 0xBF) ? 2 : 0;
    if (b0 >= 0xE0 && b0 <= 0xEF) {
      const unsigned lo = b0 == 0xE0 ? 0xA0 : 0x80;
      const unsigned hi = b0 == 0xED ? 0x9F : 0xBF;
      return cont(1, lo, hi) && cont(2, 0x80, 0xBF) ? 3 : 0;
    }
    if (b0 >= 0xF0 && b0 <= 0xF4) {
      const unsigned lo = b0 == 0xF0 ? 0x90 : 0x80;
      const unsigned hi = b0 == 0xF4 ? 0x8F : 0xBF;
      return cont(1, lo, hi) && cont(2, 0x80, 0xBF) && cont(3, 0x80, 0xBF) ? 4 : 0;
    }
    return 0;
  }

  // Moves past printable ASCII other than '"' and '\\' (what a string holds as is).
  void skipPlainAscii() {
    while (at_ != end_ && *at_ != '"' && *at_ != '\\' && static_cast<unsigned char>(*at_) >= 0x20 &&
           static_cast<unsigned char>(*at_) < 0x80) {
      ++at_;
    }
  }

  bool string(std::string_view& out) {
    const char* const start = ++at_;  // after the opening quote
    // Most strings are plain ASCII up to the closing quote: a view, no copy.
    skipPlainAscii();
    if (at_ != end_ && *at_ == '"') {
      out = std::string_view(start, static_cast<std::size_t>(at_++ - start));
      return true;
    }
    std::string text(start, static_cast<std::size_t>(at_ - start));
    bool escaped = false;
    for (;;) {
      // Copy the run of plain ASCII at once.
      const char* run = at_;
      skipPlainAscii();
      text.append(run, static_cast<std::size_t>(at_ - run));
      if (at_ == end_) return false;
      const auto c = static_cast<unsigned char>(*at_);
      if (c == '"') break;
      if (c == '\\') {
        ++at_;
        escaped = true;
        if (!escape(text)) return false;
      } else if (c < 0x20) {
        return false;  // control characters must be escaped
      } else {
        const int length = utf8Length();
        if (length == 0) return false;
        text.append(at_, static_cast<std::size_t>(length));
        at_ += length;
      }
    }
    if (!escaped) {  // valid UTF-8 without escapes: the text itself
      out = std::string_view(start, static_cast<std::size_t>(at_++ - start));
      return true;
    }
    ++at_;  // the closing quote
    decoded_.push_back(std::make_unique<char[]>(text.size() + 1));
    char* copy = decoded_.back().get();
    text.copy(copy, text.size());
    out = std::string_view(copy, text.size());
    return true;
  }

  // -? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?
  // Integers that fit 64 bits keep their exact value (as nlohmann's did);
  // everything else becomes a double from its first 19 significant digits.
  bool number(JsonValue& out) {
    const bool negative = at_ != end_ && *at_ == '-';
    if (negative) ++at_;
    if (at_ == end_ || !isDigit(*at_)) return false;
    if (*at_ == '0' && end_ - at_ > 1 && isDigit(at_[1])) return false;  // no leading zeros
    std::uint64_t whole = 0;
    bool overflow = false;
    std::uint64_t mantissa = 0;
    int significant = 0;
    int exp10 = 0;
    const auto addDigit = [&](unsigned d, bool fraction) {
      if (significant < 19) {
        mantissa = mantissa * 10 + d;
        if (mantissa != 0) ++significant;
        if (fraction) --exp10;
      } else if (!fraction) {
        ++exp10;
      }
    };
    for (; at_ != end_ && isDigit(*at_); ++at_) {
      const unsigned d = static_cast<unsigned>(*at_ - '0');
      if (whole > (UINT64_MAX - d) / 10) overflow = true;
      whole = whole * 10 + d;
      addDigit(d, false);
    }
    bool isFloat = false;
    if (at_ != end_ && *at_ == '.') {
      ++at_;
      isFloat = true;
      if (at_ == end_ || !isDigit(*at_)) return false;
      for (; at_ != end_ && isDigit(*at_); ++at_) addDigit(static_cast<unsigned>(*at_ - '0'), true);
    }
    if (at_ != end_ && (*at_ == 'e' || *at_ == 'E')) {
      ++at_;
      isFloat = true;
      bool negativeExp = false;
      if (at_ != end_ && (*at_ == '+' || *at_ == '-')) negativeExp = *at_++ == '-';
      if (at_ == end_ || !isDigit(*at_)) return false;
      int exponent = 0;
      for (; at_ != end_ && isDigit(*at_); ++at_) {
        if (exponent < 100000) exponent = exponent * 10 + (*at_ - '0');
      }
      exp10 += negativeExp ? -exponent : exponent;
    }
    if (!isFloat && !overflow && !negative) {
      out.kind = JsonValue::Kind::Unsigned;
      out.integer = whole;
      out.number = static_cast<double>(whole);
      return true;
    }
    if (!isFloat && !overflow && whole <= (std::uint64_t{1} << 63)) {
      out.kind = JsonValue::Kind::Signed;
      out.integer = 0 - whole;  // the two's complement bits of -whole
      out.number = static_cast<double>(static_cast<std::int64_t>(out.integer));
      return true;
    }
    out.kind = JsonValue::Kind::Float;
    const double magnitude = scale(mantissa, exp10);
    // Like nlohmann, a number beyond double's range is a parse error.
    if (!(magnitude <= 1.7976931348623157e308)) return false;
    out.number = negative ? -magnitude : magnitude;
    return true;
  }

  const char* at_;
  const char* end_;
  int maxDepth_;
  std::vector<std::unique_ptr<char[]>>& decoded_;
};

}  // namespace

const JsonValue* JsonValue::find(std::string_view name) const {
  for (const JsonValue& member : items) {
    if (member.key == name) return &member;
  }
  return nullptr;
}

bool parseJson(std::string_view text, int maxDepth, JsonValue& out) {
  out = JsonValue();
  return Parser(text, maxDepth, out.decoded).document(out);
}

}  // namespace backcheck::detail
