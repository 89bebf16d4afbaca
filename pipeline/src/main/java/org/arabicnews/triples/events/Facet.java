package org.arabicnews.triples.events;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.io.Serializable;
import java.util.Comparator;

/**
 * A value a relation row takes the most frequent of (its subject and object labels, CAMEO code, PLOVER
 * category, locations), with how many mentions give it.
 *
 * <p>Rule: more mentions first; among equally frequent values, the smaller string (Java order), so the choice is
 * the same on every run.
 */
public record Facet(String value, long count) {
  /** The kinds of facet and how many values of each the row keeps. */
  public enum Kind {
    SUBJECT_LABEL(1), OBJECT_LABEL(1), CAMEO(1), PLOVER(1), LOCATION(5);

    private final int kept;

    Kind(int kept) {
      this.kept = kept;
    }

    public int kept() {
      return kept;
    }
  }

  /** Orders facets so that the most frequent is the greatest (as Top-k transforms expect). */
  public static final class Frequency implements Comparator<Facet>, Serializable {
    private static final long serialVersionUID = 1L;

    @Override
    public int compare(Facet a, Facet b) {
      int byCount = Long.compare(a.count, b.count);
      return byCount != 0 ? byCount : b.value.compareTo(a.value);
    }
  }

  public void write(DataOutput out) throws IOException {
    DataIo.writeString(out, value);
    out.writeLong(count);
  }

  public static Facet read(DataInput in) throws IOException {
    return new Facet(DataIo.readString(in), in.readLong());
  }

  /** The facet values of a canonical-order mention, by kind; null where the mention has none. */
  public static String valueOf(Kind kind, Mention m) {
    return switch (kind) {
      case SUBJECT_LABEL -> m.subject();
      case OBJECT_LABEL -> m.object();
      case CAMEO -> m.cameoCode();
      case PLOVER -> m.plover();
      case LOCATION -> m.location();
    };
  }
}
