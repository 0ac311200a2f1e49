// The inbox's storage behind one small interface (SQLite today). Lead bodies
// are sealed with the key (crypto.hpp); only what the list sorts and filters
// on stays in clear: received time, status, triage level.
#pragma once

#include <condition_variable>
#include <cstdint>
#include <exception>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "crypto.hpp"
#include "sqlite.hpp"

namespace inbox {

struct LeadRow {
  std::string id;
  std::int64_t receivedAt = 0;  // unix seconds, server clock
  std::string status;           // new | contacted | booked | closed
  std::string level;            // urgent | pt_evaluation | self_care
  std::int64_t statusAt = 0;    // when the status last changed (0: never)
  std::string body;             // the lead JSON, decrypted (empty in lists)
};

struct User {
  std::int64_t id = 0;
  std::string email;
  std::string role;  // owner | staff
  std::string passwordHash;
};

struct AuditEntry {
  std::int64_t id = 0;
  std::int64_t at = 0;
  std::string actor, ip, action, leadId, detail;
};

struct OutboxItem {
  std::int64_t id = 0;
  std::int64_t attempts = 0;
};

enum class PutResult { Stored, Repeat, Conflict };

bool isStatus(const std::string& status);

class Store {
 public:
  // Opens (creating if needed) the database: WAL, synchronous=FULL, secure_delete.
  Store(const std::string& path, const Key& key);

  // Stores a lead once per idempotency key and returns once its transaction is
  // durable; `id` is the stored lead's id (the earlier one for a repeat).
  // Concurrent calls share one commit (group commit, store_intake.cpp): one
  // fsync for many leads, since the disk's fsync time caps serial commits.
  PutResult putLead(const std::string& idempotencyKey, const std::string& body,
                    const std::string& level, std::int64_t now, bool queueNotification,
                    std::string& id);
  std::vector<LeadRow> listLeads(const std::string& status, const std::string& level, int limit);
  std::optional<LeadRow> getLead(const std::string& id);
  std::vector<LeadRow> allLeads();  // decrypted, for the owner's export
  bool setStatus(const std::string& id, const std::string& status, std::int64_t now);
  bool deleteLead(const std::string& id);
  std::vector<std::string> deleteReceivedBefore(std::int64_t cutoff);
  std::int64_t leadCount();
  // Re-seals every lead under `next` (store_rekey.cpp); reopen the store with it afterwards.
  std::size_t rotateKey(const Key& next);

  bool addUser(const std::string& email, const std::string& role, const std::string& passwordHash);
  bool removeUser(const std::string& email);
  bool setPassword(const std::string& email, const std::string& passwordHash);
  std::optional<User> findUser(const std::string& email);
  std::vector<User> listUsers();  // without password hashes
  std::int64_t userCount();

  // Append-only: triggers refuse UPDATE and DELETE on the audit table.
  void audit(const std::string& actor, const std::string& ip, const std::string& action,
             const std::string& leadId, const std::string& detail, std::int64_t now);
  std::vector<AuditEntry> auditLog(int limit, std::int64_t beforeId);

  std::vector<OutboxItem> dueNotifications(std::int64_t now, int limit);
  void notificationSent(std::int64_t id, std::int64_t now);
  void notificationFailed(std::int64_t id, std::int64_t nextAt, const std::string& error);
  std::int64_t pendingNotifications();

  Db& db() { return db_; }

 private:
  struct PendingLead;
  void migrate();
  void forgetDeletedPages();
  void commitLeads(const std::vector<PendingLead*>& batch);

  std::mutex mutex_;       // one writer at a time; SQLite serialises the rest
  std::mutex queueMutex_;  // leads waiting for the next group commit
  std::condition_variable committed_;
  std::vector<PendingLead*> queue_;
  bool committing_ = false;
  Db db_;
  const Key& key_;
};

}  // namespace inbox
