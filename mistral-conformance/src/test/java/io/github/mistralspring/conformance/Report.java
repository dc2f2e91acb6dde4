package io.github.mistralspring.conformance;

import io.github.mistralspring.client.core.MistralOperation;
import io.github.mistralspring.conformance.Catalog.SpecOperation;
import io.github.mistralspring.conformance.ConformanceTest.Cell;
import io.github.mistralspring.conformance.ConformanceTest.Row;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Renders the conformance table as markdown. */
final class Report {

  private Report() {}

  /**
   * The coverage of the additions per tag, in tag order, as {@code tag: covered/total}, with {@code
   * (preview)} after the tags of the areas left out.
   */
  static List<String> byTag(List<SpecOperation> additions, List<MistralOperation> declared) {
    Map<String, long[]> counts = new TreeMap<>();
    for (SpecOperation op : additions) {
      long[] count = counts.computeIfAbsent(op.tag(), tag -> new long[2]);
      count[1]++;
      if (op.coveredBy(declared)) {
        count[0]++;
      }
    }
    List<String> lines = new ArrayList<>();
    counts.forEach(
        (tag, count) ->
            lines.add(
                tag
                    + (KnownMissingAdditions.PREVIEW_TAGS.stream().anyMatch(tag::startsWith)
                        ? " (preview)"
                        : "")
                    + ": "
                    + count[0]
                    + "/"
                    + count[1]));
    return lines;
  }

  static String markdown(
      List<SpecOperation> operations,
      List<SpecOperation> additions,
      Map<String, Row> rows,
      List<MistralOperation> declared,
      Set<String> findings,
      ModelCoverage coverage) {
    long covered = operations.stream().filter(o -> o.coveredBy(declared)).count();
    StringBuilder out = new StringBuilder();
    out.append("# Mistral API conformance\n\n");
    long addedCovered = additions.stream().filter(o -> o.coveredBy(declared)).count();
    out.append("covered ").append(covered).append('/').append(operations.size()).append("\n\n");
    out.append("July 2026 additions covered ")
        .append(addedCovered)
        .append('/')
        .append(additions.size())
        .append(" (operations at a method and path the seed lacks), by tag:\n\n");
    out.append("| tag | covered |\n| --- | --- |\n");
    for (String line : byTag(additions, declared)) {
      int colon = line.lastIndexOf(": ");
      out.append("| `")
          .append(line, 0, colon)
          .append("` | ")
          .append(line.substring(colon + 2))
          .append(" |\n");
    }
    out.append(
        "\nThe operations of the preview areas ("
            + String.join(", ", KnownMissingAdditions.PREVIEW_TAGS)
            + ") are on `KnownMissingAdditions` and have no row below.\n\n");
    out.append(
        "Seed: `mistral-openapi.yaml` (45 operations). Requests are validated against"
            + " `mistral-openapi-2026-07.yaml`; responses are generated from the seed (required"
            + " fields only, every field, one per union branch) and, for drift, from 2026-07."
            + " The July 2026 additions exist in 2026-07 only: their responses are generated from"
            + " it, and they have no drift column.\n\n");
    out.append(
        "| operation | method path | client | request valid | responses parsed | drift parsed |\n");
    out.append("| --- | --- | --- | --- | --- | --- |\n");
    List<SpecOperation> all = new ArrayList<>(operations);
    additions.stream()
        .filter(op -> !KnownMissingAdditions.ALL.contains(op.operationId()))
        .forEach(all::add);
    for (SpecOperation op : all) {
      Row row = rows.get(op.operationId());
      boolean bound = !row.clientMethods.isEmpty();
      out.append("| `")
          .append(op.operationId())
          .append("` | ")
          .append(op.method())
          .append(' ')
          .append(op.path())
          .append(op.alsoStreams() ? " (+SSE)" : "")
          .append(op.addition() ? " (2026-07)" : "")
          .append(" | ")
          .append(bound ? String.join(", ", row.clientMethods) : "missing")
          .append(" | ")
          .append(bound ? cell(op, row.request, findings) : "—")
          .append(" | ")
          .append(bound ? cell(op, row.response, findings) : "—")
          .append(" | ")
          .append(bound && !op.addition() ? cell(op, row.drift, findings) : "—")
          .append(" |\n");
    }
    out.append("\nLegend: ✅ all checks passed; ⚠️ fails, on the known-failure list;")
        .append(" ❌ fails, not on any list (the build fails). n/m = checks passed/run.\n");
    models(out, coverage);
    if (!findings.isEmpty()) {
      out.append("\n## Failures\n\n");
      for (String finding : findings) {
        out.append("- ")
            .append(KnownFailures.ALL.contains(finding) ? "(known) " : "(NEW) ")
            .append(finding)
            .append('\n');
      }
    }
    out.append("\n## Notes (not failures)\n\n");
    for (String spec : List.of(Spec.SEED, Spec.LIVE)) {
      for (String repair : Spec.load(spec).repairs()) {
        out.append("- spec defect repaired in `")
            .append(spec)
            .append("`: ")
            .append(repair)
            .append('\n');
      }
    }
    for (SpecOperation op : all) {
      Row row = rows.get(op.operationId());
      if (!row.notSent.isEmpty()) {
        out.append("- `")
            .append(op.operationId())
            .append("` request fields of the live spec the client does not send: ")
            .append(String.join(", ", row.notSent))
            .append('\n');
      }
      if (!row.extraBody.isEmpty()) {
        out.append("- `")
            .append(op.operationId())
            .append("` request fields of the live spec not modelled (sent from the extra body): ")
            .append(String.join(", ", row.extraBody))
            .append('\n');
      }
      for (String reason : row.refused) {
        out.append("- `")
            .append(op.operationId())
            .append("` request variants the client refuses by design, not sent: ")
            .append(reason)
            .append('\n');
      }
      if (!row.driftDropped.isEmpty()) {
        out.append("- `")
            .append(op.operationId())
            .append("` live-spec response fields the models do not keep: ")
            .append(String.join(", ", row.driftDropped))
            .append('\n');
      }
    }
    return out.toString();
  }

