package org.arabicnews.triples.pipeline;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.extensions.avro.coders.AvroCoder;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.transforms.WithFailures;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TypeDescriptors;
import org.arabicnews.triples.StableId;
import org.arabicnews.triples.schema.AnnotatedArticle;
import org.arabicnews.triples.schema.Article;
import org.arabicnews.triples.schema.DeadLetter;
import org.arabicnews.triples.schema.Entity;
import org.arabicnews.triples.schema.Relation;
import org.arabicnews.triples.schema.Triple;
import org.junit.jupiter.api.Test;

class AggregateRelationsTest {
  private static final String BOURITA = "ناصر بوريطه";
  private static final String LAVROV = "سيرغي لافروف";
  private static final String KING_TITLE = "خادم الحرمين الشريفين";
  private static final String SALMAN = "سلمان بن عبدالعزيز";
  private static final String CARTER = "اشتون كارتر";

  private final TestPipeline pipeline = TestPipeline.create().enableAbandonedNodeEnforcement(false);

  /** The run's articles, entities and triples, built up by each test. */
  private static final class Run implements Serializable {
    final List<Article> articles = new ArrayList<>();
    final List<AnnotatedArticle> annotated = new ArrayList<>();
    final List<Triple> triples = new ArrayList<>();
    final Map<String, String> locatorById = new HashMap<>();

    Article article(String locator, String source, String published, Article duplicateOf) {
      Article a = Article.newBuilder(Articles.of(locator, "نص " + locator)).setSourceName(source)
          .setPublished(published).setDuplicateOf(duplicateOf == null ? null : duplicateOf.getArticleId()).build();
      articles.add(a);
      annotated.add(Rows.annotated(a, List.of()));
      locatorById.put(a.getArticleId(), locator);
      return a;
    }

    Triple.Builder triple(Article a, String subject, String subjectKey, String relation, String object,
        String objectKey) {
      return Triple.newBuilder().setTripleId(StableId.of(a.getArticleId(), triples.size()))
          .setArticleId(a.getArticleId()).setSentenceIndex(0).setSentence("جملة").setSentenceStart(0)
          .setSentenceEnd(4).setSubject(subject).setSubjectType("PER").setSubjectKey(subjectKey)
          .setPredicate("فعل").setRelation(relation).setCameoCode(null).setPlover(null).setObject(object)
          .setObjectType("PER").setObjectKey(objectKey).setConfidence(0.8f).setSubjectStart(0).setSubjectEnd(1)
          .setPredicateStart(1).setPredicateEnd(2).setObjectStart(2).setObjectEnd(3).setRule("test")
          .setExtractorVersion("test");
    }

    Run add(Triple.Builder t) {
      triples.add(t.build());
      return this;
    }

    /** The article links the title to the person (the entity stage's alias row over the title's span). */
    void linkTitle(Article a, String title, String person) {
      Entity titleEntity = entity(a, "TITLE", title, "gazetteer");
      Entity alias = Entity.newBuilder(entity(a, "PER", person, "alias")).setEntityId("alias")
          .setSurface(title).setNormalized(title).build();
      annotate(a, List.of(titleEntity, alias));
    }

    /** The article links a shorter name to the person (the entity stage's alias row over the short mention). */
    void linkName(Article a, String written, String person) {
      annotate(a, List.of(Entity.newBuilder(entity(a, "PER", person, "alias")).setSurface(written)
          .setNormalized(written).setStart(40).setEnd(40 + written.length()).build()));
    }

    private void annotate(Article a, List<Entity> entities) {
      annotated.removeIf(x -> x.getArticleId().equals(a.getArticleId()));
      annotated.add(Rows.annotated(a, entities));
    }

    private static Entity entity(Article a, String type, String key, String source) {
      return Entity.newBuilder().setEntityId(type).setArticleId(a.getArticleId()).setSentenceIndex(0).setType(type)
          .setSurface(key).setNormalized(key).setCanonicalKey(key).setStart(0).setEnd(21).setSource(source)
          .setConfidence(0.9f).build();
    }

