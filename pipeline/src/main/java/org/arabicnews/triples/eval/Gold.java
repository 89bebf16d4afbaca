package org.arabicnews.triples.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Hand annotations of the text layer (testdata/annotations/text, described in its README.md): ids and offsets only, never
 * copied text.
 */
public final class Gold {
  public static final String SENTENCES = "sentence-boundaries.tsv";
  public static final String CLITICS = "clitic-splits.tsv";

  private Gold() {}

  /** One annotated word: its offsets in the document and its clitics in match form ("" for none). */
  public record CliticSplit(String doc, int start, int end, String proclitic, String enclitic) {}

  /** Sentence end offsets (all but the document's last sentence) by document key. */
  public static Map<String, List<Integer>> sentenceEnds(Path dir) throws IOException {
    Map<String, List<Integer>> ends = new LinkedHashMap<>();
    for (String[] cols : rows(dir.resolve(SENTENCES))) {
      List<Integer> offsets = new ArrayList<>();
      for (String offset : cols[1].split(" ")) {
        offsets.add(Integer.parseInt(offset));
      }
      ends.put(cols[0], offsets);
    }
    return ends;
  }

  public static List<CliticSplit> clitics(Path dir) throws IOException {
    List<CliticSplit> splits = new ArrayList<>();
    for (String[] cols : rows(dir.resolve(CLITICS))) {
      splits.add(new CliticSplit(cols[0], Integer.parseInt(cols[1]), Integer.parseInt(cols[2]), none(cols[3]),
          none(cols[4])));
    }
    return splits;
  }

  /** Every document either annotation file uses. */
  public static Set<String> documentKeys(Path dir) throws IOException {
    Set<String> keys = new TreeSet<>(sentenceEnds(dir).keySet());
    clitics(dir).forEach(split -> keys.add(split.doc()));
    return keys;
  }

  private static String none(String field) {
    return field.equals("-") ? "" : field;
  }

  private static List<String[]> rows(Path file) throws IOException {
    List<String[]> rows = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (!line.isBlank() && !line.startsWith("#")) {
        rows.add(line.split("\t", -1));
      }
    }
    return rows;
  }
}
