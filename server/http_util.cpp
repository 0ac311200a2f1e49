#include <ctime>

#include "app.hpp"

namespace inbox {

long long unixNow() { return static_cast<long long>(std::time(nullptr)); }

std::string clientIp(const App& app, const httplib::Request& req) {
  if (app.config.trustProxy && req.has_header("X-Forwarded-For")) {
    // The proxy appends the address it saw: the last entry is the one to trust.
    const std::string chain = req.get_header_value("X-Forwarded-For");
    const auto comma = chain.rfind(',');
    std::string ip = comma == std::string::npos ? chain : chain.substr(comma + 1);
    ip.erase(0, ip.find_first_not_of(' '));
    return ip.substr(0, 64);
  }
  return req.remote_addr;
}

void sendJson(httplib::Response& res, int status, const nlohmann::json& body) {
  res.status = status;
  // error_handler_t::replace: a lead's broken text can never abort the answer.
  res.set_content(body.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace),
                  "application/json");
}

void sendError(httplib::Response& res, int status, const std::string& code,
               const std::string& message) {
  sendJson(res, status, {{"error", {{"code", code}, {"message", message}}}});
}

namespace {
std::string cookieName(const App& app) {
  // __Host- binds the cookie to this exact host over https; it needs Secure.
  return app.config.insecureLoopback() ? "bcinbox_session" : "__Host-bcinbox_session";
}
}  // namespace

std::string cookieToken(const App& app, const httplib::Request& req) {
  const std::string name = cookieName(app) + "=";
  const std::string header = req.get_header_value("Cookie");
  std::size_t pos = 0;
  while (pos < header.size()) {
    const auto end = header.find(';', pos);
    std::string part = header.substr(pos, end == std::string::npos ? std::string::npos : end - pos);
    part.erase(0, part.find_first_not_of(' '));
    if (part.rfind(name, 0) == 0) return part.substr(name.size());
    if (end == std::string::npos) break;
    pos = end + 1;
  }
  return "";
}

std::string sessionCookie(const App& app, const std::string& token, bool clear) {
  std::string cookie =
      cookieName(app) + "=" + (clear ? "" : token) + "; Path=/; HttpOnly; SameSite=Strict";
  if (!app.config.insecureLoopback()) cookie += "; Secure";
  if (clear) cookie += "; Max-Age=0";
  return cookie;
}

bool fromInboxPage(const App& app, const httplib::Request& req) {
  const std::string origin = req.get_header_value("Origin");
  const std::string& home = app.config.publicUrl;
  return origin.empty() || home == origin || home.rfind(origin + "/", 0) == 0;
}

std::optional<Session> requireSession(App& app, const httplib::Request& req, httplib::Response& res,
                                      bool change, bool ownerOnly) {
  const bool poll = req.get_header_value("X-Inbox-Poll") == "1";
  auto session = app.sessions->use(cookieToken(app, req), Clock::now(), !poll);
  if (!session) {
    sendError(res, 401, "not_logged_in", "Log in first (sessions end after a while without use).");
    return std::nullopt;
  }
  // A change from another site is refused even before its token is compared.
  if (change && !fromInboxPage(app, req)) {
    sendError(res, 403, "origin", "Changes are only accepted from the inbox page itself.");
    return std::nullopt;
  }
  if (change && !equalConstantTime(req.get_header_value("X-CSRF-Token"), session->csrf)) {
    sendError(res, 403, "csrf", "Missing or wrong X-CSRF-Token.");
    return std::nullopt;
  }
  if (ownerOnly && session->role != "owner") {
    sendError(res, 403, "owner_only", "Only the clinic's owner account may do this.");
    return std::nullopt;
  }
  return session;
}

}  // namespace inbox
