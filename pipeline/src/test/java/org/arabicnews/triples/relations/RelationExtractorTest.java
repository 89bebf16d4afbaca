package org.arabicnews.triples.relations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.arabicnews.triples.entities.Entity;
import org.arabicnews.triples.text.AnalyzedText;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The relation rules on sentences written for these tests, with the entities marked by hand so that each test
 * is about the rules and not the recognizer. Articles are dated Thursday 2026-03-12 unless a test says otherwise.
 */
class RelationExtractorTest {
  private static final RelationExtractor EXTRACTOR = new RelationExtractor();
  private static final LocalDate THURSDAY = LocalDate.of(2026, 3, 12);

  private static List<Triple> extract(String text, String... marks) {
    AnalyzedText analyzed = AnalyzedText.of(text);
    List<Triple> triples = EXTRACTOR.extract(analyzed, Marked.entities(analyzed, marks), THURSDAY);
    for (Triple t : triples) {
      for (Entity e : List.of(t.subject(), t.object())) {
        assertEquals(e.surface(), text.substring(e.start(), e.end()), "arguments are slices of the text");
      }
      assertTrue(t.confidence() > 0 && t.confidence() <= 1, "confidence in (0, 1]");
    }
    return triples;
  }

  /** "subject relation object" for each triple of the given relations, in order. */
  private static List<String> shown(List<Triple> triples, Relation... relations) {
    List<Relation> wanted = List.of(relations);
    return triples.stream()
        .filter(t -> wanted.contains(t.relation()))
        .map(t -> t.subject().surface() + " " + t.relation().label() + " " + t.object().surface())
        .toList();
  }

  private static Triple only(List<Triple> triples, Relation relation) {
    List<Triple> found = triples.stream().filter(t -> t.relation() == relation).toList();
    assertEquals(1, found.size(), "one " + relation.label() + " in " + triples);
    return found.get(0);
  }

  private static String predicate(String text, Triple t) {
    return text.substring(t.predicateStart(), t.predicateEnd());
  }

  @Nested
  class WordOrder {
    @Test
    void vsoTalksWithACounterpartAfterAppositionAndAdverbials() {
      String text = "أجرى وزير الخارجية الأردني، أيمن الصفدي، مساء الثلاثاء في العاصمة اليابانية طوكيو، محادثات مع "
          + "نظيره الياباني تارو كونو.";
      List<Triple> triples = extract(text, "TITLE وزير الخارجية", "NORP الأردني=JO", "PER أيمن الصفدي",
          "NORP اليابانية=JP", "GPE طوكيو", "NORP الياباني=JP", "PER تارو كونو");
      Triple talks = only(triples, Relation.HOLD_TALKS);
      assertEquals("أيمن الصفدي hold_talks تارو كونو", shown(List.of(talks), Relation.HOLD_TALKS).get(0));
      assertEquals("040", talks.cameoCode());
      assertEquals("CONSULT", talks.plover());
      assertEquals("محادثات", predicate(text, talks));
      assertEquals("طوكيو", talks.location());
      assertEquals("2026-03-10", talks.eventDate());
      assertEquals(Polarity.POSITIVE, talks.polarity());
      assertEquals(Modality.ASSERTED, talks.modality());
      assertTrue(talks.rule().startsWith("hold_talks.talks."));
    }

    @Test
    void negotiationsAreCodedAsNegotiation() {
      Triple talks = only(extract("وأجرى وزير الري المصري هاني سويلم مفاوضات مع نظيره الإثيوبي في أديس أبابا.",
          "TITLE وزير الري", "NORP المصري=EG", "PER هاني سويلم", "NORP الإثيوبي=ET", "GPE أديس أبابا"),
          Relation.HOLD_TALKS);
      assertEquals("046", talks.cameoCode());
      assertEquals("CONSULT", talks.plover());
      assertEquals("نظيره الإثيوبي", talks.object().surface());
      assertEquals("أديس أبابا", talks.location());
    }

    @Test
    void svoHeadlineInThePresentTense_receivedCallIsReversed() {
      String text = "أردوغان يتلقى اتصالاً من ميلوني لبحث الأزمة";
      Triple call = only(extract(text, "PER أردوغان", "PER ميلوني"), Relation.PHONE_CALL);
      assertEquals("ميلوني phone_call أردوغان", shown(List.of(call), Relation.PHONE_CALL).get(0));
      assertEquals("041", call.cameoCode());
      assertEquals("يتلقى اتصالاً", predicate(text, call));
      assertEquals(Modality.ASSERTED, call.modality());
    }

    @Test
    void aHeadlineOpeningWithAnUntaggedNameBeforeAPresentTenseTrigger() {
      Triple meet = only(extract("كيبتو يلتقي المبعوث الأممي إلى السودان", "TITLE المبعوث", "GPE السودان=SD"),
          Relation.MEET);
      assertEquals("كيبتو meet المبعوث الأممي", shown(List.of(meet), Relation.MEET).get(0));
      assertEquals("headline", meet.subject().source());
      assertEquals(List.of(), shown(extract("الحكومة تبحث مع البنك الدولي خطة الإصلاح", "ORG البنك الدولي"),
          Relation.HOLD_TALKS), "a common word is not a name");
      assertEquals(List.of(), shown(extract("كيبتو يلتقي المبعوث الأممي إلى السودان.", "TITLE المبعوث",
          "GPE السودان=SD"), Relation.MEET), "a sentence of the body is no headline");
    }

    @Test
    void callMadeWithThePrepositionWrittenOnTheHonorific() {
      assertEquals(List.of("ولي العهد phone_call إيمانويل ماكرون"),
          shown(extract("أجرى ولي العهد اتصالاً هاتفياً بفخامة الرئيس الفرنسي إيمانويل ماكرون.", "TITLE ولي العهد",
              "TITLE الرئيس", "NORP الفرنسي=FR", "PER إيمانويل ماكرون"), Relation.PHONE_CALL));
    }

