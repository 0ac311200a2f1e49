// Storage: idempotency, encryption at rest, status, deletion and retention.
#include <gtest/gtest.h>
#include <sys/stat.h>

#include <algorithm>
#include <thread>

#include <nlohmann/json.hpp>

#include "crypto.hpp"
#include "store.hpp"
#include "test_support.hpp"

namespace inbox {
namespace {

using test::TempDir;

class StoreTest : public ::testing::Test {
 protected:
  void SetUp() override {
    initCrypto();
    umask(077);
    store = std::make_unique<Store>(dir / "inbox.db", key);
  }
  std::string put(const std::string& idemKey, const std::string& body, long long now = 1000) {
    std::string id;
    result = store->putLead(idemKey, body, "pt_evaluation", now, true, id);
    return id;
  }
  TempDir dir;
  Key key;
  std::unique_ptr<Store> store;
  PutResult result{};
};

TEST_F(StoreTest, RepeatedKeyWithSameBodyStoresOnceAndReturnsTheSameId) {
  const std::string first = put("k1", test::fixtureLead());
  EXPECT_EQ(result, PutResult::Stored);
  const std::string second = put("k1", test::fixtureLead());
  EXPECT_EQ(result, PutResult::Repeat);
  EXPECT_EQ(first, second);
  EXPECT_EQ(store->leadCount(), 1);
  EXPECT_EQ(store->pendingNotifications(), 1);
}

TEST_F(StoreTest, ReusedKeyWithAnotherBodyIsAConflictAndStoresNothing) {
  put("k1", test::fixtureLead());
  put("k1", test::fixtureLead() + " ");
  EXPECT_EQ(result, PutResult::Conflict);
  EXPECT_EQ(store->leadCount(), 1);
}

TEST_F(StoreTest, DatabaseFileHoldsNoContactDetailsOrNote) {
  const std::string id = put("k1", test::fixtureLead());
  const std::string bytes = test::databaseBytes(dir);
  ASSERT_GT(bytes.size(), 4096u);
  for (const char* secret : {"ana.ruiz@mail.test", "Ana Ruiz", "zebra-note", "555 0199", "hip_ir_limited"}) {
    EXPECT_EQ(bytes.find(secret), std::string::npos) << secret << " is readable in the database file";
  }
  // ... and it is all there once decrypted with the key.
  EXPECT_NE(store->getLead(id)->body.find("zebra-note"), std::string::npos);
}

TEST_F(StoreTest, LevelStatusAndTimeStayInClearForTheList) {
  put("k1", test::fixtureLead(), 1000);
  put("k2", test::fixtureLead(), 2000);
  const auto rows = store->listLeads("", "", 10);
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[0].receivedAt, 2000);  // newest first
  EXPECT_EQ(rows[0].status, "new");
  EXPECT_EQ(rows[0].level, "pt_evaluation");
  EXPECT_TRUE(rows[0].body.empty());
}

TEST_F(StoreTest, StatusChangesAndFilters) {
  const std::string id = put("k1", test::fixtureLead());
  put("k2", test::fixtureLead());
  EXPECT_TRUE(store->setStatus(id, "contacted", 1234));
  EXPECT_FALSE(store->setStatus("nope", "contacted", 1234));
  const auto contacted = store->listLeads("contacted", "", 10);
  ASSERT_EQ(contacted.size(), 1u);
  EXPECT_EQ(contacted[0].statusAt, 1234);
  EXPECT_EQ(store->listLeads("", "urgent", 10).size(), 0u);
}

TEST_F(StoreTest, AnotherKeyCannotReadALead) {
  const std::string id = put("k1", test::fixtureLead());
  Key other;
  Store withOtherKey(dir / "inbox.db", other);
  EXPECT_THROW(withOtherKey.getLead(id), DbError);
}

TEST_F(StoreTest, RetentionDeletesOldLeadsAndLeavesNoCopyInTheFile) {
  const std::string oldId = put("k-old", test::fixtureLead(), 1000);
  const std::string newId = put("k-new", "{\"other\":1}", 5000);
  // Under encryption no plaintext exists; look for the sealed bytes themselves.
  const Bytes sealedOld = [&] {
    auto s = store->db().prepare("SELECT sealed FROM leads WHERE id = ?");
    s.bind(1, oldId);
    s.step();
    return s.blob(0);
  }();
  const std::string needle(sealedOld.begin() + 24, sealedOld.begin() + 88);
  ASSERT_NE(test::databaseBytes(dir).find(needle), std::string::npos);
  const auto deleted = store->deleteReceivedBefore(2000);
  ASSERT_EQ(deleted, std::vector<std::string>{oldId});
  EXPECT_FALSE(store->getLead(oldId).has_value());
  EXPECT_TRUE(store->getLead(newId).has_value());
  EXPECT_EQ(test::databaseBytes(dir).find(needle), std::string::npos) << "secure_delete left the sealed lead behind";
  EXPECT_EQ(store->pendingNotifications(), 1);  // the deleted lead's notification went with it
}

TEST_F(StoreTest, DeleteOnDemand) {
  const std::string id = put("k1", test::fixtureLead());
  EXPECT_TRUE(store->deleteLead(id));
  EXPECT_FALSE(store->deleteLead(id));
  EXPECT_EQ(store->leadCount(), 0);
}

TEST_F(StoreTest, AuditLogIsAppendOnly) {
  store->audit("owner@clinic.test", "127.0.0.1", "lead_viewed", "abc", "", 1000);
  EXPECT_THROW(store->db().exec("UPDATE audit SET actor = 'x'"), DbError);
  EXPECT_THROW(store->db().exec("DELETE FROM audit"), DbError);
  const auto log = store->auditLog(10, 0);
  ASSERT_EQ(log.size(), 1u);
  EXPECT_EQ(log[0].actor, "owner@clinic.test");
  EXPECT_EQ(log[0].leadId, "abc");
}

TEST_F(StoreTest, DatabaseFilesAreOwnerOnly) {
  put("k1", test::fixtureLead());
  for (const char* file : {"inbox.db", "inbox.db-wal"}) {
    struct stat info {};
    ASSERT_EQ(stat((dir / file).c_str(), &info), 0) << file;
    EXPECT_EQ(info.st_mode & 077, 0u) << file;
  }
}

TEST_F(StoreTest, DurabilitySettingsAreOn) {
  auto mode = store->db().prepare("PRAGMA journal_mode");
  mode.step();
  EXPECT_EQ(mode.text(0), "wal");
  auto sync = store->db().prepare("PRAGMA synchronous");
  sync.step();
  EXPECT_EQ(sync.integer(0), 2);  // FULL
  auto secure = store->db().prepare("PRAGMA secure_delete");
  secure.step();
  EXPECT_EQ(secure.integer(0), 1);
}

TEST_F(StoreTest, NotificationOutboxRetriesUntilSent) {
  put("k1", test::fixtureLead(), 1000);
  auto due = store->dueNotifications(1000, 10);
  ASSERT_EQ(due.size(), 1u);
  store->notificationFailed(due[0].id, 1060, "connection refused");
  EXPECT_TRUE(store->dueNotifications(1059, 10).empty());
  due = store->dueNotifications(1060, 10);
  ASSERT_EQ(due.size(), 1u);
  EXPECT_EQ(due[0].attempts, 1);
  store->notificationSent(due[0].id, 1061);
  EXPECT_EQ(store->pendingNotifications(), 0);
}

TEST_F(StoreTest, KeyRotationReSealsEveryLeadAndKeepsIdempotency) {
  const std::string body = test::fixtureLead();
  const std::string idemKey = nlohmann::json::parse(body)["idempotencyKey"];
  const std::string id = put(idemKey, body);
  Key next;
  EXPECT_EQ(store->rotateKey(next), 1u);
  Store rotated(dir / "inbox.db", next);
  EXPECT_EQ(rotated.getLead(id)->body, body);
  std::string again;
  EXPECT_EQ(rotated.putLead(idemKey, body, "pt_evaluation", 2000, false, again), PutResult::Repeat);
  EXPECT_EQ(again, id);
  Store withOldKey(dir / "inbox.db", key);
  EXPECT_THROW(withOldKey.getLead(id), DbError) << "the old key no longer opens anything";
}

TEST_F(StoreTest, UsersAddResetRemove) {
  EXPECT_TRUE(store->addUser("a@clinic.test", "staff", hashPassword("first-password")));
  EXPECT_FALSE(store->addUser("a@clinic.test", "owner", "x"));
  EXPECT_TRUE(store->setPassword("a@clinic.test", hashPassword("second-password")));
  EXPECT_TRUE(verifyPassword(store->findUser("a@clinic.test")->passwordHash, "second-password"));
  EXPECT_TRUE(store->removeUser("a@clinic.test"));
  EXPECT_FALSE(store->findUser("a@clinic.test").has_value());
}

// Group commit: many threads at once, one key repeated by all of them, and
// distinct keys: exactly one stored per key, everyone told the same id.
TEST_F(StoreTest, ConcurrentDeliveriesOfOneKeyStoreItOnce) {
  const std::string body = test::fixtureLead();
  std::vector<std::thread> threads;
  std::vector<PutResult> results(16);
  std::vector<std::string> ids(16);
  for (int i = 0; i < 16; ++i) {
    threads.emplace_back([&, i] { results[i] = store->putLead("same-key", body, "pt_evaluation", 1000, true, ids[i]); });
  }
  for (int i = 0; i < 16; ++i) {
    threads.emplace_back([&, i] {
      std::string id;
      store->putLead("key-" + std::to_string(i), body, "pt_evaluation", 1000, true, id);
    });
  }
  for (auto& t : threads) t.join();
  EXPECT_EQ(std::count(results.begin(), results.end(), PutResult::Stored), 1);
  EXPECT_EQ(std::count(results.begin(), results.end(), PutResult::Repeat), 15);
  for (const auto& id : ids) EXPECT_EQ(id, ids[0]);
  EXPECT_EQ(store->leadCount(), 17);
  EXPECT_EQ(store->pendingNotifications(), 17);
}

}  // namespace
}  // namespace inbox
