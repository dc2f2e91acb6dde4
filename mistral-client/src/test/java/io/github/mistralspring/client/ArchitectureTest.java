package io.github.mistralspring.client;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaPackage;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.domain.JavaTypeVariable;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.NullMarked;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shape of {@code mistral-client} as rules over its compiled classes: packages that do not
 * depend on each other in a circle, and a public API that shows nothing of the engine.
 */
class ArchitectureTest {

  private static final String CLIENT = "io.github.mistralspring.client";

  private static final List<String> ENGINE_PACKAGES =
      List.of(CLIENT + ".internal", "reactor.netty", "io.netty");

  /**
   * Packages whose {@code package-info.java} does not carry {@code @NullMarked} yet. This list may
   * only shrink: the rule fails on a package missing from it that is not marked, and on a package
   * in it that is marked (delete it from here then). Names are relative to {@code CLIENT}; the
   * empty name is the root package.
   */
  private static final Set<String> NOT_YET_NULL_MARKED = Set.of();

  private static JavaClasses classes;

  @BeforeAll
  static void importMainClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(CLIENT);
    // A rule over no classes passes whatever it says: make sure the import found the client.
    assertThat(classes.contain(MistralClient.class)).isTrue();
  }

  @Test
  void noPackageDependsOnItselfThroughOthers() {
    ArchRule rule =
        slices()
            .assignedFrom(new EachPackage())
            .should()
            .beFreeOfCycles()
            .because(
                "a package that imports one that imports it back cannot be understood, tested or"
                    + " moved on its own");
    rule.check(classes);
  }

  @Test
  void noPublicSignatureMentionsTheEngineOrNetty() {
    ArchRule rule =
        classes()
            .that()
            .resideOutsideOfPackage(CLIENT + ".internal..")
            .should(new ExposeNoEngineType())
            .because(
                "users program against the client's API; the engine and the HTTP library under it"
                    + " must be free to change");
    rule.check(classes);
  }

  @Test
  void apiGroupsAreInterfacesThatUsersCannotConstruct() {
    ArchRule rule =
        classes()
            .that()
            .resideOutsideOfPackage(CLIENT + ".internal..")
            .and()
            .haveSimpleNameEndingWith("Api")
            .should()
            .beInterfaces()
            .because(
                "a group is reached from a client (mistral.chat()), can be mocked, and has no"
                    + " constructor that would take the engine");
    rule.check(classes);
  }

  @Test
  void everyPackageIsNullMarked() {
    List<String> problems = new ArrayList<>();
    Set<String> packages = new TreeSet<>();
    for (JavaClass type : classes) {
      packages.add(type.getPackageName());
    }
    for (String name : packages) {
      String relative = name.equals(CLIENT) ? "" : name.substring(CLIENT.length() + 1);
      JavaPackage javaPackage = classes.getPackage(name);
      boolean marked = javaPackage.isAnnotatedWith(NullMarked.class);
      boolean listed = NOT_YET_NULL_MARKED.contains(relative);
      if (!marked && !listed) {
        problems.add(
            name
                + " is not @NullMarked: annotate its package-info.java with"
                + " @org.jspecify.annotations.NullMarked and @Nullable where a value may be absent");
      } else if (marked && listed) {
        problems.add(
            name + " is @NullMarked now: remove \"" + relative + "\" from NOT_YET_NULL_MARKED");
      }
    }
    for (String relative : NOT_YET_NULL_MARKED) {
      if (!packages.contains(relative.isEmpty() ? CLIENT : CLIENT + "." + relative)) {
        problems.add(
            "NOT_YET_NULL_MARKED lists \"" + relative + "\", which is no package of " + CLIENT);
      }
    }
    // The nullness of the API is declared once, per package (CONTRIBUTING.md, the nullness rules).
    assertThat(problems).isEmpty();
  }

  /** One slice per package, the root package included. */
  private static final class EachPackage implements SliceAssignment {

    @Override
    public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
      return SliceIdentifier.of(javaClass.getPackageName());
    }

    @Override
    public String getDescription() {
      return "the packages of " + CLIENT;
    }
  }

  /**
   * Fails a class that users can see when its supertypes, type parameters, or a public or protected
   * field, constructor or method (record components are both) mentions an engine type, in any
   * position: as the type itself, a type argument, a bound or a thrown exception.
   */
  private static final class ExposeNoEngineType extends ArchCondition<JavaClass> {

    ExposeNoEngineType() {
      super("expose no type of " + ENGINE_PACKAGES + " in a public or protected signature");
    }

    @Override
    public void check(JavaClass type, ConditionEvents events) {
      if (!visibleToUsers(type)) {
        return;
      }
      List<String> problems = new ArrayList<>();
      List<JavaType> supertypes = new ArrayList<>(type.getInterfaces());
      type.getSuperclass().ifPresent(supertypes::add);
      for (JavaType supertype : supertypes) {
        report(problems, "its supertype " + supertype.getName(), supertype);
      }
      for (JavaTypeVariable<?> variable : type.getTypeParameters()) {
        report(problems, "its type parameter " + variable.getName(), variable);
      }
      for (JavaField field : type.getFields()) {
        if (visible(field)) {
          report(problems, "field " + field.getName(), field.getType());
        }
      }
      for (JavaCodeUnit unit : type.getCodeUnits()) {
        if (!visible(unit)) {
          continue;
        }
        String name = unit.getFullName();
        report(problems, name + " (return type)", unit.getReturnType());
        for (JavaType parameter : unit.getParameterTypes()) {
          report(problems, name + " (parameter)", parameter);
        }
        for (JavaTypeVariable<?> variable : unit.getTypeParameters()) {
          report(problems, name + " (type parameter)", variable);
        }
        unit.getExceptionTypes()
            .forEach(thrown -> report(problems, name + " (throws)", thrown.toErasure()));
      }
      for (String problem : problems) {
        events.add(SimpleConditionEvent.violated(type, type.getName() + ": " + problem));
      }
    }

    private static void report(List<String> problems, String where, JavaType signature) {
      Set<String> engine = new TreeSet<>();
      for (JavaClass involved : signature.getAllInvolvedRawTypes()) {
        String name = involved.getName();
        if (ENGINE_PACKAGES.stream().anyMatch(p -> name.startsWith(p + "."))) {
          engine.add(name);
        }
      }
      if (!engine.isEmpty()) {
        problems.add(where + " mentions " + engine);
      }
    }

    /** A public class, or a public or protected member class of one users can see. */
    private static boolean visibleToUsers(JavaClass type) {
      Set<JavaModifier> modifiers = type.getModifiers();
      if (type.getEnclosingClass().isEmpty()) {
        return modifiers.contains(JavaModifier.PUBLIC);
      }
      return (modifiers.contains(JavaModifier.PUBLIC) || modifiers.contains(JavaModifier.PROTECTED))
          && visibleToUsers(type.getEnclosingClass().get());
    }

    private static boolean visible(JavaMember member) {
      Set<JavaModifier> modifiers = member.getModifiers();
      return (modifiers.contains(JavaModifier.PUBLIC) || modifiers.contains(JavaModifier.PROTECTED))
          && !modifiers.contains(JavaModifier.SYNTHETIC)
          && !modifiers.contains(JavaModifier.BRIDGE);
    }
  }
}
