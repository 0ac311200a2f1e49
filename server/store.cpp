#include "store.hpp"

namespace inbox {

namespace {
const char* kSchema = R"sql(
CREATE TABLE IF NOT EXISTS leads (
  id TEXT PRIMARY KEY,
  key_hash BLOB NOT NULL UNIQUE,   -- keyed hash of the Idempotency-Key
  body_hash BLOB NOT NULL,         -- keyed hash of the body, to tell a repeat from a reuse
  received_at INTEGER NOT NULL,
  status TEXT NOT NULL,
  level TEXT NOT NULL,
  status_at INTEGER NOT NULL DEFAULT 0,
  sealed BLOB NOT NULL             -- nonce || XChaCha20-Poly1305(body), lead id as associated data
);
CREATE INDEX IF NOT EXISTS leads_received ON leads(received_at);
CREATE TABLE IF NOT EXISTS users (
  id INTEGER PRIMARY KEY,
  email TEXT NOT NULL UNIQUE,
  role TEXT NOT NULL CHECK (role IN ('owner', 'staff')),
  password_hash TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS audit (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  at INTEGER NOT NULL, actor TEXT NOT NULL, ip TEXT NOT NULL,
  action TEXT NOT NULL, lead_id TEXT, detail TEXT
);
CREATE TRIGGER IF NOT EXISTS audit_no_update BEFORE UPDATE ON audit
  BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER IF NOT EXISTS audit_no_delete BEFORE DELETE ON audit
  BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TABLE IF NOT EXISTS outbox (
  id INTEGER PRIMARY KEY,
  lead_id TEXT NOT NULL,
  next_at INTEGER NOT NULL,
  attempts INTEGER NOT NULL DEFAULT 0,
  sent_at INTEGER,
  last_error TEXT
);
)sql";

LeadRow readRow(Stmt& s) {
  LeadRow row;
  row.id = s.text(0);
  row.receivedAt = s.integer(1);
  row.status = s.text(2);
  row.level = s.text(3);
  row.statusAt = s.integer(4);
  return row;
}
}  // namespace

bool isStatus(const std::string& status) {
  return status == "new" || status == "contacted" || status == "booked" || status == "closed";
}

Store::Store(const std::string& path, const Key& key) : db_(path), key_(key) {
  db_.exec("PRAGMA journal_mode=WAL");
  // FULL: a commit is on disk (WAL fsynced) before putLead returns, so 2xx means stored.
  db_.exec("PRAGMA synchronous=FULL");
  // Deleted leads are overwritten with zeros, not left in free pages.
  db_.exec("PRAGMA secure_delete=ON");
  migrate();
}

void Store::migrate() {
  std::lock_guard<std::mutex> lock(mutex_);
  db_.exec(kSchema);
}

std::vector<LeadRow> Store::listLeads(const std::string& status, const std::string& level,
                                      int limit) {
  std::lock_guard<std::mutex> lock(mutex_);
  auto s = db_.prepare(
      "SELECT id, received_at, status, level, status_at FROM leads "
      "WHERE (?1 = '' OR status = ?1) AND (?2 = '' OR level = ?2) "
      "ORDER BY received_at DESC, rowid DESC LIMIT ?3");
  s.bind(1, status).bind(2, level).bind(3, static_cast<std::int64_t>(limit));
  std::vector<LeadRow> rows;
  while (s.step()) rows.push_back(readRow(s));
  return rows;
}

std::optional<LeadRow> Store::getLead(const std::string& id) {
  std::lock_guard<std::mutex> lock(mutex_);
  auto s = db_.prepare(
      "SELECT id, received_at, status, level, status_at, sealed FROM leads WHERE id = ?");
  s.bind(1, id);
  if (!s.step()) return std::nullopt;
  LeadRow row = readRow(s);
  auto body = open(key_, s.blob(5), row.id);
  if (!body) throw DbError("lead " + row.id + " cannot be decrypted with this key");
  row.body = std::move(*body);
  return row;
}

std::vector<LeadRow> Store::allLeads() {
  std::lock_guard<std::mutex> lock(mutex_);
  auto s = db_.prepare(
      "SELECT id, received_at, status, level, status_at, sealed FROM leads "
      "ORDER BY received_at DESC, rowid DESC");
  std::vector<LeadRow> rows;
  while (s.step()) {
    LeadRow row = readRow(s);
    auto body = open(key_, s.blob(5), row.id);
    if (!body) throw DbError("lead " + row.id + " cannot be decrypted with this key");
    row.body = std::move(*body);
    rows.push_back(std::move(row));
  }
  return rows;
}

bool Store::setStatus(const std::string& id, const std::string& status, std::int64_t now) {
  std::lock_guard<std::mutex> lock(mutex_);
  db_.prepare("UPDATE leads SET status = ?, status_at = ? WHERE id = ?")
      .bind(1, status)
      .bind(2, now)
      .bind(3, id)
      .run();
  return db_.changes() == 1;
}

bool Store::deleteLead(const std::string& id) {
  std::lock_guard<std::mutex> lock(mutex_);
  Transaction tx(db_);
  db_.prepare("DELETE FROM leads WHERE id = ?").bind(1, id).run();
  const bool deleted = db_.changes() == 1;
  db_.prepare("DELETE FROM outbox WHERE lead_id = ?").bind(1, id).run();
  tx.commit();
  forgetDeletedPages();
  return deleted;
}

std::vector<std::string> Store::deleteReceivedBefore(std::int64_t cutoff) {
  std::lock_guard<std::mutex> lock(mutex_);
  std::vector<std::string> ids;
  Transaction tx(db_);
  {
    auto s = db_.prepare("SELECT id FROM leads WHERE received_at < ?");
    s.bind(1, cutoff);
    while (s.step()) ids.push_back(s.text(0));
  }
  for (const auto& id : ids) {
    db_.prepare("DELETE FROM leads WHERE id = ?").bind(1, id).run();
    db_.prepare("DELETE FROM outbox WHERE lead_id = ?").bind(1, id).run();
  }
  tx.commit();
  if (!ids.empty()) forgetDeletedPages();
  return ids;
}

void Store::forgetDeletedPages() {
  // secure_delete zeroes the pages in the database file; the WAL still holds
  // the old page images until a checkpoint, so copy back and truncate it now.
  db_.exec("PRAGMA wal_checkpoint(TRUNCATE)");
}

std::int64_t Store::leadCount() {
  std::lock_guard<std::mutex> lock(mutex_);
  auto s = db_.prepare("SELECT count(*) FROM leads");
  s.step();
  return s.integer(0);
}

}  // namespace inbox
