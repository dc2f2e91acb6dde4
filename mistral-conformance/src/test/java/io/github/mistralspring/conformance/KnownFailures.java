package io.github.mistralspring.conformance;

import java.util.Set;

/**
 * Red cells of the conformance table that are real client defects (or, said at the entry, defects
 * of the specification that no client can pass), reported and not yet fixed. Each entry is {@code
 * operationId [cell] problem}, exactly as the test reports it. The list may only shrink: the test
 * fails when a listed problem no longer occurs (remove it) and when a problem occurs that is not
 * listed (fix it, or, if it is a client bug to be fixed elsewhere, add it here with a note).
 */
final class KnownFailures {

  static final Set<String> ALL =
      Set.of(
          // A defect of the 2026-07 specification, not of the client: SharingDelete requires a
          // level that it does not declare, so no request is valid against it. The client sends
          // the fields it declares (share_with_uuid, share_with_type, org_id).
          "libraries_share_delete_v1 [request] generator made an invalid request: / required:"
              + " required property 'level' not found");

  private KnownFailures() {}
}
