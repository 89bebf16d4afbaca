package org.arabicnews.triples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.arabicnews.triples.entities.Entity;
import org.arabicnews.triples.entities.EntityRecognizer;
import org.arabicnews.triples.events.NewsDates;
import org.arabicnews.triples.ingest.ArticleDraft;
import org.arabicnews.triples.ingest.InputFormat;
import org.arabicnews.triples.ingest.InputRecord;
import org.arabicnews.triples.ingest.PageSegmenter;
import org.arabicnews.triples.ingest.RecordSplitter;
import org.arabicnews.triples.relations.RelationExtractor;
import org.arabicnews.triples.relations.Triple;
import org.arabicnews.triples.text.AnalyzedText;
import org.arabicnews.triples.text.ArabicNormalizer;
import org.arabicnews.triples.text.NormalizedText;
import org.arabicnews.triples.text.Sentence;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Input shaped to make regular expressions and scans blow up (long runs of one character, alternating scripts,
 * 100k diacritics, nested brackets and quotes, a megabyte line, dots and guillemets by the hundred thousand,
 * markers repeated without end) goes through every pure stage that reads input text with patterns or scans:
 * the segmenter's rules (section markers, residue, datelines and agencies, bullets, tag splitting, HTML
 * references), the normalizer, the sentence splitter and tokenizer, entity recognition, relation extraction
 * with its event dates, and the readers of the published field.
 *
 * <p>The timeouts time nothing: they are guards, generous enough for a loaded machine, that turn catastrophic
 * backtracking or a quadratic scan into a failure instead of a hung build (a quadratic scan with a small
 * constant needs a megabyte to show). A stack overflow, which Java's regex engine risks on a group repeated
 * thousands of times, fails the test as it would fail the job's worker.
 */
class AdversarialInputTest {
  private static final int MB = 1 << 20;
  /** How much of each text the entity and relation stages read, beside the megabyte cases below. */
  private static final int ANALYSIS_CHARS = 1 << 14;
  private static final String WORDS = "أجرى وزير الخارجية أيمن الصفدي مباحثات مع نظيره الروسي سيرغي لافروف في موسكو ";

  private static RecordSplitter splitter;
  private static EntityRecognizer recognizer;
  private static RelationExtractor extractor;

  @BeforeAll
  static void buildOnce() {
    splitter = new RecordSplitter(new PageSegmenter());
    recognizer = new EntityRecognizer();
    extractor = new RelationExtractor();
  }

  static Stream<Arguments> hostile() {
    return Stream.of(
        Arguments.of("one Arabic letter", "ن".repeat(MB)),
        Arguments.of("one Latin letter", "a".repeat(MB)),
        Arguments.of("spaces, then a word", " ".repeat(MB) + "خبر"),
        Arguments.of("no-break spaces and tatweel", "\u00A0\u0640".repeat(MB / 2)),
        Arguments.of("digits", "٢".repeat(MB / 2) + "7".repeat(MB / 2)),
        Arguments.of("Arabic and Latin letters alternating", "بa".repeat(MB / 2)),
        Arguments.of("Arabic and Latin words alternating", "خبر news ".repeat(MB / 9)),
        Arguments.of("100k diacritics", "\u064E".repeat(100_000)),
        Arguments.of("100k diacritics inside a sentence", WORDS + "\u0651\u064E".repeat(50_000) + WORDS),
        Arguments.of("letters each with a diacritic", "ب\u064E".repeat(MB / 2)),
        Arguments.of("nested brackets and quotes", "(«[\"{“".repeat(MB / 12) + "خبر" + "”}\"]»)".repeat(MB / 12)),
        Arguments.of("guillemets", "«".repeat(MB)),
        Arguments.of("guillemets around words", "«وزير» ".repeat(MB / 7)),
        Arguments.of("dots", ".".repeat(MB)),
        Arguments.of("dotted words", "خبر. ".repeat(MB / 5)),
        Arguments.of("ellipses and question marks", "...؟!،؛ ".repeat(MB / 8)),
        Arguments.of("direction controls", "\u202B\u202A\u200F\u200E\u2066\u2069".repeat(MB / 6)),
        Arguments.of("a dash after every place", "الرياض - ".repeat(MB / 9)),
        Arguments.of("a dateline whose place is a long word",
            "x" + "«".repeat(MB / 2) + "x 25 شوال 1436 هـ الموافق 10 أغسطس 2015 م واس " + WORDS),
        Arguments.of("agency credits", "واس - ".repeat(MB / 6)),
        Arguments.of("a site credit and dashes", "سبق" + " –".repeat(MB / 2) + " واس"),
        Arguments.of("share buttons", "شارك ".repeat(MB / 5)),
        Arguments.of("slider controls", "التالي ".repeat(MB / 7)),
        Arguments.of("a menu bar", "أ|".repeat(MB / 2)),
        Arguments.of("dates and times", "12:30 م - 2015/08/10 ".repeat(MB / 21)),
        Arguments.of("HTML references", "&amp;&#1576;&#x628;&".repeat(MB / 20)),
        Arguments.of("bullets", "• - * ".repeat(MB / 6)),
        Arguments.of("tag words", "الملك سلمان ".repeat(MB / 12)),
        Arguments.of("tag separators", "، ".repeat(MB / 2)),
        Arguments.of("short lines", "خبر\n".repeat(MB / 4)),
        Arguments.of("blank lines", "\n".repeat(MB)),
        Arguments.of("read-also markers", "اقرأ أيضا: عنوان\nنص الخبر.\n".repeat(MB / 28)),
        Arguments.of("headline lists", "أخبار ذات صلة\n• عنوان الخبر\n".repeat(MB / 28)),
        Arguments.of("a megabyte line of sentences", WORDS.replace("موسكو ", "موسكو. ").repeat(MB / WORDS.length())),
        Arguments.of("a megabyte sentence of names and triggers", WORDS.repeat(MB / WORDS.length())));
  }

