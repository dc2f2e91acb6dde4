package io.github.mistralspring.autoconfigure;

import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.source.ConfigurationProperty;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.origin.Origin;
import org.springframework.boot.origin.OriginProvider;
import org.springframework.core.env.Environment;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Errors;
import org.springframework.validation.FieldError;
import org.springframework.validation.Validator;

/**
 * Checks the ranges of the {@code mistral.*} settings while they are bound, so that a value out of
 * range stops the start-up with Spring Boot's report naming the property, its value and where it
 * was set, rather than with an exception from the client's builder naming a Java field.
 *
 * <p>Errors name the property relative to what is being bound ({@code response-timeout} under
 * {@code mistral}, {@code pool.max-connections} under {@code mistral.clients.eu}), which is how
 * Spring Boot's binding report prints them.
 */
final class MistralPropertiesValidator implements Validator {

  // The connect timeout reaches Netty as int milliseconds.
  private static final Duration LONGEST_CONNECT_TIMEOUT = Duration.ofMillis(Integer.MAX_VALUE);

  private final boolean includeNamedClients;
  private final Environment environment;

  /**
   * Creates the validator.
   *
   * @param includeNamedClients whether to check the {@code clients} map too: yes for {@code
   *     mistral}, no for the settings of one named client, which carry everyone's map
   * @param environment where the settings come from, to say where a wrong value was set; null to
   *     leave that out
   */
  MistralPropertiesValidator(boolean includeNamedClients, Environment environment) {
    this.includeNamedClients = includeNamedClients;
    this.environment = environment;
  }

  @Override
  public boolean supports(Class<?> type) {
    return MistralProperties.class.isAssignableFrom(type);
  }

  @Override
  public void validate(Object target, Errors errors) {
    MistralProperties properties = (MistralProperties) target;
    baseUrl(errors, "base-url", properties.getBaseUrl());
    connectTimeout(errors, "connect-timeout", properties.getConnectTimeout());
    positive(errors, "response-timeout", properties.getResponseTimeout());
    positive(errors, "stream-idle-timeout", properties.getStreamIdleTimeout());
    positive(errors, "write-timeout", properties.getWriteTimeout());
    notNegative(errors, "call-timeout", properties.getCallTimeout());
    maxInMemorySize(errors, properties.getMaxInMemorySize());
    maxEventSize(errors, properties.getMaxEventSize());
    MistralProperties.Retry retry = properties.getRetry();
    maxAttempts(errors, "retry.max-attempts", retry.getMaxAttempts());
    notNegative(errors, "retry.initial-backoff", retry.getInitialBackoff());
    notNegative(errors, "retry.max-backoff", retry.getMaxBackoff());
    jitter(errors, "retry.jitter", retry.getJitter());
    notNegative(errors, "retry.max-retry-after", retry.getMaxRetryAfter());
    MistralProperties.Pool pool = properties.getPool();
    if (pool.getMaxConnections() < 1) {
      reject(
          errors,
          "pool.max-connections",
          "range",
          "must be 1 or more (the most connections open at once)");
    }
    if (pool.getMaxPendingAcquires() < -1) {
      reject(errors, "pool.max-pending-acquires", "range", "must be -1 (no limit) or more");
    }
    positive(errors, "pool.pending-acquire-timeout", pool.getPendingAcquireTimeout());
    positive(errors, "pool.max-idle-time", pool.getMaxIdleTime());
    int port = properties.getProxy().getPort();
    if (port < 1 || port > 65535) {
      reject(errors, "proxy.port", "range", "must be a port from 1 to 65535");
    }
    positive(errors, "health.timeout", properties.getHealth().getTimeout());
    notNegative(errors, "health.cache-time-to-live", properties.getHealth().getCacheTimeToLive());
    if (includeNamedClients) {
      for (Map.Entry<String, MistralProperties.Client> named : properties.getClients().entrySet()) {
        client(errors, "clients." + named.getKey() + ".", named.getValue());
      }
    }
  }

  // The settings a named client declares; the others it may set are checked when it is built.
  private void client(Errors errors, String prefix, MistralProperties.Client client) {
    if (client.getBaseUrl() != null) {
      baseUrl(errors, prefix + "base-url", client.getBaseUrl());
    }
    if (client.getConnectTimeout() != null) {
      connectTimeout(errors, prefix + "connect-timeout", client.getConnectTimeout());
    }
    if (client.getResponseTimeout() != null) {
      positive(errors, prefix + "response-timeout", client.getResponseTimeout());
    }
    if (client.getStreamIdleTimeout() != null) {
      positive(errors, prefix + "stream-idle-timeout", client.getStreamIdleTimeout());
    }
    MistralProperties.ClientRetry retry = client.getRetry();
    if (retry.getMaxAttempts() != null) {
      maxAttempts(errors, prefix + "retry.max-attempts", retry.getMaxAttempts());
    }
    if (retry.getInitialBackoff() != null) {
      notNegative(errors, prefix + "retry.initial-backoff", retry.getInitialBackoff());
    }
    if (retry.getMaxBackoff() != null) {
      notNegative(errors, prefix + "retry.max-backoff", retry.getMaxBackoff());
    }
    if (retry.getJitter() != null) {
      jitter(errors, prefix + "retry.jitter", retry.getJitter());
    }
    if (retry.getMaxRetryAfter() != null) {
      notNegative(errors, prefix + "retry.max-retry-after", retry.getMaxRetryAfter());
    }
  }

