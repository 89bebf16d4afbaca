package org.arabicnews.triples.pipeline;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JobRunTest {
  @TempDir Path out;

  private String failure(String... args) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> EndToEndTest.runJob(out, args[0], java.util.Arrays.copyOfRange(args, 1, args.length)));
    return e.getMessage();
  }

  @Test
  void inputThatMatchesNothing_stopsBeforeAnyWorkWithAHint() {
    String message = failure(out.resolve("no-such-dir/*.jsonl").toString());
    assertTrue(message.contains("matches no file") && message.contains("--input="), message);
  }

  @Test
  void unknownFormatAndProfileNameTheChoices() {
    String input = out.toString();
    assertTrue(failure(input, "--inputFormat=xml").contains("Use one of: auto, text, jsonl."));
    assertTrue(failure(input, "--normalization=loose").contains("Use display or match."));
  }

  @Test
  void nonsensicalNumbersAreRejected() {
    assertTrue(failure(out.toString(), "--numShards=0").contains("--numShards=0 is too small"));
    assertTrue(failure(out.toString(), "--duplicateThreshold=1.5").contains("--duplicateThreshold=1.5 is out of range"));
    assertTrue(failure(out.toString(), "--titleWindowDays=-1").contains("--titleWindowDays=-1 is too small"));
  }
}
