// POST /leads: the receiver contract of docs/leads.md §5.
#include <algorithm>
#include <chrono>
#include <iostream>

#include "app.hpp"
#include "lead_check.hpp"

namespace inbox {

namespace {

bool allowedOrigin(const App& app, const std::string& origin) {
  const auto& list = app.config.allowedOrigins;
  return !origin.empty() && std::find(list.begin(), list.end(), origin) != list.end();
}

void corsHeaders(httplib::Response& res, const std::string& origin) {
  res.set_header("Access-Control-Allow-Origin", origin);
  res.set_header("Access-Control-Allow-Methods", "POST, OPTIONS");
  res.set_header("Access-Control-Allow-Headers", "Content-Type, Idempotency-Key");
  res.set_header("Access-Control-Expose-Headers", "Retry-After");
  res.set_header("Access-Control-Max-Age", "600");
}

// CORS headers only tell browsers what to do; the server refuses other sites
// itself. False (and a 403 sent) for a site that is not configured.
bool admitOrigin(App& app, const httplib::Request& req, httplib::Response& res) {
  res.set_header("Vary", "Origin");
  const std::string origin = req.get_header_value("Origin");
  if (!allowedOrigin(app, origin)) {
    sendError(res, 403, "origin_not_allowed", "This inbox does not take leads from that site.");
    return false;
  }
  corsHeaders(res, origin);
  return true;
}

void receive(App& app, const httplib::Request& req, httplib::Response& res) {
  const auto started = std::chrono::steady_clock::now();
  if (!admitOrigin(app, req, res)) return;
  if (const int wait = app.leadLimit->take(clientIp(app, req))) {
    res.set_header("Retry-After", std::to_string(wait));
    sendError(res, 429, "rate_limited", "Too many leads from this address; try again later.");
    return;
  }
  const std::string type = req.get_header_value("Content-Type");
  if (type.rfind("application/json", 0) != 0) {
    sendError(res, 415, "not_json", "Send the lead as application/json.");
    return;
  }
  const auto lead = nlohmann::json::parse(req.body, nullptr, false);
  if (lead.is_discarded()) {
    sendError(res, 400, "invalid_json", "The body is not JSON.");
    return;
  }
  const auto problems = checkLead(lead);
  if (!problems.empty()) {
    nlohmann::json list = nlohmann::json::array();
    for (const auto& p : problems) list.push_back({{"path", p.path}, {"message", p.message}});
    sendJson(res, 422,
             {{"error",
               {{"code", "invalid_lead"},
                {"message", problems[0].path + " " + problems[0].message},
                {"problems", list}}}});
    return;
  }
  const std::string key = lead["idempotencyKey"].get<std::string>();
  if (req.get_header_value("Idempotency-Key") != key) {
    sendError(res, 400, "idempotency_key", "The Idempotency-Key header must equal idempotencyKey.");
    return;
  }
  std::string id;
  try {
    const PutResult result =
        app.store->putLead(key, req.body, lead["triage"]["level"].get<std::string>(), unixNow(),
                           app.notifier != nullptr, id);
    if (result == PutResult::Conflict) {
      sendError(res, 422, "idempotency_key_reused",
                "This Idempotency-Key was used for a different lead.");
      return;
    }
    if (result == PutResult::Stored && app.notifier) app.notifier->wake();
    // Time spent in the handler (validation, encryption, the durable commit), for bench/inbox.mjs.
    const auto micros = std::chrono::duration_cast<std::chrono::microseconds>(
        std::chrono::steady_clock::now() - started);
    res.set_header("Server-Timing", "store;dur=" + std::to_string(micros.count() / 1000.0));
    // The same answer for the first delivery and any repeat: the first may have been lost.
    sendJson(res, 201, {{"ok", true}, {"id", id}});
  } catch (const std::exception& e) {
    std::cerr << "POST /leads: storing failed: " << e.what() << "\n";
    res.set_header("Retry-After", "5");
    sendError(res, 503, "storage_unavailable", "The lead could not be stored; try again shortly.");
  }
}

}  // namespace

void addLeadRoutes(httplib::Server& server, App& app) {
  server.Options("/leads", [&app](const httplib::Request& req, httplib::Response& res) {
    if (!admitOrigin(app, req, res)) return;
    res.status = 204;
  });
  server.Post("/leads", [&app](const httplib::Request& req, httplib::Response& res) {
    receive(app, req, res);
  });
}

}  // namespace inbox
