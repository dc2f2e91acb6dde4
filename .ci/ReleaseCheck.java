import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Judges what {@code mvn -Prelease deploy -Dgpg.skip -DskipUpload} staged for Maven Central,
 * against the reactor's effective POMs ({@code help:effective-pom}). Run by .ci/release-check as
 * {@code java .ci/ReleaseCheck.java <repository root>}; prints what it found and exits 1 with one
 * line per problem.
 *
 * <p>The rules: every module of the reactor has one version; a module is published unless it sets
 * {@code maven.deploy.skip}, and one that does also sets {@code maven.install.skip}; exactly the
 * published modules are staged; each staged jar has its sources and Javadoc jars, not empty; each
 * published POM has a name, description, url, licence, developer, scm and issue management, with
 * the root's url and scm (Maven appends the artifactId to inherited ones unless told not to); and
 * the BOM lists every published jar at the reactor's version.
 */
public final class ReleaseCheck {

  private static final Set<String> NOT_ARTIFACTS =
      Set.of(".md5", ".sha1", ".sha256", ".sha512", ".asc");

  private final List<String> problems = new ArrayList<>();

  public static void main(String[] args) throws Exception {
    Path root = Path.of(args.length > 0 ? args[0] : ".");
    ReleaseCheck check = new ReleaseCheck();
    check.run(root);
    if (!check.problems.isEmpty()) {
      System.err.println("release check: " + check.problems.size() + " problem(s)");
      check.problems.forEach(p -> System.err.println("  - " + p));
      System.exit(1);
    }
    System.out.println("release check: passed");
  }

  private void run(Path root) throws Exception {
    Path effective = root.resolve("target/effective-poms.xml");
    if (!Files.isRegularFile(effective)) {
      problems.add(effective + " is missing: run .ci/release-check, which writes it");
      return;
    }
    List<Element> projects = projects(effective);
    Element top = root(projects);
    String version = text(top, "version");
    String groupId = text(top, "groupId");

    Map<String, Element> published = new TreeMap<>();
    Set<String> notPublished = new TreeSet<>();
    for (Element project : projects) {
      String artifactId = text(project, "artifactId");
      if (!version.equals(text(project, "version"))) {
        problems.add(
            artifactId
                + " is at version "
                + text(project, "version")
                + ", the reactor at "
                + version
                + ": move every POM with mvn versions:set -DnewVersion=... -DprocessAllModules");
      }
      if ("true".equals(text(project, "properties/maven.deploy.skip"))) {
        notPublished.add(artifactId);
        if (!"true".equals(text(project, "properties/maven.install.skip"))) {
          problems.add(
              artifactId
                  + " is not published (maven.deploy.skip) but is installed: set"
                  + " maven.install.skip to true as well (CONTRIBUTING.md, Published modules)");
        }
      } else {
        published.put(artifactId, project);
      }
    }

    Map<String, Map<String, Staged>> staged = staged(root, groupId, version);
    for (String artifactId : staged.keySet()) {
      if (!published.containsKey(artifactId)) {
        problems.add(
            artifactId
                + " is staged for Maven Central but marked not published: add it to the"
                + " central-publishing plugin's excludeArtifacts in the root POM");
      }
    }
    for (Map.Entry<String, Element> entry : published.entrySet()) {
      String artifactId = entry.getKey();
      Element project = entry.getValue();
      Map<String, Staged> files = staged.getOrDefault(artifactId, Map.of());
      if (files.isEmpty()) {
        problems.add(
            artifactId
                + " is published (no maven.deploy.skip) but was not staged: is it in the release"
                + " profile's reach (a module of the root POM, with the central-publishing"
                + " plugin)?");
      } else {
        checkFiles(artifactId, version, packaging(project), files);
      }
      checkMetadata(artifactId, project, top);
    }
    checkBoms(published, groupId, version);

    System.out.println(
        "release check: version "
            + version
            + "; published "
            + published.keySet()
            + "; not published "
            + notPublished);
  }

