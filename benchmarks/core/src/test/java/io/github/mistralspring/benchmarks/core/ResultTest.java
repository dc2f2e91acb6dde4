package io.github.mistralspring.benchmarks.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ResultTest {

  @Test
  void aResultLineReadsBackAsTheSameResult() {
    Result result =
        new Result(
            "ours-reactive",
            "stream",
            16,
            1200,
            0,
            120.5,
            1.25,
            9.5,
            24100,
            0.4,
            1.1,
            520.0,
            3100,
            0.35,
            0,
            "chunks/stream=200");

    Result read = Result.parse(result.toLine());

    assertThat(read.client()).isEqualTo("ours-reactive");
    assertThat(read.concurrency()).isEqualTo(16);
    assertThat(read.callsPerSecond()).isEqualTo(120.5);
    assertThat(read.chunksPerSecond()).isEqualTo(24100);
    assertThat(read.note()).isEqualTo("chunks/stream=200");
  }
}
