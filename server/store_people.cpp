// Users, the audit log and the notification outbox (store.hpp).
#include "store.hpp"

namespace inbox {

bool Store::addUser(const std::string& email, const std::string& role,
                    const std::string& passwordHash) {
  std::lock_guard<std::mutex> lock(mutex_);
  auto s = db_.prepare("INSERT OR IGNORE INTO users (email, role, password_hash) VALUES (?, ?, ?)");
  s.bind(1, email).bind(2, role).bind(3, passwordHash).run();
  return db_.changes() == 1;
}

bool Store::removeUser(const std::string& email) {
  std::lock_guard<std::mutex> lock(mutex_);
  db_.prepare("DELETE FROM users WHERE email = ?").bind(1, email).run();
  return db_.changes() == 1;
}

bool Store::setPassword(const std::string& email, const std::string& passwordHash) {
  std::lock_guard<std::mutex> lock(mutex_);
  db_.prepare("UPDATE users SET password_hash = ? WHERE email = ?")
      .bind(1, passwordHash)
      .bind(2, email)
      .run();
  return db_.changes() == 1;
}

std::optional<User> Store::findUser(const std::string& email) {
  std::lock_guard<std::mutex> lock(mutex_);
  auto s = db_.prepare("SELECT id, email, role, password_hash FROM users WHERE email = ?");
  s.bind(1, email);
  if (!s.step()) return std::nullopt;
  return User{s.integer(0), s.text(1), s.text(2), s.text(3)};
}

std::vector<User> Store::listUsers() {
  std::lock_guard<std::mutex> lock(mutex_);
  auto s = db_.prepare("SELECT id, email, role FROM users ORDER BY email");
  std::vector<User> out;
  while (s.step()) out.push_back(User{s.integer(0), s.text(1), s.text(2), ""});
  return out;
}

std::int64_t Store::userCount() {
  std::lock_guard<std::mutex> lock(mutex_);
  auto s = db_.prepare("SELECT count(*) FROM users");
  s.step();
  return s.integer(0);
}

void Store::audit(const std::string& actor, const std::string& ip, const std::string& action,
                  const std::string& leadId, const std::string& detail, std::int64_t now) {
  std::lock_guard<std::mutex> lock(mutex_);
  auto s = db_.prepare(
      "INSERT INTO audit (at, actor, ip, action, lead_id, detail) VALUES (?, ?, ?, ?, ?, ?)");
  s.bind(1, now).bind(2, actor.substr(0, 254)).bind(3, ip).bind(4, action);
  if (leadId.empty())
    s.bindNull(5);
  else
    s.bind(5, leadId);
  s.bind(6, detail).run();
}

std::vector<AuditEntry> Store::auditLog(int limit, std::int64_t beforeId) {
  std::lock_guard<std::mutex> lock(mutex_);
  auto s = db_.prepare(
      "SELECT id, at, actor, ip, action, lead_id, detail FROM audit "
      "WHERE (?1 = 0 OR id < ?1) ORDER BY id DESC LIMIT ?2");
  s.bind(1, beforeId).bind(2, static_cast<std::int64_t>(limit));
  std::vector<AuditEntry> out;
  while (s.step()) {
    out.push_back(
        {s.integer(0), s.integer(1), s.text(2), s.text(3), s.text(4), s.text(5), s.text(6)});
  }
  return out;
}

std::vector<OutboxItem> Store::dueNotifications(std::int64_t now, int limit) {
  std::lock_guard<std::mutex> lock(mutex_);
  auto s = db_.prepare(
      "SELECT id, attempts FROM outbox WHERE sent_at IS NULL AND next_at <= ? "
      "ORDER BY next_at LIMIT ?");
  s.bind(1, now).bind(2, static_cast<std::int64_t>(limit));
  std::vector<OutboxItem> out;
  while (s.step()) out.push_back({s.integer(0), s.integer(1)});
  return out;
}

void Store::notificationSent(std::int64_t id, std::int64_t now) {
  std::lock_guard<std::mutex> lock(mutex_);
  db_.prepare(
         "UPDATE outbox SET sent_at = ?, attempts = attempts + 1, last_error = NULL WHERE id = ?")
      .bind(1, now)
      .bind(2, id)
      .run();
}

void Store::notificationFailed(std::int64_t id, std::int64_t nextAt, const std::string& error) {
  std::lock_guard<std::mutex> lock(mutex_);
  db_.prepare("UPDATE outbox SET attempts = attempts + 1, next_at = ?, last_error = ? WHERE id = ?")
      .bind(1, nextAt)
      .bind(2, error.substr(0, 500))
      .bind(3, id)
      .run();
}

std::int64_t Store::pendingNotifications() {
  std::lock_guard<std::mutex> lock(mutex_);
  auto s = db_.prepare("SELECT count(*) FROM outbox WHERE sent_at IS NULL");
  s.step();
  return s.integer(0);
}

}  // namespace inbox
