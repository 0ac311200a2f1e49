// Notification e-mail on each new lead, from the outbox table: no health data,
// no contact details, only "a self-check lead is waiting" and the inbox link.
#pragma once

#include <atomic>
#include <condition_variable>
#include <mutex>
#include <string>
#include <thread>

#include "config.hpp"
#include "store.hpp"

namespace inbox {

// The whole message (headers + body). Deliberately takes nothing from the lead.
std::string notificationMessage(const SmtpConfig& smtp, const std::string& publicUrl,
                                long long now);

// Sends one message with libcurl; empty on success, else curl's error text.
std::string sendMail(const SmtpConfig& smtp, const std::string& message);

// Seconds before attempt `attempts + 1`: base, 2x, 4x ... capped at one hour.
long long retryDelay(int baseSeconds, long long attempts);

class Notifier {
 public:
  Notifier(const Config& config, Store& store);
  ~Notifier();
  void wake();  // a lead was stored: look at the outbox now

 private:
  void run();
  void deliverDue();

  const Config& config_;
  Store& store_;
  std::mutex mutex_;
  std::condition_variable cv_;
  bool woken_ = false;
  std::atomic<bool> stop_{false};
  std::thread thread_;
};

}  // namespace inbox
