// The core's JSON writer (src/json_writer.cpp): every byte that must be
// escaped is escaped wherever it sits in a string (the scan reads 8 bytes at a
// time, so every position in and around a block matters), nothing else is,
// and the text reads back to the same string in nlohmann/json.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>

#include "../../src/json_writer.hpp"

namespace backcheck::testing {
namespace {

// The escaping the writer promises, one byte at a time.
std::string referenceQuoted(const std::string& text) {
  std::string out = "\"";
  for (const char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    if (c == '"' || c == '\\') {
      out += '\\';
      out += c;
    } else if (byte < 0x20) {
      constexpr char kHex[] = "0123456789abcdef";
      out += "\\u00";
      out += kHex[byte >> 4];
      out += kHex[byte & 15];
    } else {
      out += c;
    }
  }
  return out + "\"";
}

std::string written(const std::string& text) {
  detail::JsonWriter out;
  out.string(text);
  return out.take();
}

TEST(JsonWriterTest, EscapesEverySpecialByteAtEveryPosition) {
  // Bytes either side of each class boundary, plus UTF-8 (never escaped).
  const char kBytes[] = {'\0', '\x01', '\x1f', ' ',    '!',    '"',   '#',
                         '\\', ']',    '\x7f', '\x80', '\xc3', '\xff'};
  for (std::size_t length = 1; length <= 25; ++length) {
    for (std::size_t at = 0; at < length; ++at) {
      for (const char special : kBytes) {
        std::string text(length, 'a');
        text[at] = special;
        ASSERT_EQ(written(text), referenceQuoted(text))
            << "length " << length << ", byte at " << at;
      }
    }
  }
}

TEST(JsonWriterTest, EscapesSeveralSpecialBytesInOneString) {
  const std::string text =
      std::string("tab\there \"quoted\" back\\slash\n") + std::string(1, '\0') + "end\x1f";
  EXPECT_EQ(written(text), referenceQuoted(text));
  EXPECT_EQ(nlohmann::json::parse(written(text)).get<std::string>(), text);
}

TEST(JsonWriterTest, LongTextGrowsTheBufferAndReadsBack) {
  std::string text;
  for (int i = 0; i < 3000; ++i) text += i % 97 == 0 ? "\"\\\n" : "abcdefg ";
  const std::string json = written(text);
  EXPECT_GT(json.size(), 20000u);
  EXPECT_EQ(json, referenceQuoted(text));
  EXPECT_EQ(nlohmann::json::parse(json).get<std::string>(), text);
}

TEST(JsonWriterTest, WritesObjectsArraysNumbersAndBooleans) {
  detail::JsonWriter out;
  out.beginObject().field("a", "x").field("n", -12.25).key("list").beginArray();
  out.number(0)
      .number(1e6)
      .boolean(true)
      .boolean(false)
      .endArray()
      .objectField("o")
      .endObject()
      .endObject();
  EXPECT_EQ(out.take(), R"({"a":"x","n":-12.3,"list":[0,1000000,true,false],"o":{}})");
}

TEST(JsonWriterTest, EmptyWriterAndEmptyString) {
  EXPECT_EQ(detail::JsonWriter().take(), "");
  EXPECT_EQ(written(""), "\"\"");
}

}  // namespace
}  // namespace backcheck::testing