  private void baseUrl(Errors errors, String field, String url) {
    String problem = BaseUrls.problem(url);
    if (problem != null) {
      reject(errors, field, "url", problem);
    }
  }

  private void connectTimeout(Errors errors, String field, Duration timeout) {
    if (positive(errors, field, timeout) && timeout.compareTo(LONGEST_CONNECT_TIMEOUT) > 0) {
      reject(errors, field, "range", "must be less than 24 days");
    }
  }

  private boolean positive(Errors errors, String field, Duration duration) {
    if (duration == null) {
      reject(errors, field, "required", "must be set, to a duration such as 30s or 500ms");
      return false;
    }
    if (duration.isNegative() || duration.isZero()) {
      reject(errors, field, "range", "must be more than 0 (a duration such as 30s or 500ms)");
      return false;
    }
    return true;
  }

  private void notNegative(Errors errors, String field, Duration duration) {
    if (duration == null) {
      reject(errors, field, "required", "must be set, to a duration such as 1s or 0s");
    } else if (duration.isNegative()) {
      reject(errors, field, "range", "must be 0 or more (a duration such as 1s or 0s)");
    }
  }

  private void maxAttempts(Errors errors, String field, int attempts) {
    if (attempts < 1) {
      reject(
          errors,
          field,
          "range",
          "must be 1 or more (attempts in all, the first included; 1 means no retry; or set"
              + " retry.enabled=false)");
    }
  }

  private void jitter(Errors errors, String field, double jitter) {
    if (!(jitter >= 0 && jitter <= 1)) {
      reject(errors, field, "range", "must be a fraction from 0 to 1 (such as 0.5)");
    }
  }

  // The codecs count in int bytes: a larger size would overflow.
  private void maxInMemorySize(Errors errors, DataSize size) {
    size(errors, "max-in-memory-size", size, "64MB");
  }

  private void maxEventSize(Errors errors, DataSize size) {
    size(errors, "max-event-size", size, "4MB");
  }

  private void size(Errors errors, String field, DataSize size, String example) {
    if (size == null) {
      reject(errors, field, "required", "must be set, to a size such as " + example);
    } else if (size.toBytes() <= 0 || size.toBytes() > Integer.MAX_VALUE) {
      reject(
          errors,
          field,
          "range",
          "must be more than 0 and at most " + Integer.MAX_VALUE + " bytes (just under 2GB)");
    }
  }

  // Spring Boot's report finds the origin of a direct field only; for the others (retry.*,
  // pool.*, a named client's), the error carries the value as written and where it was set.
  private void reject(Errors errors, String field, String code, String message) {
    ConfigurationProperty property = property(errors.getObjectName() + "." + field);
    if (property != null && errors instanceof BindingResult result) {
      result.addError(
          new SourcedFieldError(
              errors.getObjectName(),
              field,
              property.getValue(),
              result.resolveMessageCodes(code, field),
              message,
              property.getOrigin()));
    } else {
      errors.rejectValue(field, code, message);
    }
  }

  private ConfigurationProperty property(String name) {
    if (environment == null || !ConfigurationPropertyName.isValid(name)) {
      return null;
    }
    ConfigurationPropertyName propertyName = ConfigurationPropertyName.of(name);
    for (ConfigurationPropertySource source : ConfigurationPropertySources.get(environment)) {
      ConfigurationProperty property = source.getConfigurationProperty(propertyName);
      if (property != null) {
        return property;
      }
    }
    return null;
  }

  /** A field error that says where its value was set, which Spring Boot's report prints. */
  private static final class SourcedFieldError extends FieldError implements OriginProvider {

    private static final long serialVersionUID = 1L;

    private final transient Origin origin;

    SourcedFieldError(
        String objectName,
        String field,
        Object value,
        String[] codes,
        String message,
        Origin origin) {
      super(objectName, field, value, false, codes, null, message);
      this.origin = origin;
    }

    @Override
    public Origin getOrigin() {
      return origin;
    }
  }
}
