// Everything libsodium does for the inbox, in one place: the key file, lead
// encryption (XChaCha20-Poly1305 with the lead id as associated data),
// keyed hashes, password hashing (argon2id) and random tokens.
#pragma once

#include <array>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace inbox {

using Bytes = std::vector<unsigned char>;

// Must run once before anything below (sodium_init).
void initCrypto();

// The 32-byte master key, wiped from memory when destroyed.
class Key {
 public:
  static constexpr std::size_t kSize = 32;
  Key();  // a fresh random key
  ~Key();
  Key(const Key&) = delete;
  Key& operator=(const Key&) = delete;

  // Reads a key file; refuses one that is not exactly 32 bytes or that others can read.
  static std::unique_ptr<Key> load(const std::string& path, std::string& error);
  // Writes the key to a new file created with mode 0600 (never overwrites).
  bool save(const std::string& path, std::string& error) const;

  const unsigned char* data() const { return bytes_.data(); }

 private:
  std::array<unsigned char, kSize> bytes_{};
};

// nonce (24 bytes) || ciphertext+tag; the associated data binds a record to its row.
Bytes seal(const Key& key, std::string_view plaintext, std::string_view associatedData);
std::optional<std::string> open(const Key& key, const Bytes& sealed,
                                std::string_view associatedData);

// A keyed BLAKE2b hash (so equal bodies can be compared without storing them).
Bytes keyedHash(const Key& key, std::string_view text);

std::string hashPassword(std::string_view password);  // argon2id, crypto_pwhash_str
bool verifyPassword(const std::string& stored, std::string_view password);

std::string randomToken(std::size_t bytes = 32);  // URL-safe base64, no padding
std::string randomHex(std::size_t bytes);
bool equalConstantTime(std::string_view a, std::string_view b);

}  // namespace inbox
