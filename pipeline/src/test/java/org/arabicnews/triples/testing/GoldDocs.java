package org.arabicnews.triples.testing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.arabicnews.triples.Reason;
import org.arabicnews.triples.ingest.FieldMapping;
import org.arabicnews.triples.ingest.InputRecord;
import org.arabicnews.triples.ingest.JsonLinesReader;
import org.arabicnews.triples.ingest.PageSegmenter;
import org.arabicnews.triples.ingest.RecordSink;
import org.arabicnews.triples.ingest.Segment;
import org.arabicnews.triples.ingest.TextPageReader;

/**
 * The articles a gold file's doc ids name, cut out with the job's own readers and {@link PageSegmenter}: a
 * SaudiNewsNet record id, {@code testdata/<path>}, {@code testdata/<path>#<record id>} or {@code seeds/<page>}.
 */
public final class GoldDocs {
  /** An article as the job sees it: the input file, record id, date and segments. */
  public record Doc(String inputUri, String recordId, String published, List<Segment> segments) {}

  private static final String SAUDINEWSNET = "corpora/saudinewsnet/saudinewsnet_diplomatic_sample.jsonl";

  private final Map<String, Doc> byId = new HashMap<>();
  private Map<String, InputRecord> saudiNewsNet;

  /** The doc a gold id names; SaudiNewsNet and seed docs skip the calling test when ../shared is absent. */
  public Doc doc(String id) {
    return byId.computeIfAbsent(id, this::load);
  }

  private Doc load(String id) {
    if (id.startsWith("testdata/")) {
      String relative = id.substring("testdata/".length());
      int hash = relative.indexOf('#');
      if (hash < 0) {
        return page(Paths.testdata(relative));
      }
      Path file = Paths.testdata(relative.substring(0, hash));
      for (InputRecord r : readJsonLines(file)) {
        if (r.recordId().equals(relative.substring(hash + 1))) {
          return doc(r);
        }
      }
      throw new IllegalArgumentException("no record " + id);
    }
    if (id.startsWith("seeds/")) {
      return page(Paths.shared(id));
    }
    if (saudiNewsNet == null) {
      saudiNewsNet = new HashMap<>();
      for (InputRecord r : readJsonLines(Paths.shared(SAUDINEWSNET))) {
        saudiNewsNet.put(r.recordId(), r);
      }
    }
    InputRecord r = saudiNewsNet.get(id);
    if (r == null) {
      throw new IllegalArgumentException("no SaudiNewsNet record " + id);
    }
    return doc(r);
  }

  private static Doc doc(InputRecord r) {
    return new Doc(r.inputUri(), r.recordId(), r.published(), new PageSegmenter().segment(r.body(), r.title()));
  }

  private static Doc page(Path file) {
    List<InputRecord> records = new ArrayList<>();
    try (InputStream in = open(file)) {
      new TextPageReader(Integer.MAX_VALUE).read(in, file.toString(), collect(records));
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + file, e);
    }
    InputRecord r = records.get(0);
    return new Doc(r.inputUri(), null, r.published(), new PageSegmenter().segment(r.body(), r.title()));
  }

  private static List<InputRecord> readJsonLines(Path file) {
    List<InputRecord> records = new ArrayList<>();
    try (InputStream in = open(file)) {
      new JsonLinesReader(FieldMapping.parse(FieldMapping.DEFAULT), Integer.MAX_VALUE)
          .read(in, file.toString(), collect(records));
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + file, e);
    }
    return records;
  }

  private static InputStream open(Path file) throws IOException {
    InputStream in = Files.newInputStream(file);
    return file.toString().endsWith(".gz") ? new GZIPInputStream(in) : in;
  }

  private static RecordSink collect(List<InputRecord> records) {
    return new RecordSink() {
      @Override
      public void accept(InputRecord record) {
        records.add(record);
      }

      @Override
      public void reject(String locator, Reason reason, String message, String excerpt) {}
    };
  }
}