  private void checkFiles(
      String artifactId, String version, String packaging, Map<String, Staged> files)
      throws IOException {
    String base = artifactId + "-" + version;
    require(artifactId, files, base + ".pom", null);
    if ("pom".equals(packaging)) {
      return;
    }
    require(artifactId, files, base + ".jar", null);
    require(artifactId, files, base + "-sources.jar", ".java");
    require(artifactId, files, base + "-javadoc.jar", "index.html");
  }

  // A sources jar needs a .java file and a Javadoc jar an index.html, or (for a module with no
  // code of its own, such as the starter) a README.md saying where they are.
  private void require(
      String artifactId, Map<String, Staged> files, String name, String contentSuffix)
      throws IOException {
    Staged file = files.get(name);
    if (file == null) {
      problems.add(artifactId + ": " + name + " was not built (staged: " + files.keySet() + ")");
      return;
    }
    if (contentSuffix != null && !file.hasEntryEndingWith(contentSuffix, "README.md")) {
      problems.add(artifactId + ": " + name + " holds no " + contentSuffix + " and no README.md");
    }
  }

  private void checkMetadata(String artifactId, Element project, Element top) {
    for (String path :
        List.of(
            "name",
            "description",
            "url",
            "licenses/license/name",
            "licenses/license/url",
            "scm/url",
            "scm/connection",
            "scm/developerConnection",
            "issueManagement/url")) {
      String value = text(project, path);
      if (value == null || value.isBlank()) {
        problems.add(artifactId + ": the POM has no " + path.replace('/', '.'));
      }
    }
    String developer = text(project, "developers/developer/name");
    if (developer == null || developer.isBlank()) {
      problems.add(artifactId + ": the POM has no developers.developer.name");
    }
    for (String path : List.of("url", "scm/url", "scm/connection", "scm/developerConnection")) {
      String value = text(project, path);
      String expected = text(top, path);
      if (value != null && !value.equals(expected)) {
        problems.add(
            artifactId
                + ": "
                + path.replace('/', '.')
                + " is "
                + value
                + ", not the project's "
                + expected
                + " (an inherited url gets the artifactId appended unless the root POM's"
                + " child.*.inherit.append.path attributes say false)");
      }
    }
  }

  private void checkBoms(Map<String, Element> published, String groupId, String version) {
    Set<String> jars = new TreeSet<>();
    for (Map.Entry<String, Element> entry : published.entrySet()) {
      if (!"pom".equals(packaging(entry.getValue()))) {
        jars.add(groupId + ":" + entry.getKey() + ":" + version);
      }
    }
    boolean found = false;
    for (Map.Entry<String, Element> entry : published.entrySet()) {
      if (!entry.getKey().endsWith("-bom")) {
        continue;
      }
      found = true;
      Set<String> listed = new TreeSet<>();
      for (Element dependency :
          descendants(entry.getValue(), "dependencyManagement", "dependencies", "dependency")) {
        listed.add(
            text(dependency, "groupId")
                + ":"
                + text(dependency, "artifactId")
                + ":"
                + text(dependency, "version"));
      }
      Set<String> missing = new TreeSet<>(jars);
      missing.removeAll(listed);
      Set<String> extra = new TreeSet<>(listed);
      extra.removeAll(jars);
      if (!missing.isEmpty()) {
        problems.add(
            entry.getKey() + " does not list " + missing + " (add them at ${project.version})");
      }
      if (!extra.isEmpty()) {
        problems.add(
            entry.getKey() + " lists " + extra + ", which are not published jars of this version");
      }
    }
    if (!found) {
      problems.add("no published BOM (an artifactId ending in -bom)");
    }
  }

  // ------------------------------------------------------------------------------- staged files

  /** One staged file: in a directory (snapshots) or in the bundle zip (releases). */
  private record Staged(Path file, ZipFile bundle, ZipEntry entry) {

