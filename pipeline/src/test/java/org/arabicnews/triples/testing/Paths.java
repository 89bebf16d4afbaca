package org.arabicnews.triples.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where tests find the project's test data and the shared read-only corpora. */
public final class Paths {
  private Paths() {}

  /** The repository root (the folder holding testdata/). */
  public static Path projectRoot() {
    String configured = System.getProperty("project.root");
    Path root = configured != null ? Path.of(configured) : Path.of("..");
    return root.toAbsolutePath().normalize();
  }

  public static Path testdata(String relative) {
    return projectRoot().resolve("testdata").resolve(relative);
  }

  /**
   * A path under ../shared; the calling test is skipped (not failed) when it is absent, as on a machine
   * without the shared corpora.
   */
  public static Path shared(String relative) {
    String configured = System.getProperty("shared.dir");
    Path shared = (configured != null ? Path.of(configured) : projectRoot().resolve("../shared")).toAbsolutePath()
        .normalize();
    Path path = shared.resolve(relative);
    assumeTrue(Files.exists(path), "shared data not present: " + path);
    return path;
  }
}
