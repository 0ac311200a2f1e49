#include "json_writer.hpp"

#include "rounding.hpp"

namespace backcheck::detail {

void appendDecimal(std::string& out, unsigned long long value) {
  char digits[20];
  int count = 0;
  do {
    digits[count++] = static_cast<char>('0' + value % 10);
    value /= 10;
  } while (value != 0);
  while (count > 0) out += digits[--count];
}

void JsonWriter::separate() {
  if (needComma_) out_ += ',';
  needComma_ = true;
}

JsonWriter& JsonWriter::open(char bracket) {
  separate();
  out_ += bracket;
  needComma_ = false;
  return *this;
}

JsonWriter& JsonWriter::close(char bracket) {
  out_ += bracket;
  needComma_ = true;
  return *this;
}

JsonWriter& JsonWriter::key(const char* name) {
  string(name);
  out_ += ':';
  needComma_ = false;
  return *this;
}

JsonWriter& JsonWriter::string(std::string_view text) {
  separate();
  out_ += '"';
  for (const char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    if (c == '"' || c == '\\') {
      out_ += '\\';
      out_ += c;
    } else if (byte < 0x20) {  // control characters; UTF-8 was validated by the parser
      constexpr char kHex[] = "0123456789abcdef";
      out_ += "\\u00";
      out_ += kHex[byte >> 4];
      out_ += kHex[byte & 15];
    } else {
      out_ += c;
    }
  }
  out_ += '"';
  return *this;
}

JsonWriter& JsonWriter::number(double value) {
  separate();
  long long tenths = roundToTenths(value);
  if (tenths < 0) {
    out_ += '-';
    tenths = -tenths;
  }
  appendDecimal(out_, static_cast<unsigned long long>(tenths / 10));
  if (tenths % 10 != 0) {
    out_ += '.';
    out_ += static_cast<char>('0' + tenths % 10);
  }
  return *this;
}

JsonWriter& JsonWriter::boolean(bool value) {
  separate();
  out_ += value ? "true" : "false";
  return *this;
}

}  // namespace backcheck::detail
