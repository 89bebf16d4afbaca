package org.arabicnews.triples.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.arabicnews.triples.testing.DuckDb;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A generated corpus of hostile input (random bytes, broken UTF-8, megabyte lines, 100k diacritics in a row,
 * deeply nested JSON, direction-control floods, mangled JSON) runs through the whole job on the Direct and
 * Flink runners: the job succeeds and every input record is in articles or in dead_letters.
 */
class HostileInputTest {
  private static final String SENTENCE = "أجرى وزير الخارجية، أيمن الصفدي، مباحثات مع نظيره الروسي سيرغي لافروف في موسكو. ";

  @TempDir Path dir;

  private long expectedRecords;

  @Test
  void everyRecordIsAccountedFor_onDirectAndFlink() throws IOException {
    Path input = Files.createDirectories(dir.resolve("in"));
    generate(input, new Random(20261129));

    for (String runner : List.of("DirectRunner", "FlinkRunner")) {
      Path out = dir.resolve(runner);
      List<String> args = new ArrayList<>(List.of("--runner=" + runner, "--maxArticleChars=2000000"));
      if (runner.equals("FlinkRunner")) {
        args.addAll(List.of("--flinkMaster=[local]", "--parallelism=2"));
      }
      RunSummary summary = EndToEndTest.runJob(out, input + "/*", args.toArray(String[]::new));
      assertTrue(summary.succeeded(), summary.oneLine());

      long withArticles = DuckDb.count("select count(distinct (input_uri, locator)) from " + DuckDb.table(out, "articles"));
      long rejected = DuckDb.count("select count(*) from " + DuckDb.table(out, "dead_letters")
          + " where stage in ('ReadDumps', 'SplitPages')");
      assertEquals(expectedRecords, withArticles + rejected, runner);
      assertEquals(expectedRecords, summary.inputRecords(), runner);
      assertEquals(summary.inputRecords(), summary.accountedRecords(), runner);
      assertTrue(DuckDb.count("select count(*) from " + DuckDb.table(out, "dead_letters")
          + " where reason = 'internal_error'") == 0, runner + " hit an internal error");
    }
  }

  private void generate(Path input, Random random) throws IOException {
    for (int i = 0; i < 4; i++) {
      byte[] bytes = new byte[1 + random.nextInt(20_000)];
      random.nextBytes(bytes);
      page(input.resolve("random-" + i + ".txt"), bytes);
    }
    for (int i = 0; i < 4; i++) {
      byte[] text = SENTENCE.repeat(20).getBytes(StandardCharsets.UTF_8);
      for (int k = 0; k < 30; k++) {
        text[random.nextInt(text.length)] = (byte) (0x80 + random.nextInt(0x80));
      }
      page(input.resolve("broken-utf8-" + i + ".txt"), text);
    }
    page(input.resolve("diacritics.txt"), (SENTENCE + "\u064E".repeat(100_000) + SENTENCE).getBytes(StandardCharsets.UTF_8));
    page(input.resolve("controls.txt"),
        ("\u202B\u202A\u200F\u200E\u2066\u2069".repeat(20_000) + SENTENCE).getBytes(StandardCharsets.UTF_8));
    page(input.resolve("nul.txt"), ("خبر\u0000\u0000\u0000 مع أصفار").getBytes(StandardCharsets.UTF_8));
    page(input.resolve("empty.txt"), new byte[0]);
    page(input.resolve("one-long-line.txt"), ("، ".repeat(400_000)).getBytes(StandardCharsets.UTF_8));

    List<String> lines = new ArrayList<>();
    lines.add("{\"content\":\"" + "ن".repeat(1_000_000) + "\"}");
    lines.add("{\"content\":\"" + "ن".repeat(2_100_000) + "\"}");
    lines.add("[".repeat(5_000) + "]".repeat(5_000));
    lines.add("{\"content\":" + "{\"a\":".repeat(3_000) + "1" + "}".repeat(3_000) + "}");
    lines.add("{\"content\":\"" + "\\u202e".repeat(10_000) + "خبر\"}");
    String good = "{\"id\":\"x\",\"title\":\"عنوان\",\"content\":\"" + SENTENCE + "\",\"source\":\"s\"}";
    for (int i = 0; i < 40; i++) {
      StringBuilder mangled = new StringBuilder(good);
      for (int k = random.nextInt(4); k > 0; k--) {
        int at = random.nextInt(mangled.length());
        if (random.nextBoolean()) {
          mangled.deleteCharAt(at);
        } else {
          mangled.insert(at, "{}[]\":,\\ن".charAt(random.nextInt(9)));
        }
      }
      lines.add(mangled.toString());
    }
    Files.writeString(input.resolve("hostile.jsonl"), String.join("\n", lines) + "\n");
    expectedRecords += lines.size();
  }

  private void page(Path file, byte[] bytes) throws IOException {
    Files.write(file, bytes);
    expectedRecords++;
  }
}
