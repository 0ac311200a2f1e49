// One version: CMake's project(VERSION) is the core's coreVersion() (through
// a generated header), and every other place that states it must agree:
// package.json (and its lock file), the examples' expected results and docs/.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <regex>
#include <string>

#include "test_support.hpp"

namespace backcheck::testing {
namespace {

const std::filesystem::path kRoot(BACKCHECK_SOURCE_DIR);

std::string readFile(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

TEST(VersionTest, PackageJsonStatesTheCoreVersion) {
  EXPECT_EQ(json::parse(readFile(kRoot / "package.json")).at("version"), backcheck::coreVersion());
  const json lock = json::parse(readFile(kRoot / "package-lock.json"));
  EXPECT_EQ(lock.at("version"), backcheck::coreVersion());
  EXPECT_EQ(lock.at("packages").at("").at("version"), backcheck::coreVersion());
}

// "coreVersion": "x.y.z" in the docs and the expected results, "core x.y.z"
// (a lead's text block, the changelog) and "/widget/x.y.z/" (self-hosting).
TEST(VersionTest, DocsAndExamplesStateTheCoreVersion) {
  const std::regex stated(
      R"re("coreVersion": ?"([^"]*)"|core ([0-9]+\.[0-9]+\.[0-9]+)|/widget/([0-9]+\.[0-9]+\.[0-9]+)/)re");
  int found = 0;
  for (const char* dir : {"docs", "docs/examples"}) {
    for (const auto& entry : std::filesystem::directory_iterator(kRoot / dir)) {
      const auto extension = entry.path().extension();
      if (extension != ".md" && extension != ".json") continue;
      const std::string text = readFile(entry.path());
      for (std::sregex_iterator match(text.begin(), text.end(), stated), end; match != end;
           ++match) {
        const std::string version = (*match)[1].matched   ? (*match)[1]
                                    : (*match)[2].matched ? (*match)[2]
                                                          : (*match)[3];
        EXPECT_EQ(version, backcheck::coreVersion()) << entry.path() << ": " << match->str();
        ++found;
      }
    }
  }
  EXPECT_GE(found, 20);
}

}  // namespace
}  // namespace backcheck::testing
