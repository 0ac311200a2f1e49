#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "backcheck/backcheck.hpp"

namespace {

using nlohmann::json;

TEST(ApiTest, ResultCarriesCoreVersion) {
  const auto result = json::parse(backcheck::evaluate("{}"));
  EXPECT_EQ(result.at("coreVersion"), backcheck::coreVersion());
}

TEST(ApiTest, MalformedJsonIsReportedNotThrown) {
  const auto result = json::parse(backcheck::evaluate("{\"schemaVersion\": "));
  ASSERT_EQ(result.at("errors").size(), 1u);
  EXPECT_EQ(result.at("errors")[0].at("code"), "invalid_json");
}

TEST(ApiTest, ProtocolIsJson) {
  const auto protocol = json::parse(backcheck::protocol(), nullptr, false);
  EXPECT_FALSE(protocol.is_discarded());
}

}  // namespace
