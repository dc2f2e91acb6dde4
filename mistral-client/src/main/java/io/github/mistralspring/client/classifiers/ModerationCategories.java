package io.github.mistralspring.client.classifiers;

/** The names of the moderation categories known when this client was written. */
public final class ModerationCategories {

  /** Sexual content. */
  public static final String SEXUAL = "sexual";

  /** Hate and discrimination. */
  public static final String HATE_AND_DISCRIMINATION = "hate_and_discrimination";

  /** Violence and threats. */
  public static final String VIOLENCE_AND_THREATS = "violence_and_threats";

  /** Dangerous and criminal content. */
  public static final String DANGEROUS_AND_CRIMINAL_CONTENT = "dangerous_and_criminal_content";

  /** Self-harm. */
  public static final String SELFHARM = "selfharm";

  /** Health advice. */
  public static final String HEALTH = "health";

  /** Financial advice. */
  public static final String FINANCIAL = "financial";

  /** Legal advice. */
  public static final String LAW = "law";

  /** Personally identifiable information. */
  public static final String PII = "pii";

  private ModerationCategories() {}
}
