// POST /leads validation: as strict as docs/lead.schema.json (the node suite
// compares it with ajv on the same documents), a little stricter on free text.
#include <gtest/gtest.h>

#include "lead_check.hpp"
#include "test_support.hpp"

namespace inbox {
namespace {

using nlohmann::json;

json lead() { return json::parse(test::fixtureLead()); }

bool refusedAt(const json& doc, const std::string& path) {
  for (const auto& p : checkLead(doc)) {
    if (p.path == path) return true;
  }
  return false;
}

TEST(LeadCheckTest, FixtureLeadIsValid) { EXPECT_TRUE(checkLead(lead()).empty()); }

TEST(LeadCheckTest, UnknownPropertiesAreRefusedAtEveryLevel) {
  for (const char* pointer : {"/extra", "/contact/extra", "/consents/extra", "/consents/wording/extra",
                              "/triage/extra", "/findings/0/extra"}) {
    json doc = lead();
    doc[json::json_pointer(pointer)] = 1;
    EXPECT_TRUE(refusedAt(doc, pointer)) << pointer;
  }
}

TEST(LeadCheckTest, LengthsAreCountedInCharactersOnTheLimit) {
  json doc = lead();
  std::string name;
  for (int i = 0; i < 100; ++i) name += "ñ";  // 100 characters, 200 bytes
  doc["contact"]["name"] = name;
  EXPECT_TRUE(checkLead(doc).empty());
  doc["contact"]["name"] = name + "a";
  EXPECT_TRUE(refusedAt(doc, "/contact/name"));
  doc = lead();
  doc["contact"]["note"] = std::string(1000, 'x');
  EXPECT_TRUE(checkLead(doc).empty());
  doc["contact"]["note"] = std::string(1001, 'x');
  EXPECT_TRUE(refusedAt(doc, "/contact/note"));
  doc = lead();
  doc["summary"] = std::string(8001, 'x');
  EXPECT_TRUE(refusedAt(doc, "/summary"));
}

TEST(LeadCheckTest, PageUrlMustBeHttpWithoutQueryOrFragment) {
  json doc = lead();
  for (const char* bad : {"javascript:alert(1)", "https://clinic.example/?utm=1", "https://c.example/#x", "ftp://x"}) {
    doc["pageUrl"] = bad;
    EXPECT_TRUE(refusedAt(doc, "/pageUrl")) << bad;
  }
  doc["pageUrl"] = "";
  EXPECT_TRUE(checkLead(doc).empty());
}

TEST(LeadCheckTest, ContactNeedsEmailOrPhoneOfTheRightShape) {
  json doc = lead();
  doc["contact"].erase("email");
  EXPECT_TRUE(checkLead(doc).empty());
  doc["contact"].erase("phone");
  EXPECT_TRUE(refusedAt(doc, "/contact"));
  doc = lead();
  doc["contact"]["email"] = "ana@mail.test?cc=x@evil.test";
  EXPECT_TRUE(refusedAt(doc, "/contact/email"));
  doc = lead();
  doc["contact"]["phone"] = "123456";  // 6 digits
  EXPECT_TRUE(refusedAt(doc, "/contact/phone"));
  doc["contact"]["name"] = "Ana\u0007";
  EXPECT_TRUE(refusedAt(doc, "/contact/name"));
}

// The widget's contact form takes letters of any script (web/rules/email.ts);
// an address it accepted must not be refused here, or the lead is lost.
TEST(LeadCheckTest, EmailTakesWhatTheWidgetTakes) {
  for (const char* good : {"ana@clínica.es", "josé.núñez@correo.mx", "李@例子.中国"}) {
    json doc = lead();
    doc["contact"]["email"] = good;
    EXPECT_TRUE(checkLead(doc).empty()) << good;
  }
  for (const char* bad : {"ana@clínica", "ana clínica@correo.mx", "ana@clínica.es?cc=x@evil.test",
                          "\"ana\"@correo.mx", "ana@cor_reo.mx"}) {
    json doc = lead();
    doc["contact"]["email"] = bad;
    EXPECT_TRUE(refusedAt(doc, "/contact/email")) << bad;
  }
}

TEST(LeadCheckTest, ConsentMustBeGivenAndWordingRecorded) {
  json doc = lead();
  doc["consents"]["shareWithClinic"] = false;
  EXPECT_TRUE(refusedAt(doc, "/consents/shareWithClinic"));
  doc = lead();
  doc["consents"].erase("wording");
  EXPECT_TRUE(refusedAt(doc, "/consents/wording"));
}

TEST(LeadCheckTest, EmergencyLevelAndBadCodesAreRefused) {
  json doc = lead();
  doc["triage"]["level"] = "emergency";
  EXPECT_TRUE(refusedAt(doc, "/triage/level"));
  doc = lead();
  doc["triage"]["reasons"][0] = "<script>";
  EXPECT_TRUE(refusedAt(doc, "/triage/reasons/0"));
}

TEST(LeadCheckTest, IdempotencyKeyMustBeAUuidV4) {
  json doc = lead();
  doc["idempotencyKey"] = "1b4e28ba-2fa1-1d3b-883f-0016d3cca427";  // version 1
  EXPECT_TRUE(refusedAt(doc, "/idempotencyKey"));
  doc["idempotencyKey"] = "1B4E28BA-2FA1-4D3B-883F-0016D3CCA427";  // the schema's pattern is lower case
  EXPECT_TRUE(refusedAt(doc, "/idempotencyKey"));
}

TEST(LeadCheckTest, RequiredFieldsAreNamed) {
  json doc = lead();
  doc.erase("summary");
  EXPECT_TRUE(refusedAt(doc, "/summary"));
  EXPECT_TRUE(refusedAt(json::array(), ""));
}

TEST(LeadCheckTest, NoMoreThanTwentyProblemsAreReported) {
  json doc = lead();
  for (int i = 0; i < 50; ++i) doc["x" + std::to_string(i)] = i;
  EXPECT_EQ(checkLead(doc).size(), 20u);
}

}  // namespace
}  // namespace inbox
