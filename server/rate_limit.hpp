// Per-client token buckets with a fixed memory ceiling: however many addresses
// knock, the table never holds more than `maxClients` entries.
#pragma once

#include <chrono>
#include <cstddef>
#include <mutex>
#include <string>
#include <unordered_map>

namespace inbox {

class RateLimiter {
 public:
  using Clock = std::chrono::steady_clock;
  RateLimiter(double perMinute, double burst, std::size_t maxClients = 10000)
      : perSecond_(perMinute / 60.0), burst_(burst), maxClients_(maxClients) {}

  // 0 when the request may go ahead, else the seconds to wait (for Retry-After).
  int take(const std::string& client, Clock::time_point now = Clock::now());
  std::size_t size() const { return buckets_.size(); }

 private:
  struct Bucket {
    double tokens;
    Clock::time_point updated;
  };
  void makeRoom(Clock::time_point now);

  double perSecond_, burst_;
  std::size_t maxClients_;
  std::mutex mutex_;
  std::unordered_map<std::string, Bucket> buckets_;
};

}  // namespace inbox
