package io.github.mistralspring.client.reliability;

import io.github.mistralspring.client.MistralClient;
import io.github.mistralspring.client.chat.CompletionChunk;
import io.github.mistralspring.client.embeddings.EmbeddingRequest;
import io.github.mistralspring.client.embeddings.EmbeddingResponse;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import reactor.core.Disposable;

/**
 * The client side of the memory tests, run in its own JVM with a small heap by {@link MemoryTest}:
 * {@code large <baseUrl>} reads one large embeddings response; {@code streams <baseUrl> <count>}
 * holds that many streams open at once. Prints {@code key=value} lines; exits 0 on success.
 *
 * <p>Its time bounds only catch a hang, well within the bound {@link MemoryTest} gives the whole
 * probe, and far above what each step takes on a busy machine.
 */
public final class MemoryProbe {

  private MemoryProbe() {}

  public static void main(String[] args) throws Exception {
    String mode = args[0];
    String baseUrl = args[1];
    if ("large".equals(mode)) {
      large(baseUrl);
    } else {
      streams(baseUrl, Integer.parseInt(args[2]));
    }
    System.exit(0);
  }

  private static void large(String baseUrl) {
    try (MistralClient client =
        ReliabilityFixtures.builder(baseUrl)
            .maxInMemorySize(64 * 1024 * 1024)
            .responseTimeout(Duration.ofMinutes(3))
            .build()) {
      EmbeddingResponse response =
          client
              .reactive()
              .embeddings()
              .embed(EmbeddingRequest.of("mistral-embed", "a large batch"))
              .block(Duration.ofMinutes(4));
      System.out.println("vectors=" + response.data().size());
      System.out.println("dimensions=" + response.data().get(0).embedding().length);
      System.out.println("heap-used-bytes=" + usedHeapAfterGc());
      System.out.println("heap-peak-bytes=" + peakHeap());
    }
  }

  private static void streams(String baseUrl, int count) throws Exception {
    long before = usedHeapAfterGc();
    try (MistralClient client =
        ReliabilityFixtures.builder(baseUrl)
            .maxConnections(count)
            .maxPendingAcquires(count)
            .streamIdleTimeout(Duration.ofMinutes(2))
            .build()) {
      CountDownLatch started = new CountDownLatch(count);
      List<Disposable> held = new ArrayList<>(count);
      List<Throwable> failures = new java.util.concurrent.CopyOnWriteArrayList<>();
      for (int i = 0; i < count; i++) {
        held.add(
            client.reactive().chat().stream(ReliabilityFixtures.request("slow-" + i))
                .map(CompletionChunk::deltaText)
                .index()
                .subscribe(
                    indexed -> {
                      if (indexed.getT1() == 0) {
                        started.countDown();
                      }
                    },
                    failures::add));
      }
      if (!started.await(4, TimeUnit.MINUTES)) {
        System.out.println("started=" + (count - started.getCount()));
        System.out.println("failures=" + failures.size() + " " + failures.stream().findFirst());
        System.exit(2);
      }
      // Let the streams run a little while all are open, then measure.
      Thread.sleep(1500);
      long held1 = usedHeapAfterGc();
      System.out.println("streams=" + count);
      System.out.println("failures=" + failures.size());
      System.out.println("heap-before-bytes=" + before);
      System.out.println("heap-used-bytes=" + held1);
      System.out.println("heap-peak-bytes=" + peakHeap());
      held.forEach(Disposable::dispose);
    }
  }

  private static long usedHeapAfterGc() {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  private static long peakHeap() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return peak;
  }
}
