package org.arabicnews.triples.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.metrics.MetricNameFilter;
import org.apache.beam.sdk.metrics.MetricQueryResults;
import org.apache.beam.sdk.metrics.MetricResult;
import org.apache.beam.sdk.metrics.MetricsFilter;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.Distinct;
import org.apache.beam.sdk.transforms.Filter;
import org.apache.beam.sdk.transforms.Keys;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.transforms.Values;
import org.apache.beam.sdk.transforms.WithFailures;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.TypeDescriptors;
import org.arabicnews.triples.schema.Article;
import org.arabicnews.triples.schema.DeadLetter;
import org.junit.jupiter.api.Test;

class DeduplicateArticlesTest {
  private static final String STORY = "استقبل وزير الخارجية في مكتبه بالرياض اليوم سفير جمهورية كوريا لدى المملكة "
      + "وناقش معه ترتيبات زيارة وفد تجاري كوري إلى المنطقة الشرقية الشهر المقبل وفرص الشراكة في بناء السفن.";

  /** The DirectRunner's way, with so few buckets that keys share them. */
  private static final KeyedShuffles SHUFFLES = KeyedShuffles.bucketed(2);

  private final TestPipeline pipeline = TestPipeline.create().enableAbandonedNodeEnforcement(false);

  /** Articles by locator, and the "locator→representative locator" lines the test expects. */
  private static final class Run implements Serializable {
    final List<Article> articles = new ArrayList<>();
    final Map<String, String> locatorById = new HashMap<>();

    Run add(String locator, String kind, String published, String text) {
      Article a = Article.newBuilder(Articles.of(locator, text)).setSegmentKind(kind).setPublished(published).build();
      articles.add(a);
      locatorById.put(a.getArticleId(), locator);
      return this;
    }
  }

