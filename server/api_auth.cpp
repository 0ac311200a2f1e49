// Login, logout and the current session (JSON API for the inbox page).
#include <algorithm>
#include <cctype>

#include "app.hpp"

namespace inbox {

namespace {

std::string lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return std::tolower(c); });
  return s;
}

nlohmann::json sessionJson(const App& app, const Session& s) {
  return {{"email", s.email},
          {"role", s.role},
          {"csrf", s.csrf},
          {"idleSeconds", app.config.sessionIdleSeconds}};
}

void login(App& app, const httplib::Request& req, httplib::Response& res) {
  const std::string ip = clientIp(app, req);
  if (!fromInboxPage(app, req)) {  // no logging a victim's browser into another account
    sendError(res, 403, "origin", "Log in from the inbox page itself.");
    return;
  }
  if (const int wait = app.loginLimit->take(ip)) {
    res.set_header("Retry-After", std::to_string(wait));
    sendError(res, 429, "rate_limited", "Too many attempts from this address.");
    return;
  }
  const auto body = nlohmann::json::parse(req.body, nullptr, false);
  if (body.is_discarded() || !body.is_object() ||
      !body.value("email", nlohmann::json()).is_string() ||
      !body.value("password", nlohmann::json()).is_string()) {
    sendError(res, 400, "bad_request", "Send {\"email\", \"password\"}.");
    return;
  }
  const std::string email = lower(body["email"].get<std::string>()).substr(0, 254);
  const std::string password = body["password"].get<std::string>();
  if (const int wait = app.logins->waitSeconds(email)) {
    const bool locked = app.logins->lockedOut(email);
    res.set_header("Retry-After", std::to_string(wait));
    sendError(res, 429, locked ? "locked" : "wait",
              locked ? "Too many failed logins: this account is locked for a while."
                     : "Wait before trying again.");
    return;
  }
  const auto user = app.store->findUser(email);
  // Hash even for an unknown e-mail, so timing does not tell which accounts exist.
  static const std::string dummy = hashPassword(randomToken());
  const bool ok = verifyPassword(user ? user->passwordHash : dummy, password) && user.has_value();
  if (!ok) {
    app.logins->failed(email);
    app.store->audit(email, ip, "login_failed", "", "", unixNow());
    sendError(res, 401, "bad_login", "Wrong e-mail or password.");
    return;
  }
  app.logins->succeeded(email);
  const std::string token = app.sessions->create(user->email, user->role);
  app.store->audit(user->email, ip, "login", "", "", unixNow());
  res.set_header("Set-Cookie", sessionCookie(app, token, false));
  sendJson(res, 200, sessionJson(app, *app.sessions->use(token)));
}

}  // namespace

void addAuthRoutes(httplib::Server& server, App& app) {
  server.Post("/api/login", [&app](const httplib::Request& req, httplib::Response& res) {
    login(app, req, res);
  });
  server.Get("/api/session", [&app](const httplib::Request& req, httplib::Response& res) {
    if (auto s = requireSession(app, req, res, false, false))
      sendJson(res, 200, sessionJson(app, *s));
  });
  server.Post("/api/logout", [&app](const httplib::Request& req, httplib::Response& res) {
    if (auto s = requireSession(app, req, res, true, false)) {
      app.sessions->end(cookieToken(app, req));
      app.store->audit(s->email, clientIp(app, req), "logout", "", "", unixNow());
      res.set_header("Set-Cookie", sessionCookie(app, "", true));
      sendJson(res, 200, {{"ok", true}});
    }
  });
}

}  // namespace inbox
