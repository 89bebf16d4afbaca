package org.arabicnews.triples.events;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/**
 * The values a relations row takes the most frequent of, and its outlets, counted over mentions in
 * {@link BoundedCounts}: shared by the per-cluster and the per-event accumulators.
 */
final class Tally {
  /** Distinct values kept per facet: far above what one event has. */
  static final int CAP = 64;
  /** Distinct outlets kept per event; num_sources saturates there. */
  static final int SOURCE_CAP = 1024;

  final BoundedCounts subjects = new BoundedCounts(CAP);
  final BoundedCounts objects = new BoundedCounts(CAP);
  final BoundedCounts cameoCodes = new BoundedCounts(CAP);
  final BoundedCounts plovers = new BoundedCounts(CAP);
  final BoundedCounts locations = new BoundedCounts(CAP);
  final BoundedCounts sources = new BoundedCounts(SOURCE_CAP);

  void add(Mention m) {
    subjects.add(m.subject(), 1);
    objects.add(m.object(), 1);
    cameoCodes.add(m.cameoCode(), 1);
    plovers.add(m.plover(), 1);
    locations.add(m.location(), 1);
    sources.add(m.sourceName(), 1);
  }

  void merge(Tally other) {
    subjects.merge(other.subjects);
    objects.merge(other.objects);
    cameoCodes.merge(other.cameoCodes);
    plovers.merge(other.plovers);
    locations.merge(other.locations);
    sources.merge(other.sources);
  }

  void write(DataOutput out) throws IOException {
    for (BoundedCounts c : new BoundedCounts[] {subjects, objects, cameoCodes, plovers, locations, sources}) {
      c.write(out);
    }
  }

  static Tally read(DataInput in) throws IOException {
    Tally t = new Tally();
    t.subjects.merge(BoundedCounts.read(in));
    t.objects.merge(BoundedCounts.read(in));
    t.cameoCodes.merge(BoundedCounts.read(in));
    t.plovers.merge(BoundedCounts.read(in));
    t.locations.merge(BoundedCounts.read(in));
    t.sources.merge(BoundedCounts.read(in));
    return t;
  }
}