    @Test
    void placeOfASeatWithoutATaggedCity_andNotTheTopicOfTalks() {
      String text = "استقبل الملك عبدالله الثاني في قصر الحسينية اليوم الرئيس إيمانويل ماكرون. وبحث الجانبان الأوضاع في سوريا.";
      List<Triple> triples = extract(text, "TITLE الملك", "PER عبدالله الثاني", "TITLE الرئيس", "PER إيمانويل ماكرون",
          "GPE سوريا=SY");
      assertEquals("قصر الحسينية", only(triples, Relation.HOST).location());
      assertNull(only(triples, Relation.HOLD_TALKS).location());
    }

    @Test
    void hostAfterANameWithTitlesAfterIt_objectAfterThePlaceAndTime() {
      List<Triple> triples = extract("استقبل الأمير فيصل بن خالد أمير منطقة عسير في مكتبه بأبها أمس، مدير الجوازات "
          + "اللواء سليمان اليحيى.", "TITLE الأمير", "PER فيصل بن خالد", "TITLE أمير منطقة عسير", "GPE أبها",
          "TITLE مدير الجوازات", "PER سليمان اليحيى");
      Triple host = only(triples, Relation.HOST);
      assertEquals("فيصل بن خالد host سليمان اليحيى", shown(List.of(host), Relation.HOST).get(0));
      assertEquals("043", host.cameoCode());
      assertEquals("أبها", host.location());
      assertEquals("2026-03-11", host.eventDate());
    }

    @Test
    void hostObjectAfterABlessingOfTheHost() {
      assertEquals(List.of("مشعل الأحمد host أنطونيو تاياني"), shown(extract("استقبل أمير الكويت الشيخ مشعل الأحمد "
          + "- حفظه الله - في قصر بيان مساء أمس وزير الخارجية الإيطالي أنطونيو تاياني.", "TITLE أمير",
          "GPE الكويت=KW", "PER مشعل الأحمد", "ORG حفظه الله", "TITLE وزير الخارجية", "NORP الإيطالي=IT",
          "PER أنطونيو تاياني"), Relation.HOST));
    }

    @Test
    void hostObjectAfterASeatWrittenWithBa() {
      Triple host = only(extract("استقبل الرئيس وليام روتو، صباح اليوم، بقصر الرئاسة، وزير الخارجية الإيطالي.",
          "TITLE الرئيس", "PER وليام روتو", "TITLE وزير الخارجية", "NORP الإيطالي=IT"), Relation.HOST);
      assertEquals("وزير الخارجية الإيطالي", host.object().surface());
      assertEquals("قصر الرئاسة", host.location());
    }

    @Test
    void plannedReceptionAfterAWeekExpressionAndACity_withItsPurposePlannedToo() {
      List<Triple> triples = extract("وقالت الرئاسة إن الملك عبدالله الثاني سيستقبل الشهر المقبل في عمان رئيس الوزراء "
          + "الهندي، لبحث التعاون في الطاقة.", "TITLE الملك", "PER عبدالله الثاني", "GPE عمان=JO",
          "TITLE رئيس الوزراء", "NORP الهندي=IN");
      Triple host = only(triples, Relation.HOST);
      assertEquals("عبدالله الثاني host رئيس الوزراء الهندي", shown(List.of(host), Relation.HOST).get(0));
      assertEquals(Modality.PLANNED, host.modality());
      Triple talks = only(triples, Relation.HOLD_TALKS);
      assertEquals("رئيس الوزراء الهندي", talks.object().surface());
      assertEquals(Modality.PLANNED, talks.modality(), "a purpose clause shares its event's modality");
    }

    @Test
    void aTitleGluedBeforeAVerbWhoseNamedSubjectFollowsIt() {
      Triple call = only(extract("وزير الخارجية الكيني تلقى الرئيس وليام روتو اتصالاً هاتفياً مساء أمس من الملك "
          + "عبدالله الثاني.", "TITLE وزير الخارجية", "NORP الكيني=KE", "TITLE الرئيس", "PER وليام روتو",
          "TITLE الملك", "PER عبدالله الثاني"), Relation.PHONE_CALL);
      assertEquals("عبدالله الثاني phone_call وليام روتو", shown(List.of(call), Relation.PHONE_CALL).get(0));
    }

    @Test
    void militaryRankWithTheArticleIsGlueInsideTheName() {
      Triple call = only(extract("تلقى الرئيس وليام روتو اتصالاً هاتفياً من الفريق الركن أحمد المنصوري.",
          "TITLE الرئيس", "PER وليام روتو", "TITLE الفريق", "PER أحمد المنصوري"), Relation.PHONE_CALL);
      assertEquals("أحمد المنصوري", call.subject().surface());
    }

    @Test
    void subjectBetweenKanaAndQad() {
      assertEquals(List.of("تارو كونو visit عمان"), shown(extract("وكان الوزير تارو كونو قد زار عمان في يناير 2024.",
          "TITLE الوزير", "PER تارو كونو", "GPE عمان=JO"), Relation.VISIT));
    }

    @Test
    void predicateLeavesOutTheConjunction() {
      String text = "والتقى الرئيس وليام روتو رئيس الوزراء ناريندرا مودي.";
      Triple meet = only(extract(text, "TITLE الرئيس", "PER وليام روتو", "TITLE رئيس الوزراء", "PER ناريندرا مودي"),
          Relation.MEET);
      assertEquals("التقى", predicate(text, meet));
      assertEquals("وليام روتو", meet.subject().surface());
      assertEquals("ناريندرا مودي", meet.object().surface());
    }
  }

  @Nested
  class PartiesAndCoordination {
    @Test
    void coordinatedSubjectOfADualVerb() {
      assertEquals(List.of("قطر hold_talks عمان"),
          shown(extract("قطر وعمان تبحثان تعزيز التعاون الجمركي", "GPE قطر=QA", "GPE عمان=OM"), Relation.HOLD_TALKS));
    }

    @Test
    void coordinatedSubjectAfterTheVerb() {
      assertEquals(List.of("مصر agree السودان"), shown(extract("واتفقت مصر والسودان على تشكيل لجنة فنية.",
          "GPE مصر=EG", "GPE السودان=SD"), Relation.AGREE));
    }

