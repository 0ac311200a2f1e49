// backcheck-inbox: the clinic's side of the lead funnel (docs/inbox.md).
#include <sys/stat.h>

#include <cstdlib>
#include <iostream>
#include <iterator>
#include <map>
#include <string>

#include "app.hpp"
#include "lead_check.hpp"

namespace {

using namespace inbox;

const char* kUsage =
    "usage: backcheck-inbox init --config inbox.json --email OWNER_EMAIL [--password-env VAR]\n"
    "       backcheck-inbox serve --config inbox.json\n"
    "       backcheck-inbox user add --config inbox.json --email EMAIL [--role staff|owner] "
    "[--password-env VAR]\n"
    "       backcheck-inbox user remove --config inbox.json --email EMAIL\n"
    "       backcheck-inbox user reset --config inbox.json --email EMAIL [--password-env VAR]\n"
    "       backcheck-inbox rotate-key --config inbox.json --new-key-file NEW.key\n"
    "       backcheck-inbox check-lead < lead.json   (validate a lead as POST /leads does)\n"
    "Without --password-env a password is generated and printed once.\n";

int usage() {
  std::cerr << kUsage;
  return 2;
}

// --name value pairs after the command words.
bool parseOptions(int argc, char** argv, int first, std::map<std::string, std::string>& out) {
  for (int i = first; i < argc; i += 2) {
    const std::string name = argv[i];
    if (name.rfind("--", 0) != 0 || i + 1 >= argc) return false;
    out[name.substr(2)] = argv[i + 1];
  }
  return true;
}

// The password from the named environment variable, or a fresh one (`generated`,
// printed once the change has been made).
bool choosePassword(const std::map<std::string, std::string>& options, std::string& password,
                    bool& generated) {
  auto it = options.find("password-env");
  generated = it == options.end();
  if (generated) {
    password = randomToken(12);
    return true;
  }
  const char* value = std::getenv(it->second.c_str());
  password = value ? value : "";
  if (password.size() < 12) {
    std::cerr << "backcheck-inbox: $" << it->second
              << " must hold a password of at least 12 characters\n";
    return false;
  }
  return true;
}

int checkLeadCommand() {
  const std::string text(std::istreambuf_iterator<char>(std::cin), {});
  const auto lead = nlohmann::json::parse(text, nullptr, false);
  if (lead.is_discarded()) {
    std::cout << R"({"valid":false,"problems":[{"path":"","message":"not JSON"}]})"
              << "\n";
    return 1;
  }
  nlohmann::json problems = nlohmann::json::array();
  for (const auto& p : checkLead(lead))
    problems.push_back({{"path", p.path}, {"message", p.message}});
  std::cout << nlohmann::json{{"valid", problems.empty()}, {"problems", problems}}.dump() << "\n";
  return problems.empty() ? 0 : 1;
}

int userCommand(const std::string& action, const Config& config,
                std::map<std::string, std::string>& options, bool init) {
  const std::string email = options["email"];
  const std::string role = options.count("role") ? options["role"] : (init ? "owner" : "staff");
  if (email.find('@') == std::string::npos || (role != "owner" && role != "staff")) return usage();
  std::string error;
  std::unique_ptr<Key> key;
  if (init) {
    key = std::make_unique<Key>();
    if (!key->save(config.keyFile, error)) {
      std::cerr << "backcheck-inbox: " << error << "\n";
      return 1;
    }
  } else if (!(key = Key::load(config.keyFile, error))) {
    std::cerr << "backcheck-inbox: " << error << "\n";
    return 1;
  }
  Store store(config.database, *key);
  std::string password;
  bool generated = false;
  if (action != "remove" && !choosePassword(options, password, generated)) return 1;
  bool ok = false;
  if (action == "add") ok = store.addUser(email, role, hashPassword(password));
  if (action == "reset") ok = store.setPassword(email, hashPassword(password));
  if (action == "remove") ok = store.removeUser(email);
  if (!ok) {
    std::cerr << "backcheck-inbox: user " << action << " " << email
              << " did nothing (no such user, or it exists)\n";
    return 1;
  }
  store.audit("cli", "-", "user_" + action, "", email, unixNow());
  std::cout << "user " << action << ": " << email << (action == "add" ? " (" + role + ")" : "")
            << "\n";
  if (generated) std::cout << "password: " << password << "\n";
  return 0;
}

// Writes a new key file, re-seals every lead with it; the config's keyFile is
// then pointed at the new file by the operator (docs/inbox.md, "Key rotation").
int rotateKeyCommand(const Config& config, std::map<std::string, std::string>& options) {
  if (!options.count("new-key-file")) return usage();
  std::string error;
  auto current = Key::load(config.keyFile, error);
  if (!current) {
    std::cerr << "backcheck-inbox: " << error << "\n";
    return 1;
  }
  Key next;
  if (!next.save(options["new-key-file"], error)) {
    std::cerr << "backcheck-inbox: " << error << "\n";
    return 1;
  }
  Store store(config.database, *current);
  const std::size_t count = store.rotateKey(next);
  store.audit("cli", "-", "key_rotated", "", std::to_string(count) + " leads", unixNow());
  std::cout << count << " leads re-encrypted. Set \"keyFile\" to " << options["new-key-file"]
            << " and restart; keep the old key only as long as backups made with it.\n";
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  umask(077);  // the database, its WAL and the key are readable by this account only
  initCrypto();
  if (argc < 2) return usage();
  const std::string command = argv[1];
  if (command == "check-lead" && argc == 2) return checkLeadCommand();
  const bool isUser = command == "user";
  if (isUser && argc < 3) return usage();
  std::map<std::string, std::string> options;
  if (!parseOptions(argc, argv, isUser ? 3 : 2, options) || !options.count("config"))
    return usage();
  Config config;
  std::string error;
  if (!loadConfig(options["config"], config, error)) {
    std::cerr << "backcheck-inbox: " << error << "\n";
    return 2;
  }
  try {
    if (command == "serve") return serve(config);
    if (command == "init") return userCommand("add", config, options, true);
    if (command == "rotate-key") return rotateKeyCommand(config, options);
    if (isUser) {
      const std::string action = argv[2];
      if (action != "add" && action != "remove" && action != "reset") return usage();
      return userCommand(action, config, options, false);
    }
  } catch (const std::exception& e) {
    std::cerr << "backcheck-inbox: " << e.what() << "\n";
    return 1;
  }
  return usage();
}
