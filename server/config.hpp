// inbox.json: every field is documented in docs/inbox.md; unknown keys are refused.
#pragma once

#include <string>
#include <vector>

namespace inbox {

struct SmtpConfig {
  bool enabled = false;               // true when the "notify" object is present
  std::string url;                    // smtp://host:587 (STARTTLS) or smtps://host:465 (TLS)
  std::string security = "starttls";  // starttls | tls | none (none: loopback test sinks only)
  std::string username;
  std::string passwordFile;  // the SMTP password, read at start (never in the config itself)
  std::string password;      // filled from passwordFile
  std::string from;
  std::vector<std::string> to;
  int timeoutSeconds = 20;
  int retryBaseSeconds = 30;  // backoff: base, 2x, 4x ... capped at one hour
};

struct Config {
  std::string host = "127.0.0.1";
  int port = 8790;
  std::string database;
  std::string keyFile;
  std::string publicUrl;  // what staff open, and the link in notification e-mails
  std::vector<std::string> allowedOrigins;
  std::string uiDir;
  int retentionDays = 90;
  int leadsPerMinute = 30;  // per client IP, POST /leads
  int leadBurst = 10;
  int sessionIdleSeconds = 900;
  int loginMaxFailures = 5;
  int loginLockoutSeconds = 900;
  int loginDelayBaseMs = 1000;
  int threads = 16;
  bool trustProxy = false;  // take the client IP from X-Forwarded-For (behind a reverse proxy)
  SmtpConfig smtp;

  // True when cookies may go without Secure: the inbox is only reachable on loopback http.
  bool insecureLoopback() const;
};

// Parses and checks the config text; on failure returns false with a message
// that names the field (e.g. `unknown key "prot" in inbox.json`).
bool parseConfig(const std::string& text, const std::string& baseDir, Config& out,
                 std::string& error);
bool loadConfig(const std::string& path, Config& out, std::string& error);

// An origin as a browser sends it: scheme://host[:port], lower case, no path.
bool isOrigin(const std::string& text);

}  // namespace inbox
