package org.arabicnews.triples.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LineRangesTest {
  /** Line numbers and texts as the whole file reads, or as its slices read one by one. */
  private static List<String> lines(byte[] file, List<FileSlice> slices) throws IOException {
    List<String> lines = new ArrayList<>();
    for (FileSlice s : slices) {
      int end = s.end() < 0 ? file.length : (int) s.end();
      byte[] part = Arrays.copyOfRange(file, (int) s.start(), end);
      BoundedLineReader r = new BoundedLineReader(
          new java.io.InputStreamReader(new ByteArrayInputStream(part), StandardCharsets.UTF_8), 1000, s.firstLine());
      while (r.next()) {
        lines.add(r.lineNumber() + ":" + r.line());
      }
    }
    return lines;
  }

  @Test
  void slicesStartOnLineStarts_andNumberTheirLinesAsTheWholeFileDoes() throws IOException {
    Random random = new Random(7);
    String[] ends = {"\n", "\r\n", "\r"};
    for (int trial = 0; trial < 200; trial++) {
      StringBuilder text = new StringBuilder();
      int lines = random.nextInt(40);
      for (int i = 0; i < lines; i++) {
        text.append("سطر ".repeat(random.nextInt(4))).append(i).append(ends[random.nextInt(3)]);
      }
      if (random.nextBoolean()) {
        text.append("ذيل بلا نهاية");
      }
      byte[] file = text.toString().getBytes(StandardCharsets.UTF_8);
      long target = 1 + random.nextInt(60);
      List<FileSlice> slices = LineRanges.split(new ByteArrayInputStream(file), target);
      assertEquals(lines(file, List.of(FileSlice.WHOLE)), lines(file, slices), "trial " + trial + ": " + slices);
      for (int i = 1; i < slices.size(); i++) {
        assertEquals(slices.get(i - 1).end(), slices.get(i).start());
        byte before = file[(int) slices.get(i).start() - 1];
        assertEquals(true, before == '\n' || (before == '\r' && file[(int) slices.get(i).start()] != '\n'),
            "slice " + i + " starts on a line start");
      }
    }
  }

  @Test
  void aSmallFile_aLineLongerThanTheTarget_blankOnlyAndUtf16Files_stayWhole() throws IOException {
    assertEquals(List.of(FileSlice.WHOLE), LineRanges.split(new ByteArrayInputStream("أ\nب\n".getBytes(StandardCharsets.UTF_8)), 100));
    assertEquals(List.of(FileSlice.WHOLE), LineRanges.split(new ByteArrayInputStream("x".repeat(500).getBytes(StandardCharsets.UTF_8)), 10));
    assertEquals(List.of(FileSlice.WHOLE), LineRanges.split(new ByteArrayInputStream("\n \n\t\n\n\n\n".getBytes(StandardCharsets.UTF_8)), 2));
    byte[] utf16 = ("\uFEFFأ\nب\nج\nد\n").getBytes(StandardCharsets.UTF_16LE);
    assertEquals(List.of(FileSlice.WHOLE), LineRanges.split(new ByteArrayInputStream(utf16), 2));
  }

  @Test
  void sliceBoundariesAreExact() throws IOException {
    byte[] file = "aaaa\nbbbb\ncccc\ndddd\n".getBytes(StandardCharsets.UTF_8);
    assertEquals(List.of(new FileSlice(0, 10, 1), new FileSlice(10, -1, 3)),
        LineRanges.split(new ByteArrayInputStream(file), 8));
  }
}
