package org.arabicnews.triples.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.arabicnews.triples.text.ArabicNormalizer.Option;
import org.arabicnews.triples.text.ArabicNormalizer.Profile;
import org.junit.jupiter.api.Test;

/**
 * Our output on every input of ../shared/normalization/normalization_oracle.json, where Lucene, CAMeL Tools
 * and PyArabic disagree. Each expected value is the choice docs/text.md argues for ("Where the libraries
 * disagree"), written from the rules, not read off our output.
 */
class NormalizationChoicesTest {
  private static final ArabicNormalizer MATCH = ArabicNormalizer.match();
  private static final ArabicNormalizer DISPLAY = ArabicNormalizer.display();

  /** input → {display, match}. */
  private static final Map<String, String[]> CHOICES = Map.ofEntries(
      Map.entry("الْعَرَبِيّةُ", new String[] {"الْعَرَبِيّةُ", "العربيه"}),
      Map.entry("العـــــربية", new String[] {"العربية", "العربيه"}),
      Map.entry("أحمد", new String[] {"أحمد", "احمد"}),
      Map.entry("إعاذ", new String[] {"إعاذ", "اعاذ"}),
      Map.entry("آجن", new String[] {"آجن", "اجن"}),
      Map.entry("بنى", new String[] {"بنى", "بني"}),
      Map.entry("فاطمة", new String[] {"فاطمة", "فاطمه"}),
      Map.entry("مُحَمَّدٌ", new String[] {"مُحَمَّدٌ", "محمد"}),
      Map.entry("رَحْمَٰن", new String[] {"رَحْمَٰن", "رحمن"}),
      Map.entry("ٱلْحَمْدُ", new String[] {"ٱلْحَمْدُ", "الحمد"}),
      Map.entry("ﻻﻷﻹﻵ", new String[] {"لالألإلآ", "لالالالا"}),
      Map.entry("سئل أحد الأئمة", new String[] {"سئل أحد الأئمة", "سئل احد الائمه"}),
      Map.entry("جاء سؤال الأئمة عن الإسلام آجلا",
          new String[] {"جاء سؤال الأئمة عن الإسلام آجلا", "جاء سؤال الائمه عن الاسلام اجلا"}),
      Map.entry("على", new String[] {"على", "علي"}),
      Map.entry("مؤتمر", new String[] {"مؤتمر", "مؤتمر"}),
      Map.entry("رئيس", new String[] {"رئيس", "رئيس"}),
      Map.entry("١٢٣٤ ۱۲۳", new String[] {"١٢٣٤ ۱۲۳", "١٢٣٤ ۱۲۳"}),
      Map.entry("ﷲ", new String[] {"الله", "الله"}),
      Map.entry("﷼", new String[] {"ريال", "ريال"}),
      Map.entry("وزير\u00A0الخارجية", new String[] {"وزير الخارجية", "وزير الخارجيه"}),
      Map.entry("کیف", new String[] {"كيف", "كيف"}),
      Map.entry("«قمة»", new String[] {"«قمة»", "«قمه»"}),
      Map.entry("الرياض، السعودية؛ لماذا؟", new String[] {"الرياض، السعودية؛ لماذا؟", "الرياض، السعوديه؛ لماذا؟"}),
      Map.entry("ZWNJ\u200CX\u200FY", new String[] {"ZWNJXY", "ZWNJXY"}),
      Map.entry("ﺍﻠﻤﻠﻜ", new String[] {"الملك", "الملك"}),
      Map.entry("إلى", new String[] {"إلى", "الي"}),
      Map.entry("مستشفى", new String[] {"مستشفى", "مستشفي"}),
      Map.entry("أستشتري دمـــى آلية لأبنائك قبل الإغلاق",
          new String[] {"أستشتري دمى آلية لأبنائك قبل الإغلاق", "استشتري دمي اليه لابنائك قبل الاغلاق"}),
      Map.entry("على مستشفى", new String[] {"على مستشفى", "علي مستشفي"}),
      Map.entry("مؤتمر رئيس", new String[] {"مؤتمر رئيس", "مؤتمر رئيس"}));

  @Test
  void ourChoiceOnEachDisputedInput() {
    CHOICES.forEach((in, expected) -> {
      assertEquals(expected[0], DISPLAY.normalizeToString(in), "display of " + in);
      assertEquals(expected[1], MATCH.normalizeToString(in), "match of " + in);
    });
  }

  @Test
  void theOptionsTakeCamelsDigitsAndPyArabicsTasheelHamza() {
    assertEquals("1234 123", ArabicNormalizer.of(Profile.DISPLAY, Set.of(Option.ASCII_DIGITS))
        .normalizeToString("١٢٣٤ ۱۲۳"), "CAMeL arclean's digits");
    assertEquals("موتمر رييس", ArabicNormalizer.of(Profile.MATCH, Set.of(Option.FOLD_HAMZA_CARRIERS))
        .normalizeToString("مؤتمر رئيس"), "PyArabic normalize_hamza_tasheel's carriers");
  }

  @Test
  void everyOracleInputHasAStatedChoice() throws IOException {
    Set<String> missing = new TreeSet<>();
    for (NormalizationOracle.Row row : NormalizationOracle.rows()) {
      if (!CHOICES.containsKey(row.in())) {
        missing.add(row.in());
      }
    }
    assertTrue(missing.isEmpty(), "oracle inputs without a stated choice: " + missing);
  }
}
