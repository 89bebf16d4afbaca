package org.arabicnews.triples.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.arabicnews.triples.Excerpt;
import org.arabicnews.triples.Reason;

/**
 * Reads a CSV export (RFC 4180): a header row naming the columns, then one article per row. Fields are
 * separated by commas; a field in double quotes may hold commas, line breaks and doubled quotes (""). Records
 * end with \r\n, \n or \r. Columns are picked by a {@link FieldMapping} over the header names (exact, else
 * ignoring case).
 *
 * <p>A row's locator is {@code row:N}, N counted as a spreadsheet shows it: the header is row 1. A row that
 * breaks the format (text after a closing quote, a quote that never closes, a field count other than the
 * header's) is rejected as {@code malformed_csv}; reading resumes at the next line. A quote that never closes
 * takes the rest of the file with it, as in every CSV reader. No row is held beyond {@code maxChars}.
 */
public final class CsvReader {
  private static final char QUOTE = '"';
  private static final char SEPARATOR = ',';

  private final FieldMapping fields;
  private final int maxChars;

  public CsvReader(FieldMapping fields, int maxChars) {
    this.fields = fields;
    this.maxChars = maxChars;
  }

  public void read(InputStream in, String inputUri, RecordSink sink) {
    Parser parser = null;
    long rows = 0;
    try {
      Decoding.Opened opened = Decoding.open(in);
      if (opened.binary) {
        sink.reject("file", Reason.BINARY_CONTENT,
            "The file is not text: it has NUL bytes or more than one control byte in ten.", null);
        return;
      }
      parser = new Parser(opened.reader, maxChars);
      Row header = parser.next();
      if (header == null) {
        sink.reject("file", Reason.EMPTY_RECORD, "The file is empty.", null);
        return;
      }
      if (header.error != null || header.tooLarge) {
        sink.reject("row:1", Reason.MALFORMED_CSV, "The header row (line 1) cannot be read: "
            + (header.error != null ? header.error : "it is longer than --maxArticleChars") + ".", null);
        return;
      }
      Map<String, Integer> columns = columns(header.fields);
      Integer textColumn = column(columns, fields.theirs("text"));
      if (textColumn == null) {
        sink.reject("file", Reason.MISSING_TEXT, "The header has no column '" + fields.theirs("text")
            + "' for the article text; its columns are " + header.fields + ". Set --csvFields=text=<column>.",
            Excerpt.of(String.join(",", header.fields)));
        return;
      }
      Row row;
      while ((row = parser.next()) != null) {
        rows++;
        String locator = "row:" + (rows + 1);
        String where = "Row " + (rows + 1) + " (line " + row.line + ")";
        if (row.error != null) {
          sink.reject(locator, Reason.MALFORMED_CSV, where + ": " + row.error + ".", Excerpt.of(row.excerpt()));
        } else if (row.tooLarge) {
          sink.reject(locator, Reason.RECORD_TOO_LARGE,
              where + " is longer than --maxArticleChars=" + maxChars + " chars.", Excerpt.of(row.excerpt()));
        } else if (row.fields.size() != header.fields.size()) {
          sink.reject(locator, Reason.MALFORMED_CSV, where + " has " + row.fields.size() + " fields; the header has "
              + header.fields.size() + ".", Excerpt.of(row.excerpt()));
        } else if (row.fields.get(textColumn).isBlank()) {
          sink.reject(locator, Reason.MISSING_TEXT, where + " has no text in column '" + fields.theirs("text") + "'.",
              Excerpt.of(row.excerpt()));
        } else {
          List<String> flags = new ArrayList<>();
          opened.addFlags(row.excerpt(), flags);
          sink.accept(new InputRecord(inputUri, locator, InputFormat.CSV,
              field(row, columns, "id"), field(row, columns, "title"),
              Readers.unifyLineEnds(row.fields.get(textColumn)),
              field(row, columns, "url"), field(row, columns, "published"), field(row, columns, "source"), flags));
        }
      }
      if (rows == 0) {
        sink.reject("file", Reason.EMPTY_RECORD, "The file has a header but no rows.", null);
      }
    } catch (IOException e) {
      Readers.rejectReadFailure(sink, "row:" + (rows + 2), e, "past row " + (rows + 1), null);
    }
  }

