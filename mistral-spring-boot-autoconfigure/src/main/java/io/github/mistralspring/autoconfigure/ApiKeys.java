package io.github.mistralspring.autoconfigure;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationProperty;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.origin.Origin;
import org.springframework.boot.origin.PropertySourceOrigin;
import org.springframework.boot.origin.SystemEnvironmentOrigin;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;
import org.springframework.core.env.PropertySource;

/**
 * Finds the API key of a client configured from properties and checks it before the client is
 * built: surrounding whitespace is dropped (a key read from a file often ends with a newline); a
 * key that is missing, blank, an unresolved placeholder or holds characters no key has stops the
 * start-up with a message naming where it was looked for. Messages never hold the key.
 */
final class ApiKeys {

  /** The environment variable read when no property sets the key. */
  static final String VARIABLE = "MISTRAL_API_KEY";

  /** How to fix a default client that has no key. */
  static final String DEFAULT_ACTION =
      "Set the MISTRAL_API_KEY environment variable: the starter reads it, so application.yml needs"
          + " no mistral.api-key line. To take the key from elsewhere, set mistral.api-key from a"
          + " source that Spring Boot resolves (a system property, or a secret store imported with"
          + " spring.config.import). To start without the default Mistral client, set"
          + " mistral.enabled=false, configure only named clients (mistral.clients.<name>.api-key)"
          + " and no default key, or define your own MistralClient, ReactiveMistralClient or"
          + " MistralConnectionDetails bean.";

