package io.github.mistralspring.client.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mistralspring.client.paging.Page;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** A listing tells a page sent again from the next one, also when its items have no id. */
class PagesListingTest {

  record Item(String id, String name) {}

  @Test
  void itemsWithoutAnIdAreListedPageAfterPage() {
    List<List<Item>> pages =
        List.of(
            List.of(new Item(null, "a"), new Item(null, "b")),
            List.of(new Item(null, "c"), new Item(null, "d")),
            List.of(new Item(null, "e")));
    try (Stream<Item> items =
        Pages.stream(
            0, 2, Item::id, number -> new Page<>(pages.get(Math.min(number, 2)), "list", 5L))) {
      assertThat(items.map(Item::name)).containsExactly("a", "b", "c", "d", "e");
    }
  }

  @Test
  void aPageSentAgainEndsTheListingAlsoWithoutIds() {
    AtomicInteger fetched = new AtomicInteger();
    List<Item> same = List.of(new Item(null, "a"), new Item(null, "b"));
    try (Stream<Item> items =
        Pages.stream(
            0,
            2,
            Item::id,
            number -> {
              fetched.incrementAndGet();
              return new Page<>(same, "list", null);
            })) {
      assertThat(items.map(Item::name)).containsExactly("a", "b");
    }
    assertThat(fetched).hasValue(2);
  }
}
