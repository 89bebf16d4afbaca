package org.arabicnews.triples.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.arabicnews.triples.testing.Paths;
import org.junit.jupiter.api.Test;

/**
 * Floors under the text layer's accuracy on the hand annotations in testdata/annotations/text. The measured figures and
 * the command behind them are in docs/text.md; the floors sit a little below them.
 */
class TextLayerAccuracyTest {
  private static final Path GOLD = Paths.projectRoot().resolve("testdata/annotations/text");

  @Test
  void annotationsAreLargeEnough() throws IOException {
    int boundaries = Gold.sentenceEnds(GOLD).values().stream().mapToInt(java.util.List::size).sum();
    long splitWords = Gold.clitics(GOLD).stream().filter(s -> !s.proclitic().isEmpty() || !s.enclitic().isEmpty())
        .count();
    assertTrue(boundaries >= 100, boundaries + " sentence boundaries");
    assertTrue(splitWords >= 300, splitWords + " words with clitics");
  }

  @Test
  void onOurTestdataPages() throws IOException {
    TextLayerEval.Result r = TextLayerEval.evaluate("testdata", GOLD, Paths.testdata(""), null);
    assertTrue(r.sentences().f1() >= 0.97, "sentence F1 " + r.sentences().f1() + " " + r.errors());
    assertTrue(r.clitics().wordAccuracy() >= 0.97, "clitic accuracy " + r.clitics().wordAccuracy() + " " + r.errors());
  }

  @Test
  void onSaudiNewsNetArticles() throws IOException {
    TextLayerEval.Result r = TextLayerEval.evaluate("saudinewsnet", GOLD, Paths.testdata(""), Paths.shared(""));
    assertTrue(r.sentences().f1() >= 0.95, "sentence F1 " + r.sentences().f1() + " " + r.errors());
    assertTrue(r.clitics().wordAccuracy() >= 0.95, "clitic accuracy " + r.clitics().wordAccuracy() + " " + r.errors());
  }
}
