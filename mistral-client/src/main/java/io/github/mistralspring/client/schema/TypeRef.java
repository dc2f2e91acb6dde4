package io.github.mistralspring.client.schema;

import java.lang.reflect.GenericArrayType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import org.jspecify.annotations.Nullable;

/**
 * A generic Java type written out in full, for structured output whose type a {@code Class} cannot
 * name: {@code parse(request, new TypeRef<List<Item>>() {})} reads the answer as a {@code
 * List<Item>}.
 *
 * <p>Create one as an anonymous subclass, with every type argument written out (no type variables),
 * so that the type survives erasure. Answers read through the same {@code TypeRef} subclass (the
 * same place in the code) share one generated schema.
 *
 * @param <T> the type the answer is read as
 */
public abstract class TypeRef<T> {

  private final Type type;

  /**
   * Captures the type argument of the anonymous subclass.
   *
   * @throws IllegalStateException when the subclass does not extend {@code TypeRef} directly with a
   *     type argument
   * @throws IllegalArgumentException when the type argument holds a type variable, which erasure
   *     leaves unknown
   */
  protected TypeRef() {
    this.type = capture(getClass());
  }

  /**
   * Returns the captured type.
   *
   * @return the type argument as written, such as {@code List<Item>}
   */
  public final Type type() {
    return type;
  }

  /** Reads the type argument a direct subclass gave {@code TypeRef}. */
  static Type capture(Class<?> subclass) {
    Type superclass = subclass.getGenericSuperclass();
    if (!(superclass instanceof ParameterizedType parameterized)
        || parameterized.getRawType() != TypeRef.class) {
      throw new IllegalStateException(
          subclass.getName()
              + " must extend TypeRef directly with its type argument: write new"
              + " TypeRef<List<Item>>() {}");
    }
    Type argument = parameterized.getActualTypeArguments()[0];
    String variable = typeVariable(argument);
    if (variable != null) {
      throw new IllegalArgumentException(
          "The type "
              + argument.getTypeName()
              + " holds the type variable "
              + variable
              + ", which is erased at run time: write the type out in full, as in new"
              + " TypeRef<List<Item>>() {}");
    }
    return argument;
  }

  private static @Nullable String typeVariable(Type type) {
    if (type instanceof TypeVariable<?> variable) {
      return variable.getName();
    }
    if (type instanceof ParameterizedType parameterized) {
      for (Type argument : parameterized.getActualTypeArguments()) {
        String found = typeVariable(argument);
        if (found != null) {
          return found;
        }
      }
    }
    if (type instanceof GenericArrayType array) {
      return typeVariable(array.getGenericComponentType());
    }
    if (type instanceof WildcardType wildcard) {
      for (Type bound : wildcard.getUpperBounds()) {
        String found = typeVariable(bound);
        if (found != null) {
          return found;
        }
      }
    }
    return null;
  }

  /**
   * Equal when the captured types are.
   *
   * @param other the object to compare with
   * @return true when it is a {@code TypeRef} of the same type
   */
  @Override
  public final boolean equals(@Nullable Object other) {
    return other instanceof TypeRef<?> that && type.equals(that.type);
  }

  @Override
  public final int hashCode() {
    return type.hashCode();
  }

  @Override
  public String toString() {
    return "TypeRef<" + type.getTypeName() + ">";
  }
}
