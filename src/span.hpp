// A pointer and a length over a constant table: std::span is C++20.
#pragma once

#include <cstddef>

namespace backcheck::detail {

template <class T>
struct Span {
  const T* data = nullptr;
  std::size_t size = 0;
  constexpr Span() = default;
  template <std::size_t N>
  constexpr Span(const T (&array)[N]) : data(array), size(N) {}  // NOLINT: implicit by design
  constexpr const T* begin() const { return data; }
  constexpr const T* end() const { return data + size; }
  constexpr const T& operator[](std::size_t i) const { return data[i]; }
};

}  // namespace backcheck::detail
