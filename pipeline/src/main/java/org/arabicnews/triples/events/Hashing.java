package org.arabicnews.triples.events;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** 64-bit hashes that are the same on every JVM and every run (no {@code String.hashCode}, no random seeds). */
final class Hashing {
  private Hashing() {}

  /** SplitMix64's finalizer: a bijection on 64-bit values that spreads every input bit over the output. */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }

  /** FNV-1a over the chars of {@code s}, finished with {@link #mix}. */
  static long of(CharSequence s) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < s.length(); i++) {
      h ^= s.charAt(i);
      h *= 0x100000001b3L;
    }
    return mix(h);
  }

  /** The first 64 bits of SHA-256 over the UTF-8 bytes of {@code s}: for keys where collisions must not happen. */
  static long sha256(String s) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
      long h = 0;
      for (int i = 0; i < 8; i++) {
        h = (h << 8) | (d[i] & 0xff);
      }
      return h;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
