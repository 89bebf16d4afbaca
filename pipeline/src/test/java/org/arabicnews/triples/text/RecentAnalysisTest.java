package org.arabicnews.triples.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class RecentAnalysisTest {
  private static final String TEXT = "التقى الوزير نظيره الروسي في موسكو. ثم غادر.";

  @Test
  void anEqualTextOnTheSameThread_getsTheSameAnalysis() {
    AnalyzedText first = RecentAnalysis.of(TEXT);
    assertSame(first, RecentAnalysis.of(new String(TEXT.toCharArray())));
    assertEquals(AnalyzedText.of(TEXT).sentences(), first.sentences());
  }

  @Test
  void anotherText_isAnalyzedAfresh() {
    AnalyzedText first = RecentAnalysis.of(TEXT);
    AnalyzedText other = RecentAnalysis.of("زار الرئيس باريس.");
    assertEquals("زار الرئيس باريس.", other.text());
    assertNotSame(first, RecentAnalysis.of(TEXT));
  }

  @Test
  void anotherThread_doesNotShareTheAnalysis() throws Exception {
    AnalyzedText here = RecentAnalysis.of(TEXT);
    assertNotSame(here, CompletableFuture.supplyAsync(() -> RecentAnalysis.of(TEXT)).get());
  }
}