  /** The static check of the response models: what was checked, and what the models drop. */
  private static void models(StringBuilder out, ModelCoverage coverage) {
    Spec seed = Spec.load(Spec.SEED);
    Spec live = Spec.load(Spec.LIVE);
    out.append("\n## Response models\n\n")
        .append("Every property of every response schema the client reads, walked statically")
        .append(" through every union branch and depth, against the Java type that reads it: ")
        .append(coverage.schemaCount(seed))
        .append(" schemas / ")
        .append(coverage.propertyCount(seed))
        .append(" properties in the seed, ")
        .append(coverage.schemaCount(live))
        .append(" schemas / ")
        .append(coverage.propertyCount(live))
        .append(" properties in 2026-07; ")
        .append(coverage.keptInExtra().size())
        .append(" kept in extra-properties maps; ")
        .append(coverage.gaps().size())
        .append(" dropped (")
        .append(coverage.gaps().keySet().stream().filter(KnownModelGaps.ALL::containsKey).count())
        .append(" known).\n");
    if (!coverage.gaps().isEmpty()) {
      out.append('\n');
      for (Map.Entry<String, String> gap : coverage.gaps().entrySet()) {
        String reason = KnownModelGaps.ALL.get(gap.getKey());
        out.append("- ")
            .append(reason == null ? "(NEW) " : "(known) ")
            .append('`')
            .append(gap.getKey())
            .append("`: ")
            .append(reason == null ? gap.getValue() : reason)
            .append('\n');
      }
    }
  }

  private static String cell(SpecOperation op, Cell cell, Set<String> findings) {
    if (cell.total == 0 && cell.problems.isEmpty()) {
      return "n/a";
    }
    String counts = cell.passed + "/" + cell.total;
    if (cell.problems.isEmpty()) {
      return "✅ " + counts;
    }
    boolean allKnown =
        cell.problems.stream()
            .allMatch(
                p -> KnownFailures.ALL.contains(op.operationId() + " [" + cell.name + "] " + p));
    return (allKnown ? "⚠️ " : "❌ ") + counts;
  }
}
