package io.github.mistralspring.test;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonTypeName;
import io.github.mistralspring.client.MistralClient;
import io.github.mistralspring.client.agents.AgentsCompletionRequest;
import io.github.mistralspring.client.beta.agents.Agent;
import io.github.mistralspring.client.beta.agents.AgentRequest;
import io.github.mistralspring.client.beta.conversations.ConversationAppendRequest;
import io.github.mistralspring.client.beta.conversations.ConversationParseEvent;
import io.github.mistralspring.client.beta.conversations.ConversationRequest;
import io.github.mistralspring.client.beta.conversations.ParsedConversation;
import io.github.mistralspring.client.chat.ChatCompletionRequest;
import io.github.mistralspring.client.chat.ParsedChatCompletion;
import io.github.mistralspring.client.schema.TypeRef;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import reactor.test.StepVerifier;

/**
 * Structured output beyond chat completions, end to end against the simulator: generic and sealed
 * types, agents completions and conversations. The simulator samples the schema the client sends,
 * so each answer must read back under the client's strict reader.
 */
class StructuredOutputEverywhereTests {

  @RegisterExtension static MockMistralExtension mistral = new MockMistralExtension();

  record Item(String name, int quantity) {}

  @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
  sealed interface Shape permits Circle, Square {}

  @JsonTypeName("circle")
  record Circle(double radius) implements Shape {}

  @JsonTypeName("square")
  record Square(double side) implements Shape {}

  record Drawing(String title, List<Shape> shapes) {}

  private MistralClient client;

  @BeforeEach
  void createClient() {
    client = MistralClient.builder().apiKey("k").baseUrl(mistral.baseUrl()).build();
  }

  @AfterEach
  void closeClient() {
    client.close();
  }

  private static ChatCompletionRequest ask(String text) {
    return ChatCompletionRequest.builder()
        .model("mistral-large-latest")
        .addUserMessage(text)
        .build();
  }

  @Test
  void aListAndAMapReadBackFromTheSimulatorsWrappedAnswer() {
    ParsedChatCompletion<List<Item>> list =
        client.chat().parse(ask("List the groceries."), new TypeRef<List<Item>>() {});
    assertThat(list.value()).isNotEmpty();
    assertThat(list.value().get(0).name()).isNotBlank();

    ParsedChatCompletion<Map<String, Item>> map =
        client.chat().parse(ask("Groceries by aisle."), new TypeRef<Map<String, Item>>() {});
    assertThat(map.value()).isNotNull();
  }

  @Test
  void aSealedTypeReadsBackAsOneOfItsSubtypes() {
    ParsedChatCompletion<Drawing> drawing =
        client.chat().parse(ask("Draw something."), Drawing.class);
    assertThat(drawing.value().shapes()).isNotEmpty().allMatch(Shape.class::isInstance);

    ParsedChatCompletion<Shape> shape = client.chat().parse(ask("One shape."), Shape.class);
    assertThat(shape.value()).isInstanceOfAny(Circle.class, Square.class);
  }

  @Test
  @SuppressWarnings("deprecation") // the deprecated agents completions still take a format
  void anAgentsCompletionReadsAsTheType() {
    Agent agent =
        client
            .beta()
            .agents()
            .create(AgentRequest.builder().model("mistral-large-latest").name("grocer").build());
    AgentsCompletionRequest request =
        AgentsCompletionRequest.builder()
            .agentId(agent.id())
            .addUserMessage("One grocery item.")
            .build();

    assertThat(client.agents().parse(request, Item.class).value().name()).isNotBlank();
    StepVerifier.create(client.reactive().agents().parse(request, new TypeRef<List<Item>>() {}))
        .assertNext(parsed -> assertThat(parsed.value()).isNotEmpty())
        .expectComplete()
        .verify(Duration.ofSeconds(30));
  }

  @Test
  void aConversationStartAppendAndStreamReadAsTheType() {
    ConversationRequest start =
        ConversationRequest.builder()
            .model("mistral-large-latest")
            .inputs("One grocery item.")
            .build();

    ParsedConversation<Item> first = client.beta().conversations().parse(start, Item.class);
    assertThat(first.value().name()).isNotBlank();

    ParsedConversation<List<Item>> next =
        client
            .beta()
            .conversations()
            .parse(
                first.response().conversationId(),
                ConversationAppendRequest.builder().inputs("Two more.").build(),
                new TypeRef<List<Item>>() {});
    assertThat(next.value()).isNotEmpty();

    try (Stream<ConversationParseEvent<Drawing>> events =
        client.beta().conversations().parseStream(start, Drawing.class)) {
      List<ConversationParseEvent<Drawing>> all = events.toList();
      ConversationParseEvent<Drawing> last = all.get(all.size() - 1);
      assertThat(last).isInstanceOf(ConversationParseEvent.Parsed.class);
      assertThat(((ConversationParseEvent.Parsed<Drawing>) last).conversation().value().shapes())
          .isNotEmpty();
      assertThat(all).hasSizeGreaterThan(1);
    }
  }
}
