// Turns a lead's codes into the PT summary in words. Which code is a red flag
// (and how strong) comes from the core's own protocol() (backcheck::core), the
// words from the widget's catalogs (web/locales): no rule is copied here.
#pragma once

#include <nlohmann/json.hpp>

#include <map>
#include <string>

namespace inbox {

class Explainer {
 public:
  // catalogDir holds en.json, es.json (the widget's catalogs).
  explicit Explainer(const std::string& catalogDir);

  // {triage:{level,title}, reasons:[{code,kind,strength,text}], findings:[{code,side,text,...}],
  //  notAssessed:[{code,text}]} in `language` (en or es; en when unknown).
  nlohmann::json explain(const nlohmann::json& lead, const std::string& language) const;
  bool loaded() const { return !catalogs_.empty(); }

 private:
  std::string text(const std::string& language, const std::string& key) const;

  std::map<std::string, nlohmann::json> catalogs_;
  std::map<std::string, std::string> redFlagStrength_;  // code -> emergency | strong | weak
};

}  // namespace inbox
