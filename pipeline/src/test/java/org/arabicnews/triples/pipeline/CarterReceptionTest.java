package org.arabicnews.triples.pipeline;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.transforms.Filter;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.WithFailures;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TypeDescriptor;
import org.arabicnews.triples.StableId;
import org.arabicnews.triples.events.NewsDates;
import org.arabicnews.triples.schema.AnnotatedArticle;
import org.arabicnews.triples.schema.Article;
import org.arabicnews.triples.schema.DeadLetter;
import org.arabicnews.triples.schema.Entity;
import org.arabicnews.triples.schema.Relation;
import org.arabicnews.triples.schema.Triple;
import org.arabicnews.triples.testing.Paths;
import org.arabicnews.triples.text.ArabicNormalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Deduplication and aggregation on the real articles about Ashton Carter's visit (../shared; skipped without it),
 * given the entities and triples the other stages must deliver for it (see docs/aggregation.md):
 *
 * <ul>
 *   <li>entities: «خادم الحرمين الشريفين» as a TITLE and, where the article names him right after it, a PER entity
 *       with source alias and the king's key over the same span;
 *   <li>a triple host(title, «اشتون كارتر») from «استقبل ...», its event_date the day before publication when the
 *       sentence says أمس.
 * </ul>
 *
 * The fixture finds those spans by pattern in each article; the real stages will find them their own way.
 */
class CarterReceptionTest {
  private static final String KING = "سلمان بن عبدالعزيز";
  private static final String CARTER = "اشتون كارتر";
  private static final Pattern RECEPTION = Pattern.compile(
      "استقبل (خادم الحرمين الشريفين)( الملك سلمان بن عبد ?العزيز)?[^.]*?(اشتون كارتر)");

  @TempDir Path tmp;

  @Test
  void theReceptionIsOneRow_fromAtLeastFiveOutlets_withItsCopiesCountedOnce() throws IOException {
    // Only the records about Carter, so the test reads 40 records, not 2,392; they are written to a temporary
    // folder at run time, never into the repository.
    Path input = tmp.resolve("carter.jsonl");
    List<String> lines = new ArrayList<>();
    try (var files = Files.list(Paths.shared("corpora/saudinewsnet"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".jsonl")).toList()) {
        Files.readAllLines(f).stream().filter(l -> l.contains("كارتر")).forEach(lines::add);
      }
    }
    Files.write(input, lines);

    ArabicNewsTriplesOptions options = PipelineOptionsFactory.fromArgs("--input=" + input)
        .as(ArabicNewsTriplesOptions.class);
    TestPipeline pipeline = TestPipeline.fromOptions(options).enableAbandonedNodeEnforcement(false);
    PCollection<Article> articles = pipeline.apply(ReadDumps.from(options)).output()
        .apply(new SplitPages()).output()
        .apply(new NormalizeText(ArabicNormalizer.Profile.DISPLAY)).output();
    PCollection<Article> deduplicated = articles.apply(new DeduplicateArticles(0.8)).output();
    PCollection<AnnotatedArticle> annotated = articles.apply("FixtureEntities", MapElements
        .into(TypeDescriptor.of(AnnotatedArticle.class))
        .via(a -> AnnotatedArticle.newBuilder().setArticle(a).setEntities(fixtureEntities(a)).build()));
    PCollection<Triple> triples = articles.apply("FixtureTriples", ParDo.of(new FixtureTripleFn()));
    WithFailures.Result<PCollection<Relation>, DeadLetter> relations =
        PCollectionTuple.of(AggregateRelations.ARTICLES, deduplicated)
            .and(AggregateRelations.ANNOTATED, annotated)
            .and(AggregateRelations.TRIPLES, triples)
            .apply(new AggregateRelations(30));

    PCollection<Relation> reception = relations.output()
        .apply(Filter.by(r -> r.getObjectKey().equals(CARTER) && r.getRelation().equals("host")));
    PAssert.that(reception).satisfies(rows -> {
      List<Relation> all = new ArrayList<>();
      rows.forEach(all::add);
      assertTrue(all.size() == 1, "one row: " + all);
      Relation r = all.get(0);
      assertTrue(r.getSubjectKey().equals(KING) && r.getEventDay().equals("2015-07-22"), r.toString());
      assertTrue(r.getNumSources() >= 5, r.toString());
      assertTrue(r.getNumArticles() < r.getNumMentions(), "copies count once: " + r);
      return null;
    });
    PAssert.that(relations.failures()).empty();
    pipeline.run().waitUntilFinish();
  }

  static final class FixtureTripleFn extends DoFn<Article, Triple> {
    @ProcessElement
    public void process(@Element Article a, OutputReceiver<Triple> out) {
      Triple t = fixtureTriple(a);
      if (t != null) {
        out.output(t);
      }
    }
  }

  private static List<Entity> fixtureEntities(Article a) {
    Matcher m = RECEPTION.matcher(a.getText());
    List<Entity> entities = new ArrayList<>();
    if (m.find()) {
      entities.add(entity(a, "TITLE", m.start(1), m.end(1), "خادم الحرمين الشريفين", "gazetteer"));
      if (m.group(2) != null) {
        entities.add(entity(a, "PER", m.start(1), m.end(1), KING, "alias"));
      }
    }
    return entities;
  }

  private static Triple fixtureTriple(Article a) {
    Matcher m = RECEPTION.matcher(a.getText());
    if (!m.find()) {
      return null;
    }
    String eventDate = !m.group().contains("أمس") ? null
        : LocalDate.parse(NewsDates.day(a.getPublished())).minusDays(1).toString();
    return Triple.newBuilder().setTripleId(StableId.of(a.getArticleId(), "fixture")).setArticleId(a.getArticleId())
        .setSentenceIndex(0).setSentence(m.group()).setSentenceStart(m.start()).setSentenceEnd(m.end())
        .setSubject(m.group(1)).setSubjectType("TITLE").setSubjectKey("خادم الحرمين الشريفين")
        .setPredicate("استقبل").setRelation("host").setCameoCode("043").setPlover("CONSULT")
        .setObject(m.group(3)).setObjectType("PER").setObjectKey(CARTER).setEventDate(eventDate)
        .setConfidence(0.8f).setSubjectStart(m.start(1)).setSubjectEnd(m.end(1)).setPredicateStart(m.start())
        .setPredicateEnd(m.start() + 5).setObjectStart(m.start(3)).setObjectEnd(m.end(3)).setRule("fixture")
        .setExtractorVersion("fixture").build();
  }

  private static Entity entity(Article a, String type, int start, int end, String key, String source) {
    return Entity.newBuilder().setEntityId(StableId.of(a.getArticleId(), start, end, type))
        .setArticleId(a.getArticleId()).setSentenceIndex(0).setType(type)
        .setSurface(a.getText().substring(start, end)).setNormalized(key).setCanonicalKey(key).setStart(start)
        .setEnd(end).setSource(source).setConfidence(0.9f).build();
  }
}
