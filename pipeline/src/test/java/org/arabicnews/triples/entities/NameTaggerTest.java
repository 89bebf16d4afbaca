package org.arabicnews.triples.entities;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class NameTaggerTest {
  private static final NameTagger TAGGER = NameTagger.shared();
  private static final TaggerFeatures FEATURES = new TaggerFeatures(Gazetteer.shared(), WordClusters.shared());
  /** O, B-PERS, I-PERS, B-LOC, I-LOC. */
  private static final int N = 5;

  private static String[] sentenceWithAName() {
    return new String[] {"والتقي", "الرئيس", "فلاديمير", "بوتين", "في", "موسكو", "امس", "."};
  }

  @Test
  void committedModel_findsThePersonAndThePlace() {
    assertEquals(List.of("PERS 2-4", "LOC 5-6"), TAGGER.newDocument().find(sentenceWithAName()).stream()
        .map(n -> n.type() + " " + n.start() + "-" + n.end()).toList());
  }

  @Test
  void emptySentenceHasNoNames() {
    assertEquals(List.of(), TAGGER.newDocument().find(new String[0]));
  }

  @Test
  void aSentenceOfHundredsOfThousandsOfWords_isReadWhole() {
    List<String> words = new ArrayList<>(Collections.nCopies(400_000, "،"));
    words.addAll(List.of(sentenceWithAName()));
    List<NameTagger.Name> names = TAGGER.newDocument().find(words.toArray(String[]::new));
    assertTrue(names.stream().anyMatch(n -> n.type().equals("PERS") && n.start() == 400_002), names.toString());
  }

  @Test
  void confidenceIsAProbability() {
    for (NameTagger.Name name : TAGGER.newDocument().find(sentenceWithAName())) {
      assertTrue(name.confidence() > 0 && name.confidence() <= 1, name.toString());
    }
  }

  @Test
  void viterbi_neverOpensAMentionWithI_norContinuesAnotherType() {
    float[] transitions = new float[(N + 1) * N];
    // Alone, the first word would take I-PERS (no mention is open) and the second I-LOC (after a person).
    float[] emissions = {
      0, 2, 9, -10, 0,
      0, 0, 0, 1, 9,
    };
    int[] best = NameTagger.viterbi(emissions, 2, N, transitions, NameTagger.allowedTransitions(N));
    assertArrayEquals(new int[] {1, 3}, best);
  }

  @Test
  void viterbi_weighsTransitions() {
    float[] transitions = new float[(N + 1) * N];
    transitions[1 * N + 2] = 3; // B-PERS → I-PERS
    float[] emissions = {
      0, 2, 0, 0, 0,
      1, 0, 0, 0, 0,
    };
    int[] best = NameTagger.viterbi(emissions, 2, N, transitions, NameTagger.allowedTransitions(N));
    assertArrayEquals(new int[] {1, 2}, best);
  }

  @Test
  void features_shapeNamesLetterClassesAndALengthBucket() {
    assertEquals("a4", TaggerFeatures.shape("بوتين"));
    assertEquals("Xx4", TaggerFeatures.shape("Putin"));
    assertEquals("d4", TaggerFeatures.shape("2016"));
    assertEquals("a.d8", TaggerFeatures.shape("ا.12345678"));
  }

  @Test
  void features_cliticFormsAreReadAtTheNearOffsetsOnly_andNgramsAtTheWordItself() {
    TaggerFeatures.WordFeatures f = FEATURES.word("وبموسكو");
    assertTrue(f.windowCount() < f.nearCount() && f.nearCount() < f.hashes().length);
    assertEquals(f.hashes().length, f.countAt(0));
    assertEquals(f.nearCount(), f.countAt(-1));
    assertEquals(f.windowCount(), f.countAt(2));
    assertNotEquals(TaggerFeatures.at(f.hashes()[0], -1), TaggerFeatures.at(f.hashes()[0], 1));
  }

  @Test
  void features_gazetteerPhrasesAreLabelledBeginAndInside() {
    long[] phrases = FEATURES.phrases(new String[] {"زار", "الامم", "المتحده", "امس"});
    assertEquals(0, phrases[0]);
    assertNotEquals(0, phrases[1]);
    assertNotEquals(phrases[1], phrases[2]);
    assertNotEquals(0, phrases[2]);
    assertEquals(0, phrases[3]);
  }

  @Test
  void writeThenRead_tagsAlikeAndWritesTheSameBytes() throws IOException {
    ByteArrayOutputStream first = new ByteArrayOutputStream();
    TAGGER.write(first);
    NameTagger read = NameTagger.read(new ByteArrayInputStream(first.toByteArray()), FEATURES);
    ByteArrayOutputStream second = new ByteArrayOutputStream();
    read.write(second);
    assertArrayEquals(first.toByteArray(), second.toByteArray());
    assertEquals(TAGGER.newDocument().find(sentenceWithAName()), read.newDocument().find(sentenceWithAName()));
    assertEquals(TAGGER.featuresFingerprint(), read.featuresFingerprint());
  }

  @Test
  void training_isDeterministic_andLearnsItsExamples() throws IOException {
    List<NameTaggerTrainer.Example> examples = List.of(
        new NameTaggerTrainer.Example(new String[] {"قال", "زيد", "عمرو", "في", "طنجه"},
            new String[] {"O", "B-PERS", "I-PERS", "O", "B-LOC"}, true),
        new NameTaggerTrainer.Example(new String[] {"وصل", "خالد", "الي", "طنجه"},
            new String[] {"O", "B-PERS", "O", "B-LOC"}, false));
    NameTagger a = new NameTaggerTrainer(List.of("PERS", "LOC"), 16, FEATURES, 7).train(examples, 5, null);
    NameTagger b = new NameTaggerTrainer(List.of("PERS", "LOC"), 16, FEATURES, 7).train(examples, 5, null);
    ByteArrayOutputStream bytesA = new ByteArrayOutputStream();
    ByteArrayOutputStream bytesB = new ByteArrayOutputStream();
    a.write(bytesA);
    b.write(bytesB);
    assertArrayEquals(bytesA.toByteArray(), bytesB.toByteArray());
    assertEquals(List.of("PERS 1-3", "LOC 4-5"), a.newDocument().find(examples.get(0).words()).stream()
        .map(n -> n.type() + " " + n.start() + "-" + n.end()).toList());
  }
}