    WithFailures.Result<PCollection<Relation>, DeadLetter> aggregate(TestPipeline p) {
      return PCollectionTuple
          .of(AggregateRelations.ARTICLES, p.apply("Articles", Create.of(articles)))
          .and(AggregateRelations.ANNOTATED, p.apply("Annotated", Create.of(annotated)))
          .and(AggregateRelations.TRIPLES, p.apply("Triples", triples.isEmpty()
              ? Create.empty(AvroCoder.of(Triple.class)) : Create.of(triples)))
          .apply(new AggregateRelations(30, KeyedShuffles.bucketed(2)));
    }

    /** subject|relation|object|day|mentions/articles/sources|confidence|samples|locations|labels|first..last */
    PCollection<String> rows(WithFailures.Result<PCollection<Relation>, DeadLetter> result) {
      Map<String, String> locators = locatorById;
      return result.output().apply("Rows", MapElements.into(TypeDescriptors.strings()).via(r -> {
        List<String> samples = new ArrayList<>();
        r.getSampleArticleIds().forEach(id -> samples.add(locators.get(id)));
        return r.getSubjectKey() + "|" + r.getRelation() + "|" + r.getObjectKey() + "|" + r.getEventDay() + "|"
            + r.getNumMentions() + "/" + r.getNumArticles() + "/" + r.getNumSources() + "|"
            + String.format("%.3f", r.getConfidence()) + "|" + samples + "|" + r.getLocations() + "|"
            + r.getSubjectLabel() + "/" + r.getObjectLabel() + "|" + r.getFirstSeen() + ".." + r.getLastSeen();
      }));
    }
  }

  @Test
  void duplicatesCountOnce_outletsAreDistinct_symmetricKeysAreOrdered() {
    Run run = new Run();
    Article a1 = run.article("a1", "okaz", "2015-07-22 10:00:00", null);
    Article a2 = run.article("a2", "alriyadh", "2015-07-22 11:00:00", a1);
    Article a3 = run.article("a3", "sabq", "2015-07-22 12:00:00", null);
    Article a4 = run.article("a4", "okaz", "2015-07-22 13:00:00", null);
    run.add(run.triple(a1, "ناصر بوريطة", BOURITA, "hold_talks", "لافروف", LAVROV).setLocation("موسكو"))
        .add(run.triple(a1, "بوريطة", BOURITA, "hold_talks", "سيرغي لافروف", LAVROV).setConfidence(0.6f))
        .add(run.triple(a2, "ناصر بوريطة", BOURITA, "hold_talks", "سيرغي لافروف", LAVROV).setLocation("موسكو"))
        .add(run.triple(a3, "ناصر بوريطة", BOURITA, "hold_talks", "سيرغي لافروف", LAVROV).setLocation("الكرملين"))
        // Reported the other way round: the same symmetric event.
        .add(run.triple(a4, "سيرغي لافروف", LAVROV, "hold_talks", "ناصر بوريطة", BOURITA));
    WithFailures.Result<PCollection<Relation>, DeadLetter> result = run.aggregate(pipeline);
    // Three clusters of confidence 0.8: 1 - 0.2^3 = 0.992, capped at 0.99.
    PAssert.that(run.rows(result)).containsInAnyOrder(LAVROV + "|hold_talks|" + BOURITA
        + "|2015-07-22|5/3/3|0.990|[a1, a3, a4]|[موسكو, الكرملين]|سيرغي لافروف/ناصر بوريطة"
        + "|2015-07-22 10:00:00..2015-07-22 13:00:00");
    PAssert.that(result.failures()).empty();
    pipeline.run().waitUntilFinish();
  }

