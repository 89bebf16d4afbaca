package org.arabicnews.triples.entities;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.arabicnews.triples.ingest.PageSegmenter;
import org.arabicnews.triples.ingest.Segment;
import org.arabicnews.triples.testing.Paths;
import org.arabicnews.triples.text.AnalyzedText;
import org.junit.jupiter.api.Test;

/** The persons and countries the project was specified with come out with their types and keys. */
class SamplePagesTest {
  private static final EntityRecognizer RECOGNIZER = new EntityRecognizer();

  /** "TYPE:surface:key" of every mention in every article cut out of the page, as the job cuts them. */
  private static List<String> entities(Path page) throws IOException {
    List<String> out = new ArrayList<>();
    for (Segment s : new PageSegmenter().segment(Files.readString(page), null)) {
      for (Entity e : RECOGNIZER.recognize(AnalyzedText.of(s.text()))) {
        out.add(e.type() + ":" + e.surface() + ":" + e.canonicalKey());
      }
    }
    return out;
  }

  private static void assertHas(List<String> entities, String... expected) {
    for (String e : expected) {
      assertTrue(entities.contains(e), e + " not in " + entities);
    }
  }

  @Test
  void seedPage() throws IOException {
    List<String> entities = entities(Paths.shared("seeds/000_bbd7c266d0fab037.txt"));
    assertHas(entities, "PER:ناصر بوريطة:ناصر بوريطه", "PER:سيرغي لافروف:سيرغي لافروف", "PER:محمد السادس:محمد السادس",
        "PER:فلاديمير بوتين:فلاديمير بوتين", "PER:دميتري باتروشيف:دميتري باتروشيف", "PER:بوريطة:ناصر بوريطه",
        "PER:لافروف:سيرغي لافروف", "GPE:المغرب:MA", "GPE:روسيا:RU", "GPE:باكستان:PK", "GPE:تونس:TN", "NORP:الروسي:RU",
        "GPE:موسكو:موسكو", "ORG:منظمة التعاون الإسلامي:منظمه التعاون الاسلامي");
  }

  @Test
  void testdataPages() throws IOException {
    assertHas(entities(Paths.testdata("pages/001-morocco-russia-talks.txt")), "PER:ناصر بوريطة:ناصر بوريطه",
        "PER:سيرغي لافروف:سيرغي لافروف", "NORP:المغربي:MA", "NORP:الروسي:RU", "GPE:باكستان:PK", "GPE:تونس:TN",
        "GPE:المغرب:MA", "GPE:روسيا:RU", "ORG:الأمم المتحدة:الامم المتحده");
    assertHas(entities(Paths.testdata("pages/002-riyadh-reception.txt")),
        "PER:سلمان بن عبدالعزيز:سلمان بن عبد العزيز", "PER:ديفيد لامي:ديفيد لامي",
        "PER:فيصل بن فرحان بن عبدالله:فيصل بن فرحان بن عبد الله", "TITLE:خادم الحرمين الشريفين:خادم الحرمين الشريفين",
        "GPE:المملكة العربية السعودية:SA", "GPE:المملكة المتحدة:GB", "NORP:البريطاني:GB");
    assertHas(entities(Paths.testdata("pages/003-cairo-phone-call.txt")),
        "PER:عبد الفتاح السيسي:عبد الفتاح السيسي", "PER:إيمانويل ماكرون:ايمانويل ماكرون", "NORP:المصري:EG",
        "NORP:الفرنسي:FR");
    assertHas(entities(Paths.testdata("pages/004-amman-mou.txt")), "PER:أيمن الصفدي:ايمن الصفدي",
        "NORP:الإندونيسي:ID", "GPE:إندونيسيا:ID");
  }
}
