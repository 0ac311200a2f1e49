// The core's own JSON reader (src/json_reader.cpp) against nlohmann/json:
// same valid/invalid verdicts, same values, on a table of edge cases and on
// every docs/examples file; plus the limits only the core has.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>

#include "backcheck/backcheck.hpp"
#include "json_differential.hpp"

namespace backcheck::testing {
namespace {

const char* const kValid[] = {
    "{}", "[]", " \t\r\n{ } ", "0", "-0", "1", "-1", "0.5", "-0.0", "1e2", "1E+2", "1e-2",
    "12.5e1", "18446744073709551615", "-9223372036854775808", "9223372036854775808",
    "18446744073709551616", "-9223372036854775809", "123456789012345678901234567890",
    "0.1", "0.30000000000000004", "1e22", "1e-22", "9007199254740991", "4.35", "-37.25",
    "true", "false", "null", "\"\"", R"("a\"b\\c\/d\b\f\n\r\t")", R"("\u0041\u00e9\u20AC")",
    R"("\ud83d\ude00")", R"("\u0000")", "\"caf\xC3\xA9 \xE2\x82\xAC \xF0\x9F\x98\x80\"",
    R"({"b":1,"a":2,"c":{"z":[1,2,{"y":null}],"x":"w"}})", R"({"a":1,"a":2})",
    R"({"a":{"x":1},"b":0,"a":[3]})", R"([1,[2,[3,[4]]],{"":""}])", "\xEF\xBB\xBF{}",
    R"({"schemaVersion":1,"about":{"ageYears":40}})",
};

const char* const kInvalid[] = {
    "", " ", "{", "}", "[", "[1,]", "{\"a\":1,}", "[,1]", "{,}", "{\"a\"}", "{\"a\":}",
    "{a:1}", "{'a':1}", "[1 2]", "{\"a\":1 \"b\":2}", "01", "-01", "00", "1.", ".5", "-",
    "+1", "1e", "1e+", "0x10", "NaN", "Infinity", "-Infinity", "1e400", "-1e999", "tru",
    "nul", "True", "\"abc", "\"a\\x\"", "\"\\u12\"", "\"\\u12G4\"", "\"\\ud800\"",
    "\"\\udc00\"", "\"\\ud800\\u0041\"", "\"\\ud800x\"", "\"a\tb\"", "\"a\nb\"",
    "\"\x01\"", "// c\n{}", "/* c */{}", "{} x", "{}{}", "[1]]", "\"\xC3\"", "\"\xC0\xAF\"",
    "\"\xED\xA0\x80\"", "\"\xF4\x90\x80\x80\"", "\"\xFF\"", "\xEF\xBB{}",
    "\xC3\xA9", "[1,2", "{\"a\":[}", "[\"a\",]",
};

TEST(JsonReaderTest, AgreesWithNlohmannOnValidDocuments) {
  for (const char* text : kValid) {
    EXPECT_EQ(jsonReaderMismatch(text), "") << text;
    detail::JsonValue value;
    EXPECT_TRUE(detail::parseJson(text, kDifferentialDepth, value)) << text;
  }
}

TEST(JsonReaderTest, AgreesWithNlohmannOnInvalidDocuments) {
  for (const char* text : kInvalid) {
    EXPECT_EQ(jsonReaderMismatch(text), "") << text;
    detail::JsonValue value;
    EXPECT_FALSE(detail::parseJson(text, kDifferentialDepth, value)) << text;
  }
  const std::string nulInside("{\"a\":\0}", 7);
  EXPECT_EQ(jsonReaderMismatch(nulInside), "");
  detail::JsonValue value;
  EXPECT_FALSE(detail::parseJson(nulInside, kDifferentialDepth, value));
}

// The one deliberate difference: nlohmann's lexer takes a NUL byte for the end
// of input and ignores what follows; RFC 8259 allows only whitespace there.
TEST(JsonReaderTest, RejectsBytesAfterANulThatNlohmannIgnores) {
  const std::string text("{}\0garbage", 10);
  EXPECT_EQ(jsonReaderMismatch(text), "only nlohmann accepts");
  detail::JsonValue value;
  EXPECT_FALSE(detail::parseJson(text, kDifferentialDepth, value));
}

// Outside Clinger's fast path the reader approximates: within a few ulps.
TEST(JsonReaderTest, ApproximatesNumbersOutsideTheFastPath) {
  for (const char* text : {"1.7976931348623157e308", "2.2250738585072014e-308", "1e-400",
                           "123456789012345678901234567890e-10", "0.1e-30", "5e-324",
                           "3.141592653589793238462643383279", "1e23", "-8.5e100"}) {
    EXPECT_EQ(jsonReaderMismatch(text, 1e-14), "") << text;
  }
}

TEST(JsonReaderTest, AgreesWithNlohmannOnEveryExampleFile) {
  const std::filesystem::path dir = std::filesystem::path(BACKCHECK_SOURCE_DIR) / "docs/examples";
  int files = 0;
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    std::ifstream in(entry.path(), std::ios::binary);
    const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    EXPECT_EQ(jsonReaderMismatch(text), "") << entry.path();
    ++files;
  }
  EXPECT_GE(files, 20);
}