  @Test
  void directedRelations_keepTheirOrder_samplesAreTheFiveEarliest_factsHaveNoDay() {
    Run run = new Run();
    for (int i = 7; i >= 1; i--) {
      Article a = run.article("v" + i, "outlet" + i, "2015-07-2" + i + " 09:00:00", null);
      run.add(run.triple(a, "ب", "ب", "visit", "ا", "ا").setEventDate("2015-07-20").setConfidence(0.5f));
      run.add(run.triple(a, "عادل الجبير", "عادل الجبير", "holds_title", "وزير الخارجية", "وزير الخارجيه"));
    }
    PAssert.that(run.rows(run.aggregate(pipeline))).containsInAnyOrder(
        "ب|visit|ا|2015-07-20|7/7/7|0.990|[v1, v2, v3, v4, v5]|[]|ب/ا|2015-07-21 09:00:00..2015-07-27 09:00:00",
        "عادل الجبير|holds_title|وزير الخارجيه|null|7/7/7|0.990|[v1, v2, v3, v4, v5]|[]|عادل الجبير/وزير الخارجية"
            + "|2015-07-21 09:00:00..2015-07-27 09:00:00");
    pipeline.run().waitUntilFinish();
  }

  @Test
  void theEventDayIsTheEventDate_elseThePublicationDay() {
    Run run = new Run();
    Article sameDay = run.article("d1", "wam", "2015-07-22 17:31:33", null);
    Article nextDay = run.article("d2", "okaz", "2015-07-23 08:00:00", null);
    Article nextDayUndated = run.article("d3", "alyaum", "2015-07-23 09:00:00", null);
    run.add(run.triple(sameDay, "ا", "ا", "host", "ب", "ب"))
        .add(run.triple(nextDay, "ا", "ا", "host", "ب", "ب").setEventDate("2015-07-22"))
        .add(run.triple(nextDayUndated, "ا", "ا", "host", "ب", "ب"));
    PAssert.that(run.rows(run.aggregate(pipeline))).containsInAnyOrder(
        "ا|host|ب|2015-07-22|2/2/2|0.960|[d1, d2]|[]|ا/ب|2015-07-22 17:31:33..2015-07-23 08:00:00",
        "ا|host|ب|2015-07-23|1/1/1|0.800|[d3]|[]|ا/ب|2015-07-23 09:00:00..2015-07-23 09:00:00");
    pipeline.run().waitUntilFinish();
  }

  @Test
  void aTitleLinkedToAPersonInOneArticle_namesHimInTheOthers() {
    Run run = new Run();
    Article named = run.article("n1", "spa", "2015-07-22 17:00:00", null);
    Article titleOnly = run.article("n2", "okaz", "2015-07-22 18:00:00", null);
    Article otherTitle = run.article("n3", "okaz", "2015-07-22 18:00:00", null);
    // Three articles link the title to the king: enough votes to resolve it.
    run.linkTitle(named, KING_TITLE, SALMAN);
    run.linkTitle(run.article("v1", "alyaum", "2015-07-20 09:00:00", null), KING_TITLE, SALMAN);
    run.linkTitle(run.article("v2", "sabq", "2015-07-21 09:00:00", null), KING_TITLE, SALMAN);
    // Labels tie one mention to one: the smaller string wins.
    run.add(run.triple(named, "الملك سلمان بن عبدالعزيز", SALMAN, "host", "اشتون كارتر", CARTER))
        .add(run.triple(titleOnly, "خادم الحرمين الشريفين", KING_TITLE, "host", "كارتر", CARTER)
            .setSubjectType("TITLE"))
        // No article names the holder of this title: it stays a title.
        .add(run.triple(otherTitle, "ولي ولي العهد", "ولي ولي العهد", "host", "كارتر", CARTER)
            .setSubjectType("TITLE"))
        // The object of a fact is the title itself, never resolved to a person.
        .add(run.triple(titleOnly, "سلمان بن عبدالعزيز", SALMAN, "holds_title", KING_TITLE, KING_TITLE)
            .setObjectType("TITLE"));
    PAssert.that(run.rows(run.aggregate(pipeline))).containsInAnyOrder(
        SALMAN + "|host|" + CARTER + "|2015-07-22|2/2/2|0.960|[n1, n2]|[]|الملك سلمان بن عبدالعزيز/اشتون كارتر"
            + "|2015-07-22 17:00:00..2015-07-22 18:00:00",
        "ولي ولي العهد|host|" + CARTER + "|2015-07-22|1/1/1|0.800|[n3]|[]|ولي ولي العهد/كارتر"
            + "|2015-07-22 18:00:00..2015-07-22 18:00:00",
        SALMAN + "|holds_title|" + KING_TITLE + "|null|1/1/1|0.800|[n2]|[]|سلمان بن عبدالعزيز/" + KING_TITLE
            + "|2015-07-22 18:00:00..2015-07-22 18:00:00");
    pipeline.run().waitUntilFinish();
  }

