package org.arabicnews.triples.pipeline;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.NoSuchFileException;
import java.util.List;
import org.apache.beam.sdk.io.Compression;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.MatchResult;
import org.apache.beam.sdk.io.fs.ResourceId;
import org.arabicnews.triples.Reason;
import org.arabicnews.triples.ingest.FileSlice;
import org.arabicnews.triples.ingest.InputFormat;
import org.arabicnews.triples.ingest.LineRanges;
import org.arabicnews.triples.ingest.RecordReaders;
import org.arabicnews.triples.ingest.RecordSink;
import org.arabicnews.triples.ingest.Streams;

/**
 * Opens dump files on any Beam filesystem, decompresses them by extension and hands them to the record
 * readers. Shared by {@link ReadDumps} and the plain-loop tools, so both read exactly the same way.
 */
final class DumpFiles {
  private DumpFiles() {}

  /**
   * The slices a matched file is read in: line-aligned slices of about {@code bytesPerSplit} for an
   * uncompressed file of a splittable format larger than that, else the whole file.
   */
  static List<FileSlice> slices(MatchResult.Metadata file, InputFormat format, long bytesPerSplit) {
    String name = file.resourceId().getFilename();
    if (file.sizeBytes() <= bytesPerSplit || !format.resolve(name).splittable()
        || Compression.detect(name) != Compression.UNCOMPRESSED) {
      return List.of(FileSlice.WHOLE);
    }
    try (InputStream in = Channels.newInputStream(FileSystems.open(file.resourceId()))) {
      return LineRanges.split(in, bytesPerSplit);
    } catch (IOException e) {
      // The reader meets the same failure and reports it with the file.
      return List.of(FileSlice.WHOLE);
    }
  }

  /** Reads one task's records into {@code sink}; failures to open or read become rejections, never exceptions. */
  static void read(ReadTask task, InputFormat format, RecordReaders readers, RecordSink sink) {
    ResourceId file = FileSystems.matchNewResource(task.uri(), false);
    String name = file.getFilename();
    FileSlice slice = task.slice();
    String locator = slice.whole() ? "file" : "line:" + slice.firstLine();
    ReadableByteChannel channel;
    try {
      channel = FileSystems.open(file);
    } catch (FileNotFoundException | NoSuchFileException e) {
      sink.reject(locator, Reason.FILE_UNREADABLE, "The file was matched but is gone: " + e.getMessage(), null);
      return;
    } catch (IOException e) {
      sink.reject(locator, Reason.FILE_UNREADABLE, "Could not open the file: " + e, null);
      return;
    }
    try (ReadableByteChannel open = channel) {
      if (slice.start() > 0) {
        ((SeekableByteChannel) open).position(slice.start());
      }
      InputStream in = Streams.limit(Channels.newInputStream(open), slice.length());
      Compression compression = Compression.detect(name);
      if (compression != Compression.UNCOMPRESSED) {
        try {
          in = Streams.decompressed(Channels.newInputStream(compression.readDecompressed(Channels.newChannel(in))));
        } catch (IOException e) {
          sink.reject(locator, Reason.TRUNCATED_INPUT, "The file is not valid " + compression + " data: " + e, null);
          return;
        }
      }
      readers.read(format.resolve(name), in, task.uri(), slice, sink);
    } catch (IOException e) {
      sink.reject(locator, Reason.FILE_UNREADABLE, "Could not read the file: " + e, null);
    }
  }
}
