package org.arabicnews.triples.ingest;

import java.util.List;

/**
 * One record of an input file, as decoded: a scraped page, or one article of an export.
 *
 * @param inputUri the file
 * @param locator where in the file ("page", "line:N", "row:N")
 * @param format the format it was read as
 * @param recordId the export's own id, or null
 * @param title the export's title field, or null (a page's title is found by segmentation)
 * @param body the page, or the export's text field
 * @param url the export's url field, or null
 * @param published the export's date field, or null
 * @param sourceName the export's source field, or null
 * @param flags notes on the read, e.g. "invalid_utf8_replaced", "decoded_windows_1256"
 */
public record InputRecord(
    String inputUri,
    String locator,
    InputFormat format,
    String recordId,
    String title,
    String body,
    String url,
    String published,
    String sourceName,
    List<String> flags) {
  public InputRecord {
    flags = List.copyOf(flags);
  }
}
