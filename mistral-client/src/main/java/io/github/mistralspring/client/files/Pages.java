package io.github.mistralspring.client.files;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Lazy iteration over every item of a list operation that is paged by {@code page} and {@code
 * page_size} (files, fine-tuning jobs, batch jobs): the next page is fetched only when the consumer
 * has used up the current one.
 */
public final class Pages {

  /** The page size the API uses when a request sets none. */
  public static final int DEFAULT_PAGE_SIZE = 100;

  /**
   * One fetched page: its items and, when the API sent it, the total count across all pages.
   *
   * @param items the page's items
   * @param total the number of items across all pages, or null when unknown
   */
  public record Page<T>(List<T> items, Long total) {

    /** Copies the items; absent items read as none. */
    public Page {
      items = items == null ? List.of() : List.copyOf(items);
    }
  }

  private Pages() {}

  /**
   * Emits the items of page {@code firstPage} and of each page after it, fetching a page only once
   * the previous one has been emitted in full; cancelling stops the fetching.
   *
   * @param firstPage the number of the first page to fetch (0 for the start)
   * @param pageSize the page size the requests ask for, or null for the API's default
   * @param fetch fetches the page with a given number
   */
  public static <T> Flux<T> flux(
      int firstPage, Integer pageSize, IntFunction<Mono<Page<T>>> fetch) {
    Objects.requireNonNull(fetch, "fetch");
    int size = pageSize == null ? DEFAULT_PAGE_SIZE : pageSize;
    return from(firstPage, firstPage, size, fetch);
  }

  private static <T> Flux<T> from(
      int firstPage, int number, int size, IntFunction<Mono<Page<T>>> fetch) {
    return Mono.defer(() -> fetch.apply(number))
        .flatMapMany(
            page -> {
              Flux<T> items = Flux.fromIterable(page.items());
              if (isLast(firstPage, number, size, page)) {
                return items;
              }
              // Deferred: the next request is made only after this page's items were taken.
              return items.concatWith(Flux.defer(() -> from(firstPage, number + 1, size, fetch)));
            });
  }

  /**
   * A blocking stream over the same items as {@link #flux}, fetching each page with {@code fetch}
   * only when the consumer asks for an item beyond the pages already fetched.
   */
  public static <T> Stream<T> stream(int firstPage, Integer pageSize, IntFunction<Page<T>> fetch) {
    Objects.requireNonNull(fetch, "fetch");
    int size = pageSize == null ? DEFAULT_PAGE_SIZE : pageSize;
    Iterator<T> iterator = new PageIterator<>(firstPage, size, fetch);
    return StreamSupport.stream(
        Spliterators.spliteratorUnknownSize(iterator, Spliterator.ORDERED | Spliterator.NONNULL),
        false);
  }

  /** A page is the last one when it is empty, short, or reaches the total the API reported. */
  static boolean isLast(int firstPage, int number, int size, Page<?> page) {
    int count = page.items().size();
    if (count == 0 || count < size) {
      return true;
    }
    return page.total() != null && (long) (number + 1) * size >= page.total();
  }

  private static final class PageIterator<T> implements Iterator<T> {

    private final int firstPage;
    private final int size;
    private final IntFunction<Page<T>> fetch;
    private int next;
    private Iterator<T> current = null;
    private boolean last;

    PageIterator(int firstPage, int size, IntFunction<Page<T>> fetch) {
      this.firstPage = firstPage;
      this.size = size;
      this.fetch = fetch;
      this.next = firstPage;
    }

    @Override
    public boolean hasNext() {
      while (current == null || !current.hasNext()) {
        if (last) {
          return false;
        }
        Page<T> page = fetch.apply(next);
        last = page == null || isLast(firstPage, next, size, page);
        current = page == null ? null : page.items().iterator();
        next++;
      }
      return true;
    }

    @Override
    public T next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      return current.next();
    }
  }
}