  private static Map<String, Integer> columns(List<String> header) {
    Map<String, Integer> columns = new HashMap<>();
    for (int i = header.size() - 1; i >= 0; i--) {
      columns.put(header.get(i).strip(), i);
    }
    return columns;
  }

  private static Integer column(Map<String, Integer> columns, String name) {
    Integer exact = columns.get(name);
    if (exact != null) {
      return exact;
    }
    for (Map.Entry<String, Integer> c : columns.entrySet()) {
      if (c.getKey().toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))) {
        return c.getValue();
      }
    }
    return null;
  }

  private String field(Row row, Map<String, Integer> columns, String ours) {
    Integer i = column(columns, fields.theirs(ours));
    if (i == null) {
      return null;
    }
    String value = row.fields.get(i).strip();
    return value.isEmpty() ? null : value;
  }

  /** One record as parsed: its fields, or why it could not be. */
  private static final class Row {
    final List<String> fields = new ArrayList<>();
    long line;
    String error;
    boolean tooLarge;

    String excerpt() {
      return String.join(",", fields);
    }
  }

  /** An RFC 4180 record parser that holds at most {@code maxChars} chars of a record. */
  private static final class Parser {
    private final BufferedChars in;
    private final int maxChars;
    private long line = 1;
    private int pushedBack = -2;

    Parser(Reader in, int maxChars) {
      this.in = new BufferedChars(in);
      this.maxChars = maxChars;
    }

    /** The next record, skipping blank lines; null at the end of input. */
    Row next() throws IOException {
      int c;
      do {
        c = read();
        if (c == '\r') {
          skipLineFeed();
        }
      } while (c == '\n' || c == '\r');
      if (c == -1) {
        return null;
      }
      Row row = new Row();
      row.line = line;
      StringBuilder field = new StringBuilder();
      int held = 0;
      while (true) {
        if (c == QUOTE) {
          long opened = line;
          while (true) {
            c = read();
            if (c == -1) {
              row.error = "a quote opened on line " + opened + " never closes";
              row.fields.add(field.toString());
              return row;
            }
            if (c == QUOTE) {
              c = read();
              if (c != QUOTE) {
                break;
              }
            }
            if (held < maxChars) {
              field.append((char) c);
              held++;
            } else {
              row.tooLarge = true;
            }
          }
          if (c != SEPARATOR && c != '\n' && c != '\r' && c != -1) {
            row.error = "text after a closing quote";
            row.fields.add(field.toString());
            skipToLineEnd(c);
            return row;
          }
        } else {
          while (c != SEPARATOR && c != '\n' && c != '\r' && c != -1) {
            if (held < maxChars) {
              field.append((char) c);
              held++;
            } else {
              row.tooLarge = true;
            }
            c = read();
          }
        }
        if (!row.tooLarge) {
          row.fields.add(field.toString());
        }
        field.setLength(0);
        if (c == SEPARATOR) {
          c = read();
          continue;
        }
        if (c == '\r') {
          skipLineFeed();
        }
        return row;
      }
    }

    private void skipToLineEnd(int c) throws IOException {
      while (c != '\n' && c != '\r' && c != -1) {
        c = read();
      }
      if (c == '\r') {
        skipLineFeed();
      }
    }

    private void skipLineFeed() throws IOException {
      int c = read();
      if (c == '\n') {
        line--;
      } else {
        pushedBack = c;
      }
    }

    private int read() throws IOException {
      int c;
      if (pushedBack != -2) {
        c = pushedBack;
        pushedBack = -2;
        return c;
      }
      c = in.read();
      if (c == '\n' || c == '\r') {
        line++;
      }
      return c;
    }
  }
}
