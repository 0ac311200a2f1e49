// The core's own JSON reader (src/json_reader.cpp) against nlohmann/json:
// same valid/invalid verdicts, same values, on a table of edge cases and on
// every docs/examples file; plus what only the core refuses (duplicate keys,
// numbers it cannot round correctly) and the limits only the core has.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <random>
#include <string>
#include <utility>

#include "backcheck/backcheck.hpp"
#include "json_differential.hpp"

namespace backcheck::testing {
namespace {

const char* const kValid[] = {
    "{}",
    "[]",
    " \t\r\n{ } ",
    "0",
    "-0",
    "1",
    "-1",
    "0.5",
    "-0.0",
    "1e2",
    "1E+2",
    "1e-2",
    "12.5e1",
    "18446744073709551615",
    "-9223372036854775808",
    "9223372036854775808",
    "-9223372036854775809",
    "0.1",
    "0.30000000000000004",
    "1e22",
    "1e-22",
    "9007199254740991",
    "4.35",
    "-37.25",
    "true",
    "false",
    "null",
    "\"\"",
    R"("a\"b\\c\/d\b\f\n\r\t")",
    R"("\u0041\u00e9\u20AC")",
    R"("\ud83d\ude00")",
    R"("\u0000")",
    "\"caf\xC3\xA9 \xE2\x82\xAC \xF0\x9F\x98\x80\"",
    R"({"b":1,"a":2,"c":{"z":[1,2,{"y":null}],"x":"w"}})",
    R"({"a":{"a":1},"b":{"a":2}})",
    R"([1,[2,[3,[4]]],{"":""}])",
    "\xEF\xBB\xBF{}",
    R"({"schemaVersion":1,"about":{"ageYears":40}})",
};

const char* const kInvalid[] = {
    "",
    " ",
    "{",
    "}",
    "[",
    "[1,]",
    "{\"a\":1,}",
    "[,1]",
    "{,}",
    "{\"a\"}",
    "{\"a\":}",
    "{a:1}",
    "{'a':1}",
    "[1 2]",
    "{\"a\":1 \"b\":2}",
    "01",
    "-01",
    "00",
    "1.",
    ".5",
    "-",
    "+1",
    "1e",
    "1e+",
    "0x10",
    "NaN",
    "Infinity",
    "-Infinity",
    "1e400",
    "-1e999",
    "tru",
    "nul",
    "True",
    "\"abc",
    "\"a\\x\"",
    "\"\\u12\"",
    "\"\\u12G4\"",
    "\"\\ud800\"",
    "\"\\udc00\"",
    "\"\\ud800\\u0041\"",
    "\"\\ud800x\"",
    "\"a\tb\"",
    "\"a\nb\"",
    "\"\x01\"",
    "// c\n{}",
    "/* c */{}",
    "{} x",
    "{}{}",
    "[1]]",
    "\"\xC3\"",
    "\"\xC0\xAF\"",
    "\"\xED\xA0\x80\"",
    "\"\xF4\x90\x80\x80\"",
    "\"\xFF\"",
    "\xEF\xBB{}",
    "\xC3\xA9",
    "[1,2",
    "{\"a\":[}",
    "[\"a\",]",
};

TEST(JsonReaderTest, AgreesWithNlohmannOnValidDocuments) {
  for (const char* text : kValid) {
    EXPECT_EQ(jsonReaderMismatch(text), "") << text;
    detail::JsonValue value;
    EXPECT_TRUE(detail::parseJson(text, kDifferentialDepth, value).ok()) << text;
  }
}

TEST(JsonReaderTest, AgreesWithNlohmannOnInvalidDocuments) {
  for (const char* text : kInvalid) {
    EXPECT_EQ(jsonReaderMismatch(text), "") << text;
    detail::JsonValue value;
    EXPECT_FALSE(detail::parseJson(text, kDifferentialDepth, value).ok()) << text;
  }
  const std::string nulInside("{\"a\":\0}", 7);
  EXPECT_EQ(jsonReaderMismatch(nulInside), "");
  detail::JsonValue value;
  EXPECT_FALSE(detail::parseJson(nulInside, kDifferentialDepth, value).ok());
}

// nlohmann's lexer takes a NUL byte for the end of input and ignores what
// follows; RFC 8259 allows only whitespace there (the differential knows).
TEST(JsonReaderTest, RejectsBytesAfterANulThatNlohmannIgnores) {
  const std::string text("{}\0garbage", 10);
  EXPECT_EQ(jsonReaderMismatch(text), "");
  detail::JsonValue value;
  EXPECT_EQ(detail::parseJson(text, kDifferentialDepth, value).fault, detail::JsonFault::Syntax);
}

// Beyond Clinger's fast path (more than 2^53 in the digits, or a power of ten
// past 22) the double is still the nearest one: 29.999999999999998 is the
// double just below 30 (nlohmann's reading, below the IR threshold of 30),
// not 30.0 as the reader once made it.
TEST(JsonReaderTest, RoundsCorrectlyBeyondTheFastPath) {
  detail::JsonValue value;
  ASSERT_TRUE(detail::parseJson("29.999999999999998", kDifferentialDepth, value).ok());
  EXPECT_EQ(value.number, std::nextafter(30.0, 0.0));
  EXPECT_LT(value.number, 30.0);
  for (const char* text :
       {"29.999999999999998", "0.30000000000000004", "9007199254740993.0", "9007199254740995.0",
        "1e23", "8.5e25", "1.2345678901234567e-7", "123456789.12345678", "999999999999999999.5",
        "4.9e-20", "1.7976931348623157e-14", "-0.000000000000000000000000000001",
        "72057594037927945e-2", "1234567890123456789e10"}) {
    EXPECT_EQ(jsonReaderMismatch(text), "") << text;
    EXPECT_TRUE(detail::parseJson(text, kDifferentialDepth, value).ok()) << text;
  }
}

// Every double JavaScript can write (shortest round trip, 17 digits at most)
// between 1e-12 and 1e20 reads back as itself, and 15 or 16 digits of it as
// nlohmann (strtod) reads them.
TEST(JsonReaderTest, ReadsRandomDoublesBackExactly) {
  std::mt19937_64 random(20261201);
  std::uniform_real_distribution<double> exponent(-12, 20);
  for (int i = 0; i < 20000; ++i) {
    const double number = std::pow(10.0, exponent(random)) * (i % 2 == 0 ? 1 : -1);
    for (const int digits : {15, 16, 17}) {
      char text[40];
      std::snprintf(text, sizeof text, "%.*g", digits, number);
      detail::JsonValue value;
      ASSERT_TRUE(detail::parseJson(text, kDifferentialDepth, value).ok()) << text;
      ASSERT_EQ(jsonReaderMismatch(text), "") << text;
      if (digits == 17) {
        ASSERT_EQ(value.number, number) << text;
      }
    }
  }
}

// What the reader cannot round correctly it refuses, with the number's JSON
// pointer, instead of a quiet approximation: more than 19 significant digits,
// or a power of ten beyond what its 128-bit arithmetic covers (far outside
// every range the answers have).
TEST(JsonReaderTest, RefusesNumbersItCannotRoundCorrectly) {
  const std::pair<const char*, const char*> kInexact[] = {
      {"123456789012345678901234567890", ""},
      {"18446744073709551616", ""},
      {"3.141592653589793238462643383279", ""},
      {"1.7976931348623157e308", ""},
      {"2.2250738585072014e-308", ""},
      {"5e-324", ""},
      {"-8.5e100", ""},
      {"1e-400", ""},
      {R"({"x":[1,1e-400]})", "/x/1"},
      {R"({"about":{"durationWeeks":0.12345678901234567891}})", "/about/durationWeeks"},
  };
  for (const auto& [text, pointer] : kInexact) {
    EXPECT_EQ(jsonReaderMismatch(text), "") << text;
    detail::JsonValue value;
    const detail::JsonParse parsed = detail::parseJson(text, kDifferentialDepth, value);
    EXPECT_EQ(parsed.fault, detail::JsonFault::InexactNumber) << text;
    EXPECT_EQ(parsed.path, pointer) << text;
  }
  // Zeros past the 19th digit change nothing: still exact.
  detail::JsonValue value;
  EXPECT_TRUE(detail::parseJson("30.000000000000000000000000", kDifferentialDepth, value).ok());
  EXPECT_EQ(value.number, 30.0);
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

// A key written twice in one object is refused, with its JSON pointer: the
// second "safety" must not silently replace the first.
TEST(JsonReaderTest, RefusesDuplicateKeysWithTheirPointer) {
  const std::pair<const char*, const char*> kDuplicates[] = {
      {R"({"a":1,"a":2})", "/a"},
      {R"({"a":{"x":1},"b":0,"a":[3]})", "/a"},
      {R"({"safety":{"redFlags":["saddle_numbness"]},"safety":{"redFlags":[]}})", "/safety"},
      {R"({"about":{"peg":{"pain":1,"pain":2}}})", "/about/peg/pain"},
      {R"([0,{"x":[{},{"k/~":1,"k/~":2}]}])", "/1/x/1/k~1~0"},
      {R"({"\u0061":1,"a":2})", "/a"},
  };
  for (const auto& [text, pointer] : kDuplicates) {
    EXPECT_EQ(jsonReaderMismatch(text), "") << text;
    detail::JsonValue value;
    const detail::JsonParse parsed = detail::parseJson(text, kDifferentialDepth, value);
    EXPECT_EQ(parsed.fault, detail::JsonFault::DuplicateKey) << text;
    EXPECT_EQ(parsed.path, pointer) << text;
  }
  // A syntax error anywhere wins.
  detail::JsonValue value;
  EXPECT_EQ(detail::parseJson(R"({"a":1,"a":2)", kDifferentialDepth, value).fault,
            detail::JsonFault::Syntax);
}

// What the differential check showed: the reader once made 29.999999999999998°
// of inward rotation 30.0, so the finding nlohmann's reading gives (IR < 30) was lost.
TEST(JsonReaderTest, ReadsInwardRotationJustBelowThirtyAsBelowThirty) {
  const std::string result = backcheck::evaluate(
      R"({"schemaVersion":1,"hipRotation":{"left":{"method":"sensor","internalDegrees":29.999999999999998}}})");
  EXPECT_NE(result.find("hip_ir_limited_unilateral"), std::string::npos) << result;
}

TEST(JsonReaderTest, DuplicateSafetySectionIsAnErrorNotSelfCare) {
  const std::string result = backcheck::evaluate(
      R"({"schemaVersion":1,"safety":{"redFlags":["saddle_numbness"]},"safety":{"redFlags":[]}})");
  EXPECT_NE(result.find(R"("outcome":"invalid")"), std::string::npos) << result;
  EXPECT_NE(result.find(R"({"code":"duplicate_key","path":"/safety")"), std::string::npos)
      << result;
  EXPECT_EQ(result.find("self_care"), std::string::npos) << result;
}

TEST(JsonReaderTest, DecodesSurrogatePairsToUtf8) {
  detail::JsonValue value;
  ASSERT_TRUE(detail::parseJson(R"("\uD83D\uDE00\u00e9")", kDifferentialDepth, value).ok());
  EXPECT_EQ(value.text, "\xF0\x9F\x98\x80\xC3\xA9");
}

TEST(JsonReaderTest, StringsAreViewsOfTheTextUnlessTheyHadEscapes) {
  const std::string text =
      "{\"plain\":\"ascii\",\"utf8\":\"\xC3\xA9t\xC3\xA9\",\"esc\\u0061ped\":\"a\\tb\"}";
  detail::JsonValue value;
  ASSERT_TRUE(detail::parseJson(text, kDifferentialDepth, value).ok());
  ASSERT_EQ(value.items.size(), 3u);  // sorted: "escaped", "plain", "utf8"
  const auto inText = [&](std::string_view s) {
    return s.data() >= text.data() && s.data() < text.data() + text.size();
  };
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
    text +=
        "\"k\\u00" + std::string(1, "0123456789abcdef"[i % 16]) + "a" + std::to_string(i) + "\":";
    text += "\"v\\n" + std::to_string(i) + "\"" + (i ? "," : "");
  }
  text += "}]]";
  EXPECT_EQ(jsonReaderMismatch(text), "") << text.substr(0, 200);
}

TEST(JsonReaderTest, SortsManyMembersAsNlohmannDoes) {
  // Sizes around the merge sort's run widths, keys in shuffled order: members
  // must come out in key order; one key written twice is found at any size.
  for (const int count : {2, 3, 5, 8, 9, 16, 17, 31, 64, 65, 1000}) {
    std::vector<int> keys(static_cast<std::size_t>(count));
    for (int i = 0; i < count; ++i) keys[static_cast<std::size_t>(i)] = i;
    std::shuffle(keys.begin(), keys.end(), std::mt19937(12345u + static_cast<unsigned>(count)));
    std::string text = "{";
    for (int i = 0; i < count; ++i) {
      text += (i ? ",\"k" : "\"k") + std::to_string(keys[static_cast<std::size_t>(i)]) +
              "\":" + std::to_string(i);
    }
    EXPECT_EQ(jsonReaderMismatch(text + "}"), "") << count << " members: " << text.substr(0, 120);
    const std::string repeated = "k" + std::to_string(keys[static_cast<std::size_t>(count / 2)]);
    text += ",\"" + repeated + "\":0}";
    detail::JsonValue value;
    const detail::JsonParse parsed = detail::parseJson(text, kDifferentialDepth, value);
    EXPECT_EQ(parsed.fault, detail::JsonFault::DuplicateKey) << count;
    EXPECT_EQ(parsed.path, "/" + repeated) << count;
    EXPECT_EQ(jsonReaderMismatch(text), "") << count;
  }
}

TEST(JsonReaderTest, StopsAtTheDepthLimit) {
  const auto nested = [](int depth) { return std::string(depth, '[') + std::string(depth, ']'); };
  detail::JsonValue value;
  EXPECT_TRUE(detail::parseJson(nested(16), 16, value).ok());
  EXPECT_FALSE(detail::parseJson(nested(17), 16, value).ok());
  EXPECT_FALSE(detail::parseJson(nested(100000), 16, value).ok());  // no deep recursion
}

// Through the public API: a number beyond double's range never reaches the
// output as inf/NaN; 1e-400 (not 0, and no double is nearer) is refused with its pointer.
TEST(JsonReaderTest, HugeNumbersAreRejectedNotPrinted) {
  const std::string result =
      backcheck::evaluate(R"({"schemaVersion":1,"about":{"durationWeeks":1e400}})");
  EXPECT_NE(result.find("\"invalid_json\""), std::string::npos) << result;
  EXPECT_EQ(result.find("inf"), std::string::npos);
  const std::string tiny =
      backcheck::validate(R"({"schemaVersion":1,"about":{"durationWeeks":1e-400}})");
  EXPECT_NE(tiny.find(R"({"code":"inexact_number","path":"/about/durationWeeks")"),
            std::string::npos)
      << tiny;
}

}  // namespace
}  // namespace backcheck::testing
