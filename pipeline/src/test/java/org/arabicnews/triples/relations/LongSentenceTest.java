package org.arabicnews.triples.relations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.arabicnews.triples.text.AnalyzedText;
import org.arabicnews.triples.testing.Paths;
import org.arabicnews.triples.text.Sentence;
import org.junit.jupiter.api.Test;

/** A sentence longer than {@link RelationExtractor#MAX_WINDOW_TOKENS} is read in overlapping windows. */
class LongSentenceTest {
  private static final String TALKS = "أجرى وزير الخارجية أيمن الصفدي مباحثات مع نظيره الروسي سيرغي لافروف في موسكو";
  private static final String[] MARKS = {"TITLE وزير الخارجية", "PER أيمن الصفدي", "NORP الروسي=RU",
      "PER سيرغي لافروف", "GPE موسكو", "PER ناصر بوريطة", "GPE الرباط"};

  @Test
  void windowsCoverTheSentence_eachOverlappingTheNextByHalf() {
    String text = "كلمة ".repeat(2_345).strip();
    Sentence sentence = AnalyzedText.of(text).sentences().get(0);
    List<Sentence> windows = RelationExtractor.windows(sentence);

    int max = RelationExtractor.MAX_WINDOW_TOKENS;
    assertEquals(List.of(0, max / 2, max, 3 * max / 2), windows.stream()
        .map(w -> sentence.tokens().indexOf(w.tokens().get(0))).toList());
    assertEquals(List.of(max, max, max, 2_345 - 3 * max / 2), windows.stream().map(w -> w.tokens().size()).toList());
    assertEquals(List.of(0, 0, 0, 0), windows.stream().map(Sentence::index).toList());
    assertEquals(text.length(), windows.get(3).end());
    Sentence shortOne = AnalyzedText.of(TALKS).sentences().get(0);
    assertSame(shortOne, RelationExtractor.windows(shortOne).get(0));
    assertEquals(1, RelationExtractor.windows(shortOne).size());
  }

  @Test
  void talksAtBothEndsOfAnUnpunctuatedSentenceOfThousandsOfWords_areFoundOnceEach() {
    String later = "وأجرى وزير الخارجية ناصر بوريطة مباحثات مع نظيره الروسي سيرغي لافروف في الرباط";
    String text = TALKS + " وسط حضور كبير من الجمهور".repeat(500) + " " + later;
    AnalyzedText analyzed = AnalyzedText.of(text);
    assertEquals(1, analyzed.sentences().size());
    assertEquals(2_500 + 2 * 13, analyzed.sentences().get(0).tokens().size(), "tokens");

    List<String> talks = new ArrayList<>();
    for (Triple t : new RelationExtractor().extract(analyzed, Marked.entities(analyzed, MARKS), null)) {
      if (t.relation() == Relation.HOLD_TALKS) {
        talks.add(t.subject().surface() + " | " + t.object().surface());
      }
    }
    assertEquals(List.of("أيمن الصفدي | سيرغي لافروف", "ناصر بوريطة | سيرغي لافروف"), talks);
  }

  @Test
  void noSentenceOfTheSaudiNewsNetSampleNeedsWindows() throws IOException {
    Path sample = Paths.shared("corpora/saudinewsnet/saudinewsnet_diplomatic_sample.jsonl");
    ObjectMapper json = new ObjectMapper();
    int longest = 0;
    for (String line : Files.readAllLines(sample)) {
      if (!line.isBlank()) {
        for (Sentence s : AnalyzedText.of(json.readTree(line).path("content").asText()).sentences()) {
          longest = Math.max(longest, s.tokens().size());
        }
      }
    }
    assertTrue(longest > 100 && longest < RelationExtractor.MAX_WINDOW_TOKENS, "longest sentence: " + longest);
  }
}
