package io.github.mistralspring.client.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import tools.jackson.databind.JsonNode;

/**
 * Which tool the model should use: a mode ({@link ToolChoiceMode}) or one named function ({@link
 * FunctionToolChoice}); each is written back in its own form.
 */
public sealed interface ToolChoice permits ToolChoiceMode, FunctionToolChoice {

  /**
   * Returns a choice that forces a call to the named function.
   *
   * @param name the function's name
   * @return a choice that names that function
   */
  static ToolChoice function(String name) {
    return new FunctionToolChoice(ToolType.FUNCTION, new FunctionName(name));
  }

  /**
   * Reads either form: a string is a mode, an object names a function.
   *
   * @param node the JSON read: a string or an object
   * @return a mode for a string, a function choice for an object
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  static ToolChoice fromJson(JsonNode node) {
    if (node.isString()) {
      return ToolChoiceMode.of(node.stringValue());
    }
    JsonNode type = node.get("type");
    JsonNode name = node.path("function").get("name");
    return new FunctionToolChoice(
        type == null || type.isNull() ? null : ToolType.of(type.asString()),
        name == null ? null : new FunctionName(name.asString()));
  }
}
