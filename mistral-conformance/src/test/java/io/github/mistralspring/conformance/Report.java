package io.github.mistralspring.conformance;

import io.github.mistralspring.client.core.MistralOperation;
import io.github.mistralspring.conformance.Catalog.SpecOperation;
import io.github.mistralspring.conformance.ConformanceTest.Cell;
import io.github.mistralspring.conformance.ConformanceTest.Row;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Renders the conformance table as markdown. */
final class Report {

  private Report() {}

  static String markdown(
      List<SpecOperation> operations,
      Map<String, Row> rows,
      List<MistralOperation> declared,
      Set<String> findings,
      ModelCoverage coverage) {
    long covered = operations.stream().filter(o -> o.coveredBy(declared)).count();
    StringBuilder out = new StringBuilder();
    out.append("# Mistral API conformance\n\n");
    out.append("covered ").append(covered).append('/').append(operations.size()).append("\n\n");
    out.append(
        "Seed: `mistral-openapi.yaml` (45 operations). Requests are validated against"
            + " `mistral-openapi-2026-07.yaml`; responses are generated from the seed (required"
            + " fields only, every field, one per union branch) and, for drift, from 2026-07.\n\n");
    out.append(
        "| operation | method path | client | request valid | responses parsed | drift parsed |\n");
    out.append("| --- | --- | --- | --- | --- | --- |\n");
    for (SpecOperation op : operations) {
      Row row = rows.get(op.operationId());
      boolean bound = !row.clientMethods.isEmpty();
      out.append("| `")
          .append(op.operationId())
          .append("` | ")
          .append(op.method())
          .append(' ')
          .append(op.path())
          .append(op.alsoStreams() ? " (+SSE)" : "")
          .append(" | ")
          .append(bound ? String.join(", ", row.clientMethods) : "missing")
          .append(" | ")
          .append(bound ? cell(op, row.request, findings) : "—")
          .append(" | ")
          .append(bound ? cell(op, row.response, findings) : "—")
          .append(" | ")
          .append(bound ? cell(op, row.drift, findings) : "—")
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
    for (SpecOperation op : operations) {
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
