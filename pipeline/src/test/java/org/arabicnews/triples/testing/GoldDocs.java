package org.arabicnews.triples.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.arabicnews.triples.ingest.ArticleDraft;
import org.arabicnews.triples.pipeline.ArabicNewsTriplesOptions;
import org.arabicnews.triples.pipeline.IngestLoop;

/**
 * The articles a gold file's doc ids name, read as the job reads them ({@link IngestLoop}: the job's file
 * matching, decompression, decoding, readers and segmenter). A doc id is a SaudiNewsNet record id,
 * {@code testdata/<path>} (a page), {@code testdata/<path>#<record id or locator>} (a record of an export) or
 * {@code seeds/<page>} (see docs/gold-guidelines.md).
 */
public final class GoldDocs {
  /** The articles the job cuts out of one doc, in segment order. */
  public record Doc(String inputUri, String recordId, String published, List<ArticleDraft> segments) {}

  private static final String SAUDINEWSNET = "corpora/saudinewsnet/saudinewsnet_diplomatic_sample.jsonl";

  private Map<String, Doc> testdata;
  private Map<String, Doc> saudiNewsNet;
  private final Map<String, Doc> seeds = new HashMap<>();

  /** The doc a gold id names; SaudiNewsNet and seed docs skip the calling test when ../shared is absent. */
  public Doc doc(String id) {
    Doc doc;
    if (id.startsWith("testdata/")) {
      doc = testdata().get(id);
    } else if (id.startsWith("seeds/")) {
      doc = seeds.computeIfAbsent(id, s -> read(Paths.shared(s).toString(), a -> s).get(s));
    } else {
      if (saudiNewsNet == null) {
        saudiNewsNet = read(Paths.shared(SAUDINEWSNET).toString(), ArticleDraft::recordId);
      }
      doc = saudiNewsNet.get(id);
    }
    if (doc == null) {
      throw new IllegalArgumentException("the job reads no article for doc " + id);
    }
    return doc;
  }

  /** Every doc of testdata/pages and testdata/exports, by doc id. */
  public Map<String, Doc> testdata() {
    if (testdata == null) {
      Path root = Paths.projectRoot();
      testdata = read(Paths.testdata("pages") + "," + Paths.testdata("exports"), a -> {
        String path = root.relativize(Path.of(a.inputUri())).toString().replace('\\', '/');
        if (a.recordId() != null) {
          return path + "#" + a.recordId();
        }
        return a.locator().equals("page") ? path : path + "#" + a.locator();
      });
    }
    return testdata;
  }

  private static Map<String, Doc> read(String input, Function<ArticleDraft, String> docId) {
    ArabicNewsTriplesOptions options = PipelineOptionsFactory.fromArgs("--input=" + input)
        .as(ArabicNewsTriplesOptions.class);
    Map<String, List<ArticleDraft>> articles = new LinkedHashMap<>();
    try {
      IngestLoop.run(options, new IngestLoop.Visitor() {
        @Override
        public void article(ArticleDraft article) {
          List<ArticleDraft> segments = articles.computeIfAbsent(docId.apply(article), d -> new ArrayList<>());
          if (segments.size() != article.segment()) {
            throw new IllegalStateException(docId.apply(article) + ": segment " + article.segment() + " out of order");
          }
          segments.add(article);
        }
      });
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + input, e);
    }
    Map<String, Doc> docs = new HashMap<>();
    articles.forEach((id, segments) -> {
      ArticleDraft first = segments.get(0);
      docs.put(id, new Doc(first.inputUri(), first.recordId(), first.published(), List.copyOf(segments)));
    });
    return docs;
  }
}
