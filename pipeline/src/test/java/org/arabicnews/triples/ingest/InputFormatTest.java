package org.arabicnews.triples.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class InputFormatTest {
  @Test
  void autoPicksJsonLinesByExtension_underAnyCompression() {
    assertEquals(InputFormat.JSONL, InputFormat.AUTO.resolve("dump.jsonl"));
    assertEquals(InputFormat.JSONL, InputFormat.AUTO.resolve("dump.ndjson.gz"));
    assertEquals(InputFormat.JSONL, InputFormat.AUTO.resolve("DUMP.JSONL.ZST"));
  }

  @Test
  void autoReadsAnythingElseAsOnePagePerFile() {
    assertEquals(InputFormat.TEXT, InputFormat.AUTO.resolve("000_bbd7c266d0fab037.txt"));
    assertEquals(InputFormat.TEXT, InputFormat.AUTO.resolve("page.html.bz2"));
    assertEquals(InputFormat.TEXT, InputFormat.AUTO.resolve("no-extension"));
  }

  @Test
  void explicitFormatWinsOverTheExtension() {
    assertEquals(InputFormat.TEXT, InputFormat.TEXT.resolve("dump.jsonl"));
  }

  @Test
  void parseIsCaseInsensitive_andNamesTheChoicesWhenWrong() {
    assertEquals(InputFormat.JSONL, InputFormat.parse("JSONL"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> InputFormat.parse("xml"));
    assertEquals("Unknown input format 'xml'. Use one of: auto, text, jsonl, csv.", e.getMessage());
  }
}
