#include "json_reader.hpp"

#include <algorithm>

#include "json_number.hpp"

namespace backcheck::detail {
namespace {

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
      case '"': out.kind = JsonValue::Kind::String; return string(out.text);
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
      if (at_ == end_ || *at_ != '"' || !string(member.key)) return false;
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
      case '"':
      case '\\':
      case '/': out += c; return true;
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
  // everything else becomes the correctly rounded double (json_number.hpp), or
  // an InexactNumber fault when this reader cannot round it correctly.
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
    bool dropped = false;  // a nonzero digit past the 19 the mantissa holds
    const auto addDigit = [&](unsigned d, bool fraction) {
      if (significant < 19) {
        mantissa = mantissa * 10 + d;
        if (mantissa != 0) ++significant;
        if (fraction) --exp10;
      } else {
        dropped = dropped || d != 0;
        if (!fraction) ++exp10;
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
    double magnitude = 0;
    switch (decimalToDouble(mantissa, exp10, dropped, magnitude)) {
      case NumberReading::Exact: break;
      case NumberReading::Inexact: fault(JsonFault::InexactNumber, {}); break;
      case NumberReading::BeyondRange: return false;  // like nlohmann: a parse error
    }
    out.number = negative ? -magnitude : magnitude;
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