    @Test
    void dualNounAndDualVerbResolveToTheTwoPartiesOfTheLatestEvent() {
      List<Triple> triples = extract("التقى الرئيس الكيني وليام روتو في نيروبي أمس رئيس وزراء الهند ناريندرا مودي. "
          + "ووقع الرئيسان اتفاقية للتعاون الزراعي. وبحثا سبل زيادة التبادل التجاري.", "TITLE الرئيس",
          "NORP الكيني=KE", "PER وليام روتو", "GPE نيروبي", "TITLE رئيس وزراء", "GPE الهند=IN", "PER ناريندرا مودي");
      assertEquals(List.of("وليام روتو meet ناريندرا مودي", "وليام روتو sign_agreement ناريندرا مودي",
          "وليام روتو hold_talks ناريندرا مودي"),
          shown(triples, Relation.MEET, Relation.SIGN_AGREEMENT, Relation.HOLD_TALKS));
      Triple sign = only(triples, Relation.SIGN_AGREEMENT);
      assertEquals(1, sign.sentenceIndex());
      assertTrue(sign.subject().start() < sign.predicateStart(), "the parties are the earlier mentions");
      assertEquals("نيروبي", only(triples, Relation.MEET).location());
    }

    @Test
    void theMinistersAreThePairWhoseTitlesSayMinister_backgroundEventsDoNotCount() {
      List<Triple> triples = extract("أجرى وزير الخارجية المصري سامح شكري في باريس محادثات مع نظيره الفرنسي جان إيف "
          + "لودريان. وأشار البيان إلى الشراكة التي وقعها الرئيس عبد الفتاح السيسي والرئيس إيمانويل ماكرون في مايو 2019. "
          + "ووقع الوزيران مذكرة تفاهم.", "TITLE وزير الخارجية", "NORP المصري=EG", "PER سامح شكري", "GPE باريس",
          "NORP الفرنسي=FR", "PER جان إيف لودريان", "TITLE الرئيس", "PER عبد الفتاح السيسي", "PER إيمانويل ماكرون");
      assertEquals(List.of("عبد الفتاح السيسي sign_agreement إيمانويل ماكرون", "سامح شكري sign_agreement جان إيف لودريان"),
          shown(triples, Relation.SIGN_AGREEMENT));
      assertEquals("2019-05", triples.stream().filter(t -> t.relation() == Relation.SIGN_AGREEMENT).findFirst()
          .orElseThrow().eventDate());
    }

    @Test
    void namesAfterTheDualNounAreTheParties() {
      assertEquals(List.of("شكري hold_talks لودريان"), shown(extract(
          "واستعرض الوزيران شكري ولودريان عددا من القضايا الإقليمية.", "PER شكري", "PER لودريان"),
          Relation.HOLD_TALKS));
    }

    @Test
    void impersonalVerbDuringTheReceptionIsTalksBetweenItsParties() {
      List<Triple> triples = extract("استقبل أمير الكويت الشيخ مشعل الأحمد في قصر بيان اليوم وزير الخارجية الإيطالي "
          + "أنطونيو تاياني، وجرى خلال الاستقبال بحث العلاقات الثنائية.", "TITLE أمير", "GPE الكويت=KW",
          "PER مشعل الأحمد", "TITLE وزير الخارجية", "NORP الإيطالي=IT", "PER أنطونيو تاياني");
      assertEquals(List.of("مشعل الأحمد host أنطونيو تاياني", "مشعل الأحمد hold_talks أنطونيو تاياني"),
          shown(triples, Relation.HOST, Relation.HOLD_TALKS));
      assertTrue(only(triples, Relation.HOLD_TALKS).rule().startsWith("hold_talks.during"));
      assertEquals("2026-03-12", only(triples, Relation.HOST).eventDate());
    }

    @Test
    void afterAnImpersonalVerbBetweenNamesTheSignatoriesButTheTopicOfTalks() {
      List<Triple> triples = extract("استقبل الرئيس وليام روتو اليوم الوزير تارو كونو، وجرى خلال الاستقبال استعراض "
          + "العلاقات بين كينيا واليابان، كما جرى توقيع مذكرة تفاهم بين وزارة الخارجية ووكالة التنمية.", "TITLE الرئيس",
          "PER وليام روتو", "TITLE الوزير", "PER تارو كونو", "GPE كينيا=KE", "GPE اليابان=JP", "ORG وزارة الخارجية",
          "ORG وكالة التنمية");
      assertEquals(List.of("وليام روتو hold_talks تارو كونو", "وزارة الخارجية sign_agreement وكالة التنمية"),
          shown(triples, Relation.HOLD_TALKS, Relation.SIGN_AGREEMENT));
    }

    @Test
    void pronounObjectIsTheOtherPartyOfTheLatestEvent() {
      List<Triple> triples = extract("استقبل الرئيس وليام روتو اليوم رئيس الوزراء ناريندرا مودي. وبحث الرئيس روتو معه "
          + "تطوير العلاقات.", "TITLE الرئيس", "PER وليام روتو", "TITLE رئيس الوزراء", "PER ناريندرا مودي",
          "PER روتو=وليام روتو");
      Triple talks = only(triples, Relation.HOLD_TALKS);
      assertEquals("روتو", talks.subject().surface());
      assertEquals("ناريندرا مودي", talks.object().surface());
      assertTrue(talks.confidence() < only(triples, Relation.HOST).confidence(), "a pronoun is less certain");
    }

    @Test
    void anUnnamedCounterpartIsAPartyByItsNationality() {
      List<Triple> triples = extract("التقى وزير الخارجية الكيني موسى كيبتو، اليوم في نيروبي، نظيره الياباني، وبحث "
          + "الجانبان التعاون الزراعي. واتصل الوزير كيبتو بنظيرته البرازيلية.", "TITLE وزير الخارجية",
          "NORP الكيني=KE", "PER موسى كيبتو", "GPE نيروبي", "NORP الياباني=JP", "TITLE الوزير",
          "PER كيبتو=موسى كيبتو", "NORP البرازيلية=BR");
      assertEquals(List.of("موسى كيبتو meet نظيره الياباني", "موسى كيبتو hold_talks نظيره الياباني",
          "كيبتو phone_call نظيرته البرازيلية"),
          shown(triples, Relation.MEET, Relation.HOLD_TALKS, Relation.PHONE_CALL));
      assertNull(only(triples, Relation.MEET).object().canonicalKey(), "an unnamed person has no key");
      assertEquals(List.of(), shown(triples, Relation.HOLDS_TITLE).stream().filter(t -> t.contains("نظير")).toList());
    }

