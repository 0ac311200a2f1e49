#include "lead_check.hpp"

#include <algorithm>
#include <regex>
#include <set>

namespace inbox {

namespace {

using nlohmann::json;

// Characters, as JSON Schema's maxLength counts them (code points, not bytes).
std::size_t characters(const std::string& s) {
  return static_cast<std::size_t>(std::count_if(
      s.begin(), s.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

bool hasControl(const std::string& s, bool allowNewlines) {
  return std::any_of(s.begin(), s.end(), [&](char c) {
    const auto u = static_cast<unsigned char>(c);
    if (allowNewlines && (c == '\n' || c == '\r' || c == '\t')) return false;
    return u < 0x20 || u == 0x7F;
  });
}

class Checker {
 public:
  std::vector<LeadProblem> problems;

  bool need(bool ok, const std::string& path, const std::string& message) {
    if (!ok && problems.size() < 20) problems.push_back({path, message});
    return ok;
  }
  bool object(const json& v, const std::string& path, const std::set<std::string>& allowed,
              const std::vector<std::string>& required) {
    if (!need(v.is_object(), path, "must be an object")) return false;
    for (const auto& item : v.items()) {
      need(allowed.count(item.key()) == 1, path + "/" + item.key(), "is not allowed here");
    }
    for (const auto& key : required) need(v.contains(key), path + "/" + key, "is required");
    return true;
  }
  // A string of min..max characters; free text may hold newlines, fields may not.
  bool text(const json& parent, const char* key, const std::string& path, std::size_t min,
            std::size_t max, bool multiline = false) {
    if (!parent.contains(key)) return false;
    const json& v = parent[key];
    const std::string where = path + "/" + key;
    if (!need(v.is_string(), where, "must be a string")) return false;
    const auto& s = v.get_ref<const std::string&>();
    const std::size_t n = characters(s);
    return need(n >= min && n <= max, where,
                "must be " + std::to_string(min) + "-" + std::to_string(max) + " characters") &&
           need(!hasControl(s, multiline), where, "must not contain control characters");
  }
  void pattern(const json& parent, const char* key, const std::string& path, const std::regex& re,
               const std::string& message) {
    if (parent.contains(key) && parent[key].is_string()) {
      need(std::regex_match(parent[key].get_ref<const std::string&>(), re), path + "/" + key,
           message);
    }
  }
  void oneOf(const json& v, const std::string& path, const std::set<std::string>& values) {
    need(v.is_string() && values.count(v.get<std::string>()) == 1, path,
         "is not one of the allowed values");
  }
  void codes(const json& v, const std::string& path) {
    static const std::regex code("^[a-z][a-z0-9_]{0,63}$");
    if (!need(v.is_array(), path, "must be an array")) return;
    for (std::size_t i = 0; i < v.size(); ++i) {
      need(v[i].is_string() && std::regex_match(v[i].get<std::string>(), code),
           path + "/" + std::to_string(i), "must be a code like hip_er_limited");
    }
  }

  void contact(const json& c) {
    if (!object(c, "/contact", {"name", "email", "phone", "preferredTime", "note"},
                {"preferredTime"}))
      return;
    // The widget's rule (web/rules/email.ts) takes letters and digits of any
    // script; the text is valid UTF-8 (the JSON parser checked), so here every
    // byte of a non-ASCII character reads as a letter.
    static const std::regex email(
        R"(^[A-Za-z0-9.!$%*+=^_`{|}~'-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$)");
    static const std::regex phone(R"(^[0-9 +()./-]+$)");
    text(c, "name", "/contact", 1, 100);
    if (text(c, "email", "/contact", 3, 254)) {
      std::string folded = c["email"].get<std::string>();
      for (char& ch : folded)
        if (static_cast<unsigned char>(ch) >= 0x80) ch = 'a';
      need(std::regex_match(folded, email), "/contact/email", "must be an e-mail address");
    }
    if (text(c, "phone", "/contact", 7, 32)) {
      pattern(c, "phone", "/contact", phone, "must be a phone number");
      const auto& p = c["phone"].get_ref<const std::string&>();
      const auto digits =
          std::count_if(p.begin(), p.end(), [](char ch) { return ch >= '0' && ch <= '9'; });
      need(digits >= 7 && digits <= 15, "/contact/phone", "must have 7-15 digits");
    }
    text(c, "note", "/contact", 1, 1000, true);
    need(c.contains("email") || c.contains("phone"), "/contact", "needs an e-mail or a phone");
    if (c.contains("preferredTime"))
      oneOf(c["preferredTime"], "/contact/preferredTime",
            {"any", "morning", "afternoon", "evening"});
  }

  void consents(const json& k) {
    if (!object(k, "/consents", {"shareWithClinic", "marketing", "wording"},
                {"shareWithClinic", "marketing", "wording"}))
      return;
    if (k.contains("shareWithClinic"))
      need(k["shareWithClinic"] == true, "/consents/shareWithClinic", "must be true");
    if (k.contains("marketing"))
      need(k["marketing"].is_boolean(), "/consents/marketing", "must be true or false");
    if (!k.contains("wording")) return;
    const json& w = k["wording"];
    if (!object(w, "/consents/wording", {"shareWithClinic", "marketing"},
                {"shareWithClinic", "marketing"}))
      return;
    text(w, "shareWithClinic", "/consents/wording", 0, 2000, true);
    text(w, "marketing", "/consents/wording", 0, 2000, true);
  }

  void finding(const json& f, const std::string& path) {
    if (!object(f, path, {"code", "side", "motion", "grade", "confidence", "values"},
                {"code", "values"}))
      return;
    static const std::regex word("^[a-z][a-z0-9_]{0,63}$");
    if (f.contains("code")) codes(json::array({f["code"]}), path + "/code");
    if (f.contains("side")) oneOf(f["side"], path + "/side", {"left", "right", "both"});
    if (text(f, "motion", path, 0, 64)) pattern(f, "motion", path, word, "must be a code");
    if (text(f, "grade", path, 0, 64)) pattern(f, "grade", path, word, "must be a code");
    if (f.contains("confidence"))
      oneOf(f["confidence"], path + "/confidence", {"measured", "estimated", "self_reported"});
    if (!f.contains("values") ||
        !need(f["values"].is_object(), path + "/values", "must be an object"))
      return;
    for (const auto& item : f["values"].items()) {
      const json& v = item.value();
      need(v.is_number() || v.is_boolean() ||
               (v.is_string() && characters(v.get<std::string>()) <= 200),
           path + "/values/" + item.key(), "must be a number, a short string or true/false");
    }
  }
};

}  // namespace

std::vector<LeadProblem> checkLead(const json& lead) {
  Checker c;
  const std::vector<std::string> required = {"leadSchemaVersion",
                                             "idempotencyKey",
                                             "createdAt",
                                             "locale",
                                             "pageUrl",
                                             "coreVersion",
                                             "contact",
                                             "consents",
                                             "triage",
                                             "findings",
                                             "scores",
                                             "notAssessed",
                                             "summary"};
  std::set<std::string> allowed(required.begin(), required.end());
  allowed.insert("answers");
  if (!c.object(lead, "", allowed, required)) return c.problems;

  if (lead.contains("leadSchemaVersion")) {
    const json& v = lead["leadSchemaVersion"];
    c.need(v.is_number() && v == 1, "/leadSchemaVersion", "must be 1");
  }
  static const std::regex uuid(
      "^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$");
  static const std::regex dateTime(
      R"(^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$)");
  static const std::regex locale("^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$");
  static const std::regex pageUrl(R"(^$|^https?://[^\s?#"<>\\]+$)");
  static const std::regex version(R"(^[0-9A-Za-z.+-]+$)");
  if (c.text(lead, "idempotencyKey", "", 36, 36))
    c.pattern(lead, "idempotencyKey", "", uuid, "must be a UUID v4");
  if (c.text(lead, "createdAt", "", 20, 35))
    c.pattern(lead, "createdAt", "", dateTime, "must be an ISO 8601 date-time");
  if (c.text(lead, "locale", "", 2, 16))
    c.pattern(lead, "locale", "", locale, "must be a language tag");
  if (c.text(lead, "pageUrl", "", 0, 2048))
    c.pattern(lead, "pageUrl", "", pageUrl, "must be an http(s) URL without query or fragment");
  if (c.text(lead, "coreVersion", "", 1, 64))
    c.pattern(lead, "coreVersion", "", version, "must be a version");
  if (lead.contains("contact")) c.contact(lead["contact"]);
  if (lead.contains("consents")) c.consents(lead["consents"]);
  if (lead.contains("triage") &&
      c.object(lead["triage"], "/triage", {"level", "reasons"}, {"level", "reasons"})) {
    const json& t = lead["triage"];
    if (t.contains("level"))
      c.oneOf(t["level"], "/triage/level", {"urgent", "pt_evaluation", "self_care"});
    if (t.contains("reasons")) c.codes(t["reasons"], "/triage/reasons");
  }
  if (lead.contains("findings") &&
      c.need(lead["findings"].is_array(), "/findings", "must be an array")) {
    for (std::size_t i = 0; i < lead["findings"].size(); ++i)
      c.finding(lead["findings"][i], "/findings/" + std::to_string(i));
  }
  if (lead.contains("scores")) c.need(lead["scores"].is_object(), "/scores", "must be an object");
  if (lead.contains("notAssessed") &&
      c.need(lead["notAssessed"].is_array(), "/notAssessed", "must be an array")) {
    for (const auto& v : lead["notAssessed"])
      c.need(v.is_string(), "/notAssessed", "must hold strings");
  }
  c.text(lead, "summary", "", 0, 8000, true);
  if (lead.contains("answers"))
    c.need(lead["answers"].is_object(), "/answers", "must be an object");
  return c.problems;
}

}  // namespace inbox
