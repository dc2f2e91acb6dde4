package io.github.mistralspring.client.schema;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.UUID;

/** The Java types the schema generator is tested over; each has a golden file. */
final class SchemaTypes {

  private SchemaTypes() {}

  /** A type-use nullness annotation, matched by its simple name as JSpecify's is. */
  @Retention(RetentionPolicy.RUNTIME)
  @Target({ElementType.TYPE_USE, ElementType.FIELD, ElementType.PARAMETER})
  @interface Nullable {}

  record Scalars(
      String text,
      int count,
      Long big,
      double ratio,
      boolean flag,
      BigDecimal amount,
      char letter,
      UUID id,
      LocalDate day,
      Instant at,
      URI link) {}

  record Collections(
      List<String> tags,
      Set<Integer> ids,
      String[] names,
      Map<String, Double> scores,
      List<List<String>> grid,
      Map<Priority, List<String>> byPriority) {}

  record Optionals(Optional<String> nickname, OptionalInt age, @Nullable String note) {}

  enum Priority {
    LOW,
    @JsonProperty("urgent")
    HIGH
  }

  record Task(
      @JsonProperty("task_title") String title, Priority priority, @JsonIgnore String internal) {}

  record Address(String city, String country) {}

  record Person(String name, Address home, Optional<Address> work, List<Address> previous) {}

  record TreeNode(String label, List<TreeNode> children) {}

  record Employee(String name, Optional<Employee> manager, Department department) {}

  record Department(String name, List<Employee> staff) {}

  record Box<T>(T content, List<T> history) {}

  record Boxes(Box<String> text, Box<Integer> number) {}

  @JsonClassDescription("A product for sale")
  record Product(
      @JsonPropertyDescription("Stock keeping unit") @Pattern(regexp = "[A-Z]{3}-\\d+") String sku,
      @Size(min = 1, max = 80) String title,
      @NotBlank String summary,
      @Min(0) @Max(1000) int stock,
      @DecimalMin("0.01") BigDecimal price,
      @Size(max = 5) List<String> labels,
      @Email String contact,
      @Positive int weight,
      @JsonPropertyDescription("Where it is made") Address origin) {}

  /** A plain class: Jackson binds its public fields and those with accessors. */
  static class Bean {
    public String title;
    private int count;
    private String hidden;

    @JsonProperty("x_y")
    private String xy;

    static final String CONSTANT = "c";
    transient String scratch;

    public int getCount() {
      return count;
    }

    @Override
    public String toString() {
      return title + count + hidden + xy + scratch;
    }
  }

  /** A method whose parameters become a tool's arguments. */
  static String weather(String city, @JsonPropertyDescription("The unit") Optional<Unit> unit) {
    return city + unit;
  }

  enum Unit {
    CELSIUS,
    FAHRENHEIT
  }

  record WithObject(String name, Object anything) {}

  record WithInterface(String name, Runnable action) {}

  @SuppressWarnings("rawtypes")
  record WithRawList(List items) {}

  record WithIntKeys(Map<Integer, String> byNumber) {}
}
