package org.arabicnews.triples.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
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
    assertTrue(failure(input, "--inputFormat=xml").contains("Use one of: auto, text, jsonl, csv."));
    assertTrue(failure(input, "--normalization=loose").contains("Use display or match."));
  }

  @Test
  void nonsensicalNumbersAreRejected() {
    assertTrue(failure(out.toString(), "--numShards=0").contains("--numShards=0 is too small"));
  }

  @Test
  void bytesPerSplitBelowOneMegabyteIsRejected() {
    assertTrue(failure(out.toString(), "--bytesPerSplit=1000").contains("--bytesPerSplit=1000 is too small"));
  }

  @Test
  void theLauncherTurnsTheDirectRunnersElementChecksOff_unlessTheCommandLineSetsThem() {
    assertEquals(List.of("--input=x", "--enforceImmutability=false", "--enforceEncodability=false"),
        List.of(JobRun.withLaunchDefaults(new String[] {"--input=x"})));
    assertEquals(List.of("--enforceImmutability=true", "--enforceEncodability=false"),
        List.of(JobRun.withLaunchDefaults(new String[] {"--enforceImmutability=true"})));
  }

  @Test
  void aBadSegmentationRulesFile_stopsTheJobBeforeAnyWork() throws java.io.IOException {
    java.nio.file.Path rules = out.resolve("site.rules");
    java.nio.file.Files.writeString(rules, "dateline ^{nowhere}\n");
    String message = failure(out.toString(), "--segmentationRules=" + rules);
    assertTrue(message.startsWith(rules + ":1: the pattern uses {nowhere}"), message);
  }
}
