package org.arabicnews.triples.events;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.Arrays;
import java.util.function.LongPredicate;

/**
 * Which 64-bit keys (LSH buckets) occur at least twice, approximately, in fixed memory: two bitmaps of
 * {@link #BITS} bits indexed by the key's low bits, "seen" and "seen twice". No false negatives: a key added twice
 * always answers true. A key added once answers true only when another key shares its bit (probability about
 * {@code 1 - e^(-n / BITS)} for n keys: 5% at 900,000 keys, 100,000 articles), and then merely costs a shuffle.
 *
 * <p>Until it holds {@link #SPARSE_LIMIT} bits it keeps them as a list and allocates no bitmap: a Combine makes
 * one accumulator per bundle, and on the DirectRunner, with many small bundles each taking 4 MiB, they ran a 1 GB
 * heap out at 5,000 articles. Either way a bit counts as shared once it has been added twice, so merging is
 * order-independent: {@code twice = twice_a | twice_b | (seen_a & seen_b)}.
 */
public final class SharedKeys {
  /** Bits per bitmap: two bitmaps of 2 MiB. */
  public static final int BITS = 1 << 24;
  /** Bits held as a list before the bitmaps are allocated: 64 KiB. */
  public static final int SPARSE_LIMIT = 1 << 14;
  private static final int WORDS = BITS / Long.SIZE;

  /** Bits added while sparse, repeats included; null once the bitmaps hold them. */
  private int[] added = new int[16];
  private int size;
  private long[] seen;
  private long[] twice;

  public SharedKeys add(long key) {
    addBit((int) (key & (BITS - 1)));
    return this;
  }

  public SharedKeys merge(SharedKeys other) {
    if (other.added != null) {
      for (int i = 0; i < other.size; i++) {
        addBit(other.added[i]);
      }
      return this;
    }
    if (added != null) {
      allocateBitmaps();
    }
    for (int i = 0; i < WORDS; i++) {
      twice[i] |= other.twice[i] | (seen[i] & other.seen[i]);
      seen[i] |= other.seen[i];
    }
    return this;
  }

  /**
   * A lookup for many keys: false only for a key added at most once. It does not change this object, which may
   * be a side input other threads read too.
   */
  public LongPredicate sharedLookup() {
    if (added == null) {
      long[] bits = twice;
      return key -> {
        int bit = (int) (key & (BITS - 1));
        return (bits[bit >>> 6] & (1L << (bit & 63))) != 0;
      };
    }
    int[] sorted = Arrays.copyOf(added, size);
    Arrays.sort(sorted);
    int[] shared = new int[sorted.length];
    int count = 0;
    for (int i = 1; i < sorted.length; i++) {
      if (sorted[i] == sorted[i - 1] && (count == 0 || shared[count - 1] != sorted[i])) {
        shared[count++] = sorted[i];
      }
    }
    int[] sharedBits = Arrays.copyOf(shared, count);
    return key -> Arrays.binarySearch(sharedBits, (int) (key & (BITS - 1))) >= 0;
  }

  private void addBit(int bit) {
    if (added != null) {
      if (size < SPARSE_LIMIT) {
        if (size == added.length) {
          added = Arrays.copyOf(added, size * 2);
        }
        added[size++] = bit;
        return;
      }
      allocateBitmaps();
    }
    int word = bit >>> 6;
    long mask = 1L << (bit & 63);
    if ((seen[word] & mask) != 0) {
      twice[word] |= mask;
    } else {
      seen[word] |= mask;
    }
  }

  private void allocateBitmaps() {
    int[] bits = added;
    int count = size;
    added = null;
    size = 0;
    seen = new long[WORDS];
    twice = new long[WORDS];
    for (int i = 0; i < count; i++) {
      addBit(bits[i]);
    }
  }

  /** The list while sparse; then only the words that have a bit set, so a small run shuffles kilobytes. */
  public void write(DataOutput out) throws IOException {
    out.writeBoolean(added != null);
    if (added != null) {
      out.writeInt(size);
      for (int i = 0; i < size; i++) {
        out.writeInt(added[i]);
      }
      return;
    }
    writeSparse(out, seen);
    writeSparse(out, twice);
  }

  public static SharedKeys read(DataInput in) throws IOException {
    SharedKeys keys = new SharedKeys();
    if (in.readBoolean()) {
      int size = in.readInt();
      keys.added = new int[Math.max(16, size)];
      for (int i = 0; i < size; i++) {
        keys.added[i] = in.readInt();
      }
      keys.size = size;
      return keys;
    }
    keys.added = null;
    keys.seen = new long[WORDS];
    keys.twice = new long[WORDS];
    readSparse(in, keys.seen);
    readSparse(in, keys.twice);
    return keys;
  }

  private static void writeSparse(DataOutput out, long[] words) throws IOException {
    int used = 0;
    for (long w : words) {
      used += w != 0 ? 1 : 0;
    }
    out.writeInt(used);
    for (int i = 0; i < words.length; i++) {
      if (words[i] != 0) {
        out.writeInt(i);
        out.writeLong(words[i]);
      }
    }
  }

  private static void readSparse(DataInput in, long[] words) throws IOException {
    int used = in.readInt();
    for (int k = 0; k < used; k++) {
      words[in.readInt()] = in.readLong();
    }
  }
}
