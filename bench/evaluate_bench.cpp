// evaluate() latency of the native core on the answers files given on the
// command line (bench/run.sh passes docs/examples/*.json, the same inputs the
// WASM runs use). One benchmark per file, named by the file's base name.
//
//   backcheck_bench [google-benchmark flags] FILE.json...
#include <benchmark/benchmark.h>

#include <cstdio>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "backcheck/backcheck.hpp"

namespace {

void evaluateAnswers(benchmark::State& state, const std::string& answers) {
  for (auto _ : state) {
    std::string result = backcheck::evaluate(answers);
    benchmark::DoNotOptimize(result);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) *
                          static_cast<int64_t>(answers.size()));
}

std::string baseName(const std::string& path) {
  const auto slash = path.find_last_of('/');
  std::string name = slash == std::string::npos ? path : path.substr(slash + 1);
  const auto dot = name.rfind(".json");
  return dot == std::string::npos ? name : name.substr(0, dot);
}

}  // namespace

int main(int argc, char** argv) {
  benchmark::Initialize(&argc, argv);  // removes the flags it knows
  int registered = 0;
  for (int i = 1; i < argc; ++i) {
    std::ifstream file(argv[i], std::ios::binary);
    if (!file) {
      std::fprintf(stderr, "cannot read %s\n", argv[i]);
      return 2;
    }
    std::string answers(std::istreambuf_iterator<char>(file), {});
    benchmark::RegisterBenchmark(baseName(argv[i]).c_str(), evaluateAnswers, answers)
        ->Unit(benchmark::kMicrosecond);
    ++registered;
  }
  if (registered == 0) {
    std::fputs("usage: backcheck_bench [benchmark flags] FILE.json...\n", stderr);
    return 2;
  }
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
