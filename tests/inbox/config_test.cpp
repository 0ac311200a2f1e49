// inbox.json: defaults, required fields, unknown keys refused with a clear message.
#include <gtest/gtest.h>

#include "config.hpp"

namespace inbox {
namespace {

const std::string kMinimal = R"({"database": "inbox.db", "keyFile": "inbox.key",
  "publicUrl": "https://inbox.clinic.example", "allowedOrigins": ["https://clinic.example"], "uiDir": "ui"})";

std::string with(const std::string& extra) { return kMinimal.substr(0, kMinimal.size() - 1) + ", " + extra + "}"; }

TEST(ConfigTest, MinimalConfigGetsDocumentedDefaults) {
  Config c;
  std::string error;
  ASSERT_TRUE(parseConfig(kMinimal, "/etc/bc", c, error)) << error;
  EXPECT_EQ(c.port, 8790);
  EXPECT_EQ(c.host, "127.0.0.1");
  EXPECT_EQ(c.retentionDays, 90);
  EXPECT_EQ(c.sessionIdleSeconds, 900);
  EXPECT_EQ(c.database, "/etc/bc/inbox.db");  // relative to the config file
  EXPECT_FALSE(c.smtp.enabled);
  EXPECT_FALSE(c.insecureLoopback());
}

TEST(ConfigTest, UnknownKeyIsRefusedByName) {
  Config c;
  std::string error;
  EXPECT_FALSE(parseConfig(with(R"("retentionDay": 30)"), "", c, error));
  EXPECT_NE(error.find("unknown key \"retentionDay\""), std::string::npos) << error;
  EXPECT_FALSE(parseConfig(with(R"("notify": {"smtpUrl": "smtp://x", "from": "a@b", "to": ["c@d"], "tls": 1})"), "", c, error));
  EXPECT_NE(error.find("unknown key \"tls\" in notify"), std::string::npos) << error;
}

TEST(ConfigTest, MissingRequiredFieldIsNamed) {
  Config c;
  std::string error;
  EXPECT_FALSE(parseConfig(R"({"database": "x"})", "", c, error));
  EXPECT_NE(error.find("missing \"keyFile\""), std::string::npos) << error;
}

TEST(ConfigTest, OriginsMustBeOriginsNotUrls) {
  Config c;
  std::string error;
  auto bad = kMinimal;
  bad.replace(bad.find("https://clinic.example"), 22, "https://clinic.example/blog");
  EXPECT_FALSE(parseConfig(bad, "", c, error));
  EXPECT_NE(error.find("allowedOrigins"), std::string::npos);
}

TEST(ConfigTest, PlainHttpOnlyOnLoopback) {
  Config c;
  std::string error;
  auto http = kMinimal;
  http.replace(http.find("https://inbox.clinic.example"), 28, "http://inbox.clinic.example");
  EXPECT_FALSE(parseConfig(http, "", c, error));
  auto loopback = kMinimal;
  loopback.replace(loopback.find("https://inbox.clinic.example"), 28, "http://127.0.0.1:8790");
  ASSERT_TRUE(parseConfig(loopback, "", c, error)) << error;
  EXPECT_TRUE(c.insecureLoopback());
}

TEST(ConfigTest, NumbersOutOfRangeAreRefused) {
  Config c;
  std::string error;
  EXPECT_FALSE(parseConfig(with(R"("retentionDays": 0)"), "", c, error));
  EXPECT_NE(error.find("retentionDays"), std::string::npos);
  EXPECT_FALSE(parseConfig(with(R"("port": "8790")"), "", c, error));
  EXPECT_TRUE(parseConfig(with(R"("retentionDays": 30)"), "", c, error)) << error;
  EXPECT_EQ(c.retentionDays, 30);
}

TEST(ConfigTest, NotifySectionNeedsSmtpUrlFromAndTo) {
  Config c;
  std::string error;
  EXPECT_FALSE(parseConfig(with(R"("notify": {"smtpUrl": "smtp://mail:587", "to": ["a@b"]})"), "", c, error));
  EXPECT_NE(error.find("missing \"from\""), std::string::npos) << error;
  EXPECT_FALSE(parseConfig(with(R"("notify": {"smtpUrl": "http://mail", "from": "a@b", "to": ["a@b"]})"), "", c, error));
  ASSERT_TRUE(parseConfig(with(R"("notify": {"smtpUrl": "smtp://mail:587", "from": "a@b", "to": ["c@d"]})"), "", c, error)) << error;
  EXPECT_TRUE(c.smtp.enabled);
  EXPECT_EQ(c.smtp.security, "starttls");
  EXPECT_FALSE(parseConfig(with(R"("notify": {"smtpUrl": "smtp://mail:465", "security": "tls", "from": "a@b", "to": ["c@d"]})"), "", c, error));
  EXPECT_NE(error.find("smtps://"), std::string::npos) << error;
}

TEST(ConfigTest, NotJsonIsRefused) {
  Config c;
  std::string error;
  EXPECT_FALSE(parseConfig("{port: 1}", "", c, error));
  EXPECT_FALSE(error.empty());
}

}  // namespace
}  // namespace inbox
