package io.github.mistralspring.springai.chat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.ai.chat.prompt.ChatOptions;
import org.springframework.ai.model.tool.StructuredOutputChatOptions;
import org.springframework.ai.model.tool.ToolCallingChatOptions;
import org.springframework.ai.tool.ToolCallback;

/**
 * The options of a {@link MistralChatModel} call: Spring AI's portable chat options, the tools the
 * model may call, the JSON schema of a structured answer, and the Mistral settings that have no
 * portable name. Immutable; derive a changed copy with {@link #mutate()}.
 *
 * <p>An unset (null) option is left out of the request, so the API applies its default. {@code
 * topK} exists because Spring AI's options declare it, but Mistral has no such setting: a call with
 * it set fails before anything is sent.
 */
public final class MistralChatOptions
    implements ToolCallingChatOptions, StructuredOutputChatOptions {

  private final String model;
  private final Double temperature;
  private final Double topP;
  private final Integer topK;
  private final Integer maxTokens;
  private final List<String> stopSequences;
  private final Double presencePenalty;
  private final Double frequencyPenalty;
  private final List<ToolCallback> toolCallbacks;
  private final Map<String, Object> toolContext;
  private final String outputSchema;
  private final Long randomSeed;
  private final Boolean safePrompt;
  private final Integer n;
  private final String toolChoice;
  private final Boolean parallelToolCalls;
  private final String reasoningEffort;
  private final String promptMode;
  private final String promptCacheKey;

  private MistralChatOptions(Builder builder) {
    this.model = builder.model;
    this.temperature = builder.temperature;
    this.topP = builder.topP;
    this.topK = builder.topK;
    this.maxTokens = builder.maxTokens;
    this.stopSequences = builder.stopSequences == null ? null : List.copyOf(builder.stopSequences);
    this.presencePenalty = builder.presencePenalty;
    this.frequencyPenalty = builder.frequencyPenalty;
    this.toolCallbacks = builder.toolCallbacks == null ? null : List.copyOf(builder.toolCallbacks);
    this.toolContext = builder.toolContext == null ? null : Map.copyOf(builder.toolContext);
    this.outputSchema = builder.outputSchema;
    this.randomSeed = builder.randomSeed;
    this.safePrompt = builder.safePrompt;
    this.n = builder.n;
    this.toolChoice = builder.toolChoice;
    this.parallelToolCalls = builder.parallelToolCalls;
    this.reasoningEffort = builder.reasoningEffort;
    this.promptMode = builder.promptMode;
    this.promptCacheKey = builder.promptCacheKey;
  }

  /** {@return a builder with every option unset} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns these options as Mistral options: the same instance when they already are, else a copy
   * of every value Spring AI's option interfaces expose (portable options, tools, output schema).
   *
   * @param options Spring AI chat options of any model, Mistral's or another's
   * @return the Mistral options holding those values; Mistral-only settings stay unset
   */
  public static MistralChatOptions from(ChatOptions options) {
    if (options instanceof MistralChatOptions mistral) {
      return mistral;
    }
    return new Builder().takeNonNull(options).build();
  }

  @Override
  public Builder mutate() {
    return new Builder().takeNonNull(this);
  }

  @Override
  public String getModel() {
    return model;
  }

  @Override
  public Double getTemperature() {
    return temperature;
  }

  @Override
  public Double getTopP() {
    return topP;
  }

  /** Always null unless set: Mistral has no top-k setting, and a call with it set fails. */
  @Override
  public Integer getTopK() {
    return topK;
  }

  @Override
  public Integer getMaxTokens() {
    return maxTokens;
  }

  @Override
  public List<String> getStopSequences() {
    return stopSequences;
  }

  @Override
  public Double getPresencePenalty() {
    return presencePenalty;
  }

  @Override
  public Double getFrequencyPenalty() {
    return frequencyPenalty;
  }

  @Override
  public List<ToolCallback> getToolCallbacks() {
    return toolCallbacks;
  }

  @Override
  public Map<String, Object> getToolContext() {
    return toolContext;
  }

  /** The JSON schema the answer must match, sent as a {@code json_schema} response format. */
  @Override
  public String getOutputSchema() {
    return outputSchema;
  }

  /** {@return the seed for sampling, for repeatable answers ({@code random_seed}), or null} */
  public Long getRandomSeed() {
    return randomSeed;
  }

  /** {@return whether the API prepends its safety prompt ({@code safe_prompt}), or null} */
  public Boolean getSafePrompt() {
    return safePrompt;
  }

  /** {@return how many choices to generate ({@code n}), or null for one} */
  public Integer getN() {
    return n;
  }

  /**
   * {@return which tool the model should call ({@code tool_choice}), or null: {@code auto}, {@code
   * none}, {@code any} or {@code required}; any other value names the one function the model must
   * call}
   */
  public String getToolChoice() {
    return toolChoice;
  }

  /** {@return whether the model may call several tools at once ({@code parallel_tool_calls})} */
  public Boolean getParallelToolCalls() {
    return parallelToolCalls;
  }

  /**
   * {@return how much a reasoning-capable model thinks ({@code reasoning_effort}), such as {@code
   * high}, or null}
   */
  public String getReasoningEffort() {
    return reasoningEffort;
  }

  /** {@return the system prompt mode ({@code prompt_mode}), such as {@code reasoning}, or null} */
  public String getPromptMode() {
    return promptMode;
  }

  /**
   * {@return the key that lets requests sharing a prefix reuse the prompt cache ({@code
   * prompt_cache_key}), or null; {@link MistralPromptCacheAdvisor} sets it from the conversation
   * id}
   */
  public String getPromptCacheKey() {
    return promptCacheKey;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof MistralChatOptions that)) {
      return false;
    }
    return Objects.equals(model, that.model)
        && Objects.equals(temperature, that.temperature)
        && Objects.equals(topP, that.topP)
        && Objects.equals(topK, that.topK)
        && Objects.equals(maxTokens, that.maxTokens)
        && Objects.equals(stopSequences, that.stopSequences)
        && Objects.equals(presencePenalty, that.presencePenalty)
        && Objects.equals(frequencyPenalty, that.frequencyPenalty)
        && Objects.equals(toolCallbacks, that.toolCallbacks)
        && Objects.equals(toolContext, that.toolContext)
        && Objects.equals(outputSchema, that.outputSchema)
        && Objects.equals(randomSeed, that.randomSeed)
        && Objects.equals(safePrompt, that.safePrompt)
        && Objects.equals(n, that.n)
        && Objects.equals(toolChoice, that.toolChoice)
        && Objects.equals(parallelToolCalls, that.parallelToolCalls)
        && Objects.equals(reasoningEffort, that.reasoningEffort)
        && Objects.equals(promptMode, that.promptMode)
        && Objects.equals(promptCacheKey, that.promptCacheKey);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        model,
        temperature,
        topP,
        topK,
        maxTokens,
        stopSequences,
        presencePenalty,
        frequencyPenalty,
        toolCallbacks,
        toolContext,
        outputSchema,
        randomSeed,
        safePrompt,
        n,
        toolChoice,
        parallelToolCalls,
        reasoningEffort,
        promptMode,
        promptCacheKey);
  }

  /** Lists the options that are set; tools by name, the tool context by its keys only. */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder("MistralChatOptions[");
    append(text, "model", model);
    append(text, "temperature", temperature);
    append(text, "topP", topP);
    append(text, "topK", topK);
    append(text, "maxTokens", maxTokens);
    append(text, "stopSequences", stopSequences);
    append(text, "presencePenalty", presencePenalty);
    append(text, "frequencyPenalty", frequencyPenalty);
    append(
        text,
        "tools",
        toolCallbacks == null
            ? null
            : toolCallbacks.stream().map(tool -> tool.getToolDefinition().name()).toList());
    append(text, "toolContext", toolContext == null ? null : toolContext.keySet());
    append(text, "outputSchema", outputSchema == null ? null : "set");
    append(text, "randomSeed", randomSeed);
    append(text, "safePrompt", safePrompt);
    append(text, "n", n);
    append(text, "toolChoice", toolChoice);
    append(text, "parallelToolCalls", parallelToolCalls);
    append(text, "reasoningEffort", reasoningEffort);
    append(text, "promptMode", promptMode);
    append(text, "promptCacheKey", promptCacheKey);
    return text.append(']').toString();
  }

  private static void append(StringBuilder text, String name, Object value) {
    if (value != null) {
      if (text.charAt(text.length() - 1) != '[') {
        text.append(", ");
      }
      text.append(name).append('=').append(value);
    }
  }

  /**
   * Builds {@link MistralChatOptions}; not thread-safe. {@link #combineWith} takes every value the
   * other builder sets, whatever its type: stop sequences and tools are appended, the tool context
   * merged, as Spring AI's own builders do.
   */
  public static final class Builder
      implements ToolCallingChatOptions.Builder<Builder>,
          StructuredOutputChatOptions.Builder<Builder> {

    private String model;
    private Double temperature;
    private Double topP;
    private Integer topK;
    private Integer maxTokens;
    private List<String> stopSequences;
    private Double presencePenalty;
    private Double frequencyPenalty;
    private List<ToolCallback> toolCallbacks;
    private Map<String, Object> toolContext;
    private String outputSchema;
    private Long randomSeed;
    private Boolean safePrompt;
    private Integer n;
    private String toolChoice;
    private Boolean parallelToolCalls;
    private String reasoningEffort;
    private String promptMode;
    private String promptCacheKey;

    private Builder() {}

    /** A copy of this builder; later changes to either leave the other as it is. */
    @Override
    public Builder clone() {
      Builder copy = new Builder();
      copy.model = model;
      copy.temperature = temperature;
      copy.topP = topP;
      copy.topK = topK;
      copy.maxTokens = maxTokens;
      copy.stopSequences = stopSequences == null ? null : new ArrayList<>(stopSequences);
      copy.presencePenalty = presencePenalty;
      copy.frequencyPenalty = frequencyPenalty;
      copy.toolCallbacks = toolCallbacks == null ? null : new ArrayList<>(toolCallbacks);
      copy.toolContext = toolContext == null ? null : new LinkedHashMap<>(toolContext);
      copy.outputSchema = outputSchema;
      copy.randomSeed = randomSeed;
      copy.safePrompt = safePrompt;
      copy.n = n;
      copy.toolChoice = toolChoice;
      copy.parallelToolCalls = parallelToolCalls;
      copy.reasoningEffort = reasoningEffort;
      copy.promptMode = promptMode;
      copy.promptCacheKey = promptCacheKey;
      return copy;
    }

    @Override
    public Builder model(String model) {
      this.model = model;
      return this;
    }

    @Override
    public Builder temperature(Double temperature) {
      this.temperature = temperature;
      return this;
    }

    @Override
    public Builder topP(Double topP) {
      this.topP = topP;
      return this;
    }

    /** Mistral has no top-k setting: a call with it set fails, naming this option. */
    @Override
    public Builder topK(Integer topK) {
      this.topK = topK;
      return this;
    }

    @Override
    public Builder maxTokens(Integer maxTokens) {
      this.maxTokens = maxTokens;
      return this;
    }

    @Override
    public Builder stopSequences(List<String> stopSequences) {
      this.stopSequences = stopSequences == null ? null : new ArrayList<>(stopSequences);
      return this;
    }

    @Override
    public Builder presencePenalty(Double presencePenalty) {
      this.presencePenalty = presencePenalty;
      return this;
    }

    @Override
    public Builder frequencyPenalty(Double frequencyPenalty) {
      this.frequencyPenalty = frequencyPenalty;
      return this;
    }

    @Override
    public Builder toolCallbacks(List<ToolCallback> toolCallbacks) {
      this.toolCallbacks = toolCallbacks == null ? null : new ArrayList<>(toolCallbacks);
      return this;
    }

    @Override
    public Builder toolCallbacks(ToolCallback... toolCallbacks) {
      Objects.requireNonNull(toolCallbacks, "toolCallbacks");
      if (this.toolCallbacks == null) {
        this.toolCallbacks = new ArrayList<>();
      }
      this.toolCallbacks.addAll(List.of(toolCallbacks));
      return this;
    }

    /** Adds these entries to the tool context; null clears it. */
    @Override
    public Builder toolContext(Map<String, Object> context) {
      if (context == null) {
        this.toolContext = null;
        return this;
      }
      if (this.toolContext == null) {
        this.toolContext = new LinkedHashMap<>();
      }
      this.toolContext.putAll(context);
      return this;
    }

    @Override
    public Builder toolContext(String key, Object value) {
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(value, "value");
      if (this.toolContext == null) {
        this.toolContext = new LinkedHashMap<>();
      }
      this.toolContext.put(key, value);
      return this;
    }

    @Override
    public Builder outputSchema(String outputSchema) {
      this.outputSchema = outputSchema;
      return this;
    }

    /**
     * Sets {@code random_seed}, the seed for sampling: the same seed and request give the same
     * answer.
     *
     * @param randomSeed the seed, or null to let the API pick one
     * @return this builder
     */
    public Builder randomSeed(Long randomSeed) {
      this.randomSeed = randomSeed;
      return this;
    }

    /**
     * Sets {@code safe_prompt}: whether the API prepends its safety prompt to the conversation.
     *
     * @param safePrompt true to prepend it, or null for the API's default (false)
     * @return this builder
     */
    public Builder safePrompt(Boolean safePrompt) {
      this.safePrompt = safePrompt;
      return this;
    }

    /**
     * Sets {@code n}, how many choices to generate.
     *
     * @param n the number of choices, 1 or more, or null for one
     * @return this builder
     */
    public Builder n(Integer n) {
      this.n = n;
      return this;
    }

    /**
     * Sets {@code tool_choice}: {@code auto}, {@code none}, {@code any} or {@code required}; any
     * other value is the name of the one function the model must call.
     *
     * @param toolChoice the choice or a function name, or null for the API's default ({@code auto})
     * @return this builder
     */
    public Builder toolChoice(String toolChoice) {
      this.toolChoice = toolChoice;
      return this;
    }

    /**
     * Sets {@code parallel_tool_calls}: whether the model may call several tools in one answer.
     *
     * @param parallelToolCalls false to have at most one tool call per answer, or null for the
     *     API's default (true)
     * @return this builder
     */
    public Builder parallelToolCalls(Boolean parallelToolCalls) {
      this.parallelToolCalls = parallelToolCalls;
      return this;
    }

    /**
     * Sets {@code reasoning_effort}: how much a reasoning-capable model thinks before it answers.
     *
     * @param reasoningEffort a level such as {@code high} or {@code none}, or null for the model's
     *     default
     * @return this builder
     */
    public Builder reasoningEffort(String reasoningEffort) {
      this.reasoningEffort = reasoningEffort;
      return this;
    }

    /**
     * Sets {@code prompt_mode}, the system prompt mode of a reasoning model.
     *
     * @param promptMode a mode such as {@code reasoning}, or null for the model's default
     * @return this builder
     */
    public Builder promptMode(String promptMode) {
      this.promptMode = promptMode;
      return this;
    }

    /**
     * Sets {@code prompt_cache_key}: requests with the same key and a shared prefix reuse the
     * prompt cache.
     *
     * @param promptCacheKey the key, such as a conversation id, or null for none
     * @return this builder
     */
    public Builder promptCacheKey(String promptCacheKey) {
      this.promptCacheKey = promptCacheKey;
      return this;
    }

    @Override
    public Builder combineWith(ChatOptions.Builder<?> other) {
      Objects.requireNonNull(other, "other");
      // Read what the other builder holds through the options it builds: that works for every
      // builder type, Spring AI's and other models' alike.
      return takeNonNull(other.clone().build());
    }

    private Builder takeNonNull(ChatOptions options) {
      if (options == null) {
        return this;
      }
      model = orElse(options.getModel(), model);
      temperature = orElse(options.getTemperature(), temperature);
      topP = orElse(options.getTopP(), topP);
      topK = orElse(options.getTopK(), topK);
      maxTokens = orElse(options.getMaxTokens(), maxTokens);
      stopSequences = appended(stopSequences, options.getStopSequences());
      presencePenalty = orElse(options.getPresencePenalty(), presencePenalty);
      frequencyPenalty = orElse(options.getFrequencyPenalty(), frequencyPenalty);
      if (options instanceof ToolCallingChatOptions tools) {
        toolCallbacks = appended(toolCallbacks, tools.getToolCallbacks());
        if (tools.getToolContext() != null) {
          toolContext(tools.getToolContext());
        }
      }
      if (options instanceof StructuredOutputChatOptions structured) {
        outputSchema = orElse(structured.getOutputSchema(), outputSchema);
      }
      if (options instanceof MistralChatOptions mistral) {
        randomSeed = orElse(mistral.randomSeed, randomSeed);
        safePrompt = orElse(mistral.safePrompt, safePrompt);
        n = orElse(mistral.n, n);
        toolChoice = orElse(mistral.toolChoice, toolChoice);
        parallelToolCalls = orElse(mistral.parallelToolCalls, parallelToolCalls);
        reasoningEffort = orElse(mistral.reasoningEffort, reasoningEffort);
        promptMode = orElse(mistral.promptMode, promptMode);
        promptCacheKey = orElse(mistral.promptCacheKey, promptCacheKey);
      }
      return this;
    }

    private static <T> T orElse(T value, T fallback) {
      return value != null ? value : fallback;
    }

    private static <T> List<T> appended(List<T> current, List<T> more) {
      if (more == null) {
        return current;
      }
      List<T> all = current == null ? new ArrayList<>() : new ArrayList<>(current);
      all.addAll(more);
      return all;
    }

    @Override
    public MistralChatOptions build() {
      return new MistralChatOptions(this);
    }
  }
}
