package io.github.mistralspring.client.internal.groups;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mistralspring.client.MistralClient;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.predicate.RuntimeHintsPredicates;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

class BlockingFacesTest {

  /** A blocking face as the client's are shaped. */
  public interface Face {
    String echo(String value);

    void forget(String value);

    Stream<String> letters(String value);

    Face sub();

    Face renamed(String name);

    default String twice(String value) {
      return echo(value) + echo(value);
    }
  }

  /** Its reactive group. */
  public interface Reactive {
    Mono<String> echo(String value);

    Mono<Void> forget(String value);

    Flux<String> letters(String value);

    Reactive sub();

    Reactive renamed(String name);
  }

  /** A face with a method nothing answers. */
  public interface Unanswered {
    String missing();
  }

  private static final class Group implements Reactive {
    private final String name;
    int forgotten;

    Group(String name) {
      this.name = name;
    }

    @Override
    public Mono<String> echo(String value) {
      if (value.isBlank()) {
        throw new IllegalArgumentException("value must not be blank");
      }
      return value.equals("fail")
          ? Mono.error(new IllegalStateException("failed in " + name))
          : Mono.just(name + ":" + value);
    }

    @Override
    public Mono<Void> forget(String value) {
      return Mono.fromRunnable(() -> forgotten++);
    }

    @Override
    public Flux<String> letters(String value) {
      return Flux.fromArray(value.split(""));
    }

    @Override
    public Reactive sub() {
      return new Group(name + "/sub");
    }

    @Override
    public Reactive renamed(String newName) {
      return new Group(newName);
    }
  }

  @Test
  void answersEachMethodFromTheReactiveGroupOrTheFacesDefault() {
    Group group = new Group("g");
    Face face = BlockingFaces.of(Face.class, Reactive.class, group);

    assertThat(face.echo("a")).isEqualTo("g:a");
    face.forget("a");
    assertThat(group.forgotten).isEqualTo(1);
    try (Stream<String> letters = face.letters("abc")) {
      assertThat(letters).containsExactly("a", "b", "c");
    }
    assertThat(face.twice("b")).isEqualTo("g:bg:b");
    assertThat(face.renamed("other").echo("c")).isEqualTo("other:c");
    assertThat(face.sub().echo("d")).isEqualTo("g/sub:d");
  }

  @Test
  void throwsTheGroupsOwnExceptionsNotReflectionsWrappers() {
    Face face = BlockingFaces.of(Face.class, Reactive.class, new Group("g"));

    assertThatThrownBy(() -> face.echo(" "))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("value must not be blank");
    assertThatThrownBy(() -> face.echo("fail"))
        .isExactlyInstanceOf(IllegalStateException.class)
        .hasMessage("failed in g");
  }

  @Test
  void makesASubGroupOnceAndAViewEachTime() {
    Face face = BlockingFaces.of(Face.class, Reactive.class, new Group("g"));

    assertThat(face.sub()).isSameAs(face.sub());
    assertThat(face.renamed("x")).isNotSameAs(face.renamed("x"));
    assertThat(face).isEqualTo(face).isNotEqualTo(face.sub()).hasSameHashCodeAs(face);
    assertThat(face.toString()).startsWith("Face (blocking) over ");
  }

  @Test
  void refusesAtCreationAFaceMethodThatNothingAnswers() {
    assertThatThrownBy(() -> BlockingFaces.of(Unanswered.class, Reactive.class, new Group("g")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("Unanswered.missing")
        .hasMessageContaining("BlockingOnly");
  }

  @Test
  void everyFaceOfTheBlockingClientIsMadeAndHintedForANativeImage() {
    RuntimeHints hints = new RuntimeHints();
    new BlockingFaceHints().registerHints(hints, getClass().getClassLoader());

    Set<Class<?>> faces = facesReachableFrom(MistralClient.class);
    assertThat(faces).hasSizeGreaterThan(15);
    for (Class<?> face : faces) {
      assertThat(RuntimeHintsPredicates.proxies().forInterfaces(face))
          .as("a JDK proxy hint for %s", face.getSimpleName())
          .accepts(hints);
    }
    assertThat(RuntimeHintsPredicates.reflection().onType(BlockingOnly.class)).accepts(hints);
  }

  // The faces the client's accessors return, and those theirs return, found from the public API.
  private static Set<Class<?>> facesReachableFrom(Class<?> client) {
    Set<Class<?>> faces = new LinkedHashSet<>();
    Deque<Class<?>> pending = new ArrayDeque<>(List.of(client));
    while (!pending.isEmpty()) {
      for (Method method : pending.pop().getMethods()) {
        Class<?> type = method.getReturnType();
        if (type.isInterface()
            && type.getSimpleName().endsWith("Api")
            && !Modifier.isStatic(method.getModifiers())
            && faces.add(type)) {
          pending.push(type);
        }
      }
    }
    // Faces written by hand in full are not proxies.
    faces.remove(io.github.mistralspring.client.beta.agents.BetaAgentsApi.class);
    return faces;
  }
}
