#include "json_writer.hpp"

#include <cstdint>
#include <cstring>

#include "rounding.hpp"

namespace backcheck::detail {

char* formatDecimal(unsigned long long value, char (&digits)[20]) {
  char* first = digits + sizeof digits;
  do {
    *--first = static_cast<char>('0' + value % 10);
    value /= 10;
  } while (value != 0);
  return first;
}

void appendDecimal(std::string& out, unsigned long long value) {
  char digits[20];
  const char* first = formatDecimal(value, digits);
  out.append(first, static_cast<std::size_t>(digits + sizeof digits - first));
}

void JsonWriter::grow(std::size_t more) {
  // Starts with room for a typical result (a few KB), then doubles.
  std::size_t capacity = capacity_ == 0 ? 4096 : capacity_ * 2;
  while (capacity - size_ < more) capacity *= 2;
  std::unique_ptr<char[]> bigger(new char[capacity]);
  if (size_ != 0) std::memcpy(bigger.get(), buffer_.get(), size_);
  buffer_ = std::move(bigger);
  capacity_ = capacity;
}

void JsonWriter::separate() {
  if (needComma_) put(',');
  needComma_ = true;
}

JsonWriter& JsonWriter::open(char bracket) {
  separate();
  put(bracket);
  needComma_ = false;
  return *this;
}

JsonWriter& JsonWriter::close(char bracket) {
  put(bracket);
  needComma_ = true;
  return *this;
}

JsonWriter& JsonWriter::key(const char* name) {
  // Keys are the core's own identifiers (letters, digits, '_'), never input,
  // so they are not scanned for escapes.
  separate();
  put('"');
  put(std::string_view(name));
  put("\":");
  needComma_ = false;
  return *this;
}

namespace {

// True when one of the 8 bytes in `word` must be escaped (< 0x20, '"' or
// '\\'). Exact as a yes/no answer ("determine if a word has a byte less than
// n", Hacker's Delight 6-1); bytes >= 0x80 never match.
bool needsEscape(std::uint64_t word) {
  constexpr std::uint64_t kOnes = 0x0101010101010101ULL;
  constexpr std::uint64_t kHighs = 0x8080808080808080ULL;
  const auto hasZero = [](std::uint64_t v) { return (v - kOnes) & ~v & kHighs; };
  return (((word - kOnes * 0x20) & ~word & kHighs) | hasZero(word ^ (kOnes * '"')) |
          hasZero(word ^ (kOnes * '\\'))) != 0;
}

}  // namespace

JsonWriter& JsonWriter::string(std::string_view text) {
  separate();
  put('"');
  // Plain runs are appended whole; they are found 8 bytes at a time (most of
  // the output is the core's own ASCII text, which never needs an escape).
  const char* const data = text.data();
  const std::size_t size = text.size();
  std::size_t run = 0;
  std::size_t i = 0;
  while (i < size) {
    if (size - i >= 8) {
      std::uint64_t word;
      std::memcpy(&word, data + i, sizeof word);
      if (!needsEscape(word)) {
        i += 8;
        continue;
      }
    }
    const auto byte = static_cast<unsigned char>(data[i]);
    if (byte >= 0x20 && byte != '"' && byte != '\\') {
      ++i;
      continue;
    }
    put(text.substr(run, i - run));
    if (byte >= 0x20) {
      put('\\');
      put(data[i]);
    } else {  // control characters; UTF-8 was validated by the parser
      constexpr char kHex[] = "0123456789abcdef";
      put("\\u00");
      put(kHex[byte >> 4]);
      put(kHex[byte & 15]);
    }
    run = ++i;
  }
  put(text.substr(run));
  put('"');
  return *this;
}

JsonWriter& JsonWriter::number(double value) {
  separate();
  long long tenths = roundToTenths(value);
  if (tenths < 0) {
    put('-');
    tenths = -tenths;
  }
  char digits[20];
  const char* first = formatDecimal(static_cast<unsigned long long>(tenths / 10), digits);
  put(std::string_view(first, static_cast<std::size_t>(digits + sizeof digits - first)));
  if (tenths % 10 != 0) {
    put('.');
    put(static_cast<char>('0' + tenths % 10));
  }
  return *this;
}

JsonWriter& JsonWriter::boolean(bool value) {
  separate();
  put(value ? "true" : "false");
  return *this;
}

}  // namespace backcheck::detail