    @Test
    void aCallNamedByANounWithATimeBeforeItsPreposition() {
      assertEquals(List.of("وزير الخارجية الكيني phone_call وزير الخارجية الياباني"), shown(extract(
          "بحث وزير الخارجية الكيني، في اتصال هاتفي اليوم الخميس مع وزير الخارجية الياباني، التعاون الزراعي.",
          "TITLE وزير الخارجية", "NORP الكيني=KE", "NORP الياباني=JP"), Relation.PHONE_CALL));
    }

    @Test
    void aReceptionNamedByItsVerbalNounAloneIsBetweenTheSentencesParties() {
      List<Triple> triples = extract("ناقش الرئيس وليام روتو مع وزير الخارجية الياباني، لدى استقباله في قصر الرئاسة "
          + "أمس، التعاون الزراعي.", "TITLE الرئيس", "PER وليام روتو", "TITLE وزير الخارجية", "NORP الياباني=JP");
      Triple host = only(triples, Relation.HOST);
      assertEquals("وليام روتو host وزير الخارجية الياباني", shown(List.of(host), Relation.HOST).get(0));
      assertTrue(host.confidence() < only(triples, Relation.HOLD_TALKS).confidence());
      assertEquals(List.of(), shown(extract("وصل الرئيس وليام روتو إلى طوكيو، وكان في استقباله حشد كبير.",
          "TITLE الرئيس", "PER وليام روتو", "GPE طوكيو"), Relation.HOST), "no event, no parties");
      assertEquals(List.of(), shown(extract("واتفقت كينيا واليابان على خطة للري، على أن تعقد اللجنة اجتماعها القادم "
          + "في نيروبي.", "GPE كينيا=KE", "GPE اليابان=JP", "GPE نيروبي"), Relation.MEET), "a body's own meeting");
    }

    @Test
    void theMeetingAsSubjectOfDiscussingIsTalksBetweenItsParties() {
      List<Triple> triples = extract("استقبل الملك عبدالله الثاني اليوم الرئيس إيمانويل ماكرون. وأفاد بيان الديوان بأن "
          + "اللقاء تناول الأوضاع الإقليمية. كما تطرق الاجتماع إلى التعاون الدفاعي.", "TITLE الملك",
          "PER عبدالله الثاني", "TITLE الرئيس", "PER إيمانويل ماكرون");
      List<Triple> talks = triples.stream().filter(t -> t.relation() == Relation.HOLD_TALKS).toList();
      assertEquals(List.of("عبدالله الثاني hold_talks إيمانويل ماكرون", "عبدالله الثاني hold_talks إيمانويل ماكرون"),
          shown(talks, Relation.HOLD_TALKS));
      assertEquals(Modality.REPORTED, talks.get(0).modality());
      assertEquals(Modality.ASSERTED, talks.get(1).modality());
      assertEquals(List.of(), shown(extract("وناقش الاجتماع جدول الأعمال."), Relation.HOLD_TALKS));
    }

    @Test
    void verbalNounWhoseSubjectIsTheSentencesSubject() {
      assertEquals(List.of("وليام روتو meet ناريندرا مودي"), shown(extract(
          "وأكد الرئيس وليام روتو خلال لقائه رئيس الوزراء ناريندرا مودي أهمية التعاون.", "TITLE الرئيس",
          "PER وليام روتو", "TITLE رئيس الوزراء", "PER ناريندرا مودي"), Relation.MEET));
    }

    @Test
    void aSymmetricRelationIsWrittenOncePerPairInASentence() {
      assertEquals(List.of("عبدالله الثاني meet إيمانويل ماكرون"), shown(extract(
          "التقى الملك عبدالله الثاني الرئيس إيمانويل ماكرون واجتمع الرئيس إيمانويل ماكرون مع الملك عبدالله الثاني.",
          "TITLE الملك", "PER عبدالله الثاني", "TITLE الرئيس", "PER إيمانويل ماكرون"), Relation.MEET));
    }
  }

  @Nested
  class OtherRelations {
    @Test
    void visitMadeWithAVerbalNoun() {
      Triple visit = only(extract("وقام وزير الخارجية الياباني بزيارة إلى الأردن استمرت يومين.", "TITLE وزير الخارجية",
          "NORP الياباني=JP", "GPE الأردن=JO"), Relation.VISIT);
      assertEquals("وزير الخارجية الياباني", visit.subject().surface(), "a title alone stands with its nationality");
      assertEquals("JO", visit.object().canonicalKey());
      assertEquals("042", visit.cameoCode());
    }

    @Test
    void aVisitTheVisitorMakesWithBiha() {
      assertEquals(List.of("وزير الزراعة الكيني visit نيروبي"), shown(extract("ووقعت كينيا والبرازيل مذكرة تفاهم، خلال "
          + "زيارة رسمية يقوم بها وزير الزراعة الكيني إلى نيروبي.", "GPE كينيا=KE", "GPE البرازيل=BR",
          "TITLE وزير الزراعة", "NORP الكيني=KE", "GPE نيروبي"), Relation.VISIT));
    }

    @Test
    void aTourOfAGenericDestinationVisitsTheCountriesItLists() {
      List<Triple> visits = extract("وسيقوم الرئيس وليام روتو الأسبوع المقبل بزيارة إلى دول الخليج تشمل قطر وعمان.",
          "TITLE الرئيس", "PER وليام روتو", "GPE قطر=QA", "GPE عمان=OM").stream()
          .filter(t -> t.relation() == Relation.VISIT).toList();
      assertEquals(List.of("وليام روتو visit قطر", "وليام روتو visit عمان"), shown(visits, Relation.VISIT));
      assertEquals(Modality.PLANNED, visits.get(0).modality());
    }

    @Test
    void signedAgreementInARelativeClauseWithItsDate() {
      Triple sign = only(extract("الاتفاقية التي وقعها الملك عبدالله الثاني والرئيس الفرنسي إيمانويل ماكرون في مايو "
          + "2019 فتحت آفاقا جديدة.", "TITLE الملك", "PER عبدالله الثاني", "TITLE الرئيس", "NORP الفرنسي=FR",
          "PER إيمانويل ماكرون"), Relation.SIGN_AGREEMENT);
      assertEquals("عبدالله الثاني", sign.subject().surface());
      assertEquals("إيمانويل ماكرون", sign.object().surface());
      assertEquals("2019-05", sign.eventDate());
      assertEquals("SUPPORT", sign.plover());
    }

