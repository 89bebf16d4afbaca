package org.arabicnews.triples.entities;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

/**
 * Word classes learned from unlabeled news (written by {@code ner.BuildWordClusters}): for each word, its class
 * in each of a few clusterings of different sizes. Words in one class occur in like contexts, so a name the
 * tagger's training data never shows shares a class with names it does show.
 */
public final class WordClusters {
  public static final String RESOURCE = "/org/arabicnews/triples/entities/ner/word-clusters.tsv";

  private final Map<String, int[]> classes;
  private final String fingerprint;

  WordClusters(Map<String, int[]> classes, String fingerprint) {
    this.classes = classes;
    this.fingerprint = fingerprint;
  }

  /** The committed table, read on first use. */
  public static WordClusters shared() {
    return Shared.INSTANCE;
  }

  private static final class Shared {
    static final WordClusters INSTANCE = committed();
  }

  private static WordClusters committed() {
    try (InputStream in = WordClusters.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("word clusters missing: " + RESOURCE);
      }
      byte[] bytes = in.readAllBytes();
      Map<String, int[]> classes = new HashMap<>();
      try (BufferedReader reader = new BufferedReader(
          new InputStreamReader(new java.io.ByteArrayInputStream(bytes), StandardCharsets.UTF_8))) {
        reader.readLine();
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
          String[] fields = line.split("\t");
          int[] ids = new int[fields.length - 1];
          for (int k = 1; k < fields.length; k++) {
            ids[k - 1] = Integer.parseInt(fields[k]);
          }
          classes.put(fields[0], ids);
        }
      }
      return new WordClusters(classes, HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes))
          .substring(0, 16));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The word's class in each clustering, or null for a word the table does not have. */
  public int[] of(String word) {
    return classes.get(word);
  }

  /** Hash of the table. */
  public String fingerprint() {
    return fingerprint;
  }
}
