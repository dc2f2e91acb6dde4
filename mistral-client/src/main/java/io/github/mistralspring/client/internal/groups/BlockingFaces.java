package io.github.mistralspring.client.internal.groups;

import io.github.mistralspring.client.internal.Blocking;
import io.github.mistralspring.client.internal.BlockingStream;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.reactivestreams.Publisher;
import org.springframework.core.ResolvableType;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Makes the blocking face of an API group from its reactive face, so that no blocking method is
 * written by hand when all it does is wait: a face method is answered, in this order, by
 *
 * <ol>
 *   <li>a static method of {@link BlockingOnly} with the same name whose parameters are the
 *       reactive group and then the face method's own (what only the blocking face does: paging
 *       through {@code listAll} on the caller's thread, reading a download as an {@code
 *       InputStream}, returning the path written to);
 *   <li>the face interface's own default method;
 *   <li>the reactive group's method with the same name and parameters: a {@link Mono} is waited for
 *       ({@link Blocking#await}), a {@link Flux} read as a {@link Stream} ({@link
 *       BlockingStream#of}), and a reactive group (a sub-group, {@code withOptions(..)}) returned
 *       as its blocking face.
 * </ol>
 *
 * Every method of a face is matched when the face is first made, so a method that none of these
 * answers fails the client's construction (and every test) rather than its first call.
 */
public final class BlockingFaces {

  private static final Object[] NO_ARGUMENTS = {};

  /** The routes of each face, by face and reactive type; written under the class's lock. */
  private static final Map<List<Class<?>>, Map<Method, Route>> ROUTES = new ConcurrentHashMap<>();

  private BlockingFaces() {}

  /**
   * The blocking face of a reactive group.
   *
   * @param <B> the blocking face's type
   * @param <R> the reactive group's type
   * @param face the blocking face's interface, such as {@code ChatApi.class}
   * @param reactiveType the reactive group's interface, such as {@code ReactiveChatApi.class}
   * @param reactive the reactive group the face waits on
   * @return the face, whose methods call {@code reactive}'s and wait for them
   * @throws IllegalStateException when a method of the face (or of a face it returns) matches no
   *     reactive method and has no blocking implementation
   */
  public static <B, R> B of(Class<B> face, Class<R> reactiveType, R reactive) {
    Objects.requireNonNull(reactive, "reactive");
    Map<Method, Route> routes = routes(face, reactiveType);
    return face.cast(
        Proxy.newProxyInstance(
            face.getClassLoader(), new Class<?>[] {face}, new Face(face, reactive, routes)));
  }

  /**
   * Every face and reactive type reachable from the given ones, through the groups their methods
   * return, and the routes' own classes: what a native image must be able to reflect on.
   *
   * @param roots pairs of a face and its reactive type
   * @return the faces (proxied interfaces), then the types whose public methods are invoked
   */
  static Reachable reachable(List<List<Class<?>>> roots) {
    Reachable reachable = new Reachable(new LinkedHashSet<>(), new LinkedHashSet<>());
    reachable.invoked().add(BlockingOnly.class);
    List<List<Class<?>>> pending = new ArrayList<>(roots);
    while (!pending.isEmpty()) {
      List<Class<?>> pair = pending.remove(pending.size() - 1);
      if (!reachable.faces().add(pair.get(0))) {
        continue;
      }
      reachable.invoked().add(pair.get(1));
      for (Route route : routes(pair.get(0), pair.get(1)).values()) {
        if (route instanceof GroupRoute group) {
          pending.add(List.of(group.face(), group.reactiveType()));
        }
      }
    }
    return reachable;
  }

  /** What {@link #reachable} found. */
  record Reachable(Set<Class<?>> faces, Set<Class<?>> invoked) {}

  private static synchronized Map<Method, Route> routes(Class<?> face, Class<?> reactiveType) {
    List<Class<?>> key = List.of(face, reactiveType);
    Map<Method, Route> known = ROUTES.get(key);
    if (known != null) {
      return known;
    }
    Map<Method, Route> routes = new HashMap<>();
    for (Method method : face.getMethods()) {
      if (!Modifier.isStatic(method.getModifiers())) {
        routes.put(method, route(face, reactiveType, method));
      }
    }
    Map<Method, Route> table = Map.copyOf(routes);
    // Known before the groups it returns are checked: withOptions(..) returns the face itself.
    ROUTES.put(key, table);
    for (Route route : table.values()) {
      if (route instanceof GroupRoute group) {
        routes(group.face(), group.reactiveType());
      }
    }
    return table;
  }

  private static Route route(Class<?> face, Class<?> reactiveType, Method method) {
    Class<?>[] parameters = method.getParameterTypes();
    Method only = blockingOnly(method, reactiveType);
    if (only != null) {
      return (proxy, reactive, args) -> only.invoke(null, prepend(reactive, args));
    }
    if (method.isDefault()) {
      return (proxy, reactive, args) -> InvocationHandler.invokeDefault(proxy, method, args);
    }
    Method target;
    try {
      target = reactiveType.getMethod(method.getName(), parameters);
    } catch (NoSuchMethodException missing) {
      throw unmatched(face, reactiveType, method, "has no method with the same parameters");
    }
    // Both resolved against their own group: withOptions(..) is declared once, returning a G.
    ResolvableType returnType = ResolvableType.forMethodReturnType(target, reactiveType);
    Class<?> returned = returnType.toClass();
    Class<?> wanted = ResolvableType.forMethodReturnType(method, face).toClass();
    if (returned == Mono.class && fits(returnType.getGeneric(0).toClass(), wanted)) {
      return (proxy, reactive, args) -> Blocking.await((Mono<?>) target.invoke(reactive, args));
    }
    if (returned == Flux.class && wanted == Stream.class) {
      return (proxy, reactive, args) -> BlockingStream.of((Flux<?>) target.invoke(reactive, args));
    }
    if (wanted.isInterface()
        && returned.isInterface()
        && !Publisher.class.isAssignableFrom(returned)) {
      return new GroupRoute(wanted, returned, target);
    }
    throw unmatched(face, reactiveType, method, "returns " + target.getGenericReturnType());
  }

  private static @Nullable Method blockingOnly(Method method, Class<?> reactiveType) {
    Class<?>[] parameters = method.getParameterTypes();
    Class<?>[] withGroup = new Class<?>[parameters.length + 1];
    withGroup[0] = reactiveType;
    System.arraycopy(parameters, 0, withGroup, 1, parameters.length);
    try {
      Method only = BlockingOnly.class.getMethod(method.getName(), withGroup);
      return Modifier.isStatic(only.getModifiers())
              && method.getReturnType().isAssignableFrom(only.getReturnType())
          ? only
          : null;
    } catch (NoSuchMethodException none) {
      return null;
    }
  }

  private static boolean fits(Class<?> value, Class<?> wanted) {
    if (wanted == void.class) {
      return value == Void.class;
    }
    if (value == Object.class) {
      return true;
    }
    Class<?> boxed = wanted.isPrimitive() ? boxedOf(wanted) : wanted;
    return boxed.isAssignableFrom(value);
  }

  private static Class<?> boxedOf(Class<?> primitive) {
    return Map.<Class<?>, Class<?>>of(
            boolean.class, Boolean.class,
            int.class, Integer.class,
            long.class, Long.class,
            double.class, Double.class,
            float.class, Float.class)
        .getOrDefault(primitive, primitive);
  }

  private static IllegalStateException unmatched(
      Class<?> face, Class<?> reactiveType, Method method, String why) {
    return new IllegalStateException(
        "The blocking "
            + face.getSimpleName()
            + "."
            + method.getName()
            + Arrays.toString(method.getParameterTypes())
            + " has no implementation: "
            + reactiveType.getSimpleName()
            + " "
            + why
            + "; add a static "
            + method.getName()
            + "("
            + reactiveType.getSimpleName()
            + ", ..) to BlockingOnly");
  }

  private static Object[] prepend(Object first, Object[] rest) {
    Object[] all = new Object[rest.length + 1];
    all[0] = first;
    System.arraycopy(rest, 0, all, 1, rest.length);
    return all;
  }

  /** How one face method is answered. */
  @FunctionalInterface
  private interface Route {
    @Nullable Object call(Object proxy, Object reactive, Object[] args) throws Throwable;
  }

  /** A reactive group's method that returns another reactive group: its face is returned. */
  private record GroupRoute(Class<?> face, Class<?> reactiveType, Method reactive)
      implements Route {

    @Override
    public Object call(Object proxy, Object group, Object[] args) throws Throwable {
      return faceOf(face, reactiveType, reactive.invoke(group, args));
    }

    @SuppressWarnings("unchecked")
    private static <B, R> B faceOf(Class<B> face, Class<R> reactiveType, Object reactive) {
      return of(face, reactiveType, (R) reactive);
    }
  }

  /** The invocation handler of one face over one reactive group. */
  private static final class Face implements InvocationHandler {

    private final Class<?> face;
    private final Object reactive;
    private final Map<Method, Route> routes;
    // The sub-groups, made once: mistral.beta().agents() is the same object every time.
    private final Map<Method, Object> groups = new ConcurrentHashMap<>();

    Face(Class<?> face, Object reactive, Map<Method, Route> routes) {
      this.face = face;
      this.reactive = reactive;
      this.routes = routes;
    }

    @Override
    public @Nullable Object invoke(Object proxy, Method method, Object @Nullable [] args)
        throws Throwable {
      Object[] arguments = args == null ? NO_ARGUMENTS : args;
      if (method.getDeclaringClass() == Object.class) {
        return switch (method.getName()) {
          case "equals" -> proxy == arguments[0];
          case "hashCode" -> System.identityHashCode(proxy);
          default -> face.getSimpleName() + " (blocking) over " + reactive;
        };
      }
      Route route = routes.get(method);
      try {
        if (route instanceof GroupRoute && arguments.length == 0) {
          Object group = groups.get(method);
          if (group == null) {
            group = route.call(proxy, reactive, arguments);
            Object first = groups.putIfAbsent(method, Objects.requireNonNull(group, "group"));
            group = first == null ? group : first;
          }
          return group;
        }
        return route.call(proxy, reactive, arguments);
      } catch (InvocationTargetException failed) {
        // The group's own exception, as a hand-written face would have let it through.
        throw failed.getCause();
      }
    }
  }
}
