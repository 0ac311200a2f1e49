// The PT summary in words (codes named from the core's protocol and the
// widget's catalogs) and the notification e-mail (no lead data in it).
#include <gtest/gtest.h>

#include "config.hpp"
#include "crypto.hpp"
#include "explain.hpp"
#include "notify.hpp"
#include "test_support.hpp"

namespace inbox {
namespace {

using nlohmann::json;

TEST(ExplainTest, RedFlagsAndFindingsAreToldApartByTheCoreProtocol) {
  Explainer explainer(BACKCHECK_SOURCE_DIR "/web/locales");
  ASSERT_TRUE(explainer.loaded());
  json lead = json::parse(test::fixtureLead());
  lead["triage"]["reasons"].push_back("cancer_history");
  const json words = explainer.explain(lead, "en");
  EXPECT_EQ(words["triage"]["title"], "A physical therapist should take a look");
  ASSERT_EQ(words["reasons"].size(), 3u);
  EXPECT_EQ(words["reasons"][0]["kind"], "finding");
  EXPECT_NE(words["reasons"][0]["text"].get<std::string>().find("(left)"), std::string::npos)
      << "a reason takes its side from the matching finding";
  EXPECT_EQ(words["reasons"][1]["code"], "no_improvement_4_weeks");
  EXPECT_EQ(words["reasons"][1]["kind"], "red_flag");
  EXPECT_EQ(words["reasons"][1]["strength"], "weak");  // derived by the core from the duration
  EXPECT_EQ(words["reasons"][2]["strength"], "strong");
  EXPECT_EQ(words["reasons"][2]["text"], "A history of cancer");
}

TEST(ExplainTest, FindingTextNamesTheSideInTheStaffLanguage) {
  Explainer explainer(BACKCHECK_SOURCE_DIR "/web/locales");
  const json lead = json::parse(test::fixtureLead());
  const std::string en = explainer.explain(lead, "en")["findings"][0]["text"];
  const std::string es = explainer.explain(lead, "es")["findings"][0]["text"];
  EXPECT_NE(en.find("(left)"), std::string::npos) << en;
  EXPECT_EQ(en.find("{side}"), std::string::npos);
  EXPECT_NE(en, es);
  EXPECT_EQ(explainer.explain(lead, "fr")["findings"][0]["text"], en) << "unknown languages fall back to English";
}

TEST(ExplainTest, UnknownCodeKeepsTheCodeWithEmptyText) {
  Explainer explainer(BACKCHECK_SOURCE_DIR "/web/locales");
  json lead = json::parse(test::fixtureLead());
  lead["triage"]["reasons"] = json::array({"brand_new_code"});
  const json words = explainer.explain(lead, "en");
  EXPECT_EQ(words["reasons"][0]["code"], "brand_new_code");
  EXPECT_EQ(words["reasons"][0]["text"], "");
}

TEST(ExplainTest, FindingWithoutSideLeavesNoPlaceholder) {
  Explainer explainer(BACKCHECK_SOURCE_DIR "/web/locales");
  json lead = json::parse(test::fixtureLead());
  lead["findings"][0].erase("side");
  const std::string words = explainer.explain(lead, "en")["findings"][0]["text"];
  EXPECT_EQ(words.find("{side}"), std::string::npos) << words;
  EXPECT_EQ(words.find("()"), std::string::npos) << words;
}

TEST(NotifyTest, MessageSaysALeadIsWaitingAndNothingElse) {
  initCrypto();
  SmtpConfig smtp;
  smtp.from = "inbox@clinic.test";
  smtp.to = {"desk@clinic.test", "pt@clinic.test"};
  const std::string message = notificationMessage(smtp, "https://inbox.clinic.example/", 1796156133);
  EXPECT_NE(message.find("Subject: A self-check lead is waiting\r\n"), std::string::npos);
  EXPECT_NE(message.find("To: desk@clinic.test, pt@clinic.test\r\n"), std::string::npos);
  EXPECT_NE(message.find("https://inbox.clinic.example/"), std::string::npos);
  EXPECT_NE(message.find("Date: Tue, 01 Dec 2026"), std::string::npos);
}

TEST(NotifyTest, RetryDelayDoublesUpToAnHour) {
  EXPECT_EQ(retryDelay(30, 0), 30);
  EXPECT_EQ(retryDelay(30, 1), 60);
  EXPECT_EQ(retryDelay(30, 3), 240);
  EXPECT_EQ(retryDelay(30, 10), 3600);
  EXPECT_EQ(retryDelay(30, 1000), 3600);
}

}  // namespace
}  // namespace inbox
