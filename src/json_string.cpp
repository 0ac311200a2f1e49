#include "json_string.hpp"

#include <cstdint>
#include <string>

namespace backcheck::detail {
namespace {

int hexDigit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

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

class StringScanner {
 public:
  StringScanner(const char*& at, const char* end, std::vector<std::unique_ptr<char[]>>& decoded)
      : at_(at), end_(end), decoded_(decoded) {}

  bool string(std::string_view& out);

 private:
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

 private:
  const char*& at_;
  const char* end_;
  std::vector<std::unique_ptr<char[]>>& decoded_;
};

bool StringScanner::string(std::string_view& out) {
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

}  // namespace

bool readJsonString(const char*& at, const char* end, std::string_view& out,
                    std::vector<std::unique_ptr<char[]>>& decoded) {
  return StringScanner(at, end, decoded).string(out);
}

}  // namespace backcheck::detail
