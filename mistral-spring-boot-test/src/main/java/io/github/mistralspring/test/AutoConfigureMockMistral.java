package io.github.mistralspring.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;

/**
 * Points a Spring Boot test's Mistral clients at a {@link MockMistralServer} started with the
 * context (and stopped with it); inject {@link MockMistralServer} to script answers and read the
 * requests.
 *
 * <pre>{@code
 * @SpringBootTest
 * @AutoConfigureMockMistral
 * class SummarizerTests { @Autowired MockMistralServer mistral; ... }
 * }</pre>
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ImportAutoConfiguration(MockMistralAutoConfiguration.class)
public @interface AutoConfigureMockMistral {}
