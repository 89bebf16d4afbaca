package org.arabicnews.triples.pipeline;

import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.WithFailures;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;
import org.arabicnews.triples.Reason;
import org.arabicnews.triples.StableId;
import org.arabicnews.triples.ingest.PageSegmenter;
import org.arabicnews.triples.ingest.Segment;
import org.arabicnews.triples.schema.Article;
import org.arabicnews.triples.schema.DeadLetter;
import org.arabicnews.triples.schema.SourceRecord;
import org.arabicnews.triples.text.ArabicChars;

/** Cuts each record into its articles: the main one, embedded 'إقرأ أيضاً' ones and related headlines. */
public final class SplitPages
    extends PTransform<PCollection<SourceRecord>, WithFailures.Result<PCollection<Article>, DeadLetter>> {
  static final String STAGE = "SplitPages";

  @Override
  public WithFailures.Result<PCollection<Article>, DeadLetter> expand(PCollection<SourceRecord> records) {
    TupleTag<Article> articles = new TupleTag<>() {};
    PCollectionTuple out = records.apply("Segment",
        ParDo.of(new SplitFn(articles)).withOutputTags(articles, TupleTagList.of(DeadLetters.TAG)));
    return WithFailures.Result.of(out.get(articles), out.get(DeadLetters.TAG));
  }

  static final class SplitFn extends DoFn<SourceRecord, Article> {
    private final TupleTag<Article> articlesTag;
    private final Counter records = Metrics.counter(STAGE, "records");
    private final Counter recordsWithArticles = Metrics.counter(STAGE, "records_with_articles");
    private final Counter articles = Metrics.counter(STAGE, "articles");
    private final Counter rejected = Metrics.counter(STAGE, "rejected_records");
    private transient PageSegmenter segmenter;

    SplitFn(TupleTag<Article> articlesTag) {
      this.articlesTag = articlesTag;
    }

    @Setup
    public void setup() {
      segmenter = new PageSegmenter();
    }

    @ProcessElement
    public void process(@Element SourceRecord record, MultiOutputReceiver out) {
      records.inc();
      List<Segment> segments;
      try {
        segments = segmenter.segment(record.getBody(), record.getTitle());
      } catch (RuntimeException e) {
        rejected.inc();
        DeadLetters.emit(out, STAGE, record.getInputUri(), record.getLocator(), Reason.INTERNAL_ERROR,
            "Segmentation failed: " + e, record.getBody());
        return;
      }
      if (segments.isEmpty() || (segments.size() == 1 && segments.get(0).text().isBlank())) {
        rejected.inc();
        DeadLetters.emit(out, STAGE, record.getInputUri(), record.getLocator(), Reason.NO_ARTICLE,
            "No article text is left once page furniture (source, tags, share lines, headline lists) is removed.",
            record.getBody());
        return;
      }
      recordsWithArticles.inc();
      String mainId = null;
      for (int i = 0; i < segments.size(); i++) {
        Segment s = segments.get(i);
        String id = StableId.of(record.getInputUri(), record.getLocator(), i);
        if (i == 0) {
          mainId = id;
        }
        articles.inc();
        out.get(articlesTag).output(Article.newBuilder()
            .setArticleId(id)
            .setInputUri(record.getInputUri())
            .setLocator(record.getLocator())
            .setRecordId(record.getRecordId())
            .setSegment(i)
            .setSegmentKind(s.kind())
            .setParentArticleId(i == 0 ? null : mainId)
            .setTitle(s.title())
            .setSourceName(s.sourceName() != null ? s.sourceName() : record.getSourceName())
            .setUrl(i == 0 ? record.getUrl() : null)
            .setPublished(record.getPublished())
            .setKeywords(new ArrayList<>(s.keywords()))
            .setRelatedHeadlines(new ArrayList<>(s.relatedHeadlines()))
            .setText(s.text())
            .setTextNormalized(null)
            .setCharCount(s.text().length())
            .setArabicRatio(arabicRatio(s.text()))
            .setFlags(flags(record, s.text()))
            .build());
      }
    }

    private static List<String> flags(SourceRecord record, String text) {
      List<String> flags = new ArrayList<>(record.getFlags());
      if (arabicRatio(text) == 0f) {
        flags.add("no_arabic");
      }
      return flags;
    }
  }

  /** Share of the letters in {@code text} that are Arabic script. */
  static float arabicRatio(String text) {
    int letters = 0;
    int arabic = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      if (Character.isLetter(cp)) {
        letters++;
        if (ArabicChars.isArabicLetter(cp)) {
          arabic++;
        }
      }
      i += Character.charCount(cp);
    }
    return letters == 0 ? 0f : (float) arabic / letters;
  }
}
