// Storing leads with group commit (store.hpp): the first caller to find no
// commit running becomes the leader and commits everything queued so far in
// one transaction; the others wait for it. Nobody returns before the commit.
#include "store.hpp"

namespace inbox {

struct Store::PendingLead {
  Bytes keyHash, bodyHash, sealed;
  std::string id, level;
  std::int64_t now = 0;
  bool notify = false;
  PutResult result = PutResult::Stored;
  std::exception_ptr error;
  bool done = false;
};

PutResult Store::putLead(const std::string& idempotencyKey, const std::string& body,
                         const std::string& level, std::int64_t now, bool queueNotification,
                         std::string& id) {
  // The costly parts (hashes, encryption) happen outside every lock.
  PendingLead lead;
  lead.id = randomHex(16);
  lead.keyHash = keyedHash(key_, "idempotency-key:" + idempotencyKey);
  lead.bodyHash = keyedHash(key_, "body:" + body);
  lead.sealed = seal(key_, body, lead.id);
  lead.level = level;
  lead.now = now;
  lead.notify = queueNotification;

  std::unique_lock<std::mutex> lock(queueMutex_);
  queue_.push_back(&lead);
  while (!lead.done) {
    if (committing_) {
      committed_.wait(lock);
      continue;
    }
    committing_ = true;
    std::vector<PendingLead*> batch;
    batch.swap(queue_);
    lock.unlock();
    commitLeads(batch);
    lock.lock();
    committing_ = false;
    for (auto* pending : batch) pending->done = true;
    committed_.notify_all();
  }
  if (lead.error) std::rethrow_exception(lead.error);
  id = lead.id;
  return lead.result;
}

void Store::commitLeads(const std::vector<PendingLead*>& batch) {
  try {
    std::lock_guard<std::mutex> lock(mutex_);
    Transaction tx(db_);
    for (auto* lead : batch) {
      // Within the transaction, so a repeat inside the same batch finds the first.
      auto s = db_.prepare("SELECT id, body_hash FROM leads WHERE key_hash = ?");
      s.bind(1, lead->keyHash);
      if (s.step()) {
        lead->id = s.text(0);
        lead->result = s.blob(1) == lead->bodyHash ? PutResult::Repeat : PutResult::Conflict;
        continue;
      }
      db_.prepare(
             "INSERT INTO leads (id, key_hash, body_hash, received_at, status, level, sealed) "
             "VALUES (?, ?, ?, ?, 'new', ?, ?)")
          .bind(1, lead->id)
          .bind(2, lead->keyHash)
          .bind(3, lead->bodyHash)
          .bind(4, lead->now)
          .bind(5, lead->level)
          .bind(6, lead->sealed)
          .run();
      if (lead->notify) {
        db_.prepare("INSERT INTO outbox (lead_id, next_at) VALUES (?, ?)")
            .bind(1, lead->id)
            .bind(2, lead->now)
            .run();
      }
    }
    tx.commit();
  } catch (...) {
    // The transaction rolled back: nothing of this batch is stored, and every caller hears so.
    for (auto* lead : batch) lead->error = std::current_exception();
  }
}

}  // namespace inbox
