#include "explain.hpp"

#include <backcheck/backcheck.hpp>

#include <fstream>

namespace inbox {

namespace {
using nlohmann::json;

std::string replaceAll(std::string s, const std::string& from, const std::string& to) {
  for (auto pos = s.find(from); pos != std::string::npos; pos = s.find(from, pos + to.size())) {
    s.replace(pos, from.size(), to);
  }
  return s;
}

// The catalog's finding texts say "({side})"; without a side the bracket goes.
std::string withSide(std::string words, const std::string& sideWords) {
  if (sideWords.empty()) return replaceAll(replaceAll(words, " ({side})", ""), "{side}", "");
  return replaceAll(words, "{side}", sideWords);
}

std::string sideOf(const json& lead, const std::string& code) {
  for (const auto& finding : lead.value("findings", json::array())) {
    if (finding.value("code", "") == code) return finding.value("side", "");
  }
  return "";
}
}  // namespace

Explainer::Explainer(const std::string& catalogDir) {
  for (const char* language : {"en", "es"}) {
    std::ifstream in(catalogDir + "/" + language + ".json");
    json catalog = json::parse(in, nullptr, false);
    if (!catalog.is_discarded() && catalog.is_object()) catalogs_[language] = std::move(catalog);
  }
  // Red flags as the core defines them: checklist options that carry a strength,
  // and the flags the core derives from other answers (age, duration: weak ones).
  const json protocol = json::parse(backcheck::protocol(), nullptr, false);
  if (protocol.is_discarded()) return;
  for (const auto& step : protocol.value("steps", json::array())) {
    for (const auto& question : step.value("questions", json::array())) {
      for (const auto& option : question.value("options", json::array())) {
        if (option.contains("strength") && option.contains("value")) {
          redFlagStrength_[option["value"].get<std::string>()] =
              option["strength"].get<std::string>();
        }
      }
    }
  }
  for (const auto& derived : protocol.value("derivedRedFlags", json::array())) {
    redFlagStrength_[derived.value("code", "")] = "weak";
  }
}

std::string Explainer::text(const std::string& language, const std::string& key) const {
  for (const std::string& lang : {language, std::string("en")}) {
    auto it = catalogs_.find(lang);
    if (it != catalogs_.end() && it->second.contains(key) && it->second[key].is_string()) {
      return it->second[key].get<std::string>();
    }
  }
  return "";  // the UI shows the code itself
}

json Explainer::explain(const json& lead, const std::string& language) const {
  const std::string lang = catalogs_.count(language) ? language : "en";
  json out = json::object();
  const json triage = lead.value("triage", json::object());
  const std::string level = triage.value("level", "");
  out["triage"] = {{"level", level}, {"title", text(lang, "triage." + level + ".title")}};

  out["reasons"] = json::array();
  for (const auto& code : triage.value("reasons", json::array())) {
    const std::string c = code.get<std::string>();
    const auto flag = redFlagStrength_.find(c);
    if (flag != redFlagStrength_.end()) {
      out["reasons"].push_back({{"code", c},
                                {"kind", "red_flag"},
                                {"strength", flag->second},
                                {"text", text(lang, "redflag." + c)}});
    } else {
      const std::string side = sideOf(lead, c);
      out["reasons"].push_back(
          {{"code", c},
           {"kind", "finding"},
           {"text",
            withSide(text(lang, "finding." + c), side.empty() ? "" : text(lang, "side." + side))}});
    }
  }

  out["findings"] = json::array();
  for (const auto& finding : lead.value("findings", json::array())) {
    const std::string code = finding.value("code", "");
    const std::string side = finding.value("side", "");
    const std::string words =
        withSide(text(lang, "finding." + code), side.empty() ? "" : text(lang, "side." + side));
    json item = {
        {"code", code}, {"text", words}, {"values", finding.value("values", json::object())}};
    for (const char* key : {"side", "motion", "grade", "confidence"}) {
      if (finding.contains(key)) item[key] = finding[key];
    }
    out["findings"].push_back(std::move(item));
  }

  out["notAssessed"] = json::array();
  for (const auto& code : lead.value("notAssessed", json::array())) {
    const std::string c = code.get<std::string>();
    out["notAssessed"].push_back({{"code", c}, {"text", text(lang, "notAssessed." + c)}});
  }
  return out;
}

}  // namespace inbox
