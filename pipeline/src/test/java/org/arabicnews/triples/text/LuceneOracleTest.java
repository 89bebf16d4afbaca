package org.arabicnews.triples.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.arabicnews.triples.testing.Paths;
import org.junit.jupiter.api.Test;

/**
 * Lucene 9.12.3's ArabicNormalizer as an oracle for {@code match}: on every rule Lucene has, we agree; and
 * Lucene's output is always on the way to ours ({@code match(lucene(x)) == match(x)}), so everything we do
 * beyond Lucene is an extra rule, never a contradiction. The corpus-wide diff is {@link LuceneCorpusDiffTest}.
 */
class LuceneOracleTest {
  /** The chars Lucene's ArabicNormalizer changes: alef with madda or hamza, alef maksura, teh marbuta, tatweel, harakat. */
  static final String LUCENE_RULE_CHARS = "\u0622\u0623\u0625\u0649\u0629\u0640\u064B\u064C\u064D\u064E\u064F\u0650\u0651\u0652";

  private static final org.apache.lucene.analysis.ar.ArabicNormalizer LUCENE =
      new org.apache.lucene.analysis.ar.ArabicNormalizer();
  private static final ArabicNormalizer MATCH = ArabicNormalizer.match();

  static String lucene(String text) {
    char[] chars = text.toCharArray();
    return new String(chars, 0, LUCENE.normalize(chars, chars.length));
  }

  @Test
  void agreesOnEveryCharLuceneHasARuleFor() {
    for (char c : LUCENE_RULE_CHARS.toCharArray()) {
      String word = "ب" + c + "ت";
      assertEquals(lucene(word), MATCH.normalizeToString(word), "U+" + Integer.toHexString(c));
    }
  }

  /**
   * Words of plain Arabic letters (U+0621..U+064A) and harakat, each word starting with a letter so that no
   * word vanishes (we would then merge the two spaces around it), single-spaced: Lucene's whole domain.
   */
  @Provide
  Arbitrary<String> luceneDomain() {
    Arbitrary<String> word = Arbitraries.strings().withCharRange('\u0621', '\u063A').ofLength(1)
        .flatMap(first -> Arbitraries.strings().withCharRange('\u0621', '\u0652').ofMaxLength(12)
            .map(rest -> first + rest));
    return word.list().ofMinSize(1).ofMaxSize(8).map(words -> String.join(" ", words));
  }

  @Property(tries = 3000)
  void agreesExactlyOnLucenesDomain(@ForAll("luceneDomain") String text) {
    assertEquals(lucene(text), MATCH.normalizeToString(text));
  }

  @Test
  void sharedOracleTsv_luceneIsAsRecorded_andOnTheWayToOurs() throws IOException {
    Path tsv = Paths.shared("normalization/lucene_oracle_9.12.3.tsv");
    List<String> lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
    assertTrue(lines.size() >= 30);
    for (String line : lines) {
      String[] cols = line.split("\t", -1);
      assertEquals(cols[1], lucene(cols[0]), "the oracle file and the library disagree on " + cols[0]);
      assertEquals(MATCH.normalizeToString(cols[0]), MATCH.normalizeToString(cols[1]), cols[0]);
      if (inLucenesDomain(cols[0])) {
        assertEquals(cols[1], MATCH.normalizeToString(cols[0]), cols[0]);
      }
    }
  }

  @Test
  void sharedOracleJson_luceneRowsAgreeTheSameWay() throws IOException {
    for (NormalizationOracle.Row row : NormalizationOracle.rows()) {
      if (!row.fn().equals("lucene")) {
        continue;
      }
      assertEquals(row.out(), lucene(row.in()));
      assertEquals(MATCH.normalizeToString(row.in()), MATCH.normalizeToString(row.out()), row.in());
      if (inLucenesDomain(row.in())) {
        assertEquals(row.out(), MATCH.normalizeToString(row.in()), row.in());
      }
    }
  }

  /** Single-spaced text of plain Arabic letters, harakat and ASCII: where no rule of ours goes beyond Lucene's. */
  static boolean inLucenesDomain(String text) {
    if (text.contains("  ") || text.startsWith(" ") || text.endsWith(" ")) {
      return false;
    }
    for (char c : text.toCharArray()) {
      boolean plain = (c >= '\u0621' && c <= '\u0652') || (c >= 0x21 && c < 0x7F) || c == ' '
          || c == ArabicChars.ARABIC_COMMA || c == ArabicChars.ARABIC_SEMICOLON || c == ArabicChars.ARABIC_QUESTION_MARK
          || c == ArabicChars.LEFT_GUILLEMET || c == ArabicChars.RIGHT_GUILLEMET;
      if (!plain) {
        return false;
      }
    }
    return true;
  }
}