  private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}:]*)[^}]*}");

  private ApiKeys() {}

  /**
   * The key of the client whose settings are under {@code prefix}: its own {@code api-key}, for a
   * named client then {@code mistral.api-key}, then the {@code MISTRAL_API_KEY} variable; the first
   * that is not blank wins. Null when none is usable, without saying why: see {@link #require}.
   */
  static String find(Environment environment, String prefix) {
    for (Candidate candidate : candidates(environment, prefix)) {
      if (candidate.hasText()) {
        return candidate.value.strip();
      }
    }
    return null;
  }

  /**
   * Whether the default client's key is set anywhere, even to a placeholder that did not resolve
   * (so that it is reported) but not to a blank value (as {@code MISTRAL_API_KEY=} leaves it).
   */
  static boolean hasDefaultKeySetting(Environment environment) {
    return candidates(environment, "mistral").stream().anyMatch(Candidate::hasText);
  }

  /**
   * The key of the client whose settings are under {@code prefix}, as {@link #find}, checked.
   *
   * @throws MistralApiKeyMissingException when no candidate has text, or the first that has is a
   *     placeholder that did not resolve
   * @throws MistralApiKeyInvalidException when the key holds characters no key has
   */
  static String require(Environment environment, String prefix) {
    List<Candidate> candidates = candidates(environment, prefix);
    for (Candidate candidate : candidates) {
      if (candidate.hasText()) {
        String key = candidate.value.strip();
        Set<String> unresolved = placeholders(key);
        if (!unresolved.isEmpty()) {
          throw unresolvedPlaceholder(candidate, unresolved);
        }
        return check(key, candidate.describe(), candidate.name);
      }
    }
    throw missing(prefix, candidates);
  }

  /**
   * The key a {@link MistralConnectionDetails} bean gives, trimmed and checked.
   *
   * @throws MistralApiKeyMissingException when it gives none
   * @throws MistralApiKeyInvalidException when it holds characters no key has
   */
  static String require(MistralConnectionDetails details) {
    String bean = "the MistralConnectionDetails bean (" + details.getClass().getName() + ")";
    String key = details.apiKey();
    if (key == null || key.isBlank()) {
      throw new MistralApiKeyMissingException(
          "No Mistral API key: "
              + bean
              + " gives "
              + (key == null ? "none" : "a blank one")
              + " from its apiKey() method.",
          "Return the key from its apiKey() method, or remove the bean so that the client is"
              + " configured from mistral.api-key or the MISTRAL_API_KEY environment variable.");
    }
    return check(key.strip(), "the apiKey() of " + bean, bean);
  }

  /**
   * Checks a key with its surrounding whitespace already dropped: an API key is printable ASCII
   * without spaces, as anything else could not be sent as an {@code Authorization} header.
   *
   * @param key the key, stripped
   * @param source where it came from, for the message, such as {@code mistral.api-key} and where
   *     that was set
   * @param name the property, variable or bean to fix
   * @return the key
   */
  static String check(String key, String source, String name) {
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      if (c <= 0x20 || c >= 0x7f) {
        throw new MistralApiKeyInvalidException(
            "The Mistral API key from "
                + source
                + " holds "
                + describe(c)
                + " at character "
                + (i + 1)
                + " of "
                + key.length()
                + ": an API key is printable ASCII without spaces, so it could not be sent as a"
                + " header.",
            "Copy the key again from the Mistral console (https://console.mistral.ai/api-keys) and"
                + " check how it reaches "
                + name
                + ": a value pasted with a line break or a space inside it, or a file with more"
                + " than the key. Whitespace around the key is dropped on its own.");
      }
    }
    return key;
  }

  private static String describe(char c) {
    if (c == '\n' || c == '\r') {
      return "a line break";
    }
    if (c == '\t') {
      return "a tab";
    }
    if (c == ' ') {
      return "a space";
    }
    if (c < 0x20 || c == 0x7f) {
      return String.format("a control character (U+%04X)", (int) c);
    }
    return "a non-ASCII character";
  }

  private static Set<String> placeholders(String value) {
    Set<String> names = new LinkedHashSet<>();
    Matcher matcher = PLACEHOLDER.matcher(value);
    while (matcher.find()) {
      names.add(matcher.group(1).strip());
    }
    if (names.isEmpty() && value.contains("${")) {
      names.add("");
    }
    return names;
  }

  private static MistralApiKeyMissingException unresolvedPlaceholder(
      Candidate candidate, Set<String> names) {
    List<String> shown = new ArrayList<>();
    for (String name : names) {
      shown.add("${" + name + "}");
    }
    String placeholders = String.join(", ", shown);
    String variables = String.join(" and ", names);
    return new MistralApiKeyMissingException(
        "The Mistral API key is a placeholder that did not resolve: "
            + candidate.describe()
            + " is "
            + placeholders
            + ", and nothing named "
            + variables
            + " is set (no environment variable, system property or other property), so Spring"
            + " Boot left the placeholder as text. It is not sent as a key.",
        "Set "
            + variables
            + " in the environment of the application before it starts, or remove "
            + candidate.name
            + " and set the MISTRAL_API_KEY environment variable, which the starter reads on its"
            + " own.");
  }

  private static MistralApiKeyMissingException missing(String prefix, List<Candidate> candidates) {
    boolean named = !prefix.equals("mistral");
    List<String> states = new ArrayList<>();
    String blank = null;
    for (Candidate candidate : candidates) {
      if (candidate.value == null) {
        states.add(candidate.describe() + " is not set");
      } else {
        states.add(candidate.describe() + " is blank");
        blank = blank == null ? candidate.name : blank;
      }
    }
    String client = named ? " for the client " + prefix : "";
    String description =
        (blank != null
                ? "The Mistral API key" + client + " is blank: "
                : "No Mistral API key is configured" + client + ": ")
            + String.join(", ", states)
            + ".";
    String action;
    if (blank != null) {
      action =
          "Put the key in "
              + blank
              + ", or remove the blank setting so that the next place is used (the"
              + " MISTRAL_API_KEY environment variable last). "
              + (named ? "" : DEFAULT_ACTION);
    } else if (named) {
      action =
          "Set "
              + prefix
              + ".api-key, or a default key (the MISTRAL_API_KEY environment variable or"
              + " mistral.api-key) that the named client inherits.";
    } else {
      action = DEFAULT_ACTION;
    }
    return new MistralApiKeyMissingException(description, action.strip());
  }

  // Where the key is looked for, in order. A property set only through the MISTRAL_API_KEY variable
  // (Boot binds MISTRAL_API_KEY to mistral.api-key too) counts as unset: the variable is the last
  // candidate, and is reported as itself.
  private static List<Candidate> candidates(Environment environment, String prefix) {
    Binder binder = Binder.get(environment);
    List<Candidate> candidates = new ArrayList<>(3);
    List<String> names = new ArrayList<>(2);
    if (!prefix.equals("mistral")) {
      names.add(prefix + ".api-key");
    }
    names.add("mistral.api-key");
    for (String name : names) {
      Origin origin = origin(environment, name);
      if (isTheVariable(origin)) {
        candidates.add(new Candidate(name, null, null, false));
        continue;
      }
      candidates.add(
          new Candidate(name, binder.bind(name, String.class).orElse(null), origin, false));
    }
    candidates.add(new Candidate(VARIABLE, variable(environment), null, true));
    return candidates;
  }

  private static boolean isTheVariable(Origin origin) {
    if (origin instanceof SystemEnvironmentOrigin variable) {
      return variable.getProperty().equals(VARIABLE);
    }
    return origin instanceof PropertySourceOrigin source
        && source.getPropertyName().equals(VARIABLE);
  }

  private static String variable(Environment environment) {
    try {
      return environment.getProperty(VARIABLE);
    } catch (IllegalArgumentException unresolvable) {
      // Its value holds a placeholder that does not resolve: read it as text, to report it.
      if (environment instanceof ConfigurableEnvironment configurable) {
        for (PropertySource<?> source : configurable.getPropertySources()) {
          Object value = source.getProperty(VARIABLE);
          if (value != null) {
            return value.toString();
          }
        }
      }
      return null;
    }
  }

  private static Origin origin(Environment environment, String name) {
    ConfigurationPropertyName propertyName = ConfigurationPropertyName.of(name);
    for (ConfigurationPropertySource source : ConfigurationPropertySources.get(environment)) {
      ConfigurationProperty property = source.getConfigurationProperty(propertyName);
      if (property != null) {
        return property.getOrigin();
      }
    }
    return null;
  }

  /** One place a key may be set, and what it holds there. */
  private record Candidate(String name, String value, Origin origin, boolean variable) {

    boolean hasText() {
      return value != null && !value.isBlank();
    }

    String describe() {
      String what = variable ? "the " + name + " environment variable" : name;
      return origin == null ? what : what + " (" + origin + ")";
    }
  }
}
