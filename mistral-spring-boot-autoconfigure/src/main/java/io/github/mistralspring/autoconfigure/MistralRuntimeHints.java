package io.github.mistralspring.autoconfigure;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.aot.hint.BindingReflectionHintsRegistrar;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.RuntimeHintsRegistrar;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.type.classreading.CachingMetadataReaderFactory;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.util.ClassUtils;

/**
 * Registers the client's request and response types for reflection, so that JSON binding works in a
 * native image. The types are found by scanning the client's packages when the hints are computed
 * (at build time), so a new type needs no change here.
 */
class MistralRuntimeHints implements RuntimeHintsRegistrar {

  private static final String CLIENT_PACKAGE = "io/github/mistralspring/client/";

  @Override
  public void registerHints(RuntimeHints hints, ClassLoader classLoader) {
    PathMatchingResourcePatternResolver resolver =
        new PathMatchingResourcePatternResolver(classLoader);
    CachingMetadataReaderFactory readers = new CachingMetadataReaderFactory(resolver);
    BindingReflectionHintsRegistrar binding = new BindingReflectionHintsRegistrar();
    try {
      for (Resource resource :
          resolver.getResources("classpath*:" + CLIENT_PACKAGE + "*/**/*.class")) {
        MetadataReader reader = readers.getMetadataReader(resource);
        String className = reader.getClassMetadata().getClassName();
        if (isBound(className)) {
          binding.registerReflectionHints(
              hints.reflection(), ClassUtils.resolveClassName(className, classLoader));
        }
      }
    } catch (IOException failure) {
      throw new UncheckedIOException("Could not scan the Mistral client's types", failure);
    }
  }

  // The types read from and written to JSON: not the engine, the API groups or the exceptions.
  static boolean isBound(String className) {
    String simpleName = className.substring(className.lastIndexOf('.') + 1);
    return !className.contains(".internal.")
        && !className.contains(".observation.")
        && !simpleName.endsWith("Api")
        && !simpleName.endsWith("Exception")
        && !simpleName.contains("Api$")
        && !simpleName.equals("package-info");
  }
}
