package org.arabicnews.triples.pipeline;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.transforms.WithFailures;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.TypeDescriptors;
import org.arabicnews.triples.StableId;
import org.arabicnews.triples.schema.Article;
import org.arabicnews.triples.schema.DeadLetter;
import org.arabicnews.triples.schema.SourceRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SplitPagesTest {
  @TempDir Path dir;

  private final TestPipeline pipeline = TestPipeline.create().enableAbandonedNodeEnforcement(false);

  static SourceRecord record(String locator, String title, String body) {
    return SourceRecord.newBuilder()
        .setInputUri("/dumps/x.jsonl")
        .setLocator(locator)
        .setFormat("jsonl")
        .setRecordId(null)
        .setTitle(title)
        .setBody(body)
        .setUrl("https://example.org/1")
        .setPublished("2026-10-05 09:12:44")
        .setSourceName("okaz")
        .setFlags(List.of())
        .build();
  }

  @Test
  void pageBecomesMainAndEmbeddedArticles_linkedByParentId_furnitureOnlyPageIsADeadLetter() {
    String page = "جدة - واس: نص الخبر الأول.\n\nكلمات دلالية: أ، ب\n\nاقرأ أيضا:\n\nعنوان مضمن\n\nنص مضمن.\n\n"
        + "مقالات مشابهة\n\n• عنوان ذو صلة";
    WithFailures.Result<PCollection<Article>, DeadLetter> split = pipeline
        .apply(Create.of(record("line:1", "العنوان", page), record("line:2", null, "طباعة شارك\n\nالمصدر: س")))
        .apply(new SplitPages());

    String mainId = StableId.of("/dumps/x.jsonl", "line:1", 0);
    PAssert.that(split.output().apply("Describe articles", MapElements.into(TypeDescriptors.strings())
            .via(a -> a.getSegment() + "|" + a.getSegmentKind() + "|" + a.getTitle() + "|" + a.getText() + "|"
                + a.getKeywords() + "|" + a.getRelatedHeadlines() + "|" + a.getParentArticleId() + "|"
                + a.getSourceName() + "|" + a.getDateline() + "|" + a.getAgency() + "|" + a.getCharCount())))
        .containsInAnyOrder(
            "0|main|العنوان|نص الخبر الأول.|[أ, ب]|[عنوان ذو صلة]|null|okaz|جدة|واس|15",
            "1|read_also|عنوان مضمن|نص مضمن.|[]|[]|" + mainId + "|okaz|null|null|8",
            "2|related_headline|عنوان ذو صلة|عنوان ذو صلة|[]|[]|" + mainId + "|okaz|null|null|12");
    PAssert.that(split.failures().apply("Describe failures", MapElements.into(TypeDescriptors.strings())
            .via(d -> d.getLocator() + "|" + d.getStage() + "|" + d.getReason())))
        .containsInAnyOrder("line:2|SplitPages|no_article");
    pipeline.run().waitUntilFinish();
  }


  @Test
  void aRulesFileGivenByOption_addsASitesShapes_toTheShippedRules() throws IOException {
    Path rules = dir.resolve("site.rules");
    Files.writeString(rules, "drop  شاهد الفيديو   # video teaser\n"
        + "dateline  ^(?<dateline>{place}) ~ (?<agency>{agency}) ~ ?   # this site's dateline\n");
    ArabicNewsTriplesOptions options = PipelineOptionsFactory.as(ArabicNewsTriplesOptions.class);
    options.setSegmentationRules(rules.toString());
    WithFailures.Result<PCollection<Article>, DeadLetter> split = pipeline
        .apply(Create.of(record("line:1", null, "الرباط ~ ماب ~ افتتح الوزير المعرض.\n\nشاهد الفيديو")))
        .apply(SplitPages.from(options));

    PAssert.that(split.output().apply(MapElements.into(TypeDescriptors.strings())
            .via(a -> a.getDateline() + "|" + a.getAgency() + "|" + a.getText())))
        .containsInAnyOrder("الرباط|ماب|افتتح الوزير المعرض.");
    pipeline.run().waitUntilFinish();
  }

  @Test
  void aRuleThatOverflowsTheStackOnALongLine_failsTheRecordNotTheJob() throws IOException {
    Path rules = dir.resolve("deep.rules");
    Files.writeString(rules, "drop  (?:Next|Prev)(?:\\s+(?:Next|Prev))*   # not possessive: recurses per repetition\n");
    ArabicNewsTriplesOptions options = PipelineOptionsFactory.as(ArabicNewsTriplesOptions.class);
    options.setSegmentationRules(rules.toString());
    WithFailures.Result<PCollection<Article>, DeadLetter> split = pipeline
        .apply(Create.of(record("line:1", null, "نص الخبر.\nNext Prev"),
            record("line:2", null, "نص الخبر.\n" + "Next ".repeat(100_000))))
        .apply(SplitPages.from(options));

    PAssert.that(split.output().apply("Describe articles", MapElements.into(TypeDescriptors.strings())
            .via(a -> a.getLocator() + "|" + a.getText())))
        .containsInAnyOrder("line:1|نص الخبر.");
    PAssert.that(split.failures().apply("Describe failures", MapElements.into(TypeDescriptors.strings())
            .via(d -> d.getLocator() + "|" + d.getReason() + "|" + d.getMessage().contains("StackOverflowError"))))
        .containsInAnyOrder("line:2|internal_error|true");
    pipeline.run().waitUntilFinish();
  }

  @Test
  void aBadRulesFile_stopsTheJobAtLaunch_namingFileAndLine() throws IOException {
    Path rules = dir.resolve("bad.rules");
    Files.writeString(rules, "# site rules\nheadline  أخبار أخرى\n");
    ArabicNewsTriplesOptions options = PipelineOptionsFactory.as(ArabicNewsTriplesOptions.class);
    options.setSegmentationRules(rules.toString());
    String message = assertThrows(IllegalArgumentException.class, () -> SplitPages.from(options)).getMessage();
    assertTrue(message.startsWith(rules + ":2: unknown rule kind 'headline'"), message);
    options.setSegmentationRules(dir.resolve("missing.rules").toString());
    message = assertThrows(IllegalArgumentException.class, () -> SplitPages.from(options)).getMessage();
    assertTrue(message.startsWith("--segmentationRules=" + dir.resolve("missing.rules") + " cannot be read"), message);
  }
}
