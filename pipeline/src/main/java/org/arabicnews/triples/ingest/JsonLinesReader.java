package org.arabicnews.triples.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.arabicnews.triples.Excerpt;
import org.arabicnews.triples.Reason;

/** Reads a JSON Lines export: one JSON object per line, fields picked by a {@link FieldMapping}. */
public final class JsonLinesReader {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final FieldMapping fields;
  private final int maxChars;

  /** @param maxChars the longest line accepted; a longer one is rejected without being held whole */
  public JsonLinesReader(FieldMapping fields, int maxChars) {
    this.fields = fields;
    this.maxChars = maxChars;
  }

  public void read(InputStream in, String inputUri, RecordSink sink) {
    read(in, inputUri, FileSlice.WHOLE, sink);
  }

  /** Reads the lines of {@code slice}; {@code in} starts at the slice's first byte and ends with it. */
  public void read(InputStream in, String inputUri, FileSlice slice, RecordSink sink) {
    String fileLocator = slice.whole() ? "file" : "line:" + slice.firstLine();
    Decoding.Opened opened;
    BoundedLineReader lines = null;
    int outcomes = 0;
    try {
      opened = Decoding.open(in);
      if (opened.binary) {
        sink.reject(fileLocator, Reason.BINARY_CONTENT,
            "The file is not text: it has NUL bytes or more than one control byte in ten.", null);
        return;
      }
      lines = new BoundedLineReader(opened.reader, maxChars, slice.firstLine());
      while (lines.next()) {
        String line = lines.line();
        String locator = "line:" + lines.lineNumber();
        if (lines.tooLong()) {
          sink.reject(locator, Reason.RECORD_TOO_LARGE,
              "Line " + lines.lineNumber() + " is longer than --maxArticleChars=" + maxChars + " chars.",
              Excerpt.of(line));
          outcomes++;
        } else if (!line.isBlank()) {
          readLine(line, inputUri, locator, lines.lineNumber(), opened, sink);
          outcomes++;
        }
      }
    } catch (IOException e) {
      long read = lines == null ? slice.firstLine() - 1 : lines.lineNumber();
      Readers.rejectReadFailure(sink, "line:" + (read + 1), e, "past line " + read, null);
      return;
    }
    if (outcomes == 0 && slice.whole()) {
      sink.reject("file", Reason.EMPTY_RECORD,
          lines.lineNumber() == 0 ? "The file is empty." : "The file holds only blank lines.", null);
    }
  }

  private void readLine(String line, String inputUri, String locator, long lineNumber, Decoding.Opened opened,
      RecordSink sink) {
    JsonNode node;
    try {
      node = JSON.readTree(line);
    } catch (JsonProcessingException e) {
      sink.reject(locator, Reason.MALFORMED_JSON,
          "Line " + lineNumber + " is not valid JSON: " + e.getOriginalMessage(), Excerpt.of(line));
      return;
    }
    if (node == null || !node.isObject()) {
      sink.reject(locator, Reason.MALFORMED_JSON, "Line " + lineNumber + " is JSON but not an object.",
          Excerpt.of(line));
      return;
    }
    JsonNode text = at(node, fields.theirs("text"));
    if (text != null && !text.isNull() && !text.isTextual()) {
      sink.reject(locator, Reason.WRONG_TYPE, "Line " + lineNumber + ": field '" + fields.theirs("text")
          + "' (the article text) is a " + text.getNodeType().name().toLowerCase(Locale.ROOT) + ", not a string.",
          Excerpt.of(line));
      return;
    }
    if (text == null || text.isNull() || text.asText().isBlank()) {
      sink.reject(locator, Reason.MISSING_TEXT, "Line " + lineNumber + " has no text in field '"
          + fields.theirs("text") + "'; set --jsonFields=text=<field> if the export names it otherwise.",
          Excerpt.of(line));
      return;
    }
    List<String> flags = new ArrayList<>();
    opened.addFlags(line, flags);
    sink.accept(new InputRecord(
        inputUri,
        locator,
        InputFormat.JSONL,
        scalar(node, "id", flags),
        scalar(node, "title", flags),
        Readers.unifyLineEnds(text.asText()),
        scalar(node, "url", flags),
        scalar(node, "published", flags),
        scalar(node, "source", flags),
        flags));
  }

  /** An optional field as text; a container there is flagged and dropped rather than failing the record. */
  private String scalar(JsonNode node, String ours, List<String> flags) {
    JsonNode value = at(node, fields.theirs(ours));
    if (value == null || value.isNull()) {
      return null;
    }
    if (value.isContainerNode()) {
      flags.add("wrong_type:" + ours);
      return null;
    }
    String text = value.asText().strip();
    return text.isEmpty() ? null : text;
  }

  private static JsonNode at(JsonNode node, String dottedPath) {
    JsonNode current = node;
    for (String part : dottedPath.split("\\.")) {
      if (current == null || !current.isObject()) {
        return null;
      }
      current = current.get(part);
    }
    return current;
  }
}
