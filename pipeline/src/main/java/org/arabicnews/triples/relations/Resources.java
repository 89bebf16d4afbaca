package org.arabicnews.triples.relations;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the tab-separated data files next to the relation classes. */
final class Resources {
  private Resources() {}

  /** The rows of {@code name}, comments ('#') and blank lines skipped; fails on a row with too few columns. */
  static List<String[]> rows(String name, int minColumns) {
    List<String[]> rows = new ArrayList<>();
    try (InputStream in = Resources.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      int number = 0;
      while ((line = reader.readLine()) != null) {
        number++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] row = line.split("\t", -1);
        if (row.length < minColumns) {
          throw new IllegalStateException(name + ":" + number + ": expected " + minColumns + " columns: " + line);
        }
        rows.add(row);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rows;
  }
}
