package org.arabicnews.triples.events;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/**
 * What one duplicate cluster (an article and its copies) says about one event: how many mentions, the best
 * confidence among them (copies and repeated sentences are not independent evidence), when it was seen, and the
 * {@link Tally} of its labels, codes, places and outlets. A mutable accumulator whose size is bounded;
 * {@link #add} and {@link #merge} are order-independent.
 */
public final class ClusterReport {
  private String clusterId;
  private long mentions;
  private double maxConfidence;
  private String firstSeen;
  private String lastSeen;
  private Tally tally = new Tally();

  public ClusterReport add(Mention m) {
    clusterId = Bounded.min(clusterId, m.clusterId());
    mentions++;
    maxConfidence = Math.max(maxConfidence, m.confidence());
    firstSeen = Bounded.min(firstSeen, m.seen());
    lastSeen = Bounded.max(lastSeen, m.seen());
    tally.add(m);
    return this;
  }

  public ClusterReport merge(ClusterReport other) {
    clusterId = Bounded.min(clusterId, other.clusterId);
    mentions += other.mentions;
    maxConfidence = Math.max(maxConfidence, other.maxConfidence);
    firstSeen = Bounded.min(firstSeen, other.firstSeen);
    lastSeen = Bounded.max(lastSeen, other.lastSeen);
    tally.merge(other.tally);
    return this;
  }

  public String clusterId() {
    return clusterId;
  }

  public long mentions() {
    return mentions;
  }

  public double maxConfidence() {
    return maxConfidence;
  }

  public String firstSeen() {
    return firstSeen;
  }

  public String lastSeen() {
    return lastSeen;
  }

  Tally tally() {
    return tally;
  }

  public void write(DataOutput out) throws IOException {
    DataIo.writeString(out, clusterId);
    out.writeLong(mentions);
    out.writeDouble(maxConfidence);
    DataIo.writeString(out, firstSeen);
    DataIo.writeString(out, lastSeen);
    tally.write(out);
  }

  public static ClusterReport read(DataInput in) throws IOException {
    ClusterReport r = new ClusterReport();
    r.clusterId = DataIo.readString(in);
    r.mentions = in.readLong();
    r.maxConfidence = in.readDouble();
    r.firstSeen = DataIo.readString(in);
    r.lastSeen = DataIo.readString(in);
    r.tally = Tally.read(in);
    return r;
  }
}
