#include "notify.hpp"

#include <curl/curl.h>

#include <algorithm>
#include <cstring>
#include <ctime>
#include <iostream>

#include "crypto.hpp"

namespace inbox {

namespace {
struct Reader {
  const std::string& text;
  std::size_t offset = 0;
};

std::size_t readMessage(char* buffer, std::size_t size, std::size_t count, void* user) {
  auto* r = static_cast<Reader*>(user);
  const std::size_t n = std::min(size * count, r->text.size() - r->offset);
  std::memcpy(buffer, r->text.data() + r->offset, n);
  r->offset += n;
  return n;
}

std::string rfc5322Date(long long now) {
  const std::time_t t = static_cast<std::time_t>(now);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char out[64];
  std::strftime(out, sizeof out, "%a, %d %b %Y %H:%M:%S +0000", &tm);
  return out;
}

std::string domainOf(const std::string& address) {
  const auto at = address.rfind('@');
  return at == std::string::npos ? "localhost" : address.substr(at + 1);
}
}  // namespace

std::string notificationMessage(const SmtpConfig& smtp, const std::string& publicUrl,
                                long long now) {
  std::string to;
  for (const auto& address : smtp.to) to += (to.empty() ? "" : ", ") + address;
  return "Date: " + rfc5322Date(now) + "\r\n" + "From: " + smtp.from + "\r\n" + "To: " + to +
         "\r\n" + "Message-ID: <" + randomHex(16) + "@" + domainOf(smtp.from) + ">\r\n" +
         "Subject: A self-check lead is waiting\r\n"
         "MIME-Version: 1.0\r\n"
         "Content-Type: text/plain; charset=utf-8\r\n"
         "\r\n"
         "A new self-check lead is waiting in your clinic inbox.\r\n"
         "\r\n"
         "Open the inbox to read it and contact the person: " +
         publicUrl +
         "\r\n"
         "\r\n"
         "This e-mail carries no details about the person on purpose.\r\n";
}

std::string sendMail(const SmtpConfig& smtp, const std::string& message) {
  CURL* curl = curl_easy_init();
  if (!curl) return "curl_easy_init failed";
  char errors[CURL_ERROR_SIZE] = "";
  Reader reader{message};
  curl_slist* recipients = nullptr;
  for (const auto& address : smtp.to)
    recipients = curl_slist_append(recipients, ("<" + address + ">").c_str());
  const std::string from = "<" + smtp.from + ">";
  curl_easy_setopt(curl, CURLOPT_URL, smtp.url.c_str());
  curl_easy_setopt(curl, CURLOPT_MAIL_FROM, from.c_str());
  curl_easy_setopt(curl, CURLOPT_MAIL_RCPT, recipients);
  curl_easy_setopt(curl, CURLOPT_READFUNCTION, readMessage);
  curl_easy_setopt(curl, CURLOPT_READDATA, &reader);
  curl_easy_setopt(curl, CURLOPT_UPLOAD, 1L);
  curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, errors);
  curl_easy_setopt(curl, CURLOPT_TIMEOUT, static_cast<long>(smtp.timeoutSeconds));
  curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
  // starttls: refuse to go on in plain text if the server will not upgrade.
  if (smtp.security == "starttls")
    curl_easy_setopt(curl, CURLOPT_USE_SSL, static_cast<long>(CURLUSESSL_ALL));
  if (!smtp.username.empty()) {
    curl_easy_setopt(curl, CURLOPT_USERNAME, smtp.username.c_str());
    curl_easy_setopt(curl, CURLOPT_PASSWORD, smtp.password.c_str());
  }
  const CURLcode rc = curl_easy_perform(curl);
  curl_slist_free_all(recipients);
  curl_easy_cleanup(curl);
  if (rc == CURLE_OK) return "";
  return errors[0] ? errors : curl_easy_strerror(rc);
}

long long retryDelay(int baseSeconds, long long attempts) {
  const long long delay = static_cast<long long>(baseSeconds) << std::min<long long>(attempts, 20);
  return std::min<long long>(delay, 3600);
}

Notifier::Notifier(const Config& config, Store& store) : config_(config), store_(store) {
  thread_ = std::thread([this] { run(); });
}

Notifier::~Notifier() {
  stop_ = true;
  wake();
  thread_.join();
}

void Notifier::wake() {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    woken_ = true;
  }
  cv_.notify_one();
}

void Notifier::run() {
  while (!stop_) {
    try {
      deliverDue();
    } catch (const std::exception& e) {
      std::cerr << "notify: " << e.what() << "\n";
    }
    std::unique_lock<std::mutex> lock(mutex_);
    cv_.wait_for(lock, std::chrono::seconds(1), [this] { return woken_ || stop_.load(); });
    woken_ = false;
  }
}

void Notifier::deliverDue() {
  for (const auto& item : store_.dueNotifications(std::time(nullptr), 20)) {
    if (stop_) return;
    const std::string error = sendMail(
        config_.smtp, notificationMessage(config_.smtp, config_.publicUrl, std::time(nullptr)));
    const long long now = std::time(nullptr);
    if (error.empty()) {
      store_.notificationSent(item.id, now);
    } else {
      std::cerr << "notify: sending failed (" << error << "), attempt " << item.attempts + 1
                << "\n";
      store_.notificationFailed(
          item.id, now + retryDelay(config_.smtp.retryBaseSeconds, item.attempts), error);
    }
  }
}

}  // namespace inbox