TEST(JsonReaderTest, KeepsTheLastOfDuplicateKeysInKeyOrder) {
  detail::JsonValue value;
  ASSERT_TRUE(detail::parseJson(R"({"b":1,"a":2,"b":3})", kDifferentialDepth, value));
  ASSERT_EQ(value.items.size(), 2u);
  EXPECT_EQ(value.items[0].key, "a");
  EXPECT_EQ(value.items[1].key, "b");
  EXPECT_EQ(value.items[1].integer, 3u);
}

TEST(JsonReaderTest, DecodesSurrogatePairsToUtf8) {
  detail::JsonValue value;
  ASSERT_TRUE(detail::parseJson(R"("\uD83D\uDE00\u00e9")", kDifferentialDepth, value));
  EXPECT_EQ(value.text, "\xF0\x9F\x98\x80\xC3\xA9");
}

TEST(JsonReaderTest, StringsAreViewsOfTheTextUnlessTheyHadEscapes) {
  const std::string text = "{\"plain\":\"ascii\",\"utf8\":\"\xC3\xA9t\xC3\xA9\",\"esc\\u0061ped\":\"a\\tb\"}";
  detail::JsonValue value;
  ASSERT_TRUE(detail::parseJson(text, kDifferentialDepth, value));
  ASSERT_EQ(value.items.size(), 3u);  // sorted: "escaped", "plain", "utf8"
  const auto inText = [&](std::string_view s) { return s.data() >= text.data() && s.data() < text.data() + text.size(); };
  EXPECT_EQ(value.items[0].key, "escaped");
  EXPECT_FALSE(inText(value.items[0].key));
  EXPECT_EQ(value.items[0].text, "a\tb");
  EXPECT_TRUE(inText(value.items[1].key));
  EXPECT_TRUE(inText(value.items[1].text));
  EXPECT_EQ(value.items[2].text, "\xC3\xA9t\xC3\xA9");
  EXPECT_TRUE(inText(value.items[2].text));
  EXPECT_EQ(value.decoded.size(), 2u);  // the escaped key and its value
}

TEST(JsonReaderTest, EscapedStringsSurviveMembersBeingMovedAndSorted) {
  // Many members (the vector grows and is sorted) each with escaped keys and
  // values, nested in arrays: every view must still read the decoded text.
  std::string text = "[[{";
  for (int i = 99; i >= 0; --i) {
    text += "\"k\\u00" + std::string(1, "0123456789abcdef"[i % 16]) + "a" + std::to_string(i) + "\":";
    text += "\"v\\n" + std::to_string(i) + "\"" + (i ? "," : "");
  }
  text += "}]]";
  EXPECT_EQ(jsonReaderMismatch(text), "") << text.substr(0, 200);
}

TEST(JsonReaderTest, SortsManyMembersWithDuplicatesAsNlohmannDoes) {
  // Sizes around the merge sort's run widths, keys repeating in shuffled order:
  // members must come out in key order with the last duplicate's value.
  for (const int count : {2, 3, 5, 8, 9, 16, 17, 31, 64, 65, 1000}) {
    std::string text = "{";
    unsigned seed = 12345u + static_cast<unsigned>(count);
    for (int i = 0; i < count; ++i) {
      seed = seed * 1103515245u + 12345u;
      text += (i ? ",\"k" : "\"k") + std::to_string((seed >> 16) % static_cast<unsigned>(count / 2 + 1)) + "\":" +
              std::to_string(i);
    }
    text += "}";
    EXPECT_EQ(jsonReaderMismatch(text), "") << count << " members: " << text.substr(0, 120);
  }
}

TEST(JsonReaderTest, StopsAtTheDepthLimit) {
  const auto nested = [](int depth) { return std::string(depth, '[') + std::string(depth, ']'); };
  detail::JsonValue value;
  EXPECT_TRUE(detail::parseJson(nested(16), 16, value));
  EXPECT_FALSE(detail::parseJson(nested(17), 16, value));
  EXPECT_FALSE(detail::parseJson(nested(100000), 16, value));  // no deep recursion
}

// Through the public API: a number beyond double's range never reaches the
// output as inf/NaN; 1e-400 is read as 0.
TEST(JsonReaderTest, HugeNumbersAreRejectedNotPrinted) {
  const std::string result =
      backcheck::evaluate(R"({"schemaVersion":1,"about":{"durationWeeks":1e400}})");
  EXPECT_NE(result.find("\"invalid_json\""), std::string::npos) << result;
  EXPECT_EQ(result.find("inf"), std::string::npos);
  const std::string tiny = backcheck::validate(R"({"schemaVersion":1,"about":{"durationWeeks":1e-400}})");
  EXPECT_NE(tiny.find("\"valid\":true"), std::string::npos) << tiny;
}

}  // namespace
}  // namespace backcheck::testing