  @Test
  void aShortNameLinkedToTheFullNameInOtherArticles_getsTheFullNamesKey() {
    Run run = new Run();
    String full = "سلمان بن عبد العزيز ال سعود";
    for (int i = 1; i <= 3; i++) {
      run.linkName(run.article("l" + i, "spa", "2015-07-2" + i + " 09:00:00", null), "سلمان بن عبدالعزيز", full);
    }
    Article full1 = run.article("f1", "alriyadh", "2015-07-22 20:04:28", null);
    Article short1 = run.article("s1", "aleqtisadiya", "2015-07-22 17:50:43", null);
    // «سلمان» alone is linked to the king once and to his son once: no clear referent, it stays as it is.
    run.linkName(run.article("l4", "spa", "2015-07-22 09:00:00", null), "سلمان", full);
    run.linkName(run.article("l5", "spa", "2015-07-22 09:00:00", null), "سلمان", "محمد بن سلمان");
    run.linkName(run.article("l6", "spa", "2015-07-22 09:00:00", null), "سلمان", "محمد بن سلمان");
    run.add(run.triple(full1, "سلمان بن عبدالعزيز آل سعود", full, "host", "اشتون كارتر", CARTER))
        .add(run.triple(short1, "سلمان بن عبدالعزيز", "سلمان بن عبد العزيز", "host", "اشتون كارتر", CARTER))
        .add(run.triple(short1, "سلمان", "سلمان", "praise", "اشتون كارتر", CARTER));
    PAssert.that(run.rows(run.aggregate(pipeline))).containsInAnyOrder(
        full + "|host|" + CARTER + "|2015-07-22|2/2/2|0.960|[s1, f1]|[]|سلمان بن عبدالعزيز/اشتون كارتر"
            + "|2015-07-22 17:50:43..2015-07-22 20:04:28",
        "سلمان|praise|" + CARTER + "|2015-07-22|1/1/1|0.800|[s1]|[]|سلمان/اشتون كارتر"
            + "|2015-07-22 17:50:43..2015-07-22 17:50:43");
    pipeline.run().waitUntilFinish();
  }

  @Test
  void anArticleResolvesItsOwnTitles_andDatesItsUndatedEventsFromItsDatedOnes() {
    Run run = new Run();
    String full = "سلمان بن عبد العزيز ال سعود";
    String written = "سلمان بن عبد العزيز";
    String obama = "باراك اوباما";
    // Other articles of the run write the king in full: the short name takes the full key.
    for (int i = 1; i <= 3; i++) {
      run.linkName(run.article("l" + i, "spa", "2015-07-2" + i + " 09:00:00", null), written, full);
    }
    // The next morning's story: «استقبل ... أمس», then the talks and the greetings without a day, the greetings
    // to the title alone, which this article links to the king (too few votes across the run to resolve it).
    Article nextDay = run.article("m1", "aljazirah", "2015-07-23 17:26:33", null);
    run.linkTitle(nextDay, KING_TITLE, written);
    Article sameDay = run.article("m2", "sabq", "2015-07-22 17:42:33", null);
    run.add(run.triple(nextDay, written, written, "host", "اشتون كارتر", CARTER).setEventDate("2015-07-22"))
        .add(run.triple(nextDay, "كارتر", CARTER, "hold_talks", written, written))
        .add(run.triple(nextDay, "باراك أوباما", obama, "send_message", KING_TITLE, KING_TITLE)
            .setObjectType("TITLE"))
        .add(run.triple(sameDay, "باراك أوباما", obama, "send_message", KING_TITLE, KING_TITLE)
            .setObjectType("TITLE"))
        .add(run.triple(sameDay, written, written, "hold_talks", "كارتر", CARTER));
    PAssert.that(run.rows(run.aggregate(pipeline))).containsInAnyOrder(
        full + "|host|" + CARTER + "|2015-07-22|1/1/1|0.800|[m1]|[]|" + written + "/اشتون كارتر"
            + "|2015-07-23 17:26:33..2015-07-23 17:26:33",
        CARTER + "|hold_talks|" + full + "|2015-07-22|2/2/2|0.960|[m2, m1]|[]|كارتر/" + written
            + "|2015-07-22 17:42:33..2015-07-23 17:26:33",
        obama + "|send_message|" + full + "|2015-07-22|1/1/1|0.800|[m1]|[]|باراك أوباما/" + KING_TITLE
            + "|2015-07-23 17:26:33..2015-07-23 17:26:33",
        // This article does not link the title: it stays a title, on the day of publication.
        obama + "|send_message|" + KING_TITLE + "|2015-07-22|1/1/1|0.800|[m2]|[]|باراك أوباما/" + KING_TITLE
            + "|2015-07-22 17:42:33..2015-07-22 17:42:33");
    pipeline.run().waitUntilFinish();
  }

