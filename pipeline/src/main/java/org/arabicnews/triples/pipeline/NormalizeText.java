package org.arabicnews.triples.pipeline;

import java.util.EnumSet;
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
import org.arabicnews.triples.schema.Article;
import org.arabicnews.triples.schema.DeadLetter;
import org.arabicnews.triples.text.ArabicNormalizer;

/** Fills articles.text_normalized with the chosen normalization profile and options. */
public final class NormalizeText
    extends PTransform<PCollection<Article>, WithFailures.Result<PCollection<Article>, DeadLetter>> {
  static final String STAGE = "NormalizeText";

  private final ArabicNormalizer.Profile profile;
  private final EnumSet<ArabicNormalizer.Option> switches;

  NormalizeText(ArabicNormalizer.Profile profile) {
    this(profile, EnumSet.noneOf(ArabicNormalizer.Option.class));
  }

  NormalizeText(ArabicNormalizer.Profile profile, EnumSet<ArabicNormalizer.Option> switches) {
    ArabicNormalizer.of(profile, switches); // fails now, not on a worker, for a combination it refuses
    this.profile = profile;
    this.switches = EnumSet.copyOf(switches);
  }

  @Override
  public WithFailures.Result<PCollection<Article>, DeadLetter> expand(PCollection<Article> articles) {
    TupleTag<Article> normalized = new TupleTag<>() {};
    PCollectionTuple out = articles.apply("Normalize",
        ParDo.of(new NormalizeFn(profile, switches, normalized)).withOutputTags(normalized, TupleTagList.of(DeadLetters.TAG)));
    return WithFailures.Result.of(out.get(normalized), out.get(DeadLetters.TAG));
  }

  static final class NormalizeFn extends DoFn<Article, Article> {
    private final ArabicNormalizer.Profile profile;
    private final EnumSet<ArabicNormalizer.Option> switches;
    private final TupleTag<Article> normalizedTag;
    private final Counter articles = Metrics.counter(STAGE, "articles");
    private transient ArabicNormalizer normalizer;

    NormalizeFn(ArabicNormalizer.Profile profile, EnumSet<ArabicNormalizer.Option> switches,
        TupleTag<Article> normalizedTag) {
      this.profile = profile;
      this.switches = switches;
      this.normalizedTag = normalizedTag;
    }

    @Setup
    public void setup() {
      normalizer = ArabicNormalizer.of(profile, switches);
    }

    @ProcessElement
    public void process(@Element Article article, MultiOutputReceiver out) {
      articles.inc();
      Article.Builder row = Article.newBuilder(article);
      try {
        row.setTextNormalized(normalizer.normalizeToString(article.getText()));
      } catch (RuntimeException e) {
        // The article is kept, unnormalized; the failure is recorded beside it.
        DeadLetters.emit(out, STAGE, article.getInputUri(), article.getArticleId(), Reason.INTERNAL_ERROR,
            "Normalization failed: " + e, article.getText());
      }
      out.get(normalizedTag).output(row.build());
    }
  }
}
