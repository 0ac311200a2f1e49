// Key rotation (store.hpp): every lead re-sealed, and its keyed hashes
// recomputed, under a new key in one transaction.
#include <nlohmann/json.hpp>

#include "store.hpp"

namespace inbox {

std::size_t Store::rotateKey(const Key& next) {
  std::lock_guard<std::mutex> lock(mutex_);
  Transaction tx(db_);
  struct Row {
    std::string id;
    std::string body;
  };
  std::vector<Row> rows;
  {
    auto s = db_.prepare("SELECT id, sealed FROM leads");
    while (s.step()) {
      auto body = open(key_, s.blob(1), s.text(0));
      if (!body) throw DbError("lead " + s.text(0) + " cannot be decrypted with the current key");
      rows.push_back({s.text(0), std::move(*body)});
    }
  }
  for (const auto& row : rows) {
    const auto lead = nlohmann::json::parse(row.body, nullptr, false);
    const std::string key = lead.is_object() ? lead.value("idempotencyKey", "") : "";
    db_.prepare("UPDATE leads SET key_hash = ?, body_hash = ?, sealed = ? WHERE id = ?")
        .bind(1, keyedHash(next, "idempotency-key:" + key))
        .bind(2, keyedHash(next, "body:" + row.body))
        .bind(3, seal(next, row.body, row.id))
        .bind(4, row.id)
        .run();
  }
  tx.commit();
  forgetDeletedPages();  // the old ciphertexts leave the WAL too
  return rows.size();
}

}  // namespace inbox
