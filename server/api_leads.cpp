// The front desk's JSON API: list, read (audited), status, and the owner's
// export, delete, retention run and audit log.
#include "app.hpp"

namespace inbox {

namespace {

using nlohmann::json;
const char* kLeadPath = R"(/api/leads/([0-9a-f]{32}))";

json rowJson(const LeadRow& row) {
  return {{"id", row.id},
          {"receivedAt", row.receivedAt},
          {"status", row.status},
          {"level", row.level},
          {"statusAt", row.statusAt}};
}

void list(App& app, const httplib::Request& req, httplib::Response& res) {
  if (!requireSession(app, req, res, false, false)) return;
  const std::string status = req.get_param_value("status");
  const std::string level = req.get_param_value("level");
  if ((!status.empty() && !isStatus(status)) ||
      (!level.empty() && level != "urgent" && level != "pt_evaluation" && level != "self_care")) {
    sendError(res, 400, "bad_filter", "Unknown status or level.");
    return;
  }
  json leads = json::array();
  // No contact details in the list: every read of them is a "lead viewed" in the audit.
  for (const auto& row : app.store->listLeads(status, level, 500)) leads.push_back(rowJson(row));
  sendJson(res, 200, {{"now", unixNow()}, {"leads", leads}});
}

void detail(App& app, const httplib::Request& req, httplib::Response& res) {
  auto session = requireSession(app, req, res, false, false);
  if (!session) return;
  const std::string id = req.matches[1];
  auto row = app.store->getLead(id);
  if (!row) {
    sendError(res, 404, "not_found", "No such lead (it may have been deleted).");
    return;
  }
  json lead = json::parse(row->body, nullptr, false);
  app.store->audit(session->email, clientIp(app, req), "lead_viewed", id, "", unixNow());
  json out = rowJson(*row);
  out["now"] = unixNow();
  out["words"] = app.explainer->explain(lead, req.get_param_value("lang"));
  out["lead"] = std::move(lead);
  sendJson(res, 200, out);
}

void setStatus(App& app, const httplib::Request& req, httplib::Response& res) {
  auto session = requireSession(app, req, res, true, false);
  if (!session) return;
  const json body = json::parse(req.body, nullptr, false);
  const std::string status = body.is_object() && body.value("status", json()).is_string()
                                 ? body["status"].get<std::string>()
                                 : "";
  if (!isStatus(status)) {
    sendError(res, 400, "bad_status", "status must be new, contacted, booked or closed.");
    return;
  }
  const std::string id = req.matches[1];
  if (!app.store->setStatus(id, status, unixNow())) {
    sendError(res, 404, "not_found", "No such lead.");
    return;
  }
  app.store->audit(session->email, clientIp(app, req), "status_changed", id, status, unixNow());
  sendJson(res, 200, {{"ok", true}, {"status", status}});
}

void remove(App& app, const httplib::Request& req, httplib::Response& res) {
  auto session = requireSession(app, req, res, true, true);
  if (!session) return;
  const std::string id = req.matches[1];
  if (!app.store->deleteLead(id)) {
    sendError(res, 404, "not_found", "No such lead.");
    return;
  }
  app.store->audit(session->email, clientIp(app, req), "lead_deleted", id, "on demand", unixNow());
  sendJson(res, 200, {{"ok", true}});
}

void exportAll(App& app, const httplib::Request& req, httplib::Response& res) {
  // A read, but the most sensitive one: it needs the CSRF header like a change.
  auto session = requireSession(app, req, res, true, true);
  if (!session) return;
  json leads = json::array();
  for (const auto& row : app.store->allLeads()) {
    json item = rowJson(row);
    item["lead"] = json::parse(row.body, nullptr, false);
    leads.push_back(std::move(item));
  }
  app.store->audit(session->email, clientIp(app, req), "export", "",
                   std::to_string(leads.size()) + " leads", unixNow());
  res.set_header("Content-Disposition", "attachment; filename=\"leads.json\"");
  sendJson(res, 200, {{"exportedAt", unixNow()}, {"leads", leads}});
}

void auditLog(App& app, const httplib::Request& req, httplib::Response& res) {
  if (!requireSession(app, req, res, false, true)) return;
  long long before = 0;
  try {
    before = req.has_param("before") ? std::stoll(req.get_param_value("before")) : 0;
  } catch (const std::exception&) {
    sendError(res, 400, "bad_request", "before must be an entry id.");
    return;
  }
  json entries = json::array();
  for (const auto& e : app.store->auditLog(200, before)) {
    entries.push_back({{"id", e.id},
                       {"at", e.at},
                       {"actor", e.actor},
                       {"ip", e.ip},
                       {"action", e.action},
                       {"leadId", e.leadId},
                       {"detail", e.detail}});
  }
  sendJson(res, 200, {{"entries", entries}});
}

}  // namespace

// Deletes leads past the retention period; the audit keeps only their ids.
std::size_t applyRetention(App& app, const std::string& actor, const std::string& ip) {
  const long long cutoff = unixNow() - static_cast<long long>(app.config.retentionDays) * 86400;
  const auto ids = app.store->deleteReceivedBefore(cutoff);
  for (const auto& id : ids)
    app.store->audit(actor, ip, "lead_deleted", id, "retention", unixNow());
  return ids.size();
}

void addLeadApiRoutes(httplib::Server& server, App& app) {
  server.Get("/api/leads",
             [&app](const httplib::Request& req, httplib::Response& res) { list(app, req, res); });
  server.Get(kLeadPath, [&app](const httplib::Request& req, httplib::Response& res) {
    detail(app, req, res);
  });
  server.Post(
      std::string(kLeadPath) + "/status",
      [&app](const httplib::Request& req, httplib::Response& res) { setStatus(app, req, res); });
  server.Delete(kLeadPath, [&app](const httplib::Request& req, httplib::Response& res) {
    remove(app, req, res);
  });
  server.Get("/api/export", [&app](const httplib::Request& req, httplib::Response& res) {
    exportAll(app, req, res);
  });
  server.Get("/api/audit", [&app](const httplib::Request& req, httplib::Response& res) {
    auditLog(app, req, res);
  });
  server.Post("/api/retention", [&app](const httplib::Request& req, httplib::Response& res) {
    if (auto s = requireSession(app, req, res, true, true)) {
      sendJson(res, 200, {{"deleted", applyRetention(app, s->email, clientIp(app, req))}});
    }
  });
}

}  // namespace inbox