    @Test
    void theSignatoryForEachSide() {
      assertEquals(List.of("وزير الزراعة sign_agreement وزير التجارة"), shown(extract("وقعت كينيا واليابان اليوم مذكرة "
          + "تفاهم. ووقع المذكرة عن الجانب الكيني وزير الزراعة، وعن الجانب الياباني وزير التجارة.", "GPE كينيا=KE",
          "GPE اليابان=JP", "NORP الكيني=KE", "TITLE وزير الزراعة", "NORP الياباني=JP", "TITLE وزير التجارة"),
          Relation.SIGN_AGREEMENT).subList(1, 2));
    }

    @Test
    void signWithoutAnAgreementIsNotSigning() {
      assertEquals(List.of(), shown(extract("ووقع الرئيس إيمانويل ماكرون والملك عبدالله الثاني في خطأ.",
          "TITLE الرئيس", "PER إيمانويل ماكرون", "TITLE الملك", "PER عبدالله الثاني"), Relation.SIGN_AGREEMENT));
    }

    @Test
    void thanksWhoseNounIsAlsoAVerbForm_byAPersonNamedByHisTitleChain() {
      AnalyzedText text = AnalyzedText.of("استقبل الأمير فيصل بن خالد الوزير تارو كونو. وقدم سمو ولي العهد شكره وتقديره "
          + "لمعالي وزير الزراعة بدولة اليابان على جهوده.");
      List<Entity> marked = new java.util.ArrayList<>(Marked.entities(text, "TITLE الأمير", "PER فيصل بن خالد",
          "TITLE الوزير", "PER تارو كونو", "TITLE معالي", "TITLE وزير الزراعة", "GPE اليابان=JP"));
      int alias = text.text().indexOf("ولي العهد");
      marked.add(new Entity(org.arabicnews.triples.entities.EntityType.PER, alias, alias + 9, "ولي العهد", "ولي العهد",
          "فيصل بن خالد", "alias", 0.9, 1));
      marked.add(new Entity(org.arabicnews.triples.entities.EntityType.TITLE, alias, alias + 9, "ولي العهد",
          "ولي العهد", "ولي العهد", "test", 0.9, 1));
      List<Triple> triples = EXTRACTOR.extract(text, marked, THURSDAY);
      Triple praise = only(triples, Relation.PRAISE);
      assertEquals("ولي العهد praise معالي وزير الزراعة بدولة اليابان", shown(List.of(praise), Relation.PRAISE).get(0));
      assertEquals("فيصل بن خالد", praise.subject().canonicalKey(), "the alias keeps the person's key");
      assertEquals("praise.thanks.vso", praise.rule());
    }

    @Test
    void aPartyNamedByTitlesAloneSpansItsFormOfAddressToo() {
      assertEquals(List.of("وليام روتو send_message صاحب السمو ولي العهد"), shown(extract("بعث الرئيس وليام روتو برقية "
          + "تهنئة إلى صاحب السمو ولي العهد.", "TITLE الرئيس", "PER وليام روتو", "TITLE صاحب السمو", "TITLE ولي العهد"),
          Relation.SEND_MESSAGE));
    }

    @Test
    void aTitleCutShortBeforeARelativeAdjectiveIsCompleted() {
      assertEquals(List.of("موسى كيبتو meet المبعوث الأممي"), shown(extract("واجتمع الوزير موسى كيبتو مع المبعوث الأممي "
          + "إلى السودان.", "TITLE الوزير", "PER موسى كيبتو", "TITLE المبعوث", "GPE السودان=SD"), Relation.MEET));
    }

    @Test
    void praiseOfAnActorInsideTheComplement() {
      Triple praise = only(extract("وأشاد الصفدي بالمواقف الثابتة لإندونيسيا تجاه القضية الفلسطينية.", "PER الصفدي",
          "GPE إندونيسيا=ID", "NORP الفلسطينية=PS"), Relation.PRAISE);
      assertEquals("إندونيسيا", praise.object().surface());
      assertEquals("051", praise.cameoCode());
      assertNull(praise.location());
    }

    @Test
    void messagesSentAndReceived() {
      assertEquals(List.of("مشعل الأحمد send_message إيمانويل ماكرون", "إيمانويل ماكرون send_message مشعل الأحمد"),
          shown(extract("بعث الشيخ مشعل الأحمد برقية تهنئة إلى الرئيس إيمانويل ماكرون. وتلقى الشيخ مشعل الأحمد رسالة "
              + "من الرئيس إيمانويل ماكرون.", "PER مشعل الأحمد", "TITLE الرئيس", "PER إيمانويل ماكرون"),
              Relation.SEND_MESSAGE));
    }

    @Test
    void greetingsCarriedToAPersonNamedByHisStyleWithAPronoun_withCoordinatedNouns() {
      Triple message = only(extract("استقبل الرئيس وليام روتو في قصر الرئاسة اليوم الوزير تارو كونو. ونقل الوزير خلال "
          + "الاستقبال تحيات وتهاني الإمبراطور ناروهيتو لفخامته وللشعب الكيني.", "TITLE الرئيس", "PER وليام روتو",
          "TITLE الوزير", "PER تارو كونو", "TITLE الإمبراطور", "PER ناروهيتو", "NORP الكيني=KE"),
          Relation.SEND_MESSAGE);
      assertEquals("ناروهيتو send_message وليام روتو", shown(List.of(message), Relation.SEND_MESSAGE).get(0));
    }

    @Test
    void aCableOfThanksIsACableNotAThankingVerb() {
      assertEquals(List.of("وليام روتو send_message ناريندرا مودي"), shown(extract("وبعث الرئيس وليام روتو برقية شكر "
          + "لفخامة رئيس الوزراء ناريندرا مودي.", "TITLE الرئيس", "PER وليام روتو", "TITLE رئيس الوزراء",
          "PER ناريندرا مودي"), Relation.SEND_MESSAGE, Relation.PRAISE));
    }

