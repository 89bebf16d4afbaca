package org.arabicnews.triples;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Row ids that depend only on what identifies the row, so reruns over the same input give the same ids. */
public final class StableId {
  private static final char SEPARATOR = '\u001f';

  private StableId() {}

  /** The first 16 hex digits (64 bits) of SHA-256 over the parts, joined by a unit separator. */
  public static String of(Object... parts) {
    MessageDigest sha;
    try {
      sha = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
    for (int i = 0; i < parts.length; i++) {
      if (i > 0) {
        sha.update((byte) SEPARATOR);
      }
      sha.update(String.valueOf(parts[i]).getBytes(StandardCharsets.UTF_8));
    }
    return HexFormat.of().formatHex(sha.digest(), 0, 8);
  }
}
