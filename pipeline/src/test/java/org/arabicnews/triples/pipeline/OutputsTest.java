package org.arabicnews.triples.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputsTest {
  @TempDir Path dir;

  @Test
  void datePlaceholderTakesTheRunDate() {
    assertEquals("gs://b/facts/2026-11-29/", Outputs.resolve("gs://b/facts/{date}/", "2026-11-29"));
    assertEquals("out", Outputs.resolve("out", "2026-11-29"));
  }

  @Test
  void badRunDateNamesTheFormat() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Outputs.resolve("out/{date}", "29/11/2026"));
    assertEquals("--runDate=29/11/2026 is not a date; write it as yyyy-MM-dd.", e.getMessage());
  }

  @Test
  void missingOrUnrelatedDirectoryIsFine() throws IOException {
    Outputs.prepare(dir.resolve("new").toString(), false);
    Files.writeString(dir.resolve("notes.txt"), "not ours");
    Outputs.prepare(dir.toString(), false);
    assertTrue(Files.exists(dir.resolve("notes.txt")));
  }

  @Test
  void previousRunIsRefused_orClearedWithOverwrite() throws IOException {
    Files.createDirectories(dir.resolve("triples"));
    Files.writeString(dir.resolve("triples/part-00000-of-00004.parquet"), "x");
    Files.writeString(dir.resolve("_SUCCESS"), "");
    Files.writeString(dir.resolve("notes.txt"), "not ours");

    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Outputs.prepare(dir.toString(), false));
    assertTrue(e.getMessage().contains("Pass --overwrite"), e.getMessage());
    assertTrue(Files.exists(dir.resolve("_SUCCESS")));

    Outputs.prepare(dir.toString(), true);
    assertFalse(Files.exists(dir.resolve("_SUCCESS")));
    assertFalse(Files.exists(dir.resolve("triples/part-00000-of-00004.parquet")));
    assertTrue(Files.exists(dir.resolve("notes.txt")));
  }
}
