package org.arabicnews.triples.events;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts of string values in bounded memory: it keeps the {@code cap} smallest distinct values (Java string order)
 * with their counts and drops larger ones.
 *
 * <p>Why this is exact and order-independent up to the cap: a value among the cap smallest of all values is never
 * dropped (at no point are there cap values smaller than it), so its count sums every occurrence, however a
 * runner splits and merges the input. With at most {@code cap} distinct values, which is the case for the labels,
 * codes, places and outlets of one event, every count is exact; beyond it, {@link #overflowed()} says so and the
 * kept values are still the same on every run.
 */
public final class BoundedCounts {
  private final int cap;
  private final TreeMap<String, Long> counts = new TreeMap<>();
  private boolean overflowed;

  public BoundedCounts(int cap) {
    this.cap = cap;
  }

  public BoundedCounts add(String value, long count) {
    if (value != null) {
      counts.merge(value, count, Long::sum);
      trim();
    }
    return this;
  }

  public BoundedCounts merge(BoundedCounts other) {
    other.counts.forEach((v, n) -> counts.merge(v, n, Long::sum));
    overflowed |= other.overflowed;
    trim();
    return this;
  }

  private void trim() {
    while (counts.size() > cap) {
      counts.pollLastEntry();
      overflowed = true;
    }
  }

  /** Distinct values kept: all of them unless {@link #overflowed()}. */
  public int distinct() {
    return counts.size();
  }

  /** Whether more than {@code cap} distinct values were added. */
  public boolean overflowed() {
    return overflowed;
  }

  /** Up to {@code n} values, most frequent first, ties to the smaller string. */
  public List<String> mostFrequent(int n) {
    List<Map.Entry<String, Long>> entries = new ArrayList<>(counts.entrySet());
    entries.sort(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
    List<String> top = new ArrayList<>(Math.min(n, entries.size()));
    for (int i = 0; i < Math.min(n, entries.size()); i++) {
      top.add(entries.get(i).getKey());
    }
    return top;
  }

  /** The most frequent value, or null when there is none. */
  public String mode() {
    List<String> top = mostFrequent(1);
    return top.isEmpty() ? null : top.get(0);
  }

  public void write(DataOutput out) throws IOException {
    out.writeInt(cap);
    out.writeBoolean(overflowed);
    out.writeInt(counts.size());
    for (Map.Entry<String, Long> e : counts.entrySet()) {
      DataIo.writeString(out, e.getKey());
      out.writeLong(e.getValue());
    }
  }

  public static BoundedCounts read(DataInput in) throws IOException {
    BoundedCounts c = new BoundedCounts(in.readInt());
    c.overflowed = in.readBoolean();
    int n = in.readInt();
    for (int i = 0; i < n; i++) {
      c.counts.put(DataIo.readString(in), in.readLong());
    }
    return c;
  }
}
