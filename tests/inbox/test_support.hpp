// Shared by the inbox's GoogleTest files: a temporary folder per test and the fixture lead.
#pragma once

#include <stdlib.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace inbox::test {

inline std::string readFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

inline std::string fixtureLead() { return readFile(BACKCHECK_SOURCE_DIR "/tests/inbox/fixtures/lead-full.json"); }

// A fresh folder under /tmp, removed when the test ends.
struct TempDir {
  std::string path;
  TempDir() {
    char name[] = "/tmp/bcinbox-test-XXXXXX";
    path = mkdtemp(name);
  }
  ~TempDir() { std::filesystem::remove_all(path); }
  std::string operator/(const std::string& file) const { return path + "/" + file; }
};

// All bytes of the database and its WAL, as a clinic's disk would hold them.
inline std::string databaseBytes(const TempDir& dir) {
  return readFile(dir / "inbox.db") + readFile(dir / "inbox.db-wal");
}

}  // namespace inbox::test
