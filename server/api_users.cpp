// The owner's user management on the page: list, add (a password is generated
// and shown once), reset a password, remove. The same as `backcheck-inbox user …`.
#include <algorithm>
#include <cctype>

#include "app.hpp"

namespace inbox {

namespace {

using nlohmann::json;

// {email, role?} from the body; email in lower case, or "" when it is not one.
std::string emailOf(const json& body) {
  if (!body.is_object() || !body.value("email", json()).is_string()) return "";
  std::string email = body["email"].get<std::string>();
  std::transform(email.begin(), email.end(), email.begin(),
                 [](unsigned char c) { return std::tolower(c); });
  const auto at = email.find('@');
  const bool ok = email.size() <= 254 && at != std::string::npos && at > 0 &&
                  email.find('.', at) != std::string::npos &&
                  std::none_of(email.begin(), email.end(),
                               [](unsigned char c) { return c <= ' ' || c == 0x7F; });
  return ok ? email : "";
}

void add(App& app, const httplib::Request& req, httplib::Response& res) {
  auto owner = requireSession(app, req, res, true, true);
  if (!owner) return;
  const json body = json::parse(req.body, nullptr, false);
  const std::string email = emailOf(body);
  const std::string role = body.is_object() ? body.value("role", "staff") : "";
  if (email.empty() || (role != "staff" && role != "owner")) {
    sendError(res, 400, "bad_user", "Send an e-mail address and the role staff or owner.");
    return;
  }
  const std::string password = randomToken(12);
  if (!app.store->addUser(email, role, hashPassword(password))) {
    sendError(res, 409, "exists", "There is already a user with this e-mail.");
    return;
  }
  app.store->audit(owner->email, clientIp(app, req), "user_add", "", email + " (" + role + ")",
                   unixNow());
  sendJson(res, 201, {{"email", email}, {"role", role}, {"password", password}});
}

void reset(App& app, const httplib::Request& req, httplib::Response& res) {
  auto owner = requireSession(app, req, res, true, true);
  if (!owner) return;
  const std::string email = emailOf(json::parse(req.body, nullptr, false));
  const std::string password = randomToken(12);
  if (email.empty() || !app.store->setPassword(email, hashPassword(password))) {
    sendError(res, 404, "not_found", "No such user.");
    return;
  }
  app.sessions->endAllFor(email);  // the old password's sessions end with it
  app.store->audit(owner->email, clientIp(app, req), "user_reset", "", email, unixNow());
  sendJson(res, 200, {{"email", email}, {"password", password}});
}

void remove(App& app, const httplib::Request& req, httplib::Response& res) {
  auto owner = requireSession(app, req, res, true, true);
  if (!owner) return;
  const std::string email = emailOf(json::parse(req.body, nullptr, false));
  if (email == owner->email) {
    sendError(res, 409, "self", "You cannot remove your own account.");
    return;
  }
  if (email.empty() || !app.store->removeUser(email)) {
    sendError(res, 404, "not_found", "No such user.");
    return;
  }
  app.sessions->endAllFor(email);
  app.store->audit(owner->email, clientIp(app, req), "user_remove", "", email, unixNow());
  sendJson(res, 200, {{"ok", true}});
}

}  // namespace

void addUserRoutes(httplib::Server& server, App& app) {
  server.Get("/api/users", [&app](const httplib::Request& req, httplib::Response& res) {
    if (!requireSession(app, req, res, false, true)) return;
    json users = json::array();
    for (const auto& u : app.store->listUsers())
      users.push_back({{"email", u.email}, {"role", u.role}});
    sendJson(res, 200, {{"users", users}});
  });
  server.Post("/api/users",
              [&app](const httplib::Request& req, httplib::Response& res) { add(app, req, res); });
  server.Post("/api/users/reset", [&app](const httplib::Request& req, httplib::Response& res) {
    reset(app, req, res);
  });
  server.Post("/api/users/remove", [&app](const httplib::Request& req, httplib::Response& res) {
    remove(app, req, res);
  });
}

}  // namespace inbox
