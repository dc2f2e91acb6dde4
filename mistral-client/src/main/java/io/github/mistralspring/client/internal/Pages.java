package io.github.mistralspring.client.internal;

import io.github.mistralspring.client.paging.Page;
import io.github.mistralspring.client.paging.Paged;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Lazy iteration over every item of a list operation that is paged by {@code page} and {@code
 * page_size} (files, fine-tuning jobs, batch jobs): the next page is fetched only when the consumer
 * has used up the current one.
 *
 * <p>When the listing ends, for servers that do not page the way they are asked to:
 *
 * <ul>
 *   <li>at a page with no items;
 *   <li>at a page that brings nothing new, told by its first item: when that item's id is the first
 *       id of a page already fetched (a server that ignores {@code page} sends the same page
 *       again), the page is dropped and the listing ends; one id per page is kept for this;
 *   <li>when the server reported a {@code total} and the items up to this page reach it.
 * </ul>
 *
 * A page shorter than the page size asked for does not end the listing: a server may cap the page
 * size below the one asked for, and its {@code total} (or an empty page) says when all were seen.
 */
public final class Pages {

  /** The page size the API uses when a request sets none. */
  public static final int DEFAULT_PAGE_SIZE = 100;

  private Pages() {}

  /**
   * Emits the items of page {@code firstPage} and of each page after it, fetching a page only once
   * the previous one has been emitted in full; cancelling stops the fetching.
   *
   * @param firstPage the number of the first page to fetch (0 for the start)
   * @param pageSize the page size the requests ask for, or null for the API's default; the listing
   *     does not count on pages being that long
   * @param idOf an item's id, which tells a page already fetched
   * @param fetch fetches the page with a given number
   */
  public static <T> Flux<T> flux(
      int firstPage,
      Integer pageSize,
      Function<? super T, ?> idOf,
      IntFunction<Mono<Page<T>>> fetch) {
    Objects.requireNonNull(idOf, "idOf");
    Objects.requireNonNull(fetch, "fetch");
    return Flux.defer(() -> from(new Listing<>(firstPage, idOf), firstPage, fetch));
  }

  /**
   * Emits the items of the query's page (the first when it names none) and of each page after it,
   * each fetched with the query {@link Paged#withPage(int) for that page} once the previous one has
   * been emitted in full; cancelling stops the fetching.
   *
   * @param query the query of the first page to fetch; its page size is the one every page asks for
   * @param idOf an item's id, which tells a page already fetched
   * @param fetch fetches the page a query asks for
   */
  public static <Q extends Paged<Q>, T> Flux<T> flux(
      Q query, Function<? super T, ?> idOf, Function<? super Q, Mono<Page<T>>> fetch) {
    Objects.requireNonNull(query, "query");
    Objects.requireNonNull(fetch, "fetch");
    return flux(
        firstPage(query), query.pageSize(), idOf, page -> fetch.apply(query.withPage(page)));
  }

  /**
   * A blocking stream over the same items as {@link #flux(Paged, Function, Function)}, fetching
   * each page only when the consumer asks for an item beyond the pages already fetched.
   *
   * @param query the query of the first page to fetch; its page size is the one every page asks for
   * @param idOf an item's id, which tells a page already fetched
   * @param fetch fetches the page a query asks for
   */
  public static <Q extends Paged<Q>, T> Stream<T> stream(
      Q query, Function<? super T, ?> idOf, Function<? super Q, Page<T>> fetch) {
    Objects.requireNonNull(query, "query");
    Objects.requireNonNull(fetch, "fetch");
    return stream(
        firstPage(query), query.pageSize(), idOf, page -> fetch.apply(query.withPage(page)));
  }

  private static int firstPage(Paged<?> query) {
    Integer page = query.page();
    return page == null ? 0 : page;
  }

  private static <T> Flux<T> from(
      Listing<T> listing, int number, IntFunction<Mono<Page<T>>> fetch) {
    return Mono.defer(() -> fetch.apply(number))
        .flatMapMany(
            page -> {
              Step step = listing.accept(number, page);
              if (step == Step.DROP) {
                return Flux.empty();
              }
              Flux<T> items = Flux.fromIterable(page.data());
              if (step == Step.LAST) {
                return items;
              }
              // Deferred: the next request is made only after this page's items were taken.
              return items.concatWith(Flux.defer(() -> from(listing, number + 1, fetch)));
            });
  }

  /**
   * A blocking stream over the same items as {@link #flux(int, Integer, Function, IntFunction)},
   * fetching each page with {@code fetch} only when the consumer asks for an item beyond the pages
   * already fetched.
   */
  public static <T> Stream<T> stream(
      int firstPage, Integer pageSize, Function<? super T, ?> idOf, IntFunction<Page<T>> fetch) {
    Objects.requireNonNull(idOf, "idOf");
    Objects.requireNonNull(fetch, "fetch");
    return stream(new PageIterator<>(new Listing<>(firstPage, idOf), firstPage, fetch));
  }

