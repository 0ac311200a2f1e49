// A minimal JSON writer for the core's output. Building nlohmann objects and
// dumping them costs ~15 KB of WebAssembly; this costs a few hundred bytes, and
// the key order is the order written (the same in every build).
#pragma once

#include <string>
#include <string_view>

namespace backcheck::detail {

// Appends `value` in decimal (std::to_string may reach snprintf in some libcs).
void appendDecimal(std::string& out, unsigned long long value);

class JsonWriter {
 public:
  JsonWriter& beginObject() { return open('{'); }
  JsonWriter& endObject() { return close('}'); }
  JsonWriter& beginArray() { return open('['); }
  JsonWriter& endArray() { return close(']'); }
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

  std::string take() { return std::move(out_); }

 private:
  JsonWriter& open(char bracket);
  JsonWriter& close(char bracket);
  void separate();

  std::string out_;
  bool needComma_ = false;
};

}  // namespace backcheck::detail
