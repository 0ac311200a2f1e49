// Sessions (idle logoff), the login throttle (growing delay, lockout) and rate limits.
#include <gtest/gtest.h>

#include "crypto.hpp"
#include "rate_limit.hpp"
#include "sessions.hpp"

namespace inbox {
namespace {

using namespace std::chrono_literals;

TEST(SessionsTest, IdleSessionEndsAfterTheIdleTime) {
  initCrypto();
  Sessions sessions(900s);
  const auto t0 = Clock::now();
  const std::string token = sessions.create("a@clinic.test", "staff", t0);
  ASSERT_TRUE(sessions.use(token, t0 + 899s).has_value());
  ASSERT_TRUE(sessions.use(token, t0 + 899s + 899s).has_value()) << "use resets the idle clock";
  EXPECT_FALSE(sessions.use(token, t0 + 899s + 899s + 901s).has_value());
  EXPECT_FALSE(sessions.use(token, t0).has_value()) << "an expired session stays gone";
}

TEST(SessionsTest, BackgroundPollingDoesNotKeepASessionAlive) {
  initCrypto();
  Sessions sessions(900s);
  const auto t0 = Clock::now();
  const std::string token = sessions.create("a@clinic.test", "staff", t0);
  for (int minute = 1; minute <= 14; ++minute) {
    ASSERT_TRUE(sessions.use(token, t0 + std::chrono::minutes(minute), false).has_value());
  }
  EXPECT_FALSE(sessions.use(token, t0 + 901s, false).has_value());
}

TEST(SessionsTest, UnknownTokenAndLogoutGiveNoSession) {
  initCrypto();
  Sessions sessions(900s);
  const std::string token = sessions.create("a@clinic.test", "owner");
  EXPECT_FALSE(sessions.use("forged").has_value());
  EXPECT_FALSE(sessions.use("").has_value());
  const auto s = sessions.use(token);
  ASSERT_TRUE(s.has_value());
  EXPECT_EQ(s->role, "owner");
  EXPECT_GE(s->csrf.size(), 40u);
  sessions.end(token);
  EXPECT_FALSE(sessions.use(token).has_value());
}

TEST(SessionsTest, SessionTableHasACeiling) {
  initCrypto();
  Sessions sessions(900s, 3);
  const auto t0 = Clock::now();
  const std::string first = sessions.create("a", "staff", t0);
  for (int i = 1; i <= 3; ++i) sessions.create("a", "staff", t0 + std::chrono::seconds(i));
  EXPECT_FALSE(sessions.use(first, t0 + 5s).has_value()) << "the least recently used one makes room";
}

TEST(LoginThrottleTest, DelayGrowsThenLocksOut) {
  LoginThrottle throttle(LoginPolicy{3, 600s, 1000ms});
  const auto t0 = Clock::now();
  EXPECT_EQ(throttle.waitSeconds("a", t0), 0);
  throttle.failed("a", t0);
  EXPECT_EQ(throttle.waitSeconds("a", t0), 1);
  throttle.failed("a", t0 + 1s);
  EXPECT_EQ(throttle.waitSeconds("a", t0 + 1s), 2);
  EXPECT_FALSE(throttle.lockedOut("a", t0 + 1s));
  throttle.failed("a", t0 + 3s);
  EXPECT_TRUE(throttle.lockedOut("a", t0 + 3s));
  EXPECT_EQ(throttle.waitSeconds("a", t0 + 3s), 600);
  EXPECT_EQ(throttle.waitSeconds("b", t0 + 3s), 0) << "other accounts are not affected";
  EXPECT_FALSE(throttle.lockedOut("a", t0 + 604s));
}

TEST(LoginThrottleTest, SuccessClearsTheCount) {
  LoginThrottle throttle(LoginPolicy{3, 600s, 1000ms});
  const auto t0 = Clock::now();
  throttle.failed("a", t0);
  throttle.succeeded("a");
  EXPECT_EQ(throttle.waitSeconds("a", t0), 0);
}

TEST(RateLimiterTest, BurstThenRetryAfterThenRefill) {
  RateLimiter limiter(60, 3);  // one per second, three at once
  const auto t0 = RateLimiter::Clock::now();
  for (int i = 0; i < 3; ++i) EXPECT_EQ(limiter.take("1.2.3.4", t0), 0);
  EXPECT_EQ(limiter.take("1.2.3.4", t0), 1);
  EXPECT_EQ(limiter.take("5.6.7.8", t0), 0) << "per client";
  EXPECT_EQ(limiter.take("1.2.3.4", t0 + 1s), 0);
}

TEST(RateLimiterTest, MemoryStaysBoundedUnderManyClients) {
  RateLimiter limiter(60, 1, 1000);
  const auto t0 = RateLimiter::Clock::now();
  for (int i = 0; i < 20000; ++i) limiter.take("10.0." + std::to_string(i), t0);
  EXPECT_LE(limiter.size(), 1000u);
}

}  // namespace
}  // namespace inbox
