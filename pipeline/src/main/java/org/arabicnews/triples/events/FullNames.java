package org.arabicnews.triples.events;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The full name a person's leading name stands for across the run: «سلمان بن عبد العزيز» in one outlet's articles is
 * «سلمان بن عبد العزيز ال سعود» in another's, and no article writes both, so no in-article alias links them.
 *
 * <p>Per person key of at least {@link #MIN_WORDS} words, it counts the articles that write it, and for each of its
 * leading parts of at least {@link #MIN_WORDS} words the articles that write it as a longer name. A key K resolves
 * to a longer key E when:
 *
 * <ul>
 *   <li>at least {@link Aliases#MIN_VOTES} articles write a longer name starting with K;
 *   <li>at least {@link Aliases#MIN_SHARE} of those write E or a longer name starting with E (the rest are other
 *       people who share the leading part, or the name finder running past the name: «... حفظه الله»);
 *   <li>and at least as many articles write E as write K: the fuller form is the usual one. So a full name does
 *       not resolve to a longer, rarer key (the same name with a word of the sentence after it).
 * </ul>
 *
 * Among several such E, the one most articles cover wins (the shortest, as it covers its own extensions), then the
 * smaller string. A mutable accumulator: {@link #add} per article, {@link #merge}; its size grows with the number
 * of distinct person names of three words or more in the run.
 */
public final class FullNames {
  /** Fewest words of a name that can stand for a longer one: «محمد بن سلمان», not «محمد». */
  public static final int MIN_WORDS = 3;

  /** key → (the key itself or a longer key starting with it → articles writing that). */
  private final Map<String, Map<String, Long>> counts = new TreeMap<>();

  /** Counts one article's distinct person keys. */
  public FullNames add(Collection<String> personKeys) {
    for (String key : new TreeSet<>(personKeys)) {
      String[] words = key.split(" ");
      if (words.length < MIN_WORDS) {
        continue;
      }
      count(key, key, 1);
      StringBuilder prefix = new StringBuilder(words[0]);
      for (int i = 1; i < words.length - 1; i++) {
        prefix.append(' ').append(words[i]);
        if (i + 1 >= MIN_WORDS) {
          count(prefix.toString(), key, 1);
        }
      }
    }
    return this;
  }

  public FullNames merge(FullNames other) {
    other.counts.forEach((k, m) -> m.forEach((e, n) -> count(k, e, n)));
    return this;
  }

  /** The full name {@code key} stands for, or {@code key} itself. */
  public String resolve(String key) {
    Map<String, Long> m = counts.get(key);
    if (m == null || m.size() < 2) {
      return key;
    }
    long self = m.getOrDefault(key, 0L);
    long longer = 0;
    for (Map.Entry<String, Long> e : m.entrySet()) {
      if (!e.getKey().equals(key)) {
        longer += e.getValue();
      }
    }
    if (longer < Aliases.MIN_VOTES) {
      return key;
    }
    String best = null;
    long bestCover = 0;
    for (String candidate : m.keySet()) {
      if (candidate.equals(key) || m.get(candidate) < self) {
        continue;
      }
      long cover = 0;
      for (Map.Entry<String, Long> e : m.entrySet()) {
        if (e.getKey().equals(candidate) || e.getKey().startsWith(candidate + " ")) {
          cover += e.getValue();
        }
      }
      if (cover > bestCover) {
        best = candidate;
        bestCover = cover;
      }
    }
    return best != null && bestCover >= Aliases.MIN_SHARE * longer ? best : key;
  }

  /**
   * Whether {@code person} is a longer form of {@code key} that fewer articles write than {@code key} itself: the
   * name finder running on past the name («... ال سعود حرص»), which an alias may carry to other articles. Such a
   * key is never the one {@code key} resolves to.
   */
  public boolean isRarerLongerForm(String key, String person) {
    Map<String, Long> m = counts.get(key);
    return m != null && person.startsWith(key + " ") && m.getOrDefault(person, 0L) < m.getOrDefault(key, 0L);
  }

  private void count(String key, String written, long n) {
    counts.computeIfAbsent(key, k -> new TreeMap<>()).merge(written, n, Long::sum);
  }

  public void write(DataOutput out) throws IOException {
    out.writeInt(counts.size());
    for (Map.Entry<String, Map<String, Long>> k : counts.entrySet()) {
      DataIo.writeString(out, k.getKey());
      out.writeInt(k.getValue().size());
      for (Map.Entry<String, Long> e : k.getValue().entrySet()) {
        DataIo.writeString(out, e.getKey());
        out.writeLong(e.getValue());
      }
    }
  }

  public static FullNames read(DataInput in) throws IOException {
    FullNames names = new FullNames();
    int keys = in.readInt();
    for (int i = 0; i < keys; i++) {
      String key = DataIo.readString(in);
      int n = in.readInt();
      for (int j = 0; j < n; j++) {
        names.count(key, DataIo.readString(in), in.readLong());
      }
    }
    return names;
  }
}
