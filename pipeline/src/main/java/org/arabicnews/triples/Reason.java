package org.arabicnews.triples;

/**
 * Why a record, or part of one, went to {@code dead_letters}. The code is what the table's {@code reason}
 * column holds; docs/dead-letters.md lists them with what to do about each.
 */
public enum Reason {
  /** The file matched but could not be opened or read (gone, no permission, I/O error). */
  FILE_UNREADABLE("file_unreadable"),
  /** A compressed stream ended early or is corrupt; records read before the damage are kept. */
  TRUNCATED_INPUT("truncated_input"),
  /** The file or record holds no text at all. */
  EMPTY_RECORD("empty_record"),
  /** The bytes are not text (control characters, NUL bytes) in any supported encoding. */
  BINARY_CONTENT("binary_content"),
  /** The record is longer than --maxArticleChars; it was skipped without being held in memory. */
  RECORD_TOO_LARGE("record_too_large"),
  /** A JSON line that does not parse, or is not a JSON object. */
  MALFORMED_JSON("malformed_json"),
  /** A CSV row that breaks RFC 4180 (an unclosed quote, text after a closing quote) or the header's width. */
  MALFORMED_CSV("malformed_csv"),
  /** The record lacks the field mapped to the article text, or it is blank. */
  MISSING_TEXT("missing_text"),
  /** A mapped field has the wrong JSON type (an object where text was expected). */
  WRONG_TYPE("wrong_type"),
  /** After page furniture was removed, nothing was left to call an article. */
  NO_ARTICLE("no_article"),
  /** An input pattern matched no file. */
  NO_MATCH("no_match"),
  /** A stage hit an unexpected error on this record; the message says which. */
  INTERNAL_ERROR("internal_error");

  private final String code;

  Reason(String code) {
    this.code = code;
  }

  /** The short code written to the {@code reason} column. */
  public String code() {
    return code;
  }
}
