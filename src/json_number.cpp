#include "json_number.hpp"

#include <cstdint>
#include <cstring>

namespace backcheck::detail {
namespace {

__extension__ typedef unsigned __int128 Uint128;  // GCC and clang, WebAssembly included

// 1e0..1e22: every one is exact in a double (Clinger's fast path).
constexpr double kPow10[] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,  1e8,  1e9,  1e10, 1e11,
                             1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};

// 2^exponent, exactly, for exponent in [-1022, 1023].
double powerOfTwo(int exponent) {
  const std::uint64_t bits = static_cast<std::uint64_t>(exponent + 1023) << 52;
  double value = 0;
  std::memcpy(&value, &bits, sizeof value);
  return value;
}

int bitLength(Uint128 value) {
  const auto high = static_cast<std::uint64_t>(value >> 64);
  if (high != 0) return 128 - __builtin_clzll(high);
  const auto low = static_cast<std::uint64_t>(value);
  return low == 0 ? 0 : 64 - __builtin_clzll(low);
}

// mantissa × 10^exp10 ≈ mantissa × 10^exp10 in floating point: only to tell a
// value beyond double's range from one inside it.
double approximate(std::uint64_t mantissa, int exp10) {
  double value = static_cast<double>(mantissa);
  if (exp10 > 330) exp10 = 330;  // beyond double's range either way; bounds the loops
  if (exp10 < -360) return 0;
  for (; exp10 > 22; exp10 -= 22) value *= 1e22;
  for (; exp10 < -22; exp10 += 22) value /= 1e22;
  return exp10 >= 0 ? value * kPow10[exp10] : value / kPow10[-exp10];
}

// value × 2^exponent rounded to the nearest double, ties to even; `below`:
// nonzero bits under `value` were cut off. One rounding, in integers: the
// compiler's 128-bit → double conversion would add ~1 KB of WebAssembly.
double roundToDouble(Uint128 value, bool below, int exponent) {
  const int bits = bitLength(value);
  if (bits > 53) {
    const int drop = bits - 53;
    Uint128 top = value >> drop;
    const Uint128 rest = value - (top << drop);
    const Uint128 half = Uint128{1} << (drop - 1);
    if (rest > half || (rest == half && (below || (top & 1) != 0))) ++top;  // 2^53 is still exact
    value = top;
    exponent += drop;
  }
  return static_cast<double>(static_cast<std::uint64_t>(value)) * powerOfTwo(exponent);
}

// 10^e = 5^e × 2^e: the power of five in 128-bit integers, the power of two
// added to the binary exponent at the end (exact while the result is normal).
bool exactValue(std::uint64_t mantissa, int exp10, double& out) {
  // Clinger's fast path: both operands exact, so one rounding (every value the widget writes).
  if (mantissa < (std::uint64_t{1} << 53) && exp10 >= -22 && exp10 <= 22) {
    const double m = static_cast<double>(mantissa);
    out = exp10 >= 0 ? m * kPow10[exp10] : m / kPow10[-exp10];
    return true;
  }
  constexpr Uint128 kMax = ~Uint128{0};
  if (exp10 >= 0) {
    // mantissa × 5^exp10 exactly, rounded once, then × 2^exp10.
    Uint128 value = mantissa;
    for (int i = 0; i < exp10; ++i) {
      if (value > kMax / 5) return false;
      value *= 5;
    }
    out = roundToDouble(value, false, exp10);
    return true;
  }
  // mantissa / 5^k: the mantissa shifted to the top of 128 bits, divided by 5
  // k times (floor division composes: ⌊⌊n/5⌋/5⌋ = ⌊n/25⌋) in 64-bit steps
  // (a 128-bit division would link ~1 KB of WebAssembly). The quotient keeps
  // at least 54 bits for k ≤ 31 (enough to round); `below` records whether
  // any remainder was left.
  const int k = -exp10;
  if (k > 31) return false;
  const int shift = 128 - bitLength(mantissa);
  const Uint128 numerator = static_cast<Uint128>(mantissa) << shift;
  std::uint64_t high = static_cast<std::uint64_t>(numerator >> 64);
  std::uint64_t low = static_cast<std::uint64_t>(numerator);
  bool below = false;
  for (int i = 0; i < k; ++i) {
    std::uint64_t remainder = high % 5;
    high /= 5;
    const std::uint64_t upper = (remainder << 32 | low >> 32);
    remainder = upper % 5;
    const std::uint64_t lower = (remainder << 32 | (low & 0xFFFFFFFFu));
    low = (upper / 5) << 32 | lower / 5;
    below = below || lower % 5 != 0;
  }
  const Uint128 quotient = static_cast<Uint128>(high) << 64 | low;
  if (bitLength(quotient) < 54) return false;
  out = roundToDouble(quotient, below, -shift - k);  // ≥ 2^-182: always normal here
  return true;
}

bool isDigit(char c) { return c >= '0' && c <= '9'; }

class NumberScanner {
 public:
  NumberScanner(const char*& at, const char* end) : at_(at), end_(end) {}

