package org.arabicnews.triples.relations;

import java.util.HashMap;
import java.util.Map;

/**
 * CAMEO event codes mapped to PLOVER categories, from {@code cameo-plover.tsv} (derived from the PLOVER
 * project's CAMEO2PLOVER-2021 table, CC BY-SA 4.0; see NOTICE).
 */
public final class CameoPlover {
  /** A PLOVER coding: category (CONSULT), mode (phone, visit; "" when none) and context ("" when none). */
  public record Plover(String category, String mode, String context) {}

  private static final String RESOURCE = "cameo-plover.tsv";

  private final Map<String, Plover> byCode = new HashMap<>();

  private CameoPlover() {}

  public static CameoPlover load() {
    CameoPlover table = new CameoPlover();
    for (String[] row : Resources.rows(RESOURCE, 4)) {
      table.byCode.put(row[0].trim(), new Plover(row[1].trim(), row[2].trim(), row[3].trim()));
    }
    return table;
  }

  /** The PLOVER coding of a CAMEO code, or null for null or an unknown code. */
  public Plover plover(String cameoCode) {
    return cameoCode == null ? null : byCode.get(cameoCode);
  }

  /** The PLOVER category of a CAMEO code, or null. */
  public String category(String cameoCode) {
    Plover plover = plover(cameoCode);
    return plover == null ? null : plover.category();
  }
}