  /** A story of {@code n} distinct words (the kind of text a long article is, for shingles). */
  private static String words(int n, Map<Integer, String> replaced) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < n; i++) {
      s.append(replaced.getOrDefault(i, "كلمة" + i)).append(i % 12 == 11 ? ". " : " ");
    }
    return s.toString();
  }

  /** Replaces every {@code step}-th word from {@code first}, {@code count} times: each changes three shingles. */
  private static Map<Integer, String> changes(int first, int step, int count, String marker) {
    Map<Integer, String> replaced = new HashMap<>();
    for (int k = 0; k < count; k++) {
      replaced.put(first + k * step, marker + k);
    }
    return replaced;
  }

  private PCollection<String> marks(Run run, WithFailures.Result<PCollection<Article>, DeadLetter> result) {
    Map<String, String> locators = run.locatorById;
    return result.output().apply(MapElements.into(TypeDescriptors.strings())
        .via(a -> a.getLocator() + "→" + (a.getDuplicateOf() == null ? "-" : locators.get(a.getDuplicateOf()))));
  }

  @Test
  void exactCopies_pointAtTheEarliestPublished_evenWithOtherDiacriticsAndPunctuation() {
    Run run = new Run()
        .add("wire", "main", "2015-07-22 17:31:33", STORY)
        .add("copy", "main", "2015-07-22 17:46:41", STORY.replace("الخارجية", "الخارجيةِ").replace("اليوم", "اليوم،"))
        .add("recrawl", "main", "2015-07-22 20:04:28", STORY)
        .add("other", "main", "2015-07-22 18:00:00", words(40, Map.of()));
    WithFailures.Result<PCollection<Article>, DeadLetter> result =
        pipeline.apply(Create.of(run.articles)).apply(new DeduplicateArticles(0.8, SHUFFLES));
    PAssert.that(marks(run, result)).containsInAnyOrder("wire→-", "copy→wire", "recrawl→wire", "other→-");
    PAssert.that(result.failures()).empty();
    pipeline.run().waitUntilFinish();
  }

  @Test
  void nearCopies_aboveTheThresholdCollapse_rewritesDoNot() {
    // 300 words, 298 shingles. 8 changed words: Jaccard (298-24)/(298+24) = 0.85. 40 changed: 0.43.
    Run run = new Run()
        .add("original", "main", "2015-07-22 10:00:00", words(300, Map.of()))
        .add("edited", "main", "2015-07-22 11:00:00", words(300, changes(5, 37, 8, "تعديل")))
        .add("rewrite", "main", "2015-07-22 09:00:00", words(300, changes(3, 7, 40, "صياغة")));
    WithFailures.Result<PCollection<Article>, DeadLetter> result =
        pipeline.apply(Create.of(run.articles)).apply(new DeduplicateArticles(0.8, SHUFFLES));
    PAssert.that(marks(run, result)).containsInAnyOrder("original→-", "edited→original", "rewrite→-");
    pipeline.run().waitUntilFinish();
  }

  @Test
  void aChainOfNearCopies_endsAtItsRoot() {
    // B is 8 words from A (0.85), C 8 more words from B (0.85) but 16 from A (0.72): C links to B, B to A.
    Map<Integer, String> bChanges = changes(5, 37, 8, "تعديل");
    Map<Integer, String> cChanges = new HashMap<>(bChanges);
    cChanges.putAll(changes(20, 37, 8, "اضافة"));
    Run run = new Run()
        .add("a", "main", "2015-07-22 10:00:00", words(300, Map.of()))
        .add("b", "main", "2015-07-22 11:00:00", words(300, bChanges))
        .add("c", "main", "2015-07-22 12:00:00", words(300, cChanges));
    PAssert.that(marks(run, pipeline.apply(Create.of(run.articles)).apply(new DeduplicateArticles(0.8, SHUFFLES))))
        .containsInAnyOrder("a→-", "b→a", "c→a");
    pipeline.run().waitUntilFinish();
  }

  @Test
  void theMainArticleRepresents_anEarlierEmbeddedCopy() {
    Run run = new Run()
        .add("embedded", "read_also", "2015-07-22 08:00:00", STORY)
        .add("main", "main", "2015-07-22 09:00:00", STORY);
    PAssert.that(marks(run, pipeline.apply(Create.of(run.articles)).apply(new DeduplicateArticles(0.8, SHUFFLES))))
        .containsInAnyOrder("embedded→main", "main→-");
    pipeline.run().waitUntilFinish();
  }

  @Test
  void relatedHeadlines_collapseOnlyWhenExactlyEqual() {
    Run run = new Run()
        .add("h1", "related_headline", "2015-07-22 08:00:00", "وزير الخارجية يستقبل سفير كوريا")
        .add("h2", "related_headline", "2015-07-23 08:00:00", "وزير الخارجيّة يستقبل سفيرَ كوريا")
        .add("h3", "related_headline", "2015-07-23 08:00:00", "وزير الخارجية يستقبل سفير اليابان")
        .add("short", "main", "2015-07-23 09:00:00", "وزير الخارجية يستقبل سفير اليابان")
        .add("dots1", "main", "2015-07-23 09:00:00", "…")
        .add("dots2", "main", "2015-07-23 10:00:00", "…");
    PAssert.that(marks(run, pipeline.apply(Create.of(run.articles)).apply(new DeduplicateArticles(0.8, SHUFFLES))))
        .containsInAnyOrder("h1→-", "h2→h1", "h3→short", "short→-", "dots1→-", "dots2→-");
    pipeline.run().waitUntilFinish();
  }

  @Test
  void pointerJumping_bringsChainsToTheirRoot_andCountsTheDeepOnes() {
    // After JUMP_ROUNDS rounds an article up to `reach` links deep points at its root; the last round counts the
    // deeper ones and takes every article up to 2 * reach links deep home. Chain a is exactly that deep; chain b
    // is 4 links deeper, so its last 4 articles stay short of b0.
    int reach = 1 << DeduplicateArticles.JUMP_ROUNDS;
    List<KV<String, String>> chains = new ArrayList<>();
    for (int i = 1; i <= 2 * reach + 4; i++) {
      if (i <= 2 * reach) {
        chains.add(KV.of("a" + i, "a" + (i - 1)));
      }
      chains.add(KV.of("b" + i, "b" + (i - 1)));
    }
    PCollection<KV<String, String>> pointers = pipeline.apply(Create.of(chains));
    for (int round = 1; round <= DeduplicateArticles.JUMP_ROUNDS + 1; round++) {
      pointers = pointers.apply("Jump" + round,
          new DeduplicateArticles.JumpPointers(round > DeduplicateArticles.JUMP_ROUNDS, SHUFFLES));
    }
    PAssert.that(pointers.apply("Roots", Filter.by(p -> p.getKey().startsWith("a")))
            .apply(Values.create())
            .apply(Distinct.create()))
        .containsInAnyOrder("a0");
    PAssert.that(pointers.apply("Short", Filter.by(p -> p.getKey().startsWith("b") && !p.getValue().equals("b0")))
            .apply(Keys.create()))
        .containsInAnyOrder("b" + (2 * reach + 1), "b" + (2 * reach + 2), "b" + (2 * reach + 3), "b" + (2 * reach + 4));
    PipelineResult result = pipeline.run();
    result.waitUntilFinish();
    MetricQueryResults metrics = result.metrics().queryMetrics(MetricsFilter.builder()
        .addNameFilter(MetricNameFilter.named(DeduplicateArticles.STAGE, "deep_chains")).build());
    long deep = 0;
    for (MetricResult<Long> c : metrics.getCounters()) {
      deep += c.getAttempted();
    }
    // a: reach + 1 .. 2 * reach; b: reach + 1 .. 2 * reach + 4.
    assertEquals(reach + reach + 4, deep);
  }
}
