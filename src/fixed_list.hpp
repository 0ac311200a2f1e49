// A list with a fixed capacity: each std::vector<T> costs several hundred bytes
// of WebAssembly, and the rules produce a small, bounded number of items.
#pragma once

#include <array>
#include <cstddef>
#include <utility>

namespace backcheck::detail {

template <class T, std::size_t N>
class FixedList {
 public:
  // Adds `item` unless the list is full (the capacities exceed what the rules can
  // produce; see the static_asserts at the declarations). Returns the stored item.
  T& push_back(T item) {
    if (size_ < N) items_[size_++] = std::move(item);
    return items_[size_ == 0 ? 0 : size_ - 1];
  }
  std::size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }
  const T& operator[](std::size_t i) const { return items_[i]; }
  T& operator[](std::size_t i) { return items_[i]; }
  const T* begin() const { return items_.data(); }
  const T* end() const { return items_.data() + size_; }
  T* begin() { return items_.data(); }
  T* end() { return items_.data() + size_; }

 private:
  std::array<T, N> items_;  // only [0, size_) is read: no need to zero N items first
  std::size_t size_ = 0;
};

}  // namespace backcheck::detail
