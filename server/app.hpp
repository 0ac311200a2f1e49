// What the HTTP handlers share: the config and the long-lived services.
// Handlers stay thin: parse the request, call one of these, write JSON.
#pragma once

#include <httplib.h>
#include <nlohmann/json.hpp>

#include <memory>
#include <optional>
#include <string>

#include "config.hpp"
#include "crypto.hpp"
#include "explain.hpp"
#include "notify.hpp"
#include "rate_limit.hpp"
#include "sessions.hpp"
#include "store.hpp"

namespace inbox {

struct App {
  Config config;
  std::unique_ptr<Key> key;
  std::unique_ptr<Store> store;
  std::unique_ptr<Explainer> explainer;
  std::unique_ptr<Sessions> sessions;
  std::unique_ptr<LoginThrottle> logins;
  std::unique_ptr<RateLimiter> leadLimit;
  std::unique_ptr<RateLimiter> loginLimit;
  std::unique_ptr<Notifier> notifier;  // null without a "notify" section
};

// Helpers shared by the route files (http_util.cpp).
std::string clientIp(const App& app, const httplib::Request& req);
void sendJson(httplib::Response& res, int status, const nlohmann::json& body);
void sendError(httplib::Response& res, int status, const std::string& code,
               const std::string& message);
std::string cookieToken(const App& app, const httplib::Request& req);
std::string sessionCookie(const App& app, const std::string& token, bool clear);
long long unixNow();

// False when the browser says the request comes from another site (Origin).
bool fromInboxPage(const App& app, const httplib::Request& req);

// The session behind the request, or nullopt after writing 401/403.
// `change`: the request changes something, so the CSRF header must match.
// A request with `X-Inbox-Poll: 1` (the page refreshing itself) does not count as activity.
std::optional<Session> requireSession(App& app, const httplib::Request& req, httplib::Response& res,
                                      bool change, bool ownerOnly);

void addLeadRoutes(httplib::Server& server, App& app);     // intake.cpp: POST /leads
void addAuthRoutes(httplib::Server& server, App& app);     // api_auth.cpp
void addLeadApiRoutes(httplib::Server& server, App& app);  // api_leads.cpp
void addUserRoutes(httplib::Server& server, App& app);     // api_users.cpp

// Deletes leads older than retentionDays; each id goes to the audit log.
std::size_t applyRetention(App& app, const std::string& actor, const std::string& ip);

// Opens everything the config names and serves until SIGINT/SIGTERM (server.cpp).
int serve(const Config& config);

}  // namespace inbox
