package org.arabicnews.triples.entities.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NerCorporaTest {
  @TempDir Path dir;

  @Test
  void anercorp_sentencesEndAtSentenceFinalTokens_andOddLinesAreReadOrSkipped() throws IOException {
    Path file = dir.resolve("a.txt");
    Files.writeString(file, "زار B-PERS\nبوتين I-PERS\nموسكو B-LOC\n. O\n O\nهل O\nx\u200f \u200f I-ORG\n؟ O\nبقية O\n");
    List<LabeledSentence> sentences = NerCorpora.anercorp(file);
    assertEquals(3, sentences.size());
    assertEquals(List.of("زار", "بوتين", "موسكو", "."), sentences.get(0).tokens());
    assertEquals(List.of(new LabeledSentence.Mention("PERS", 0, 2), new LabeledSentence.Mention("LOC", 2, 3)),
        sentences.get(0).mentions());
    assertEquals(List.of("O", "I-ORG", "O"), sentences.get(1).tags());
  }

  @Test
  void split_lastFifthOfSentencesIsTest() {
    assertEquals(4004, NerCorpora.trainSize(5006));
    assertEquals(8, NerCorpora.trainSize(10));
  }

  @Test
  void aqmar_keepsPerLocOrg_andReadsTheDoubledHyphen() {
    assertEquals("I-ORG", NerCorpora.aqmarTag("I--ORG"));
    assertEquals("O", NerCorpora.aqmarTag("B-MIS1"));
    assertEquals("O", NerCorpora.aqmarTag("IO"));
    assertEquals("B-PER", NerCorpora.aqmarTag("B-PER"));
  }

  @Test
  void mentions_anIAfterOIsANewMention() {
    LabeledSentence s = new LabeledSentence(List.of("a", "b", "c", "d"), List.of("I-LOC", "O", "I-ORG", "B-ORG"));
    assertEquals(List.of(new LabeledSentence.Mention("LOC", 0, 1), new LabeledSentence.Mention("ORG", 2, 3),
        new LabeledSentence.Mention("ORG", 3, 4)), s.mentions());
  }
}