  @Test
  void votesForALeadingNameAndForTheFullName_areOnePersonsVotes() {
    Run run = new Run();
    String full = "سلمان بن عبد العزيز ال سعود";
    String leading = "سلمان بن عبد العزيز";
    // Two outlets' articles link the title to the leading name, two to the full name: half each, unless they are
    // one person. Five articles write the full name, two the leading one: the leading name stands for the full.
    run.linkTitle(run.article("t1", "aawsat", "2015-07-22 09:00:00", null), KING_TITLE, leading);
    run.linkTitle(run.article("t2", "aleqtisadiya", "2015-07-22 09:00:00", null), KING_TITLE, leading);
    run.linkTitle(run.article("t3", "alriyadh", "2015-07-22 09:00:00", null), KING_TITLE, full);
    run.linkTitle(run.article("t4", "almadina", "2015-07-22 09:00:00", null), KING_TITLE, full);
    for (int i = 1; i <= 3; i++) {
      run.linkName(run.article("f" + i, "spa", "2015-07-2" + i + " 09:00:00", null), "سلمان", full);
    }
    Article titleOnly = run.article("o1", "okaz", "2015-07-23 08:00:00", null);
    run.add(run.triple(titleOnly, KING_TITLE, KING_TITLE, "host", "كارتر", CARTER).setSubjectType("TITLE")
        .setEventDate("2015-07-22"));
    PAssert.that(run.rows(run.aggregate(pipeline))).containsInAnyOrder(
        full + "|host|" + CARTER + "|2015-07-22|1/1/1|0.800|[o1]|[]|" + KING_TITLE + "/كارتر"
            + "|2015-07-23 08:00:00..2015-07-23 08:00:00");
    pipeline.run().waitUntilFinish();
  }

  @Test
  void negatedAndPlannedEventsAreLeftOut_andATripleWithoutItsArticleIsADeadLetter() {
    Run run = new Run();
    Article a = run.article("p1", "okaz", "2015-07-22 10:00:00", null);
    Article missing = Articles.of("gone", "نص");
    run.add(run.triple(a, "ا", "ا", "meet", "ب", "ب").setPolarity("negative"))
        .add(run.triple(a, "ا", "ا", "meet", "ب", "ب").setModality("planned"))
        .add(run.triple(a, "ا", "ا", "meet", "ب", "ب").setModality("reported"))
        .add(run.triple(missing, "ا", "ا", "meet", "ب", "ب"));
    WithFailures.Result<PCollection<Relation>, DeadLetter> result = run.aggregate(pipeline);
    PAssert.that(run.rows(result)).containsInAnyOrder(
        "ا|meet|ب|2015-07-22|1/1/1|0.800|[p1]|[]|ا/ب|2015-07-22 10:00:00..2015-07-22 10:00:00");
    PAssert.that(result.failures().apply("Failures", MapElements.into(TypeDescriptors.strings())
            .via(d -> d.getStage() + "|" + d.getReason() + "|" + d.getLocator())))
        .containsInAnyOrder("AggregateRelations|internal_error|" + missing.getArticleId());
    pipeline.run().waitUntilFinish();
  }
}
