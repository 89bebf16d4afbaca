package org.arabicnews.triples.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Splitting tag lines; each case gives the page text that attests (or fails to attest) the phrases. */
class TagSplitterTest {
  private final PageSegmenter segmenter = new PageSegmenter();

  private List<String> tags(String line, String pageText) {
    return segmenter.tags(line, pageText);
  }

  @Test
  void explicitSeparatorsDecide() {
    assertEquals(List.of("مصر", "فرنسا", "اتصال هاتفي"), tags("مصر، فرنسا ,اتصال هاتفي", ""));
    assertEquals(List.of("الأردن", "مذكرة تفاهم"), tags("الأردن | مذكرة تفاهم", ""));
    assertEquals(List.of("الأردن", "مذكرة تفاهم"), tags("الأردن  مذكرة تفاهم", ""));
    assertEquals(List.of("مصر", "فرنسا"), tags("#مصر #فرنسا", ""));
  }

  @Test
  void phrasesThePageRepeats_comeOutWhole() {
    assertEquals(List.of("تعزيز التنسيق", "الأمم المتحدة"),
        tags("تعزيز التنسيق الأمم المتحدة", "اتفق الجانبان على تعزيز التنسيق داخل الأمم المتحدة."));
  }

  @Test
  void theArticleAndALeadingConjunction_doNotStopAPhraseBeingAttested() {
    assertEquals(List.of("المشاورات السياسية", "الرئيس الروسي"),
        tags("المشاورات السياسية الرئيس الروسي", "في جولة مشاورات سياسية، والرئيس الروسي."));
  }

  @Test
  void anInnerConjunction_doesAttestOnlyWithTheConjunction() {
    assertEquals(List.of("باكستان", "تونس"), tags("باكستان تونس", "اتفقت باكستان وتونس على التنسيق."));
    assertEquals(List.of("باكستان وتونس"), tags("باكستان وتونس", "اتفقت باكستان وتونس على التنسيق."));
  }

  @Test
  void punctuationInThePage_breaksAPhrase() {
    assertEquals(List.of("موسكو", "الرباط"), tags("موسكو الرباط", "زار موسكو، ثم الرباط."));
  }

  @Test
  void countryNames_areTagsByThemselves_evenUnattested() {
    assertEquals(List.of("ألمانيا", "البرازيل"), tags("ألمانيا البرازيل", "نص لا يذكرهما."));
  }

  @Test
  void aTitleWord_startsATag_andBindsToWhatFollows() {
    assertEquals(List.of("ناصر بوريطة", "وزير الخارجية المغربي"),
        tags("ناصر بوريطة وزير الخارجية المغربي", "قال ناصر بوريطة إن الوزارة ..."));
  }

  @Test
  void aDefiniteAdjectiveBeforeADefiniteNoun_endsATag() {
    assertEquals(List.of("التعاون الإسلامي", "المشاورات الثنائية"),
        tags("التعاون الإسلامي المشاورات الثنائية", "لا شيء من ذلك هنا."));
  }

  @Test
  void anAgreeingAdjective_andAParticle_bindToTheirNeighbours() {
    assertEquals(List.of("العلاقات الثنائية بين البلدين"),
        tags("العلاقات الثنائية بين البلدين", "العلاقات الثنائية، وما بين البلدين."));
  }

  @Test
  void theSamplePagesFlattenedLine() {
    String page = "أجرى وزير الشؤون الخارجية والتعاون، ناصر بوريطة، بالعاصمة الروسية موسكو مباحثات. "
        + "وقعها الرئيس الروسي فلاديمير بوتين. استعرض الوزيران بوريطة ولافروف القضايا. مع نائب رئيس الوزراء الروسي.";
    assertEquals(List.of("وزير الخارجية المغربي", "العلاقات الثنائية بين البلدين", "وزير الشؤون الخارجية",
            "ناصر بوريطة", "العاصمة الروسية موسكو", "الرئيس الروسي فلاديمير بوتين", "بوريطة ولافروف",
            "رئيس الوزراء الروسي"),
        tags("وزير الخارجية المغربي العلاقات الثنائية بين البلدين وزير الشؤون الخارجية ناصر بوريطة العاصمة "
            + "الروسية موسكو الرئيس الروسي فلاديمير بوتين بوريطة ولافروف رئيس الوزراء الروسي", page));
  }

  @Test
  void limit_twoUnattestedNamesWithNoCue_stayOneTag() {
    assertEquals(List.of("كيري لافروف"), tags("كيري لافروف", "نص آخر."));
  }
}
