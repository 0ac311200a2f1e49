// A thin RAII layer over SQLite: one connection, prepared statements only.
// Every value reaches SQL through a bind, never through string building.
#pragma once

#include <sqlite3.h>

#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace inbox {

struct DbError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

class Stmt {
 public:
  Stmt(sqlite3* db, std::string_view sql);
  ~Stmt();
  Stmt(const Stmt&) = delete;
  Stmt& operator=(const Stmt&) = delete;

  Stmt& bind(int index, std::string_view text);
  Stmt& bind(int index, const std::vector<unsigned char>& blob);
  Stmt& bind(int index, std::int64_t value);
  Stmt& bindNull(int index);
  // Returns true while there is a row; throws on any error.
  bool step();
  void run() {
    while (step()) {
    }
  }

  std::int64_t integer(int column) const;
  std::string text(int column) const;
  std::vector<unsigned char> blob(int column) const;
  bool isNull(int column) const;

 private:
  sqlite3* db_;
  sqlite3_stmt* stmt_ = nullptr;
};

class Db {
 public:
  explicit Db(const std::string& path);
  ~Db();
  Db(const Db&) = delete;
  Db& operator=(const Db&) = delete;

  void exec(std::string_view sql);  // for fixed schema text only, never data
  Stmt prepare(std::string_view sql) { return Stmt(db_, sql); }
  std::int64_t changes() const { return sqlite3_changes64(db_); }
  sqlite3* handle() { return db_; }

 private:
  sqlite3* db_ = nullptr;
};

// BEGIN IMMEDIATE ... COMMIT, rolled back when the scope is left by an exception.
class Transaction {
 public:
  explicit Transaction(Db& db) : db_(db) { db_.exec("BEGIN IMMEDIATE"); }
  ~Transaction() {
    if (!done_) sqlite3_exec(db_.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
  }
  void commit() {
    db_.exec("COMMIT");
    done_ = true;
  }

 private:
  Db& db_;
  bool done_ = false;
};

}  // namespace inbox
