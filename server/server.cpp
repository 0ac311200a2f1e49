// `backcheck-inbox serve`: the HTTP server, its limits, and the retention timer.
#include <arpa/inet.h>
#include <dirent.h>
#include <netinet/in.h>
#include <sys/socket.h>

#include <csignal>
#include <cstdlib>
#include <deque>
#include <iostream>

#include "app.hpp"

namespace inbox {

namespace {

// httplib's own pool queues connections without limit; this one makes the
// accept loop wait when `maxQueued` connections are already waiting, so
// memory stays bounded under a flood (the kernel's backlog holds the rest).
class BoundedPool : public httplib::TaskQueue {
 public:
  BoundedPool(std::size_t threads, std::size_t maxQueued) : max_(maxQueued) {
    for (std::size_t i = 0; i < threads; ++i) workers_.emplace_back([this] { work(); });
  }
  void enqueue(std::function<void()> fn) override {
    std::unique_lock<std::mutex> lock(mutex_);
    space_.wait(lock, [this] { return jobs_.size() < max_ || stop_; });
    jobs_.push_back(std::move(fn));
    ready_.notify_one();
  }
  void shutdown() override {
    {
      std::lock_guard<std::mutex> lock(mutex_);
      stop_ = true;
    }
    ready_.notify_all();
    space_.notify_all();
    for (auto& t : workers_) t.join();
  }

 private:
  void work() {
    for (;;) {
      std::function<void()> fn;
      {
        std::unique_lock<std::mutex> lock(mutex_);
        ready_.wait(lock, [this] { return !jobs_.empty() || stop_; });
        if (jobs_.empty()) return;
        fn = std::move(jobs_.front());
        jobs_.pop_front();
      }
      space_.notify_one();
      fn();
    }
  }
  std::size_t max_;
  std::mutex mutex_;
  std::condition_variable ready_, space_;
  std::deque<std::function<void()>> jobs_;
  std::vector<std::thread> workers_;
  bool stop_ = false;
};

// The Debian build of cpp-httplib 0.11 listens with a backlog of 5: a burst of
// 20 clients then waits for SYN retransmits (1 s each). Find our listening
// socket and listen again with a real backlog (Linux allows re-listen).
void widenBacklog(int port) {
  DIR* fds = opendir("/proc/self/fd");
  if (!fds) return;
  while (dirent* entry = readdir(fds)) {
    const int fd = std::atoi(entry->d_name);
    sockaddr_storage addr{};
    socklen_t len = sizeof addr;
    int listening = 0;
    socklen_t optlen = sizeof listening;
    if (fd <= 2 || getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &len) != 0) continue;
    if (getsockopt(fd, SOL_SOCKET, SO_ACCEPTCONN, &listening, &optlen) != 0 || !listening) continue;
    const int boundPort = addr.ss_family == AF_INET6
                              ? ntohs(reinterpret_cast<sockaddr_in6*>(&addr)->sin6_port)
                              : ntohs(reinterpret_cast<sockaddr_in*>(&addr)->sin_port);
    if (boundPort == port) ::listen(fd, SOMAXCONN);
  }
  closedir(fds);
}

httplib::Server* running = nullptr;
void stopOnSignal(int) {
  if (running) running->stop();
}

void configureLimits(httplib::Server& server, const Config& config) {
  server.new_task_queue = [threads = config.threads] { return new BoundedPool(threads, 64); };
  server.set_payload_max_length(64 * 1024);  // docs/leads.md §5: bodies up to 64 KB
  server.set_read_timeout(5, 0);             // a slow sender cannot hold a worker for long
  server.set_write_timeout(5, 0);
  // One request per connection: an idle keep-alive connection would hold a worker
  // thread for its whole timeout (a browser sends one lead; the page polls every 5 s).
  server.set_keep_alive_max_count(1);
  server.set_default_headers({
      {"X-Content-Type-Options", "nosniff"},
      {"Referrer-Policy", "no-referrer"},
      {"X-Frame-Options", "DENY"},
      {"Cache-Control", "no-store"},
      {"Content-Security-Policy",
       "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src "
       "'self'; "
       "base-uri 'none'; form-action 'self'; frame-ancestors 'none'"},
  });
  server.set_exception_handler(
      [](const httplib::Request&, httplib::Response& res, std::exception_ptr ep) {
        try {
          std::rethrow_exception(ep);
        } catch (const std::exception& e) {
          std::cerr << "request failed: " << e.what() << "\n";
        } catch (...) {
        }
        // Never echo the request or the exception text back.
        sendError(res, 500, "internal", "Something went wrong on the server.");
      });
}

}  // namespace

int serve(const Config& config) {
  App app;
  app.config = config;
  std::string error;
  app.key = Key::load(config.keyFile, error);
  if (!app.key) {
    std::cerr << "backcheck-inbox: " << error << "\n";
    return 1;
  }
  try {
    app.store = std::make_unique<Store>(config.database, *app.key);
  } catch (const std::exception& e) {
    std::cerr << "backcheck-inbox: " << e.what() << "\n";
    return 1;
  }
  app.explainer = std::make_unique<Explainer>(config.uiDir + "/widget-locales");
  if (!app.explainer->loaded())
    std::cerr << "backcheck-inbox: no catalogs in " << config.uiDir << "/widget-locales\n";
  app.sessions = std::make_unique<Sessions>(std::chrono::seconds(config.sessionIdleSeconds));
  app.logins = std::make_unique<LoginThrottle>(
      LoginPolicy{config.loginMaxFailures, std::chrono::seconds(config.loginLockoutSeconds),
                  std::chrono::milliseconds(config.loginDelayBaseMs)});
  app.leadLimit = std::make_unique<RateLimiter>(config.leadsPerMinute, config.leadBurst);
  app.loginLimit = std::make_unique<RateLimiter>(30, 10);
  if (config.smtp.enabled) app.notifier = std::make_unique<Notifier>(app.config, *app.store);

  httplib::Server server;
  configureLimits(server, config);
  addLeadRoutes(server, app);
  addAuthRoutes(server, app);
  addLeadApiRoutes(server, app);
  addUserRoutes(server, app);
  if (!server.set_mount_point("/", config.uiDir)) {
    std::cerr << "backcheck-inbox: uiDir " << config.uiDir << " is not a directory\n";
    return 1;
  }

  // Retention: once at start, then hourly, on the server's own thread.
  std::mutex retentionMutex;
  std::condition_variable retentionWake;
  bool stopping = false;
  std::thread retention([&] {
    std::unique_lock<std::mutex> lock(retentionMutex);
    do {
      try {
        applyRetention(app, "system", "-");
      } catch (const std::exception& e) {
        std::cerr << "retention: " << e.what() << "\n";
      }
    } while (!retentionWake.wait_for(lock, std::chrono::hours(1), [&] { return stopping; }));
  });

  running = &server;
  std::signal(SIGINT, stopOnSignal);
  std::signal(SIGTERM, stopOnSignal);
  const bool bound = server.bind_to_port(config.host, config.port);
  if (!bound) {
    std::cerr << "backcheck-inbox: cannot listen on " << config.host << ":" << config.port << "\n";
  } else {
    widenBacklog(config.port);
    std::cout << "backcheck-inbox listening on http://" << config.host << ":" << config.port
              << "/ (public URL " << config.publicUrl << ")" << std::endl;
    server.listen_after_bind();
  }
  {
    std::lock_guard<std::mutex> lock(retentionMutex);
    stopping = true;
  }
  retentionWake.notify_all();
  retention.join();
  running = nullptr;
  return bound ? 0 : 1;
}

}  // namespace inbox
