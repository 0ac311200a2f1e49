#include "crypto.hpp"

#include <fcntl.h>
#include <sodium.h>
#include <sys/stat.h>
#include <unistd.h>

#include <memory>
#include <stdexcept>

namespace inbox {

void initCrypto() {
  if (sodium_init() < 0) throw std::runtime_error("libsodium failed to initialise");
}

Key::Key() { randombytes_buf(bytes_.data(), bytes_.size()); }

Key::~Key() { sodium_memzero(bytes_.data(), bytes_.size()); }

std::unique_ptr<Key> Key::load(const std::string& path, std::string& error) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    error = "cannot open key file " + path;
    return nullptr;
  }
  struct stat info {};
  auto key = std::make_unique<Key>();
  ssize_t got = -1;
  if (fstat(fd, &info) == 0) {
    if ((info.st_mode & 077) != 0) {
      error = "key file " + path + " is readable by others (chmod 600 it)";
    } else if (info.st_size != static_cast<off_t>(kSize)) {
      error = "key file " + path + " is not 32 bytes";
    } else {
      got = ::read(fd, key->bytes_.data(), kSize);
      if (got != static_cast<ssize_t>(kSize)) error = "cannot read key file " + path;
    }
  }
  ::close(fd);
  return got == static_cast<ssize_t>(kSize) ? std::move(key) : nullptr;
}

bool Key::save(const std::string& path, std::string& error) const {
  const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
  if (fd < 0) {
    error = "cannot create key file " + path + " (does it exist already?)";
    return false;
  }
  const bool ok =
      ::write(fd, bytes_.data(), kSize) == static_cast<ssize_t>(kSize) && ::fsync(fd) == 0;
  ::close(fd);
  if (!ok) error = "cannot write key file " + path;
  return ok;
}

Bytes seal(const Key& key, std::string_view plaintext, std::string_view associatedData) {
  constexpr std::size_t nonceSize = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
  Bytes out(nonceSize + plaintext.size() + crypto_aead_xchacha20poly1305_ietf_ABYTES);
  // A random 192-bit nonce per record: no counter to keep, no reuse in practice.
  randombytes_buf(out.data(), nonceSize);
  unsigned long long written = 0;
  crypto_aead_xchacha20poly1305_ietf_encrypt(
      out.data() + nonceSize, &written, reinterpret_cast<const unsigned char*>(plaintext.data()),
      plaintext.size(), reinterpret_cast<const unsigned char*>(associatedData.data()),
      associatedData.size(), nullptr, out.data(), key.data());
  out.resize(nonceSize + written);
  return out;
}

std::optional<std::string> open(const Key& key, const Bytes& sealed,
                                std::string_view associatedData) {
  constexpr std::size_t nonceSize = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
  if (sealed.size() < nonceSize + crypto_aead_xchacha20poly1305_ietf_ABYTES) return std::nullopt;
  std::string plain(sealed.size() - nonceSize - crypto_aead_xchacha20poly1305_ietf_ABYTES, '\0');
  unsigned long long written = 0;
  if (crypto_aead_xchacha20poly1305_ietf_decrypt(
          reinterpret_cast<unsigned char*>(plain.data()), &written, nullptr,
          sealed.data() + nonceSize, sealed.size() - nonceSize,
          reinterpret_cast<const unsigned char*>(associatedData.data()), associatedData.size(),
          sealed.data(), key.data()) != 0) {
    return std::nullopt;
  }
  plain.resize(written);
  return plain;
}

Bytes keyedHash(const Key& key, std::string_view text) {
  // A subkey, so the hash key is never the encryption key itself.
  unsigned char subkey[crypto_generichash_KEYBYTES];
  crypto_kdf_derive_from_key(subkey, sizeof subkey, 1, "bcinbox_", key.data());
  Bytes out(crypto_generichash_BYTES);
  crypto_generichash(out.data(), out.size(), reinterpret_cast<const unsigned char*>(text.data()),
                     text.size(), subkey, sizeof subkey);
  sodium_memzero(subkey, sizeof subkey);
  return out;
}

std::string hashPassword(std::string_view password) {
  char out[crypto_pwhash_STRBYTES];
  // INTERACTIVE limits: ~64 MB and well under a second per login on a small server.
  if (crypto_pwhash_str(out, password.data(), password.size(), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                        crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0) {
    throw std::runtime_error("out of memory while hashing a password");
  }
  return out;
}

bool verifyPassword(const std::string& stored, std::string_view password) {
  return crypto_pwhash_str_verify(stored.c_str(), password.data(), password.size()) == 0;
}

std::string randomToken(std::size_t bytes) {
  Bytes raw(bytes);
  randombytes_buf(raw.data(), raw.size());
  std::string out(sodium_base64_ENCODED_LEN(bytes, sodium_base64_VARIANT_URLSAFE_NO_PADDING), '\0');
  sodium_bin2base64(out.data(), out.size(), raw.data(), raw.size(),
                    sodium_base64_VARIANT_URLSAFE_NO_PADDING);
  out.resize(out.find('\0'));
  return out;
}

std::string randomHex(std::size_t bytes) {
  Bytes raw(bytes);
  randombytes_buf(raw.data(), raw.size());
  std::string out(bytes * 2 + 1, '\0');
  sodium_bin2hex(out.data(), out.size(), raw.data(), raw.size());
  out.pop_back();
  return out;
}

bool equalConstantTime(std::string_view a, std::string_view b) {
  return a.size() == b.size() && sodium_memcmp(a.data(), b.data(), a.size()) == 0;
}

}  // namespace inbox
