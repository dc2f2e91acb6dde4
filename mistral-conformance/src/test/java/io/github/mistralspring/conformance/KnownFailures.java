package io.github.mistralspring.conformance;

import java.util.Set;

/**
 * Red cells of the conformance table that are real client defects, reported and not yet fixed. Each
 * entry is {@code operationId [cell] problem}, exactly as the test reports it. The list may only
 * shrink: the test fails when a listed problem no longer occurs (remove it) and when a problem
 * occurs that is not listed (fix it, or, if it is a client bug to be fixed elsewhere, add it here
 * with a note).
 */
final class KnownFailures {

  static final Set<String> ALL = Set.of();

  private KnownFailures() {}
}