  // -? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?
  // Integers that fit 64 bits keep their exact value (as nlohmann's did);
  // everything else becomes the correctly rounded double (decimalToDouble), or
  // is marked `inexact` when this reader cannot round it correctly.
  bool number(JsonValue& out, bool& inexact) {
    const bool negative = at_ != end_ && *at_ == '-';
    if (negative) ++at_;
    if (at_ == end_ || !isDigit(*at_)) return false;
    if (*at_ == '0' && end_ - at_ > 1 && isDigit(at_[1])) return false;  // no leading zeros
    std::uint64_t whole = 0;
    bool overflow = false;
    std::uint64_t mantissa = 0;
    int significant = 0;
    int exp10 = 0;
    bool dropped = false;  // a nonzero digit past the 19 the mantissa holds
    const auto addDigit = [&](unsigned d, bool fraction) {
      if (significant < 19) {
        mantissa = mantissa * 10 + d;
        if (mantissa != 0) ++significant;
        if (fraction) --exp10;
      } else {
        dropped = dropped || d != 0;
        if (!fraction) ++exp10;
      }
    };
    for (; at_ != end_ && isDigit(*at_); ++at_) {
      const unsigned d = static_cast<unsigned>(*at_ - '0');
      if (whole > (UINT64_MAX - d) / 10) overflow = true;
      whole = whole * 10 + d;
      addDigit(d, false);
    }
    bool isFloat = false;
    if (at_ != end_ && *at_ == '.') {
      ++at_;
      isFloat = true;
      if (at_ == end_ || !isDigit(*at_)) return false;
      for (; at_ != end_ && isDigit(*at_); ++at_) addDigit(static_cast<unsigned>(*at_ - '0'), true);
    }
    if (at_ != end_ && (*at_ == 'e' || *at_ == 'E')) {
      ++at_;
      isFloat = true;
      bool negativeExp = false;
      if (at_ != end_ && (*at_ == '+' || *at_ == '-')) negativeExp = *at_++ == '-';
      if (at_ == end_ || !isDigit(*at_)) return false;
      int exponent = 0;
      for (; at_ != end_ && isDigit(*at_); ++at_) {
        if (exponent < 100000) exponent = exponent * 10 + (*at_ - '0');
      }
      exp10 += negativeExp ? -exponent : exponent;
    }
    if (!isFloat && !overflow && !negative) {
      out.kind = JsonValue::Kind::Unsigned;
      out.integer = whole;
      out.number = static_cast<double>(whole);
      return true;
    }
    if (!isFloat && !overflow && whole <= (std::uint64_t{1} << 63)) {
      out.kind = JsonValue::Kind::Signed;
      out.integer = 0 - whole;  // the two's complement bits of -whole
      out.number = static_cast<double>(static_cast<std::int64_t>(out.integer));
      return true;
    }
    out.kind = JsonValue::Kind::Float;
    double magnitude = 0;
    switch (decimalToDouble(mantissa, exp10, dropped, magnitude)) {
      case NumberReading::Exact: break;
      case NumberReading::Inexact: inexact = true; break;
      case NumberReading::BeyondRange: return false;  // like nlohmann: a parse error
    }
    out.number = negative ? -magnitude : magnitude;
    return true;
  }

 private:
  const char*& at_;
  const char* end_;
};

}  // namespace

bool readJsonNumber(const char*& at, const char* end, JsonValue& out, bool& inexact) {
  return NumberScanner(at, end).number(out, inexact);
}

NumberReading decimalToDouble(std::uint64_t mantissa, int exp10, bool droppedDigits, double& out) {
  if (mantissa == 0 && !droppedDigits) {
    out = 0;
    return NumberReading::Exact;
  }
  if (!droppedDigits && exactValue(mantissa, exp10, out)) return NumberReading::Exact;
  out = approximate(mantissa, exp10);
  // Like nlohmann, a number beyond double's range is a parse error.
  return out <= 1.7976931348623157e308 ? NumberReading::Inexact : NumberReading::BeyondRange;
}

}  // namespace backcheck::detail
