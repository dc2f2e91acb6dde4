package io.github.mistralspring.conformance;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Walks the records the client parsed, looking for its fallback types ({@code Unknown...}). */
final class ObjectGraph {

  private static final int MAX_DEPTH = 40;

  private ObjectGraph() {}

  /** Adds "Type at /path" for every fallback instance found under {@code value}. */
  static void unknownTypes(Object value, String path, List<String> found) {
    walk(value, path, found, 0);
  }

  /** The {@code type} a fallback instance kept from the wire, if it has one. */
  private static String wireType(Object value) {
    if (!value.getClass().isRecord()) {
      return null;
    }
    for (RecordComponent component : value.getClass().getRecordComponents()) {
      if (component.getName().equals("type")) {
        try {
          Object tag = component.getAccessor().invoke(value);
          return tag == null ? null : tag.toString();
        } catch (IllegalAccessException | InvocationTargetException e) {
          throw new IllegalStateException(e);
        }
      }
    }
    return null;
  }

  private static void walk(Object value, String path, List<String> found, int depth) {
    if (value == null || depth > MAX_DEPTH) {
      return;
    }
    Class<?> type = value.getClass();
    if (value instanceof Collection<?> collection) {
      int i = 0;
      for (Object element : collection) {
        walk(element, path + "/" + i++, found, depth + 1);
      }
      return;
    }
    if (value instanceof Map<?, ?> map) {
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        walk(entry.getValue(), path + "/" + entry.getKey(), found, depth + 1);
      }
      return;
    }
    if (!type.getName().startsWith("io.github.mistralspring.")) {
      return;
    }
    if (type.getSimpleName().startsWith("Unknown")) {
      String tag = wireType(value);
      found.add(
          type.getSimpleName()
              + " at "
              + (path.isEmpty() ? "/" : path)
              + (tag == null ? "" : " (type " + tag + ")"));
    }
    if (type.isRecord()) {
      for (RecordComponent component : type.getRecordComponents()) {
        try {
          Object child = component.getAccessor().invoke(value);
          walk(child, path + "/" + component.getName(), found, depth + 1);
        } catch (IllegalAccessException | InvocationTargetException e) {
          throw new IllegalStateException(e);
        }
      }
    }
  }
}