    @Test
    void coChairIsPlannedWithTheFuturePrefix() {
      Triple chair = only(extract("وسيترأس الوزير الصفدي بشكل مشترك مع نائب رئيس الوزراء الياباني تارو آسو أعمال "
          + "اللجنة.", "TITLE الوزير", "PER الصفدي", "TITLE نائب رئيس الوزراء", "NORP الياباني=JP", "PER تارو آسو"),
          Relation.CHAIR);
      assertEquals("تارو آسو", chair.object().surface());
      assertEquals(Modality.PLANNED, chair.modality());
      assertNull(chair.cameoCode());
      assertNull(chair.plover());
    }

    @Test
    void chairingAMeetingWhoseChairFollowsIt_orThatIsSupervisedWithAla() {
      List<Triple> triples = extract("وترأس الاجتماع معالي وزير الزراعة الكيني موسى كيبتو بحضور السفراء. وأشرف رئيس "
          + "الحكومة، صباح اليوم بقصر الحكومة، على جلسة عمل وزارية خصصت للطاقة.", "TITLE وزير الزراعة",
          "NORP الكيني=KE", "PER موسى كيبتو", "TITLE رئيس الحكومة");
      assertEquals(List.of("موسى كيبتو chair الاجتماع", "رئيس الحكومة chair جلسة عمل وزارية"),
          shown(triples, Relation.CHAIR));
      Triple chair = triples.stream().filter(t -> t.relation() == Relation.CHAIR).findFirst().orElseThrow();
      assertNull(chair.object().canonicalKey(), "a meeting has no key");
      assertNull(chair.cameoCode());
    }

    @Test
    void chairOfASessionNamedBeforeBiriyasa_butLeadingADelegationIsNotChairing() {
      List<Triple> triples = extract("عقد المجلس البلدي اليوم جلسته الدورية برئاسة رئيس المجلس خالد المنصوري. ورأس وفد "
          + "كينيا في الاجتماع الوزير موسى كيبتو. ووصل وفد برئاسة الوزير موسى كيبتو.", "TITLE رئيس المجلس",
          "PER خالد المنصوري", "GPE كينيا=KE", "TITLE الوزير", "PER موسى كيبتو");
      assertEquals(List.of("خالد المنصوري chair جلسته الدورية"), shown(triples, Relation.CHAIR));
    }

    @Test
    void bothSidesChairingTheSessionArePlanned() {
      List<Triple> triples = extract("التقى الرئيس وليام روتو رئيس الوزراء ناريندرا مودي. ومن المنتظر أن يترأس "
          + "الجانبان أشغال الدورة الثالثة للجنة المشتركة.", "TITLE الرئيس", "PER وليام روتو", "TITLE رئيس الوزراء",
          "PER ناريندرا مودي");
      List<Triple> chairs = triples.stream().filter(t -> t.relation() == Relation.CHAIR).toList();
      assertEquals(List.of("وليام روتو chair أشغال الدورة الثالثة", "ناريندرا مودي chair أشغال الدورة الثالثة"),
          shown(chairs, Relation.CHAIR));
      assertEquals(Modality.PLANNED, chairs.get(0).modality());
      assertEquals("وليام روتو hold_talks ناريندرا مودي", shown(extract("التقى الرئيس وليام روتو رئيس الوزراء "
          + "ناريندرا مودي. ومن المنتظر أن يترأس الجانبان أشغال الدورة الثالثة. وبحث الجانبان التعاون.",
          "TITLE الرئيس", "PER وليام روتو", "TITLE رئيس الوزراء", "PER ناريندرا مودي"), Relation.HOLD_TALKS).get(0),
          "the meeting chaired is not one of the two sides");
    }

    @Test
    void aVisitsPurposeWithItsOwnPartyIsTalks_andTheMinistersLaterMetAThirdInATrilateral() {
      List<Triple> triples = extract("وقالت الوزارة إن الوزير موسى كيبتو سيزور طوكيو الأحد لمناقشة التعاون الزراعي في "
          + "أفريقيا مع نظيره الياباني تارو كونو. وكان الوزيران التقيا في نيروبي خلال اجتماع ثلاثي مع نظيرهما "
          + "البرازيلي ماورو فييرا.", "TITLE الوزير", "PER موسى كيبتو", "GPE طوكيو", "LOC أفريقيا",
          "NORP الياباني=JP", "PER تارو كونو", "GPE نيروبي", "NORP البرازيلي=BR", "PER ماورو فييرا");
      Triple talks = only(triples, Relation.HOLD_TALKS);
      assertEquals("موسى كيبتو hold_talks تارو كونو", shown(List.of(talks), Relation.HOLD_TALKS).get(0));
      assertEquals(Modality.PLANNED, talks.modality());
      assertNull(talks.location(), "the place after the purpose is its topic");
      assertEquals(List.of("موسى كيبتو meet ماورو فييرا", "تارو كونو meet ماورو فييرا", "موسى كيبتو meet تارو كونو"),
          shown(triples, Relation.MEET));
    }

    @Test
    void aTrilateralMeetingPairsEveryTwoParties() {
      assertEquals(List.of("جون كيري meet عادل الجبير", "جون كيري meet سيرغي لافروف", "عادل الجبير meet سيرغي لافروف"),
          shown(extract("وعقد جون كيري اجتماعا ثلاثيا مع عادل الجبير وسيرغي لافروف.", "PER جون كيري", "PER عادل الجبير",
              "PER سيرغي لافروف"), Relation.MEET));
    }

    @Test
    void aVisitStatedOnDepartureAndARelativeClauseAboutTheVisitor() {
      List<Triple> triples = extract("غادر الرئيس وليام روتو القاهرة بعد زيارة رسمية. واستقبل الوزير سامح شكري الوزيرة "
          + "فيسنا بوسيتش، التي تزور مصر.", "TITLE الرئيس", "PER وليام روتو", "GPE القاهرة", "TITLE الوزير",
          "PER سامح شكري", "TITLE الوزيرة", "PER فيسنا بوسيتش", "GPE مصر=EG");
      assertEquals(List.of("وليام روتو visit القاهرة", "فيسنا بوسيتش visit مصر"), shown(triples, Relation.VISIT));
    }

