package org.arabicnews.triples.events;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * One event over all the clusters that report it. A mutable accumulator of {@link ClusterReport}s whose size is
 * bounded: counters, first and last seen, and at most {@link #MAX_SAMPLES} sample articles.
 *
 * <p>Rules:
 *
 * <ul>
 *   <li>{@code num_articles} counts clusters: an article and its duplicates count once.
 *   <li>The confidence is the {@link NoisyOr} of the clusters' best confidences: distinct write-ups are
 *       independent reports, copies are not.
 *   <li>The samples are the representatives of the clusters that reported the event first (earliest
 *       publication, then smallest article id), so they are the same on every run.
 * </ul>
 */
public final class EventStats {
  public static final int MAX_SAMPLES = 5;
  private static final String UNKNOWN_TIME = "~";

  private long mentions;
  private long clusters;
  private long evidence;
  private String firstSeen;
  private String lastSeen;
  /** {@code <first seen>|<cluster id>}, sorted, at most MAX_SAMPLES. */
  private List<String> samples = new ArrayList<>();

  public EventStats add(ClusterReport r) {
    mentions += r.mentions();
    clusters++;
    evidence += NoisyOr.evidence(r.maxConfidence());
    firstSeen = Bounded.min(firstSeen, r.firstSeen());
    lastSeen = Bounded.max(lastSeen, r.lastSeen());
    String sample = (r.firstSeen() == null ? UNKNOWN_TIME : r.firstSeen()) + "|" + r.clusterId();
    samples = Bounded.smallest(samples, List.of(sample), MAX_SAMPLES);
    return this;
  }

  public EventStats merge(EventStats other) {
    mentions += other.mentions;
    clusters += other.clusters;
    evidence += other.evidence;
    firstSeen = Bounded.min(firstSeen, other.firstSeen);
    lastSeen = Bounded.max(lastSeen, other.lastSeen);
    samples = Bounded.smallest(samples, other.samples, MAX_SAMPLES);
    return this;
  }

  public long mentions() {
    return mentions;
  }

  /** Distinct duplicate clusters: num_articles. */
  public long articles() {
    return clusters;
  }

  public double confidence() {
    return NoisyOr.confidence(evidence);
  }

  public String firstSeen() {
    return firstSeen;
  }

  public String lastSeen() {
    return lastSeen;
  }

  /** Representative article ids of the earliest clusters, earliest first. */
  public List<String> sampleArticleIds() {
    List<String> ids = new ArrayList<>(samples.size());
    for (String s : samples) {
      ids.add(s.substring(s.lastIndexOf('|') + 1));
    }
    return ids;
  }

  public void write(DataOutput out) throws IOException {
    out.writeLong(mentions);
    out.writeLong(clusters);
    out.writeLong(evidence);
    DataIo.writeString(out, firstSeen);
    DataIo.writeString(out, lastSeen);
    out.writeInt(samples.size());
    for (String s : samples) {
      DataIo.writeString(out, s);
    }
  }

  public static EventStats read(DataInput in) throws IOException {
    EventStats s = new EventStats();
    s.mentions = in.readLong();
    s.clusters = in.readLong();
    s.evidence = in.readLong();
    s.firstSeen = DataIo.readString(in);
    s.lastSeen = DataIo.readString(in);
    int n = in.readInt();
    for (int i = 0; i < n; i++) {
      s.samples.add(DataIo.readString(in));
    }
    return s;
  }
}
