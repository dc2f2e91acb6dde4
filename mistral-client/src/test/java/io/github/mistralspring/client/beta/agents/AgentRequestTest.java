package io.github.mistralspring.client.beta.agents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class AgentRequestTest {

  @Test
  void aCreationWithoutANameIsRefusedWithTheFix() {
    AgentRequest.Builder builder = AgentRequest.builder().model("mistral-medium-latest");

    assertThatThrownBy(builder::build)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("AgentRequest needs a model and a name")
        .hasMessageContaining(".name(");
  }

  @Test
  void aToBuilderCopyOwnsItsListsSoChangingItLeavesTheRequestAlone() {
    AgentRequest original =
        AgentRequest.builder()
            .model("mistral-medium-latest")
            .name("Support")
            .handoffs(List.of("ag_1"))
            .extraBody("x_flag", true)
            .build();

    AgentRequest changed = original.toBuilder().name("Billing").versionMessage("v2").build();

    assertThat(original.name()).isEqualTo("Support");
    assertThat(original.versionMessage()).isNull();
    assertThat(changed.name()).isEqualTo("Billing");
    assertThat(changed.handoffs()).containsExactly("ag_1");
    assertThat(changed.extraBody()).containsEntry("x_flag", true);
  }
}
