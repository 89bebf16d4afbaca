package org.arabicnews.triples.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Distribution;
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
import org.arabicnews.triples.ingest.ArticleDraft;
import org.arabicnews.triples.ingest.InputFormat;
import org.arabicnews.triples.ingest.InputRecord;
import org.arabicnews.triples.ingest.PageSegmenter;
import org.arabicnews.triples.ingest.RecordSplitter;
import org.arabicnews.triples.ingest.SegmentationRules;
import org.arabicnews.triples.schema.Article;
import org.arabicnews.triples.schema.DeadLetter;
import org.arabicnews.triples.schema.SourceRecord;

/**
 * Cuts each record into its articles: the main one, embedded 'إقرأ أيضاً' ones and related headlines, with
 * source, dateline, agency and tags taken out of the text (rules: docs/ingest.md).
 */
public final class SplitPages
    extends PTransform<PCollection<SourceRecord>, WithFailures.Result<PCollection<Article>, DeadLetter>> {
  static final String STAGE = "SplitPages";

  /** Text and name of the extra rules file, or null for the shipped rules only. */
  private final String extraRules;
  private final String extraRulesOrigin;

  SplitPages() {
    this(null, null);
  }

  private SplitPages(String extraRules, String extraRulesOrigin) {
    this.extraRules = extraRules;
    this.extraRulesOrigin = extraRulesOrigin;
  }

  /**
   * The stage with the shipped rules plus those of {@code --segmentationRules}, read and checked now, so a bad
   * rules file stops the job at launch with the file and line of the bad rule.
   */
  public static SplitPages from(ArabicNewsTriplesOptions options) {
    String path = options.getSegmentationRules();
    if (path == null || path.isBlank()) {
      return new SplitPages();
    }
    String text = readRulesFile(path);
    rules(text, path);
    return new SplitPages(text, path);
  }

  /** The rules this stage segments with. */
  SegmentationRules rules() {
    return rules(extraRules, extraRulesOrigin);
  }

  static SegmentationRules rules(String extraRules, String origin) {
    return extraRules == null ? SegmentationRules.defaults() : SegmentationRules.defaults().plus(extraRules, origin);
  }

  private static String readRulesFile(String path) {
    try (InputStream in = Channels.newInputStream(FileSystems.open(FileSystems.matchNewResource(path, false)))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalArgumentException("--segmentationRules=" + path + " cannot be read: " + e.getMessage(), e);
    }
  }

  @Override
  public WithFailures.Result<PCollection<Article>, DeadLetter> expand(PCollection<SourceRecord> records) {
    TupleTag<Article> articles = new TupleTag<>() {};
    PCollectionTuple out = records.apply("Segment",
        ParDo.of(new SplitFn(articles, extraRules, extraRulesOrigin))
            .withOutputTags(articles, TupleTagList.of(DeadLetters.TAG)));
    return WithFailures.Result.of(out.get(articles), out.get(DeadLetters.TAG));
  }

  static final class SplitFn extends DoFn<SourceRecord, Article> {
    private final TupleTag<Article> articlesTag;
    private final String extraRules;
    private final String extraRulesOrigin;
    private final Counter records = Metrics.counter(STAGE, "records");
    private final Counter recordsWithArticles = Metrics.counter(STAGE, "records_with_articles");
    private final Counter articles = Metrics.counter(STAGE, "articles");
    private final Counter rejected = Metrics.counter(STAGE, "rejected_records");
    private final Distribution articleChars = Metrics.distribution(STAGE, "article_chars");
    private transient RecordSplitter splitter;

    SplitFn(TupleTag<Article> articlesTag, String extraRules, String extraRulesOrigin) {
      this.articlesTag = articlesTag;
      this.extraRules = extraRules;
      this.extraRulesOrigin = extraRulesOrigin;
    }

    @Setup
    public void setup() {
      splitter = new RecordSplitter(new PageSegmenter(rules(extraRules, extraRulesOrigin)));
    }

    @ProcessElement
    public void process(@Element SourceRecord record, MultiOutputReceiver out) {
      records.inc();
      List<ArticleDraft> drafts;
      try {
        drafts = splitter.split(inputRecord(record));
      } catch (RuntimeException | StackOverflowError e) {
        // A rule from --segmentationRules with a repeated group that is not possessive recurses once per
        // repetition (docs/ingest.md): on a long enough line it overflows; the record fails, not the worker.
        rejected.inc();
        DeadLetters.emit(out, STAGE, record.getInputUri(), record.getLocator(), Reason.INTERNAL_ERROR,
            "Segmentation failed: " + e, record.getBody());
        return;
      }
      if (drafts.isEmpty()) {
        rejected.inc();
        DeadLetters.emit(out, STAGE, record.getInputUri(), record.getLocator(), Reason.NO_ARTICLE,
            "No article text is left once page furniture (source, tags, share lines, headline lists) is removed.",
            record.getBody());
        return;
      }
      recordsWithArticles.inc();
      for (ArticleDraft a : drafts) {
        articles.inc();
        articleChars.update(a.text().length());
        out.get(articlesTag).output(article(a));
      }
    }
  }

  static InputRecord inputRecord(SourceRecord r) {
    return new InputRecord(r.getInputUri(), r.getLocator(), InputFormat.parse(r.getFormat()), r.getRecordId(),
        r.getTitle(), r.getBody(), r.getUrl(), r.getPublished(), r.getSourceName(), r.getFlags());
  }

  static Article article(ArticleDraft a) {
    return Article.newBuilder()
        .setArticleId(a.articleId())
        .setInputUri(a.inputUri())
        .setLocator(a.locator())
        .setRecordId(a.recordId())
        .setSegment(a.segment())
        .setSegmentKind(a.segmentKind())
        .setParentArticleId(a.parentArticleId())
        .setTitle(a.title())
        .setSourceName(a.sourceName())
        .setUrl(a.url())
        .setPublished(a.published())
        .setDateline(a.dateline())
        .setAgency(a.agency())
        .setKeywords(new ArrayList<>(a.keywords()))
        .setRelatedHeadlines(new ArrayList<>(a.relatedHeadlines()))
        .setText(a.text())
        .setTextNormalized(null)
        .setCharCount(a.text().length())
        .setArabicRatio(a.arabicRatio())
        .setFlags(new ArrayList<>(a.flags()))
        .build();
  }
}