  /** The text in every place a page or export gives it, through segmentation. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("hostile")
  @Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void segmentationFinishes(String name, String text) {
    String line = text.replace('\n', ' ');
    List<String> pages = List.of(
        text,
        "عنوان الخبر\n" + line + "\nنص الخبر.",
        "عنوان الخبر\nالرياض - واس: نص الخبر.\nكلمات دلالية: " + line,
        "عنوان الخبر\nنص الخبر.\nاقرأ أيضا: " + line + "\nنص آخر.",
        "عنوان الخبر\nنص الخبر.\nأخبار ذات صلة\n• " + line);
    for (String page : pages) {
      List<ArticleDraft> articles = splitter.split(
          new InputRecord("hostile", "page", InputFormat.TEXT, null, null, page, null, null, null, List.of()));
      for (ArticleDraft a : articles) {
        assertTrue(a.text().length() <= page.length(), "an article is cut out of its page");
      }
    }
    splitter.split(new InputRecord("hostile", "line:1", InputFormat.JSONL, "1", line, WORDS, null, line, null,
        List.of()));
    RelationExtractor.publishedDate(line);
    NewsDates.timestamp(line);
    NewsDates.eventDate(line);
  }

  /**
   * Normalization, sentences and tokens over the whole text; entities and triples over its first
   * {@value #ANALYSIS_CHARS} chars (these stages use no regex; their cost grows with the tokens), or all of it
   * for the two megabyte cases: one sentence, where a scan per trigger to the clause's end took minutes before
   * {@code RelationExtractor} read long sentences in windows, and thirteen thousand sentences of one article.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("hostile")
  @Timeout(value = 120, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void analysisFinishes(String name, String text) {
    NormalizedText matched = ArabicNormalizer.match().normalize(text);
    assertTrue(matched.originalEnd(matched.text().length()) <= text.length(), "offsets stay inside the original");
    ArabicNormalizer.display().normalizeToString(text);
    AnalyzedText whole = AnalyzedText.of(text);
    for (Sentence s : whole.sentences()) {
      assertTrue(0 <= s.start() && s.start() < s.end() && s.end() <= text.length(), name);
    }

    String read = name.startsWith("a megabyte") ? text : text.substring(0, Math.min(text.length(), ANALYSIS_CHARS));
    AnalyzedText analyzed = read == text ? whole : AnalyzedText.of(read);
    List<Entity> entities = recognizer.recognize(analyzed);
    for (Entity e : entities) {
      assertEquals(e.surface(), read.substring(e.start(), e.end()));
    }
    for (Triple t : extractor.extract(analyzed, entities, LocalDate.of(2015, 8, 10))) {
      assertTrue(t.sentenceIndex() < analyzed.sentences().size());
    }
  }
}