    @Test
    void aPostponedVisitIsNegativeAndPlanned() {
      Triple visit = only(extract("وقال المسؤول إن زيارة الوزير تارو كونو لتركيا أجلت.", "TITLE الوزير", "PER تارو كونو",
          "GPE تركيا=TR"), Relation.VISIT);
      assertEquals(Polarity.NEGATIVE, visit.polarity());
      assertEquals(Modality.PLANNED, visit.modality());
    }

    @Test
    void noNamedPartyNoTriple() {
      assertEquals(List.of(), extract("أجرى الفريق مباحثات مع الجهات المعنية."));
      assertEquals(List.of(), extract("وأكد الجانبان أهمية التعاون."));
    }
  }

  @Nested
  class PolarityAndModality {
    @Test
    void negationBeforeTheVerb() {
      Triple meet = only(extract("ولم يلتق الرئيس الأمريكي بنظيره الروسي خلال القمة.", "TITLE الرئيس",
          "NORP الأمريكي=US", "NORP الروسي=RU"), Relation.MEET);
      assertEquals(Polarity.NEGATIVE, meet.polarity());
      assertEquals("نظيره الروسي", meet.object().surface());
    }

    @Test
    void deniedInAClauseAfterNafa() {
      assertEquals(Polarity.NEGATIVE, only(extract("ونفى المتحدث أن يكون الوزير تارو كونو قد التقى نظيره الإيراني.",
          "TITLE الوزير", "PER تارو كونو", "NORP الإيراني=IR"), Relation.MEET).polarity());
    }

    @Test
    void plannedAfterMinAlMuntazar_theVisitedPlaceIsTheObjectNotTheLocation() {
      Triple visit = only(extract("ومن المنتظر أن يزور الرئيس الكيني وليام روتو القاهرة يوم الأحد المقبل.",
          "TITLE الرئيس", "NORP الكيني=KE", "PER وليام روتو", "GPE القاهرة"), Relation.VISIT);
      assertEquals(Modality.PLANNED, visit.modality());
      assertEquals("القاهرة", visit.object().surface());
      assertNull(visit.location());
      assertEquals("2026-03-15", visit.eventDate());
    }

    @Test
    void reportedInTheThatClauseOfAReportingVerb() {
      List<Triple> triples = extract("التقى الرئيس وليام روتو الرئيس إيمانويل ماكرون. وذكرت الوكالة أن الرئيسين بحثا "
          + "الأوضاع في المنطقة.", "TITLE الرئيس", "PER وليام روتو", "PER إيمانويل ماكرون");
      Triple talks = only(triples, Relation.HOLD_TALKS);
      assertEquals(Modality.REPORTED, talks.modality());
      assertEquals(Modality.ASSERTED, only(triples, Relation.MEET).modality());
    }

    @Test
    void attributionWithWifqIsAsserted() {
      assertEquals(Modality.ASSERTED, only(extract("التقى الرئيس وليام روتو الرئيس إيمانويل ماكرون، وفق بيان الرئاسة.",
          "TITLE الرئيس", "PER وليام روتو", "PER إيمانويل ماكرون"), Relation.MEET).modality());
    }
  }

  @Nested
  class Facts {
    @Test
    void titleBeforeTheNameWithItsNationality() {
      List<Triple> triples = extract("وصل الرئيس الروسي فلاديمير بوتين.", "TITLE الرئيس", "NORP الروسي=RU",
          "PER فلاديمير بوتين");
      assertEquals(List.of("فلاديمير بوتين holds_title الرئيس الروسي", "فلاديمير بوتين affiliated_with الروسي"),
          shown(triples, Relation.HOLDS_TITLE, Relation.AFFILIATED_WITH));
      Triple title = only(triples, Relation.HOLDS_TITLE);
      assertNull(title.cameoCode());
      assertEquals("holds_title.title_name", title.rule());
      assertEquals("RU", only(triples, Relation.AFFILIATED_WITH).object().canonicalKey());
    }

    @Test
    void titleChainAfterTheName_ranksAndHonorificsAreNotTitles() {
      assertEquals(List.of("محمد بن سلمان holds_title ولي العهد", "محمد بن سلمان holds_title وزير الدفاع"),
          shown(extract("حضر صاحب السمو الملكي الأمير محمد بن سلمان ولي العهد وزير الدفاع.", "TITLE الأمير",
              "PER محمد بن سلمان", "TITLE ولي العهد", "TITLE وزير الدفاع"), Relation.HOLDS_TITLE));
    }

    @Test
    void aChainOfOfficesSplitsWhereADefiniteWordEndsTheConstruct() {
      assertEquals(List.of("محمد بن نايف holds_title ولي العهد", "محمد بن نايف holds_title نائب رئيس مجلس الوزراء",
          "محمد بن نايف holds_title وزير الداخلية"),
          shown(extract("استقبل الأمير محمد بن نايف ولي العهد نائب رئيس مجلس الوزراء وزير الداخلية الوفد.",
              "TITLE الأمير", "PER محمد بن نايف", "TITLE ولي العهد", "TITLE نائب رئيس مجلس الوزراء وزير الداخلية"),
              Relation.HOLDS_TITLE));
    }

    @Test
    void untaggedWordsOfAChainAreTitlesToo() {
      assertEquals(List.of("محمد بن سلمان holds_title ولي ولي العهد",
          "محمد بن سلمان holds_title النائب الثاني لرئيس مجلس الوزراء", "محمد بن سلمان holds_title وزير الدفاع"),
          shown(extract("حضر الأمير محمد بن سلمان ولي ولي العهد النائب الثاني لرئيس مجلس الوزراء وزير الدفاع.",
              "TITLE الأمير", "PER محمد بن سلمان", "TITLE ولي ولي العهد", "TITLE رئيس مجلس الوزراء",
              "TITLE وزير الدفاع"), Relation.HOLDS_TITLE));
    }

