#include "rate_limit.hpp"

#include <cmath>

namespace inbox {

int RateLimiter::take(const std::string& client, Clock::time_point now) {
  std::lock_guard<std::mutex> lock(mutex_);
  auto it = buckets_.find(client);
  if (it == buckets_.end()) {
    if (buckets_.size() >= maxClients_) makeRoom(now);
    it = buckets_.emplace(client, Bucket{burst_, now}).first;
  }
  Bucket& b = it->second;
  const double elapsed = std::chrono::duration<double>(now - b.updated).count();
  b.tokens = std::min(burst_, b.tokens + elapsed * perSecond_);
  b.updated = now;
  if (b.tokens >= 1.0) {
    b.tokens -= 1.0;
    return 0;
  }
  return static_cast<int>(std::ceil((1.0 - b.tokens) / perSecond_));
}

void RateLimiter::makeRoom(Clock::time_point now) {
  // First drop buckets that have refilled (they carry no state worth keeping);
  // if every client is still throttled, drop the whole table rather than grow.
  for (auto it = buckets_.begin(); it != buckets_.end();) {
    const double elapsed = std::chrono::duration<double>(now - it->second.updated).count();
    it = it->second.tokens + elapsed * perSecond_ >= burst_ ? buckets_.erase(it) : std::next(it);
  }
  if (buckets_.size() >= maxClients_) buckets_.clear();
}

}  // namespace inbox
