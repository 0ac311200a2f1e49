// A minimal JSON writer for the core's output. Building nlohmann objects and
// dumping them costs ~15 KB of WebAssembly; this costs a few hundred bytes, and
// the key order is the order written (the same in every build).
#pragma once

#include <cstddef>
#include <cstring>
#include <memory>
#include <string>
#include <string_view>

namespace backcheck::detail {

// `value` in decimal, written into the end of `digits` (std::to_string may reach
// snprintf in some libcs); returns the first digit's position.
char* formatDecimal(unsigned long long value, char (&digits)[20]);

// Appends `value` in decimal.
void appendDecimal(std::string& out, unsigned long long value);

class JsonWriter {
 public:
  JsonWriter() = default;

  JsonWriter& beginObject() { return open('{'); }
  JsonWriter& endObject() { return close('}'); }
  JsonWriter& beginArray() { return open('['); }
  JsonWriter& endArray() { return close(']'); }
  // `name` is one of the core's identifiers (letters, digits, '_'), never input.
  JsonWriter& key(const char* name);
  JsonWriter& string(std::string_view text);
  // Rounded to one decimal, half away from zero, trailing ".0" dropped: the
  // same digits on every platform.
  JsonWriter& number(double value);
  JsonWriter& boolean(bool value);

  JsonWriter& field(const char* name, const char* text) { return key(name).string(text); }
  JsonWriter& field(const char* name, double value) { return key(name).number(value); }
  JsonWriter& objectField(const char* name) { return key(name).beginObject(); }
  JsonWriter& arrayField(const char* name) { return key(name).beginArray(); }

  std::string take() const { return std::string(buffer_.get(), size_); }

 private:
  JsonWriter& open(char bracket);
  JsonWriter& close(char bracket);
  void separate();
  // The text is built in a plain buffer with inline appends: std::string's
  // push_back is a call into the prebuilt libc++ in WebAssembly, and one call
  // per byte was a sixth of an evaluate() call (docs/performance.md).
  void put(char c) {
    if (size_ == capacity_) grow(1);
    buffer_[size_++] = c;
  }
  void put(std::string_view text) {
    if (capacity_ - size_ < text.size()) grow(text.size());
    if (!text.empty()) std::memcpy(buffer_.get() + size_, text.data(), text.size());
    size_ += text.size();
  }
  void grow(std::size_t more);

  std::unique_ptr<char[]> buffer_;
  std::size_t size_ = 0;
  std::size_t capacity_ = 0;
  bool needComma_ = false;
};

}  // namespace backcheck::detail
