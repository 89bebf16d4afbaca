package org.arabicnews.triples.pipeline;

import java.io.DataInput;
import java.io.DataInputStream;
import java.io.DataOutput;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Serializable;
import org.apache.beam.sdk.coders.CustomCoder;
import org.arabicnews.triples.events.ArticleFacts;
import org.arabicnews.triples.events.ClusterReport;
import org.arabicnews.triples.events.EventStats;
import org.arabicnews.triples.events.FullNames;
import org.arabicnews.triples.events.SharedKeys;
import org.arabicnews.triples.events.Mention;

/** A coder for the aggregation's core records, which write and read themselves on data streams. */
final class DataCoder<T> extends CustomCoder<T> {
  interface Writer<T> extends Serializable {
    void write(T value, DataOutput out) throws IOException;
  }

  interface Reader<T> extends Serializable {
    T read(DataInput in) throws IOException;
  }

  static final DataCoder<ArticleFacts> ARTICLE_FACTS =
      new DataCoder<>("ArticleFacts", ArticleFacts::write, ArticleFacts::read);
  static final DataCoder<Mention> MENTION = new DataCoder<>("Mention", Mention::write, Mention::read);
  static final DataCoder<ClusterReport> CLUSTER_REPORT =
      new DataCoder<>("ClusterReport", ClusterReport::write, ClusterReport::read);
  static final DataCoder<EventStats> EVENT_STATS = new DataCoder<>("EventStats", EventStats::write, EventStats::read);
  static final DataCoder<FullNames> FULL_NAMES = new DataCoder<>("FullNames", FullNames::write, FullNames::read);
  static final DataCoder<SharedKeys> SHARED_KEYS = new DataCoder<>("SharedKeys", SharedKeys::write, SharedKeys::read);

  private final String name;
  private final Writer<T> writer;
  private final Reader<T> reader;

  private DataCoder(String name, Writer<T> writer, Reader<T> reader) {
    this.name = name;
    this.writer = writer;
    this.reader = reader;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof DataCoder<?> c && c.name.equals(name);
  }

  @Override
  public int hashCode() {
    return name.hashCode();
  }

  @Override
  public void encode(T value, OutputStream out) throws IOException {
    writer.write(value, new DataOutputStream(out));
  }

  @Override
  public T decode(InputStream in) throws IOException {
    return reader.read(new DataInputStream(in));
  }
}