    boolean hasEntryEndingWith(String suffix, String alternative) throws IOException {
      Path jar = file;
      Path copy = null;
      if (jar == null) {
        copy = Files.createTempFile("release-check", ".jar");
        try (var in = bundle.getInputStream(entry)) {
          Files.copy(in, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        jar = copy;
      }
      try (ZipFile zip = new ZipFile(jar.toFile())) {
        return zip.stream()
            .map(ZipEntry::getName)
            .anyMatch(n -> n.endsWith(suffix) || n.equals(alternative));
      } finally {
        if (copy != null) {
          Files.delete(copy);
        }
      }
    }
  }

  /** By artifactId, then file name. */
  private Map<String, Map<String, Staged>> staged(Path root, String groupId, String version)
      throws IOException {
    Map<String, Map<String, Staged>> result = new TreeMap<>();
    String prefix = groupId.replace('.', '/') + "/";
    Path bundle = root.resolve("target/central-publishing/central-bundle.zip");
    Path deferred = root.resolve("target/central-deferred");
    if (Files.isRegularFile(bundle)) {
      ZipFile zip = new ZipFile(bundle.toFile());
      zip.stream()
          .filter(e -> !e.isDirectory())
          .forEach(e -> add(result, prefix, e.getName(), new Staged(null, zip, e)));
    } else if (Files.isDirectory(deferred)) {
      try (Stream<Path> files = Files.walk(deferred, FileVisitOption.FOLLOW_LINKS)) {
        for (Path file : files.filter(Files::isRegularFile).toList()) {
          String relative = deferred.relativize(file).toString().replace('\\', '/');
          add(result, prefix, relative, new Staged(file, null, null));
        }
      }
    } else {
      problems.add(
          "nothing was staged: neither "
              + bundle
              + " nor "
              + deferred
              + " exists (did the release profile's central-publishing plugin run?)");
    }
    return result;
  }

  private static void add(
      Map<String, Map<String, Staged>> result, String prefix, String path, Staged staged) {
    String name = path.substring(path.lastIndexOf('/') + 1);
    if (!path.startsWith(prefix)
        || name.startsWith("maven-metadata")
        || NOT_ARTIFACTS.stream().anyMatch(name::endsWith)) {
      return;
    }
    String[] parts = path.substring(prefix.length()).split("/");
    if (parts.length != 3) {
      return;
    }
    result.computeIfAbsent(parts[0], k -> new TreeMap<>()).put(name, staged);
  }

  // ------------------------------------------------------------------------------------ the XML

  private static List<Element> projects(Path effective) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(false);
    Element root = factory.newDocumentBuilder().parse(effective.toFile()).getDocumentElement();
    if (root.getTagName().equals("project")) {
      return List.of(root);
    }
    return children(root, "project");
  }

  /** The reactor's root: the one parent of the others that has no parent itself. */
  private static Element root(List<Element> projects) {
    Set<String> parents = new TreeSet<>();
    for (Element project : projects) {
      String parent = text(project, "parent/artifactId");
      if (parent != null) {
        parents.add(parent);
      }
    }
    for (Element project : projects) {
      if (text(project, "parent/artifactId") == null
          && parents.contains(text(project, "artifactId"))) {
        return project;
      }
    }
    return projects.get(0);
  }

  private static String packaging(Element project) {
    String packaging = text(project, "packaging");
    return packaging == null ? "jar" : packaging;
  }

  /** The text at a slash-separated path of child elements, or null. */
  private static String text(Element element, String path) {
    Element current = element;
    for (String name : path.split("/")) {
      List<Element> next = children(current, name);
      if (next.isEmpty()) {
        return null;
      }
      current = next.get(0);
    }
    return current.getTextContent().trim();
  }

  private static List<Element> descendants(Element element, String... names) {
    List<Element> current = List.of(element);
    for (String name : names) {
      List<Element> next = new ArrayList<>();
      for (Element e : current) {
        next.addAll(children(e, name));
      }
      current = next;
    }
    return current;
  }

  private static List<Element> children(Element element, String name) {
    List<Element> result = new ArrayList<>();
    for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element child && child.getTagName().equals(name)) {
        result.add(child);
      }
    }
    return result;
  }
}
