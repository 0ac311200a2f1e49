// Logged-in sessions (in memory: a restart logs everyone out) and the login
// throttle: a growing wait after each failed password, then a lockout.
#pragma once

#include <chrono>
#include <cstddef>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>

namespace inbox {

using Clock = std::chrono::steady_clock;

struct Session {
  std::string email;
  std::string role;
  std::string csrf;
  Clock::time_point lastSeen;
  Clock::time_point created;
};

class Sessions {
 public:
  Sessions(std::chrono::seconds idle, std::size_t maxSessions = 1000)
      : idle_(idle), max_(maxSessions) {}

  // Returns the cookie token of a new session.
  std::string create(const std::string& email, const std::string& role,
                     Clock::time_point now = Clock::now());
  // The session for a token; nullopt when unknown, idle too long or past 12 h.
  // `touch`: a person did something (the page's background polling does not
  // count, or an open tab would never be logged off).
  std::optional<Session> use(const std::string& token, Clock::time_point now = Clock::now(),
                             bool touch = true);
  void end(const std::string& token);
  void endAllFor(const std::string& email);

 private:
  std::chrono::seconds idle_;
  std::size_t max_;
  std::mutex mutex_;
  std::unordered_map<std::string, Session> byTokenHash_;  // keyed by a hash, not the token
};

struct LoginPolicy {
  int maxFailures = 5;
  std::chrono::seconds lockout{900};
  std::chrono::milliseconds delayBase{1000};
};

class LoginThrottle {
 public:
  explicit LoginThrottle(LoginPolicy policy, std::size_t maxAccounts = 10000)
      : policy_(policy), max_(maxAccounts) {}

  // Seconds the caller must wait before trying this account again (0: go ahead).
  int waitSeconds(const std::string& email, Clock::time_point now = Clock::now());
  bool lockedOut(const std::string& email, Clock::time_point now = Clock::now());
  // After a wrong password: wait base, 2x base, 4x base ...; at maxFailures, the lockout.
  void failed(const std::string& email, Clock::time_point now = Clock::now());
  void succeeded(const std::string& email);

 private:
  struct State {
    int failures = 0;
    Clock::time_point notBefore;
    bool locked = false;
  };
  LoginPolicy policy_;
  std::size_t max_;
  std::mutex mutex_;
  std::unordered_map<std::string, State> accounts_;
};

}  // namespace inbox
