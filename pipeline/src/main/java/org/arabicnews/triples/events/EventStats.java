package org.arabicnews.triples.events;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * One event over all the clusters that report it. A mutable accumulator of {@link ClusterReport}s whose size is
 * bounded: counters, first and last seen, at most {@link #MAX_SAMPLES} sample articles, and {@link BoundedCounts}
 * of labels, codes, places and outlets.
 *
 * <p>Rules:
 *
 * <ul>
 *   <li>{@code num_articles} counts clusters: an article and its duplicates count once.
 *   <li>The confidence is the {@link NoisyOr} of the clusters' best confidences: distinct write-ups are
 *       independent reports, copies are not.
 *   <li>The samples are the representatives of the clusters that reported the event first (earliest
 *       publication, then smallest article id), so they are the same on every run.
 *   <li>Labels, CAMEO code and PLOVER category are the most frequent value over all mentions (ties: the smaller
 *       string); locations the {@link #MAX_LOCATIONS} most frequent; {@code num_sources} counts distinct outlets
 *       over all mentions, copies included (a syndicated story counts once per outlet that ran it).
 * </ul>
 */
public final class EventStats {
  public static final int MAX_SAMPLES = 5;
  public static final int MAX_LOCATIONS = 5;
  private static final String UNKNOWN_TIME = "~";

  private long mentions;
  private long clusters;
  private long evidence;
  private String firstSeen;
  private String lastSeen;
  /** {@code <first seen>|<cluster id>}, sorted, at most MAX_SAMPLES. */
  private List<String> samples = new ArrayList<>();
  private Tally tally = new Tally();

  public EventStats add(ClusterReport r) {
    mentions += r.mentions();
    clusters++;
    evidence += NoisyOr.evidence(r.maxConfidence());
    firstSeen = Bounded.min(firstSeen, r.firstSeen());
    lastSeen = Bounded.max(lastSeen, r.lastSeen());
    String sample = (r.firstSeen() == null ? UNKNOWN_TIME : r.firstSeen()) + "|" + r.clusterId();
    samples = Bounded.smallest(samples, List.of(sample), MAX_SAMPLES);
    tally.merge(r.tally());
    return this;
  }

  public EventStats merge(EventStats other) {
    mentions += other.mentions;
    clusters += other.clusters;
    evidence += other.evidence;
    firstSeen = Bounded.min(firstSeen, other.firstSeen);
    lastSeen = Bounded.max(lastSeen, other.lastSeen);
    samples = Bounded.smallest(samples, other.samples, MAX_SAMPLES);
    tally.merge(other.tally);
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

  public String subjectLabel() {
    return tally.subjects.mode();
  }

  public String objectLabel() {
    return tally.objects.mode();
  }

  public String cameoCode() {
    return tally.cameoCodes.mode();
  }

  public String plover() {
    return tally.plovers.mode();
  }

  public List<String> locations() {
    return tally.locations.mostFrequent(MAX_LOCATIONS);
  }

  /** Distinct outlets: num_sources. */
  public long sources() {
    return tally.sources.distinct();
  }

  /** Whether an event had more distinct values of some kind than the accumulator keeps. */
  public boolean overflowed() {
    return tally.subjects.overflowed() || tally.objects.overflowed() || tally.cameoCodes.overflowed()
        || tally.plovers.overflowed() || tally.locations.overflowed() || tally.sources.overflowed();
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
    tally.write(out);
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
    s.tally = Tally.read(in);
    return s;
  }
}
