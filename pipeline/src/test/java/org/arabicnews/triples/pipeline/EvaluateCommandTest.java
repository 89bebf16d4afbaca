package org.arabicnews.triples.pipeline;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.arabicnews.triples.evaluation.Evaluate;
import org.arabicnews.triples.testing.Paths;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The evaluate command on Parquet the job wrote: it finds the job's articles by gold doc id and scores them. */
class EvaluateCommandTest {
  @TempDir Path dir;

  @Test
  void scoresTheJobsTriplesTableAgainstAGoldFile() throws Exception {
    Path out = dir.resolve("out");
    assertTrue(EndToEndTest.runJob(out, Paths.testdata("pages") + "/001-*").succeeded());
    Path gold = dir.resolve("gold.jsonl");
    Files.writeString(gold, ""
        + "{\"doc\": \"testdata/pages/001-morocco-russia-talks.txt\", \"segment\": 0, \"triples\": ["
        + "{\"relation\": \"hold_talks\", \"subject\": {\"tokens\": [\"بوريطة\"], \"key\": null}, "
        + "\"object\": {\"tokens\": [\"لافروف\"], \"key\": null}, \"polarity\": \"positive\", \"cue\": \"مباحثات\"}, "
        + "{\"relation\": \"meet\", \"subject\": {\"tokens\": [\"مودي\"], \"key\": null}, "
        + "\"object\": {\"tokens\": [\"روتو\"], \"key\": null}, \"polarity\": \"positive\", \"cue\": \"التقى\"}]}\n"
        + "{\"doc\": \"testdata/pages/001-morocco-russia-talks.txt\", \"segment\": 1, \"triples\": ["
        + "{\"relation\": \"agree\", \"subject\": {\"tokens\": [\"باكستان\"], \"key\": \"PK\"}, "
        + "\"object\": {\"tokens\": [\"تونس\"], \"key\": \"TN\"}, \"polarity\": \"positive\", \"cue\": \"اتفقت\"}]}\n");
    Path reportFile = dir.resolve("report.md");

    String report = Evaluate.run(new String[] {"--output=" + out, "--gold=" + gold, "--report=" + reportFile});

    assertTrue(report.startsWith("2 gold articles"), report);
    assertTrue(report.contains("| hold_talks | 1 |") && report.matches("(?s).*\\| hold_talks \\| 1 \\| \\d+ \\| 1 \\|.*"),
        report);
    assertTrue(report.matches("(?s).*\\| agree \\| 1 \\| \\d+ \\| 1 \\|.*"), report);
    assertTrue(report.contains("| meet | 1 | 0 | 0 | 0.000 | 0.000 | 0.000 |"), report);
    assertTrue(Files.readString(reportFile).equals(report));
  }

  @Test
  void badOptionsAreNamed() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Evaluate.run(new String[] {"--output=" + dir}));
    assertTrue(e.getMessage().contains("--gold"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> Evaluate.run(new String[] {"--output=" + dir, "--gold=" + dir.resolve("none.jsonl")}));
    assertTrue(e.getMessage().contains("no gold file"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> Evaluate.run(new String[] {"--triples=x"}));
    assertTrue(e.getMessage().contains("unknown option --triples"), e.getMessage());
  }
}