    @Test
    void anUntaggedOfficeBetweenATitleAndTheNameIsInTheChain_andMusaedIsAGivenName() {
      List<Triple> triples = extract("وحضر وزير الدولة عضو مجلس الوزراء الدكتور مساعد بن سعد الحربي، ووزير المالية "
          + "مساعد الشمري.", "TITLE وزير الدولة", "TITLE الدكتور", "PER مساعد بن سعد الحربي", "TITLE وزير المالية",
          "PER مساعد الشمري");
      assertEquals(List.of("مساعد بن سعد الحربي holds_title وزير الدولة",
          "مساعد بن سعد الحربي holds_title عضو مجلس الوزراء", "مساعد الشمري holds_title وزير المالية"),
          shown(triples, Relation.HOLDS_TITLE));
    }

    @Test
    void aNameThatStartsWithAnOfficeWordIsATitle() {
      assertEquals(List.of("سامح شكري holds_title النائب الأول", "سامح شكري holds_title وزير الخارجية"),
          shown(extract("وصل سامح شكري النائب الأول وزير الخارجية.", "PER سامح شكري", "PER النائب الأول",
              "TITLE وزير الخارجية"), Relation.HOLDS_TITLE));
    }

    @Test
    void untaggedWordsInConstructWithATitleBelongToIt() {
      List<Triple> triples = extract("استقبل الأمير فيصل بن خالد أمس رئيس وزراء اليابان.", "TITLE الأمير",
          "PER فيصل بن خالد", "TITLE رئيس", "GPE اليابان=JP");
      assertEquals("رئيس وزراء اليابان", only(triples, Relation.HOST).object().surface());
    }

    @Test
    void aTitleInConstructTakesItsComplement() {
      List<Triple> triples = extract("اتصل ملك الأردن عبدالله الثاني ونائب خادم الحرمين الشريفين محمد بن نايف.",
          "TITLE ملك", "GPE الأردن=JO", "PER عبدالله الثاني", "TITLE نائب", "TITLE خادم الحرمين الشريفين",
          "PER محمد بن نايف");
      assertEquals(List.of("عبدالله الثاني holds_title ملك الأردن", "محمد بن نايف holds_title نائب خادم الحرمين الشريفين"),
          shown(triples, Relation.HOLDS_TITLE));
      assertEquals(List.of("عبدالله الثاني affiliated_with الأردن"), shown(triples, Relation.AFFILIATED_WITH));
    }

    @Test
    void titleSetOffByCommasBeforeTheName() {
      assertEquals(List.of("ناصر القحطاني holds_title وزير الشؤون الخارجية"),
          shown(extract("وقال وزير الشؤون الخارجية، ناصر القحطاني، إن الزيارة ناجحة.", "TITLE وزير الشؤون الخارجية",
              "PER ناصر القحطاني"), Relation.HOLDS_TITLE));
    }

    @Test
    void counterpartWithNationality() {
      Triple fact = only(extract("واتصل الوزير بنظيره الياباني تارو كونو.", "TITLE الوزير", "NORP الياباني=JP",
          "PER تارو كونو"), Relation.AFFILIATED_WITH);
      assertEquals("تارو كونو", fact.subject().surface());
      assertEquals("affiliated_with.counterpart", fact.rule());
    }

    @Test
    void organisationWithOneNationalityOnly() {
      assertEquals(List.of("وزارة الخارجية affiliated_with المغربية"),
          shown(extract("وأعلنت وزارة الخارجية المغربية أن البنك الأردني الكويتي بدأ عمله.", "ORG وزارة الخارجية",
              "NORP المغربية=MA", "ORG البنك", "NORP الأردني=JO", "NORP الكويتي=KW"), Relation.AFFILIATED_WITH));
    }

    @Test
    void aNationalityInsideAnOrganisationsMention_butNotTwo() {
      assertEquals(List.of("وزارة الزراعة الكينية affiliated_with الكينية"), shown(extract("وأعلنت وزارة الزراعة الكينية "
          + "أن بنك الاستثمار الكويتي المصري بدأ عمله.", "ORG وزارة الزراعة الكينية", "ORG بنك الاستثمار الكويتي المصري"),
          Relation.AFFILIATED_WITH));
      assertEquals("KE", only(extract("وأعلنت وزارة الزراعة الكينية خطتها.", "ORG وزارة الزراعة الكينية"),
          Relation.AFFILIATED_WITH).object().canonicalKey());
    }

    @Test
    void titleComplementsWrittenWithPrepositions() {
      List<Triple> triples = extract("وحضر وزير الخارجية بدولة قطر خالد العطية والمندوب الدائم لمصر لدى الأمم المتحدة "
          + "السفير أسامة عبد الخالق ورئيس حزب الأمة السوداني مبارك الفاضل.", "TITLE وزير الخارجية", "GPE قطر=QA",
          "PER خالد العطية", "TITLE المندوب الدائم", "GPE مصر=EG", "ORG الأمم المتحدة", "TITLE السفير",
          "PER أسامة عبد الخالق", "TITLE رئيس", "ORG حزب الأمة", "NORP السوداني=SD", "PER مبارك الفاضل");
      assertEquals(List.of("خالد العطية affiliated_with قطر", "أسامة عبد الخالق affiliated_with مصر",
          "حزب الأمة affiliated_with السوداني", "مبارك الفاضل affiliated_with السوداني"),
          shown(triples, Relation.AFFILIATED_WITH));
      assertTrue(shown(triples, Relation.HOLDS_TITLE).contains("خالد العطية holds_title وزير الخارجية بدولة قطر"));
    }

    @Test
    void countryAnAmbassadorIsPostedToIsNotHisOwn() {
      AnalyzedText text = AnalyzedText.of("وحضر سفير المملكة لدى اليابان عبدالله الغامدي.");
      List<Entity> marked = new java.util.ArrayList<>(Marked.entities(text, "PER عبدالله الغامدي", "GPE اليابان=JP"));
      String title = "سفير المملكة لدى اليابان";
      int start = text.text().indexOf(title);
      marked.add(new Entity(org.arabicnews.triples.entities.EntityType.TITLE, start, start + title.length(), title,
          title, title, "test", 0.9, 0));
      List<Triple> triples = EXTRACTOR.extract(text, marked, THURSDAY);
      assertEquals(List.of("عبدالله الغامدي holds_title سفير المملكة لدى اليابان"),
          shown(triples, Relation.HOLDS_TITLE, Relation.AFFILIATED_WITH));
    }
  }
}
