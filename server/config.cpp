#include "config.hpp"

#include <nlohmann/json.hpp>

#include <fstream>
#include <regex>
#include <set>
#include <sstream>

namespace inbox {

namespace {

using nlohmann::json;

struct Reader {
  const json& object;
  std::string where;
  std::string& error;

  bool known(const std::set<std::string>& keys) {
    for (const auto& item : object.items()) {
      if (!keys.count(item.key())) {
        error = "unknown key \"" + item.key() + "\" in " + where + " (allowed: ";
        for (const auto& k : keys) error += k + " ";
        error.back() = ')';
        return false;
      }
    }
    return true;
  }
  bool text(const char* key, std::string& out, bool required) {
    if (!object.contains(key)) {
      if (required) error = "missing \"" + std::string(key) + "\" in " + where;
      return !required;
    }
    if (!object[key].is_string() || object[key].get<std::string>().empty()) {
      error = "\"" + std::string(key) + "\" in " + where + " must be a non-empty string";
      return false;
    }
    out = object[key].get<std::string>();
    return true;
  }
  bool integer(const char* key, int& out, int min, int max) {
    if (!object.contains(key)) return true;
    const auto& v = object[key];
    if (!v.is_number_integer() || v.get<long long>() < min || v.get<long long>() > max) {
      error = "\"" + std::string(key) + "\" in " + where + " must be a whole number from " +
              std::to_string(min) + " to " + std::to_string(max);
      return false;
    }
    out = v.get<int>();
    return true;
  }
  bool boolean(const char* key, bool& out) {
    if (!object.contains(key)) return true;
    if (!object[key].is_boolean()) {
      error = "\"" + std::string(key) + "\" in " + where + " must be true or false";
      return false;
    }
    out = object[key].get<bool>();
    return true;
  }
  bool texts(const char* key, std::vector<std::string>& out, bool required) {
    if (!object.contains(key)) {
      if (required) error = "missing \"" + std::string(key) + "\" in " + where;
      return !required;
    }
    const auto& v = object[key];
    bool ok = v.is_array() && !v.empty();
    for (const auto& item : ok ? v : json::array()) ok = ok && item.is_string();
    if (!ok) {
      error = "\"" + std::string(key) + "\" in " + where + " must be a non-empty list of strings";
      return false;
    }
    out = v.get<std::vector<std::string>>();
    return true;
  }
};

std::string resolve(const std::string& baseDir, const std::string& path) {
  return path.empty() || path[0] == '/' || baseDir.empty() ? path : baseDir + "/" + path;
}

bool parseSmtp(const json& object, const std::string& baseDir, SmtpConfig& smtp,
               std::string& error) {
  if (!object.is_object()) {
    error = "\"notify\" in inbox.json must be an object";
    return false;
  }
  Reader r{object, "notify", error};
  smtp.enabled = true;
  if (!r.known({"smtpUrl", "security", "username", "passwordFile", "from", "to", "timeoutSeconds",
                "retryBaseSeconds"}) ||
      !r.text("smtpUrl", smtp.url, true) || !r.text("security", smtp.security, false) ||
      !r.text("username", smtp.username, false) ||
      !r.text("passwordFile", smtp.passwordFile, false) || !r.text("from", smtp.from, true) ||
      !r.texts("to", smtp.to, true) || !r.integer("timeoutSeconds", smtp.timeoutSeconds, 1, 300) ||
      !r.integer("retryBaseSeconds", smtp.retryBaseSeconds, 1, 3600)) {
    return false;
  }
  if (smtp.security != "starttls" && smtp.security != "tls" && smtp.security != "none") {
    error = "\"security\" in notify must be starttls, tls or none";
    return false;
  }
  if (smtp.url.rfind("smtp://", 0) != 0 && smtp.url.rfind("smtps://", 0) != 0) {
    error = "\"smtpUrl\" in notify must start with smtp:// or smtps://";
    return false;
  }
  // TLS from the first byte is smtps://; STARTTLS upgrades a smtp:// connection.
  if ((smtp.security == "tls") != (smtp.url.rfind("smtps://", 0) == 0)) {
    error = "notify: security \"tls\" goes with smtps://, \"starttls\" and \"none\" with smtp://";
    return false;
  }
  if (!smtp.passwordFile.empty()) {
    smtp.passwordFile = resolve(baseDir, smtp.passwordFile);
    std::ifstream in(smtp.passwordFile);
    if (!in || !std::getline(in, smtp.password)) {
      error = "cannot read notify.passwordFile " + smtp.passwordFile;
      return false;
    }
  }
  return true;
}

}  // namespace

bool isOrigin(const std::string& text) {
  static const std::regex origin(
      R"(^https?://[a-z0-9.-]+(:[0-9]{1,5})?$|^https?://\[[0-9a-f:]+\](:[0-9]{1,5})?$)");
  return std::regex_match(text, origin);
}

bool Config::insecureLoopback() const {
  static const std::regex loopback(R"(^http://(127\.0\.0\.1|localhost|\[::1\])(:[0-9]+)?(/.*)?$)");
  return std::regex_match(publicUrl, loopback);
}

bool parseConfig(const std::string& text, const std::string& baseDir, Config& out,
                 std::string& error) {
  const json doc = json::parse(text, nullptr, false);
  if (doc.is_discarded() || !doc.is_object()) {
    error = "inbox.json is not a JSON object";
    return false;
  }
  Reader r{doc, "inbox.json", error};
  if (!r.known({"host", "port", "database", "keyFile", "publicUrl", "allowedOrigins", "uiDir",
                "retentionDays", "leadsPerMinute", "leadBurst", "sessionIdleSeconds",
                "loginMaxFailures", "loginLockoutSeconds", "loginDelayBaseMs", "threads",
                "trustProxy", "notify"}) ||
      !r.text("host", out.host, false) || !r.integer("port", out.port, 1, 65535) ||
      !r.text("database", out.database, true) || !r.text("keyFile", out.keyFile, true) ||
      !r.text("publicUrl", out.publicUrl, true) ||
      !r.texts("allowedOrigins", out.allowedOrigins, true) || !r.text("uiDir", out.uiDir, true) ||
      !r.integer("retentionDays", out.retentionDays, 1, 3650) ||
      !r.integer("leadsPerMinute", out.leadsPerMinute, 1, 100000) ||
      !r.integer("leadBurst", out.leadBurst, 1, 100000) ||
      !r.integer("sessionIdleSeconds", out.sessionIdleSeconds, 1, 86400) ||
      !r.integer("loginMaxFailures", out.loginMaxFailures, 1, 100) ||
      !r.integer("loginLockoutSeconds", out.loginLockoutSeconds, 1, 86400) ||
      !r.integer("loginDelayBaseMs", out.loginDelayBaseMs, 0, 60000) ||
      !r.integer("threads", out.threads, 2, 256) || !r.boolean("trustProxy", out.trustProxy)) {
    return false;
  }
  for (const auto& origin : out.allowedOrigins) {
    if (!isOrigin(origin)) {
      error = "allowedOrigins: \"" + origin + "\" is not an origin like https://clinic.example";
      return false;
    }
  }
  if (out.publicUrl.rfind("https://", 0) != 0 && !out.insecureLoopback()) {
    error = "publicUrl must be https:// (http only for 127.0.0.1/localhost)";
    return false;
  }
  out.database = resolve(baseDir, out.database);
  out.keyFile = resolve(baseDir, out.keyFile);
  out.uiDir = resolve(baseDir, out.uiDir);
  if (doc.contains("notify") && !parseSmtp(doc["notify"], baseDir, out.smtp, error)) return false;
  return true;
}

bool loadConfig(const std::string& path, Config& out, std::string& error) {
  std::ifstream in(path);
  if (!in) {
    error = "cannot read config " + path;
    return false;
  }
  std::stringstream text;
  text << in.rdbuf();
  const auto slash = path.rfind('/');
  const std::string baseDir = slash == std::string::npos ? "." : path.substr(0, slash);
  return parseConfig(text.str(), baseDir, out, error);
}

}  // namespace inbox
