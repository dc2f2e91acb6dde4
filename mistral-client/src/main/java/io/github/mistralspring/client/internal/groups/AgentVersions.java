package io.github.mistralspring.client.internal.groups;

import java.util.regex.Pattern;

/** The checks of agent version numbers and aliases, made before anything is sent. */
final class AgentVersions {

  /**
   * The API's rule for an alias: a lower-case letter, then letters, digits, {@code _}, {@code -}.
   */
  private static final Pattern ALIAS = Pattern.compile("[a-z]([a-z0-9_-]*[a-z0-9])?");

  private static final int MAX_ALIAS_LENGTH = 64;

  private AgentVersions() {}

  /** Returns the version, or throws when it is negative (versions count from 0). */
  static int require(int version) {
    if (version < 0) {
      throw new IllegalArgumentException(
          "version must be 0 or more (agent versions count from 0), got " + version);
    }
    return version;
  }

  /** Returns the alias, or throws when it is null or breaks the API's rule for aliases. */
  static String requireAlias(String alias) {
    Ids.require(alias, "alias");
    if (alias.length() > MAX_ALIAS_LENGTH || !ALIAS.matcher(alias).matches()) {
      throw new IllegalArgumentException(
          "alias must be 1 to 64 characters: a lower-case letter, then lower-case letters, digits,"
              + " '_' or '-', not ending in '_' or '-' (such as \"production\"), got \""
              + alias
              + "\"");
    }
    return alias;
  }
}
