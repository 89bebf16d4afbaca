package org.arabicnews.triples.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.apache.beam.runners.direct.DirectOptions;
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
  void anOutputNoFileCanBeCreatedIn_stopsBeforeAnyWork() throws java.io.IOException {
    Path notADirectory = java.nio.file.Files.writeString(out.resolve("a-file"), "x");
    String input = org.arabicnews.triples.testing.Paths.testdata("pages") + "/001-*.txt";
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> EndToEndTest.runJob(notADirectory.resolve("out"), input));
    assertTrue(e.getMessage().startsWith("--output=" + notADirectory.resolve("out") + " is not writable"),
        e.getMessage());
  }

  @Test
  void unknownFormatAndProfileNameTheChoices() {
    String input = out.toString();
    assertTrue(failure(input, "--inputFormat=xml").contains("Use one of: auto, text, jsonl, csv."));
    assertTrue(failure(input, "--normalization=loose").contains("Use display or match."));
  }

  @Test
  void rerunIntoTheSameOutputNeedsOverwrite_whichLeavesNoStaleShards() throws Exception {
    String input = org.arabicnews.triples.testing.Paths.testdata("pages") + "/001-*.txt";
    EndToEndTest.runJob(out, input, "--numShards=3");
    assertTrue(failure(input, "--numShards=1").contains("Pass --overwrite"));

    EndToEndTest.runJob(out, input, "--numShards=1", "--overwrite");
    try (var files = java.nio.file.Files.list(out.resolve("articles"))) {
      assertEquals(java.util.List.of("part-00000-of-00001.parquet"),
          files.map(f -> f.getFileName().toString()).filter(n -> !n.startsWith(".")).sorted().toList());
    }
  }

  @Test
  void foldingHamzaCarriersNeedsTheMatchProfile() {
    String message = failure(out.toString(), "--foldHamzaCarriers=true");
    assertTrue(message.contains("--foldHamzaCarriers needs --normalization=match"), message);
  }

  @Test
  void nonsensicalNumbersAreRejected() {
    assertTrue(failure(out.toString(), "--numShards=0").contains("--numShards=0 is too small"));
    assertTrue(failure(out.toString(), "--duplicateThreshold=1.5").contains("--duplicateThreshold=1.5 is out of range"));
    assertTrue(failure(out.toString(), "--aliasWindowDays=-1").contains("--aliasWindowDays=-1 is too small"));
    assertTrue(failure(out.toString(), "--rowGroupMb=0").contains("--rowGroupMb=0 is too small"));
    assertTrue(failure(out.toString(), "--rowGroupMb=2048").contains("--rowGroupMb=2048 is too large"));
  }

  @Test
  void bytesPerSplitBelowOneMegabyteIsRejected() {
    assertTrue(failure(out.toString(), "--bytesPerSplit=1000").contains("--bytesPerSplit=1000 is too small"));
  }

  @Test
  void theLauncherTurnsTheDirectRunnersElementChecksOff_unlessTheCommandLineSetsThem() {
    DirectOptions defaults = ArabicNewsTriples.options(new String[] {"--input=x"}).as(DirectOptions.class);
    assertEquals(List.of(false, false), List.of(defaults.isEnforceImmutability(), defaults.isEnforceEncodability()));
    DirectOptions asked = ArabicNewsTriples.options(new String[] {"--enforceImmutability=true"}).as(DirectOptions.class);
    assertEquals(List.of(true, false), List.of(asked.isEnforceImmutability(), asked.isEnforceEncodability()));
  }

  @Test
  void aBadSegmentationRulesFile_stopsTheJobBeforeAnyWork() throws java.io.IOException {
    java.nio.file.Path rules = out.resolve("site.rules");
    java.nio.file.Files.writeString(rules, "dateline ^{nowhere}\n");
    String message = failure(out.toString(), "--segmentationRules=" + rules);
    assertTrue(message.startsWith(rules + ":1: the pattern uses {nowhere}"), message);
  }

  @Test
  void anInputTooBigForTheDirectRunnersHeap_getsAdviceToUseFlinkOrMoreHeap() {
    long gigabyte = 1L << 30;
    assertEquals(null, Options.directRunnerMemoryAdvice(40L << 20, gigabyte), "40 MB needs 800 MB: fits");
    String advice = Options.directRunnerMemoryAdvice(450L << 20, gigabyte);
    assertTrue(advice.startsWith("The input is 450 MB") && advice.contains("1,024 MB heap")
        && advice.contains("--runner=FlinkRunner --flinkMaster=[local]") && advice.contains("-Xmx9g"), advice);
  }

  @Test
  void inputBytesCountEveryMatchedFileOnce() throws java.io.IOException {
    java.nio.file.Files.writeString(out.resolve("a.txt"), "12345");
    java.nio.file.Path dir = java.nio.file.Files.createDirectories(out.resolve("dir/sub"));
    java.nio.file.Files.writeString(dir.resolve("b.txt"), "123");
    java.nio.file.Files.writeString(dir.resolve("_SUCCESS"), "hidden, as the job skips it");
    assertEquals(8, Inputs.totalBytes(out.resolve("a.txt") + "," + out.resolve("dir")));
    assertEquals(8, Inputs.totalBytes(out.resolve("*.txt") + "," + out.resolve("a.txt") + "," + out.resolve("dir")),
        "a file two patterns name counts once");
  }
}
