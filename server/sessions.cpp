#include "sessions.hpp"

#include <algorithm>
#include <cmath>

#include "crypto.hpp"

namespace inbox {

namespace {
std::string tokenHash(const std::string& token) {
  // The table holds hashes, so a memory dump does not hand out live cookies.
  static const Key key;
  const Bytes h = keyedHash(key, token);
  return std::string(h.begin(), h.end());
}
constexpr std::chrono::hours kMaxAge{12};
}  // namespace

std::string Sessions::create(const std::string& email, const std::string& role,
                             Clock::time_point now) {
  std::string token = randomToken();
  std::lock_guard<std::mutex> lock(mutex_);
  if (byTokenHash_.size() >= max_) {
    auto oldest = std::min_element(
        byTokenHash_.begin(), byTokenHash_.end(),
        [](const auto& a, const auto& b) { return a.second.lastSeen < b.second.lastSeen; });
    byTokenHash_.erase(oldest);
  }
  byTokenHash_[tokenHash(token)] = Session{email, role, randomToken(), now, now};
  return token;
}

std::optional<Session> Sessions::use(const std::string& token, Clock::time_point now, bool touch) {
  if (token.empty()) return std::nullopt;
  std::lock_guard<std::mutex> lock(mutex_);
  auto it = byTokenHash_.find(tokenHash(token));
  if (it == byTokenHash_.end()) return std::nullopt;
  if (now - it->second.lastSeen > idle_ || now - it->second.created > kMaxAge) {
    byTokenHash_.erase(it);
    return std::nullopt;
  }
  if (touch) it->second.lastSeen = now;
  return it->second;
}

void Sessions::end(const std::string& token) {
  std::lock_guard<std::mutex> lock(mutex_);
  byTokenHash_.erase(tokenHash(token));
}

void Sessions::endAllFor(const std::string& email) {
  std::lock_guard<std::mutex> lock(mutex_);
  for (auto it = byTokenHash_.begin(); it != byTokenHash_.end();) {
    it = it->second.email == email ? byTokenHash_.erase(it) : std::next(it);
  }
}

int LoginThrottle::waitSeconds(const std::string& email, Clock::time_point now) {
  std::lock_guard<std::mutex> lock(mutex_);
  auto it = accounts_.find(email);
  if (it == accounts_.end() || now >= it->second.notBefore) return 0;
  return static_cast<int>(
      std::ceil(std::chrono::duration<double>(it->second.notBefore - now).count()));
}

bool LoginThrottle::lockedOut(const std::string& email, Clock::time_point now) {
  std::lock_guard<std::mutex> lock(mutex_);
  auto it = accounts_.find(email);
  return it != accounts_.end() && it->second.locked && now < it->second.notBefore;
}

void LoginThrottle::failed(const std::string& email, Clock::time_point now) {
  std::lock_guard<std::mutex> lock(mutex_);
  if (accounts_.size() >= max_ && !accounts_.count(email)) {
    // Forget accounts whose wait is over before growing; never past the ceiling.
    for (auto it = accounts_.begin(); it != accounts_.end();) {
      it = now >= it->second.notBefore ? accounts_.erase(it) : std::next(it);
    }
    if (accounts_.size() >= max_) accounts_.erase(accounts_.begin());
  }
  State& s = accounts_[email];
  if (s.locked && now >= s.notBefore) s = State{};  // the lockout has run out: a fresh start
  s.failures += 1;
  if (s.failures >= policy_.maxFailures) {
    s.locked = true;
    s.notBefore = now + policy_.lockout;
  } else {
    s.notBefore = now + policy_.delayBase * (1 << std::min(s.failures - 1, 10));
  }
}

void LoginThrottle::succeeded(const std::string& email) {
  std::lock_guard<std::mutex> lock(mutex_);
  accounts_.erase(email);
}

}  // namespace inbox
