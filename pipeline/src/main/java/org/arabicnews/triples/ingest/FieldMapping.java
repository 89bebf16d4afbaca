package org.arabicnews.triples.ingest;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Which field of an export holds each of ours, parsed from {@code ours=theirs} pairs separated by commas,
 * e.g. {@code text=content,published=date_extracted}. In JSON a nested field is named by a dotted path
 * ({@code text=body.plain}); in CSV the name is a header column's. Fields not named keep their defaults.
 */
public final class FieldMapping implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Our fields; {@code text} is the only one a record cannot lack. */
  public static final Set<String> FIELDS = Set.of("id", "title", "text", "url", "published", "source");

  /** Fits the SaudiNewsNet JSON Lines export. */
  public static final String DEFAULT =
      "id=id,title=title,text=content,url=url,published=date_extracted,source=source";

  private final Map<String, String> theirs;

  private FieldMapping(Map<String, String> theirs) {
    this.theirs = theirs;
  }

  public static FieldMapping parse(String spec) {
    return parse(spec, "jsonFields");
  }

  /** Parses {@code spec}; errors name the option {@code --<option>}. */
  public static FieldMapping parse(String spec, String option) {
    Map<String, String> map = new LinkedHashMap<>();
    for (String pair : DEFAULT.split(",")) {
      String[] kv = pair.split("=", 2);
      map.put(kv[0], kv[1]);
    }
    if (spec != null && !spec.isBlank()) {
      for (String pair : spec.split(",")) {
        String[] kv = pair.split("=", 2);
        if (kv.length != 2 || kv[0].isBlank() || kv[1].isBlank()) {
          throw new IllegalArgumentException(
              "Bad --" + option + " entry '" + pair.trim() + "': write ours=theirs, e.g. text=content.");
        }
        String ours = kv[0].trim();
        if (!FIELDS.contains(ours)) {
          throw new IllegalArgumentException(
              "Bad --" + option + " entry '" + pair.trim() + "': '" + ours + "' is not one of " + FIELDS + ".");
        }
        map.put(ours, kv[1].trim());
      }
    }
    return new FieldMapping(map);
  }

  /** The export's name (or dotted path) for our field. */
  public String theirs(String ours) {
    return theirs.get(ours);
  }

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder();
    theirs.forEach((k, v) -> s.append(s.length() == 0 ? "" : ",").append(k).append('=').append(v));
    return s.toString();
  }
}
