// Rounding to tenths, half away from zero, without libm (std::round would add
// a routine to the WebAssembly module). Plain IEEE arithmetic: the same result
// in every build. Only used on bounded values (|value| < 1e6).
#pragma once

namespace backcheck::detail {

inline long long roundToTenths(double value) {
  return static_cast<long long>(value * 10 + (value < 0 ? -0.5 : 0.5));
}

inline double roundTenth(double value) { return static_cast<double>(roundToTenths(value)) / 10; }

}  // namespace backcheck::detail
