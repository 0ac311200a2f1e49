// Encryption at rest, the key file and password hashing.
#include <gtest/gtest.h>
#include <sys/stat.h>

#include <fstream>

#include "crypto.hpp"
#include "test_support.hpp"

namespace inbox {
namespace {

class CryptoTest : public ::testing::Test {
 protected:
  void SetUp() override { initCrypto(); }
  test::TempDir dir;
};

TEST_F(CryptoTest, SealedLeadOpensOnlyWithItsOwnIdAsAssociatedData) {
  Key key;
  const Bytes sealed = seal(key, "{\"name\":\"Ana\"}", "lead-1");
  EXPECT_EQ(open(key, sealed, "lead-1").value(), "{\"name\":\"Ana\"}");
  EXPECT_FALSE(open(key, sealed, "lead-2").has_value()) << "a record moved to another row must not open";
}

TEST_F(CryptoTest, TamperedCiphertextIsRefused) {
  Key key;
  Bytes sealed = seal(key, "hello", "id");
  sealed.back() ^= 1;
  EXPECT_FALSE(open(key, sealed, "id").has_value());
  EXPECT_FALSE(open(key, Bytes(10), "id").has_value());
}

TEST_F(CryptoTest, EachSealUsesAFreshNonce) {
  Key key;
  EXPECT_NE(seal(key, "same", "id"), seal(key, "same", "id"));
}

TEST_F(CryptoTest, KeyFileIsCreatedOwnerOnlyAndLoadsBack) {
  Key key;
  std::string error;
  ASSERT_TRUE(key.save(dir / "k", error)) << error;
  struct stat info {};
  ASSERT_EQ(stat((dir / "k").c_str(), &info), 0);
  EXPECT_EQ(info.st_mode & 0777, 0600u);
  auto loaded = Key::load(dir / "k", error);
  ASSERT_TRUE(loaded) << error;
  EXPECT_EQ(open(*loaded, seal(key, "x", "a"), "a").value(), "x");
  EXPECT_FALSE(key.save(dir / "k", error)) << "an existing key file must never be overwritten";
}

TEST_F(CryptoTest, KeyFileReadableByOthersIsRefused) {
  Key key;
  std::string error;
  ASSERT_TRUE(key.save(dir / "k", error));
  chmod((dir / "k").c_str(), 0644);
  EXPECT_FALSE(Key::load(dir / "k", error));
  EXPECT_NE(error.find("readable by others"), std::string::npos);
}

TEST_F(CryptoTest, KeyFileOfWrongSizeIsRefused) {
  std::ofstream(dir / "short") << "tooshort";
  chmod((dir / "short").c_str(), 0600);
  std::string error;
  EXPECT_FALSE(Key::load(dir / "short", error));
  EXPECT_NE(error.find("32 bytes"), std::string::npos);
}

TEST_F(CryptoTest, PasswordsAreArgon2idHashes) {
  const std::string hash = hashPassword("correct horse");
  EXPECT_EQ(hash.rfind("$argon2id$", 0), 0u);
  EXPECT_TRUE(verifyPassword(hash, "correct horse"));
  EXPECT_FALSE(verifyPassword(hash, "correct horsE"));
}

TEST_F(CryptoTest, KeyedHashDependsOnTheKey) {
  Key a, b;
  EXPECT_EQ(keyedHash(a, "x"), keyedHash(a, "x"));
  EXPECT_NE(keyedHash(a, "x"), keyedHash(b, "x"));
}

}  // namespace
}  // namespace inbox
