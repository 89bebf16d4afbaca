package org.arabicnews.triples.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.arabicnews.triples.text.AnalyzedText;
import org.junit.jupiter.api.Test;

class EntityRecognizerTest {
  private static final EntityRecognizer RECOGNIZER = new EntityRecognizer();

  /** Each mention as "TYPE:surface:key:source". */
  private static List<String> found(String text) {
    return RECOGNIZER.recognize(AnalyzedText.of(text)).stream()
        .map(e -> e.type() + ":" + e.surface() + ":" + e.canonicalKey() + ":" + e.source())
        .toList();
  }

  private static void assertFound(String text, String... expected) {
    List<String> entities = found(text);
    for (String e : expected) {
      assertTrue(entities.stream().anyMatch(f -> f.startsWith(e)), e + " not in " + entities);
    }
  }

  @Test
  void countriesGetTheirIsoCode_evenBehindAConjunction() {
    assertFound("وقع الأردن وإندونيسيا اتفاقاً.", "GPE:الأردن:JO:gazetteer", "GPE:إندونيسيا:ID:gazetteer");
  }

  @Test
  void proclitics_areLeftOutOfTheSpan_butWordsThatOnlyLookLikeThemStayWhole() {
    assertFound("سافر الوفد لموسكو وبالعاصمة الرياض التقى بوفد من لبنان وكندا وفلسطين.",
        "GPE:موسكو:موسكو", "GPE:الرياض:الرياض", "GPE:لبنان:LB", "GPE:كندا:CA", "GPE:فلسطين:PS");
    assertFound("وصل الوفد للأمم المتحدة.", "ORG:لأمم المتحدة:الامم المتحده");
  }

  @Test
  void variantSpellings_meetOnOneKey() {
    assertFound("زار أنجولا وأنغولا.", "GPE:أنجولا:AO", "GPE:أنغولا:AO");
    assertFound("قال المسؤول الأميركي والسفير الأمريكي.", "NORP:الأميركي:US", "NORP:الأمريكي:US");
  }

  @Test
  void nationalitiesInEveryForm_linkToTheirCountry() {
    assertFound("قال الروسي إن الروس والمغاربة والمغربيات والباكستانيين اتفقوا.", "NORP:الروسي:RU", "NORP:الروس:RU",
        "NORP:المغاربة:MA", "NORP:المغربيات:MA", "NORP:الباكستانيين:PK");
  }

  @Test
  void wordsThatAreAlsoCountriesOrTitles_needTheirContext() {
    List<String> finance = found("بحث وزير المالية الدعم المالي لمشروع الدولة.");
    assertFalse(finance.stream().anyMatch(e -> e.contains(":ML:")), finance.toString());
    assertFound("وصل الرئيس إلى مالي.", "GPE:مالي:ML");
    List<String> team = found("فاز الفريق في المباراة.");
    assertFalse(team.stream().anyMatch(e -> e.startsWith("TITLE")), team.toString());
    assertFound("التقى الفريق أول خالد الحميدان.", "TITLE:الفريق أول", "PER:خالد الحميدان");
  }

  @Test
  void titledPerson_titleNationalityName() {
    assertFound("وقعها الرئيس الروسي فلاديمير بوتين في موسكو.", "TITLE:الرئيس:الرئيس", "NORP:الروسي:RU",
        "PER:فلاديمير بوتين:فلاديمير بوتين");
    assertFound("التقى الوزير نظيره الروسي سيرغي لافروف في موسكو.", "NORP:الروسي:RU",
        "PER:سيرغي لافروف:سيرغي لافروف");
  }

  @Test
  void titledPerson_nameFollowsArabicNaming_andStopsAtAVerbOrPreposition() {
    assertFound("عاد إلى الرياض خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود في المساء.",
        "TITLE:خادم الحرمين الشريفين", "TITLE:الملك", "PER:سلمان بن عبدالعزيز آل سعود:سلمان بن عبد العزيز ال سعود");
    assertFound("وقعها العاهل المغربي الملك محمد السادس والرئيس الروسي.", "PER:محمد السادس:محمد السادس");
    assertFound("تلقى الرئيس المصري عبد الفتاح السيسي يتلقى اتصالاً.", "PER:عبد الفتاح السيسي:");
  }

  @Test
  void nameBeforeTitle_theSaudiOrder() {
    assertFound("وأكد عادل الجبير وزير الخارجية أن المملكة تدعم الحل.", "PER:عادل الجبير:عادل الجبير",
        "TITLE:وزير الخارجية");
  }

  @Test
  void nameSetOffByCommasAfterALongTitle() {
    assertFound("وصرح وزير الشؤون الخارجية والتعاون الإفريقي والمغاربة المقيمين بالخارج، ناصر بوريطة، للصحافة.",
        "TITLE:وزير الشؤون الخارجية والتعاون الإفريقي والمغاربة المقيمين بالخارج", "PER:ناصر بوريطة:ناصر بوريطه");
  }

  @Test
  void ministries_withTheirPortfolioAndCountry() {
    assertFound("وفق بيان صادر عن وزارة الخارجية المغربية.", "ORG:وزارة الخارجية المغربية:وزاره الخارجيه المغربيه:pattern");
    assertFound("وقعت وزارة الخارجية الأردنية ووزارة الشؤون الخارجية الإندونيسية مذكرة.",
        "ORG:وزارة الخارجية الأردنية:", "ORG:وزارة الشؤون الخارجية الإندونيسية:");
    List<String> bare = found("زار مقر الوزارة.");
    assertFalse(bare.stream().anyMatch(e -> e.startsWith("ORG")), bare.toString());
  }

  @Test
  void shortMentions_takeTheFullNamesKey() {
    assertFound("التقى الوزير ناصر بوريطة نظيره الروسي سيرغي لافروف. واستعرض الوزيران بوريطة ولافروف القضايا.",
        "PER:بوريطة:ناصر بوريطه:alias", "PER:لافروف:سيرغي لافروف:alias");
  }

  @Test
  void titleIntroducedWithAName_laterStandsForThePerson() {
    List<String> entities = found("استقبل خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز الوفد. "
        + "وأكد خادم الحرمين الشريفين دعم المملكة.");
    assertTrue(entities.contains("TITLE:خادم الحرمين الشريفين:خادم الحرمين الشريفين:gazetteer"), entities.toString());
    assertEquals(1, entities.stream()
        .filter(e -> e.equals("PER:خادم الحرمين الشريفين:سلمان بن عبد العزيز:alias")).count(), entities.toString());
  }

  @Test
  void aTitleWithANationality_isNotLinkedToAnotherCountrysHolder() {
    List<String> entities = found("وقع الرئيس الروسي فلاديمير بوتين الاتفاق. ورحب الرئيس المصري بالاتفاق.");
    assertFalse(entities.stream().anyMatch(e -> e.startsWith("PER:الرئيس")), entities.toString());
  }

  @Test
  void offsetsSliceTheSurfaceOutOfTheText_evenWithDiacriticsAndClitics() {
    String text = "اتفقت باكستانُ وَتونسَ على التنسيق لِمُوسكو وبالعاصمة.";
    for (Entity e : RECOGNIZER.recognize(AnalyzedText.of(text))) {
      assertEquals(e.surface(), text.substring(e.start(), e.end()));
    }
  }

  @Test
  void oddInput_givesNoEntitiesAndNoError() {
    assertEquals(List.of(), found(""));
    assertEquals(List.of(), found("\uDC00\u0000 ،،، ..."));
  }
}
