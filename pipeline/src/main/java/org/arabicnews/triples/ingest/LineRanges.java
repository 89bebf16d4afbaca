package org.arabicnews.triples.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Cuts an uncompressed line-oriented file into slices of about a target size that start and end on line
 * boundaries, counting lines on the way so each slice knows the number of its first line. Line ends are the
 * ones {@link BoundedLineReader} reads: \n, \r\n and a lone \r. One sequential pass, constant memory.
 *
 * <p>Files in UTF-16 (a byte-order mark FF FE or FE FF), where 0x0A is not always a line end, and files with
 * nothing but whitespace (whose emptiness only a whole-file read reports) stay whole.
 */
public final class LineRanges {
  private LineRanges() {}

  public static List<FileSlice> split(InputStream in, long targetBytes) throws IOException {
    if (targetBytes <= 0) {
      throw new IllegalArgumentException("targetBytes must be positive: " + targetBytes);
    }
    byte[] buffer = new byte[1 << 20];
    List<FileSlice> slices = new ArrayList<>();
    long position = 0;
    long lineEnds = 0;
    long sliceStart = 0;
    long sliceFirstLine = 1;
    long nextCut = targetBytes;
    boolean afterCarriageReturn = false;
    boolean anyContent = false;
    int n;
    while ((n = in.read(buffer)) > 0) {
      if (position == 0 && n >= 2 && isUtf16Mark(buffer[0], buffer[1])) {
        return List.of(FileSlice.WHOLE);
      }
      for (int i = 0; i < n; i++, position++) {
        byte b = buffer[i];
        long lineStart = -1;
        if (afterCarriageReturn) {
          afterCarriageReturn = false;
          if (b == '\n') {
            lineStart = position + 1;
          } else {
            lineStart = position;
          }
        }
        if (lineStart == position && position >= nextCut) {
          slices.add(new FileSlice(sliceStart, position, sliceFirstLine));
          sliceStart = position;
          sliceFirstLine = lineEnds + 1;
          nextCut = position + targetBytes;
        }
        if (b == '\r') {
          lineEnds++;
          afterCarriageReturn = true;
          continue;
        }
        if (b == '\n') {
          if (lineStart != position + 1) {
            lineEnds++;
          }
          lineStart = position + 1;
        } else if (b != ' ' && b != '\t' && b != '\f') {
          anyContent = true;
        }
        if (lineStart == position + 1 && position + 1 >= nextCut) {
          slices.add(new FileSlice(sliceStart, position + 1, sliceFirstLine));
          sliceStart = position + 1;
          sliceFirstLine = lineEnds + 1;
          nextCut = position + 1 + targetBytes;
        }
      }
    }
    if (!anyContent) {
      return List.of(FileSlice.WHOLE);
    }
    if (sliceStart < position || slices.isEmpty()) {
      slices.add(new FileSlice(sliceStart, -1, sliceFirstLine));
    } else {
      FileSlice last = slices.remove(slices.size() - 1);
      slices.add(new FileSlice(last.start(), -1, last.firstLine()));
    }
    return slices.size() == 1 ? List.of(FileSlice.WHOLE) : slices;
  }

  private static boolean isUtf16Mark(byte first, byte second) {
    return ((first & 0xFF) == 0xFF && (second & 0xFF) == 0xFE) || ((first & 0xFF) == 0xFE && (second & 0xFF) == 0xFF);
  }
}
