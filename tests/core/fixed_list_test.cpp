// FixedList (src/fixed_list.hpp): items exist only once added, copies and
// moves carry exactly the added items, and adding to a full list stops the
// program: it never hands back another item to write into (a finding's
// values once went into the previous finding that way).
#include <gtest/gtest.h>

#include <string>

#include "../../src/assessment.hpp"
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

TEST(FixedListTest, PushBackReturnsTheAddedItem) {
  detail::FixedList<int, 3> list;
  for (int i = 1; i <= 3; ++i) {
    const int* added = &list.push_back(i);
    EXPECT_EQ(added, &list[list.size() - 1]);
  }
  ASSERT_EQ(list.size(), 3u);
  EXPECT_EQ(list[2], 3);
}

TEST(FixedListDeathTest, AddingToAFullListStopsTheProgram) {
  GTEST_FLAG_SET(death_test_style, "threadsafe");
  detail::FixedList<int, 3> list;
  for (int i = 1; i <= 3; ++i) list.push_back(i);
  EXPECT_DEATH(list.push_back(9) = 4, "");
}

TEST(FixedListDeathTest, AFifthValueOfAFindingStopsTheProgram) {
  GTEST_FLAG_SET(death_test_style, "threadsafe");
  detail::Entries values;
  for (std::size_t i = 0; i < detail::kMaxEntries; ++i) values.add("degrees", 1.0);
  EXPECT_DEATH(values.add("degrees", 2.0), "");
}

// The capacities come from the rule tables: one slot for every finding each
// rule can make at once, and every flag and finding as a triage reason.
static_assert(detail::FindingList::capacity() == detail::kMaxFindings);
static_assert(detail::kMaxFindings >= 15,
              "the most findings one set of answers makes (FindingsTest)");

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
    EXPECT_EQ(Tracked::live,
              2 + 2 + 2 + 2);  // list, copy (moved-from), moved (moved-from), assigned
  }
  EXPECT_EQ(Tracked::live, 0);
}

}  // namespace
}  // namespace backcheck::testing
