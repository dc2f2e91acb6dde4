package io.github.mistralspring.client.schema;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonTypeName;
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

  /** A sealed interface of records, told apart by its {@code kind} property. */
  @JsonClassDescription("A shape on the canvas")
  @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
  sealed interface Shape permits Circle, Square, Polygon {}

  /** Named by {@code @JsonTypeName}. */
  @JsonTypeName("circle")
  record Circle(double radius) implements Shape {}

  /** Named by its class name, as Jackson does without a name. */
  record Square(double side) implements Shape {}

  /** A sealed subtype of its own: its subtypes are the branches. */
  sealed interface Polygon extends Shape permits Triangle {}

  record Triangle(double base, double height) implements Polygon {}

  /** A polymorphic type among others, nested and in a list. */
  record Drawing(String title, Shape background, List<Shape> shapes, Optional<Shape> highlight) {}

  /** Named by their simple class names. */
  @JsonTypeInfo(use = JsonTypeInfo.Id.SIMPLE_NAME, property = "type")
  sealed interface Animal permits Cat, Dog {}

  record Cat(String name) implements Animal {}

  record Dog(String name) implements Animal {}

  record Zoo(List<Animal> animals) {}

  /** Subtypes listed with {@code @JsonSubTypes} (with an alias), type property defaulted. */
  @JsonTypeInfo(use = JsonTypeInfo.Id.NAME)
  @JsonSubTypes({
    @JsonSubTypes.Type(value = Card.class, name = "card", names = "credit_card"),
    @JsonSubTypes.Type(value = Transfer.class, name = "transfer")
  })
  interface Payment {}

  record Card(String number) implements Payment {}

  record Transfer(String iban) implements Payment {}

  record Checkout(Payment payment) {}

  /** Told apart by their properties alone. */
  @JsonTypeInfo(use = JsonTypeInfo.Id.DEDUCTION)
  sealed interface Contact permits EmailAddress, Phone {}

  record EmailAddress(String address) implements Contact {}

  record Phone(String number) implements Contact {}

  record Person2(Contact contact) {}

  /** Sealed without type information: Jackson could not read it. */
  sealed interface Untyped permits UntypedA {}

  record UntypedA(String a) implements Untyped {}

  record WithUntyped(Untyped value) {}

  /** Class names as type ids: the model cannot know them. */
  @JsonTypeInfo(use = JsonTypeInfo.Id.CLASS)
  sealed interface ByClass permits ByClassA {}

  record ByClassA(String a) implements ByClass {}

  /** A component named as the type property. */
  @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
  sealed interface Clashing permits ClashingA {}

  record ClashingA(String kind) implements Clashing {}

  record Item(String name, int quantity) {}
}
