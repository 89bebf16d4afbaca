package org.arabicnews.triples.events;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/**
 * Which 64-bit keys (LSH buckets) occur at least twice, approximately, in fixed memory: two bitmaps of
 * {@link #BITS} bits indexed by the key's low bits, "seen" and "seen twice". No false negatives: a key added twice
 * always answers true. A key added once answers true only when another key shares its bit (probability about
 * {@code 1 - e^(-n / BITS)} for n keys: 5% at 900,000 keys, 100,000 articles), and then merely costs a shuffle.
 *
 * <p>Merging is order-independent: {@code twice = twice_a | twice_b | (seen_a & seen_b)}.
 */
public final class SharedKeys {
  /** Bits per bitmap: two bitmaps of 2 MiB. */
  public static final int BITS = 1 << 24;
  private static final int WORDS = BITS / Long.SIZE;

  private final long[] seen = new long[WORDS];
  private final long[] twice = new long[WORDS];

  public SharedKeys add(long key) {
    int bit = (int) (key & (BITS - 1));
    int word = bit >>> 6;
    long mask = 1L << (bit & 63);
    if ((seen[word] & mask) != 0) {
      twice[word] |= mask;
    } else {
      seen[word] |= mask;
    }
    return this;
  }

  public SharedKeys merge(SharedKeys other) {
    for (int i = 0; i < WORDS; i++) {
      twice[i] |= other.twice[i] | (seen[i] & other.seen[i]);
      seen[i] |= other.seen[i];
    }
    return this;
  }

  /** False only for a key added at most once. */
  public boolean mightBeShared(long key) {
    int bit = (int) (key & (BITS - 1));
    return (twice[bit >>> 6] & (1L << (bit & 63))) != 0;
  }

  /** Sparse: only the words that have a bit set, so a small run shuffles kilobytes, not 4 MiB. */
  public void write(DataOutput out) throws IOException {
    writeSparse(out, seen);
    writeSparse(out, twice);
  }

  public static SharedKeys read(DataInput in) throws IOException {
    SharedKeys keys = new SharedKeys();
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
