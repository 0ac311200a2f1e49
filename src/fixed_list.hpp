// A list with a fixed capacity: each std::vector<T> costs several hundred bytes
// of WebAssembly, and the rules produce a small, bounded number of items.
// Items are constructed only when added: a list of every finding is ~5 KB, and
// constructing every slot up front was a twentieth of an evaluate() call in
// WebAssembly (docs/performance.md).
#pragma once

#include <cstddef>
#include <cstdlib>
#include <new>
#include <utility>

namespace backcheck::detail {

// A full list means a capacity is wrong (each is derived from the rule tables
// at its declaration), so the program stops at once (in WebAssembly web/core.ts
// then rejects with `aborted`): never a dropped item, never a write into
// another one.
[[noreturn]] inline void fixedListFull() { std::abort(); }

template <class T, std::size_t N>
class FixedList {
 public:
  FixedList() {}
  FixedList(const FixedList& other) { append(other); }
  FixedList(FixedList&& other) noexcept { append(std::move(other)); }
  FixedList& operator=(const FixedList& other) {
    if (this != &other) {
      clear();
      append(other);
    }
    return *this;
  }
  FixedList& operator=(FixedList&& other) noexcept {
    if (this != &other) {
      clear();
      append(std::move(other));
    }
    return *this;
  }
  ~FixedList() { clear(); }

  // Adds `item` and returns it; aborts when the list is full (fixedListFull).
  T& push_back(T item) {
    if (size_ == N) fixedListFull();
    T* added = new (&slots_.items[size_]) T(std::move(item));
    ++size_;
    return *added;
  }
  void clear() {
    while (size_ > 0) slots_.items[--size_].~T();
  }
  std::size_t size() const { return size_; }
  static constexpr std::size_t capacity() { return N; }
  bool empty() const { return size_ == 0; }
  const T& operator[](std::size_t i) const { return slots_.items[i]; }
  T& operator[](std::size_t i) { return slots_.items[i]; }
  const T* begin() const { return slots_.items; }
  const T* end() const { return slots_.items + size_; }
  T* begin() { return slots_.items; }
  T* end() { return slots_.items + size_; }

 private:
  void append(const FixedList& other) {
    for (const T& item : other) push_back(item);
  }
  void append(FixedList&& other) {
    for (T& item : other) push_back(std::move(item));
  }

  // Raw slots: only [0, size_) hold constructed items.
  union Slots {
    Slots() {}
    ~Slots() {}
    T items[N];
  } slots_;
  std::size_t size_ = 0;
};

}  // namespace backcheck::detail
