package org.arabicnews.triples.events;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/** Order-independent merges with bounded results: null-tolerant min and max, and the k smallest distinct values. */
final class Bounded {
  private Bounded() {}

  static String min(String a, String b) {
    return a == null ? b : b == null ? a : a.compareTo(b) <= 0 ? a : b;
  }

  static String max(String a, String b) {
    return a == null ? b : b == null ? a : a.compareTo(b) >= 0 ? a : b;
  }

  /** The {@code k} smallest distinct values of both lists, sorted. */
  static List<String> smallest(List<String> a, List<String> b, int k) {
    TreeSet<String> all = new TreeSet<>(a);
    all.addAll(b);
    List<String> kept = new ArrayList<>(k);
    for (String s : all) {
      if (kept.size() == k) {
        break;
      }
      kept.add(s);
    }
    return kept;
  }
}
