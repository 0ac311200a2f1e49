// FixedList (src/fixed_list.hpp): items exist only once added, copies and
// moves carry exactly the added items, a full list ignores more.
#include <gtest/gtest.h>

#include <string>

#include "../../src/fixed_list.hpp"

namespace backcheck::testing {
namespace {

// Counts live instances, so a test can see construction and destruction.
struct Tracked {
  static int live;
  std::string text;
  explicit Tracked(std::string t = "") : text(std::move(t)) { ++live; }
  Tracked(const Tracked& other) : text(other.text) { ++live; }
  Tracked(Tracked&& other) noexcept : text(std::move(other.text)) { ++live; }
  Tracked& operator=(const Tracked&) = default;
  ~Tracked() { --live; }
};
int Tracked::live = 0;

TEST(FixedListTest, ConstructsItemsOnlyWhenAdded) {
  {
    detail::FixedList<Tracked, 8> list;
    EXPECT_EQ(Tracked::live, 0);
    list.push_back(Tracked("a long enough string to live on the heap"));
    list.push_back(Tracked("b"));
    EXPECT_EQ(Tracked::live, 2);
    EXPECT_EQ(list.size(), 2u);
    EXPECT_EQ(list[0].text, "a long enough string to live on the heap");
  }
  EXPECT_EQ(Tracked::live, 0);
}

TEST(FixedListTest, IgnoresItemsPastItsCapacity) {
  detail::FixedList<int, 3> list;
  for (int i = 1; i <= 5; ++i) list.push_back(i);
  ASSERT_EQ(list.size(), 3u);
  EXPECT_EQ(list[2], 3);
  EXPECT_EQ(list.push_back(9), 3);  // the last stored item
}

TEST(FixedListTest, CopiesAndMovesCarryTheItems) {
  {
    detail::FixedList<Tracked, 4> list;
    list.push_back(Tracked("one"));
    list.push_back(Tracked("two"));
    detail::FixedList<Tracked, 4> copy = list;
    EXPECT_EQ(copy.size(), 2u);
    EXPECT_EQ(copy[1].text, "two");
    detail::FixedList<Tracked, 4> moved = std::move(copy);
    EXPECT_EQ(moved[0].text, "one");
    detail::FixedList<Tracked, 4> assigned;
    assigned.push_back(Tracked("old"));
    assigned = list;
    ASSERT_EQ(assigned.size(), 2u);
    EXPECT_EQ(assigned[0].text, "one");
    assigned = std::move(moved);
    EXPECT_EQ(assigned[1].text, "two");
    EXPECT_EQ(Tracked::live, 2 + 2 + 2 + 2);  // list, copy (moved-from), moved (moved-from), assigned
  }
  EXPECT_EQ(Tracked::live, 0);
}

}  // namespace
}  // namespace backcheck::testing
