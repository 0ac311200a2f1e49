// backcheck: evaluate a visitor's answers from the command line.
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iostream>
#include <iterator>
#include <nlohmann/json.hpp>
#include <string>

#include "backcheck/backcheck.hpp"

namespace {

constexpr int kExitOk = 0;
constexpr int kExitInvalid = 1;
constexpr int kExitUsage = 2;

void printUsage(std::FILE* out) {
  std::fputs(
      "usage: backcheck evaluate [FILE|-]   print the result JSON for an answers file\n"
      "       backcheck validate [FILE|-]   check an answers file, print the errors\n"
      "       backcheck protocol            print the protocol JSON\n"
      "       backcheck version             print the core version\n"
      "       backcheck --help\n"
      "FILE defaults to standard input. Exit codes: 0 ok, 1 invalid input, 2 usage.\n",
      out);
}

bool readInput(const char* path, std::string& text) {
  if (path == nullptr || std::strcmp(path, "-") == 0) {
    text.assign(std::istreambuf_iterator<char>(std::cin), {});
    return !std::cin.bad();
  }
  std::ifstream file(path, std::ios::binary);
  if (!file) return false;
  text.assign(std::istreambuf_iterator<char>(file), {});
  return !file.bad();
}

// The core reports bad answers inside its output: an empty `errors` array is ok.
bool hasNoErrors(const std::string& output) {
  const auto result = nlohmann::json::parse(output, nullptr, false);
  if (!result.is_object()) return false;
  const auto errors = result.find("errors");
  return errors != result.end() && errors->is_array() && errors->empty();
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    printUsage(stderr);
    return kExitUsage;
  }
  const std::string command = argv[1];
  if (command == "--help" || command == "-h" || command == "help") {
    printUsage(stdout);
    return kExitOk;
  }
  if (command == "version" && argc == 2) {
    std::cout << backcheck::coreVersion() << '\n';
    return kExitOk;
  }
  if (command == "protocol" && argc == 2) {
    std::cout << backcheck::protocol() << '\n';
    return kExitOk;
  }
  if ((command == "evaluate" || command == "validate") && argc <= 3) {
    const char* path = argc == 3 ? argv[2] : nullptr;
    std::string input;
    if (!readInput(path, input)) {
      std::fprintf(stderr, "backcheck: cannot read %s\n",
                   path == nullptr ? "standard input" : path);
      return kExitUsage;
    }
    const std::string output =
        command == "evaluate" ? backcheck::evaluate(input) : backcheck::validate(input);
    std::cout << output << '\n';
    return hasNoErrors(output) ? kExitOk : kExitInvalid;
  }
  printUsage(stderr);
  return kExitUsage;
}
