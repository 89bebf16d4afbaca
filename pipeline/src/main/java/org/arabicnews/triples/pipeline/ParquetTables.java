package org.arabicnews.triples.pipeline;

import java.io.IOException;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.util.List;
import java.util.function.Consumer;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.EmptyMatchTreatment;
import org.apache.beam.sdk.io.fs.MatchResult;
import org.apache.beam.sdk.io.fs.ResolveOptions;
import org.apache.beam.sdk.io.fs.ResourceId;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.avro.AvroParquetReader;
import org.apache.parquet.avro.AvroReadSupport;
import org.apache.parquet.hadoop.ParquetReader;
import org.apache.parquet.io.DelegatingSeekableInputStream;
import org.apache.parquet.io.InputFile;
import org.apache.parquet.io.SeekableInputStream;

/** Reads the job's tables back, row by row, from any Beam filesystem: for commands that run after the job. */
public final class ParquetTables {
  private ParquetTables() {}

  /**
   * Streams the rows of {@code <outputDir>/<table>/*.parquet} to {@code rows}, reading only the columns of
   * {@code projection}.
   */
  public static void read(String outputDir, String table, Schema projection, Consumer<GenericRecord> rows)
      throws IOException {
    ResourceId dir = WriteTables.tableDir(outputDir, table);
    MatchResult files = FileSystems.match(
        dir.resolve("*.parquet", ResolveOptions.StandardResolveOptions.RESOLVE_FILE).toString(),
        EmptyMatchTreatment.ALLOW);
    List<MatchResult.Metadata> found = files.metadata();
    if (found.isEmpty()) {
      throw new IOException("No Parquet files under " + dir + ": is --output the directory the job wrote?");
    }
    Configuration conf = new Configuration(false);
    AvroReadSupport.setRequestedProjection(conf, projection);
    for (MatchResult.Metadata file : found) {
      try (ParquetReader<GenericRecord> reader = AvroParquetReader.<GenericRecord>builder(new BeamInputFile(file))
          .withDataModel(GenericData.get()).withConf(conf).build()) {
        for (GenericRecord row = reader.read(); row != null; row = reader.read()) {
          rows.accept(row);
        }
      }
    }
  }

  /** A Parquet input file over a Beam filesystem's seekable channel. */
  private static final class BeamInputFile implements InputFile {
    private final MatchResult.Metadata file;

    BeamInputFile(MatchResult.Metadata file) {
      this.file = file;
    }

    @Override
    public long getLength() {
      return file.sizeBytes();
    }

    @Override
    public SeekableInputStream newStream() throws IOException {
      SeekableByteChannel channel = (SeekableByteChannel) FileSystems.open(file.resourceId());
      return new DelegatingSeekableInputStream(Channels.newInputStream(channel)) {
        @Override
        public long getPos() throws IOException {
          return channel.position();
        }

        @Override
        public void seek(long position) throws IOException {
          channel.position(position);
        }
      };
    }
  }
}