  /**
   * A blocking stream over the items of a listing that fetches its pages on the caller's thread as
   * the items are asked for, every blocking {@code listAll} goes through. Its pages are fetched
   * under the {@code withRawResponse} the stream was made in, or none, whatever one runs when they
   * are read: inside a blocking {@code withRawResponse}, the first page is fetched before the
   * stream is returned, so that the head of its response is known with it, and no page's head goes
   * to another call.
   *
   * @param items the items, fetching a page in {@code hasNext()} when the ones fetched are used up
   * @param <T> the item type
   * @return the items, fetched lazily
   */
  public static <T> Stream<T> stream(Iterator<T> items) {
    Objects.requireNonNull(items, "items");
    ResponseCapture capture = ResponseCapture.current();
    Iterator<T> underCapture =
        new Iterator<>() {
          @Override
          public boolean hasNext() {
            return ResponseCapture.under(capture, items::hasNext);
          }

          @Override
          public T next() {
            return ResponseCapture.under(capture, items::next);
          }
        };
    if (capture != null) {
      underCapture.hasNext();
    }
    return StreamSupport.stream(
        Spliterators.spliteratorUnknownSize(
            underCapture, Spliterator.ORDERED | Spliterator.NONNULL),
        false);
  }

  /**
   * Emits the items of a cursor-paged list: the first page is fetched with no cursor, each next one
   * with the {@link Page#nextPageToken()} of the page before, only once that page has been emitted
   * in full; cancelling stops the fetching. The listing ends at a page with no cursor or no items,
   * and at a cursor already used (a server that ignores the cursor would send the same page
   * forever).
   *
   * @param fetch fetches the page a cursor points to (null for the first page)
   * @param <T> the item type
   * @return every item of every page, fetched lazily
   */
  public static <T> Flux<T> cursorFlux(Function<@Nullable String, Mono<Page<T>>> fetch) {
    Objects.requireNonNull(fetch, "fetch");
    return Flux.defer(() -> fromCursor(new HashSet<>(), null, fetch));
  }

  private static <T> Flux<T> fromCursor(
      Set<String> used, @Nullable String cursor, Function<@Nullable String, Mono<Page<T>>> fetch) {
    return Mono.defer(() -> fetch.apply(cursor))
        .flatMapMany(
            page -> {
              Flux<T> items = Flux.fromIterable(page.data());
              String next = nextCursor(used, page);
              if (next == null) {
                return items;
              }
              // Deferred: the next request is made only after this page's items were taken.
              return items.concatWith(Flux.defer(() -> fromCursor(used, next, fetch)));
            });
  }

  /**
   * A blocking stream over the same items as {@link #cursorFlux(Function)}, fetching each page only
   * when the consumer asks for an item beyond the pages already fetched.
   *
   * @param fetch fetches the page a cursor points to (null for the first page)
   * @param <T> the item type
   * @return every item of every page, fetched lazily
   */
  public static <T> Stream<T> cursorStream(Function<@Nullable String, Page<T>> fetch) {
    Objects.requireNonNull(fetch, "fetch");
    Iterator<T> iterator =
        new Iterator<>() {
          private final Set<String> used = new HashSet<>();
          private @Nullable String cursor;
          private @Nullable Iterator<T> current;
          private boolean last;

          @Override
          public boolean hasNext() {
            while (current == null || !current.hasNext()) {
              if (last) {
                return false;
              }
              Page<T> page = fetch.apply(cursor);
              cursor = nextCursor(used, page);
              last = cursor == null;
              current = page.data().iterator();
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
        };
    return stream(iterator);
  }

  /** The cursor of the page after this one, or null when the listing ends here. */
  private static @Nullable String nextCursor(Set<String> used, Page<?> page) {
    String next = page.nextPageToken();
    if (page.data().isEmpty() || next == null || next.isBlank() || !used.add(next)) {
      return null;
    }
    return next;
  }

  /** What to do with a fetched page. */
  enum Step {
    /** Emit its items and fetch the next page. */
    MORE,
    /** Emit its items and stop. */
    LAST,
    /** Emit nothing and stop: it is empty, or a page already fetched. */
    DROP
  }

  /** One walk through the pages: what was seen so far, and whether to go on. */
  static final class Listing<T> {

    private final int firstPage;
    private final Function<? super T, ?> idOf;
    private final Set<Object> firstIds = new HashSet<>();
    private long seen;
    private int firstPageCount;

    Listing(int firstPage, Function<? super T, ?> idOf) {
      this.firstPage = firstPage;
      this.idOf = idOf;
    }

    Step accept(int number, Page<T> page) {
      List<T> items = page.data();
      if (items.isEmpty() || !firstIds.add(identity(items.get(0)))) {
        return Step.DROP;
      }
      if (number == firstPage) {
        firstPageCount = items.size();
      }
      seen += items.size();
      // The pages before the first one fetched hold as many items as it did, when it was full.
      long before = (long) firstPage * firstPageCount;
      return page.total() != null && before + seen >= page.total() ? Step.LAST : Step.MORE;
    }

    // An item without an id (a version the API left out, say) is told apart by its value: a page
    // sent again is equal to the one before, the next page is not.
    private Object identity(T item) {
      Object id = idOf.apply(item);
      return id != null ? id : item;
    }
  }

  private static final class PageIterator<T> implements Iterator<T> {

    private final Listing<T> listing;
    private final IntFunction<Page<T>> fetch;
    private int next;
    private Iterator<T> current = null;
    private boolean last;

    PageIterator(Listing<T> listing, int firstPage, IntFunction<Page<T>> fetch) {
      this.listing = listing;
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
        Step step = page == null ? Step.DROP : listing.accept(next, page);
        last = step != Step.MORE;
        current = step == Step.DROP ? null : page.data().iterator();
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
