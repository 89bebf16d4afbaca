package org.arabicnews.triples.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.arabicnews.triples.testing.DuckDb;
import org.arabicnews.triples.testing.Paths;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job's triples table on our testdata pages and on the sample page the project was specified from, read
 * back with DuckDB: the relations, arguments, places, dates and modalities those pages state.
 */
class TriplesEndToEndTest {
  @TempDir Path out;

  /** Rows of the triples table joined to their article, as "file#segment relation subject → object". */
  private static String triples(Path output) {
    return String.join("\n", DuckDb.query("select regexp_extract(a.input_uri, '[^/]+$') || coalesce('#' || a.record_id, '')"
        + " || '#' || a.segment || ' ' || t.relation || ' ' || t.subject || ' → ' || t.object"
        + " || ' @' || coalesce(t.location, '') || ' ' || coalesce(t.event_date, '') || ' ' || t.modality"
        + " from " + DuckDb.table(output, "triples") + " t join " + DuckDb.table(output, "articles")
        + " a using (article_id) order by 1").stream().map(row -> row.get(0).toString()).toList());
  }

  private static void has(String triples, String expected) {
    assertTrue(triples.lines().anyMatch(line -> line.startsWith(expected)), "no row starting with\n  " + expected
        + "\nin\n" + triples);
  }

  @Test
  void ourPagesAndExports() {
    String input = Paths.testdata("pages") + "/00[1-5]-*," + Paths.testdata("exports") + "/articles-2026-10.jsonl";
    assertTrue(EndToEndTest.runJob(out, input).succeeded());
    String triples = triples(out);

    has(triples, "001-morocco-russia-talks.txt#0 hold_talks ناصر بوريطة → سيرغي لافروف @موسكو");
    has(triples, "001-morocco-russia-talks.txt#0 sign_agreement ناصر بوريطة → سيرغي لافروف");
    has(triples, "001-morocco-russia-talks.txt#0 holds_title ناصر بوريطة → وزير الشؤون الخارجية المغربي");
    has(triples, "001-morocco-russia-talks.txt#0 affiliated_with سيرغي لافروف → الروسي");
    has(triples, "001-morocco-russia-talks.txt#1 agree باكستان → تونس");
    has(triples, "001-morocco-russia-talks.txt#2 phone_call رئيس الوزراء الباكستاني → الرئيس التونسي");
    has(triples, "002-riyadh-reception.txt#0 host سلمان بن عبدالعزيز → ديفيد لامي @الرياض");
    has(triples, "002-riyadh-reception.txt#0 hold_talks سلمان بن عبدالعزيز → ديفيد لامي");
    has(triples, "003-cairo-phone-call.txt#0 phone_call إيمانويل ماكرون → عبد الفتاح السيسي");
    has(triples, "003-cairo-phone-call.txt#0 hold_talks عبد الفتاح السيسي → إيمانويل ماكرون @  reported");
    has(triples, "004-amman-mou.txt#0 sign_agreement وزارة الخارجية الأردنية → وزارة الخارجية الإندونيسية");
    has(triples, "004-amman-mou.txt#0 praise الصفدي → إندونيسيا");
    has(triples, "005-algiers-visit.txt.gz#0 sign_agreement الجزائر → إيطاليا");
    has(triples, "articles-2026-10.jsonl#tn-0002#0 sign_agreement الإمارات → الهند @أبوظبي 2026-10-04 asserted");
    has(triples, "articles-2026-10.jsonl#tn-0005#0 hold_talks رئيس مجلس الأمة الكويتي → رئيس مجلس الشورى القطري"
        + " @الدوحة 2026-10-06 asserted");

    assertEquals(0L, DuckDb.count("select count(*) from " + DuckDb.table(out, "triples") + " where polarity is null"
        + " or modality is null or confidence < 0 or confidence > 1 or (cameo_code is not null and plover is null)"
        + " or (cameo_code is null and plover is not null)"));
    assertEquals(List.of(List.of("CONSULT")), DuckDb.query("select distinct plover from " + DuckDb.table(out, "triples")
        + " where relation in ('hold_talks', 'phone_call', 'host', 'meet', 'visit')"));
  }

  @Test
  void samplePage() {
    Path seed = Paths.shared("seeds/000_bbd7c266d0fab037.txt");
    assertTrue(EndToEndTest.runJob(out, seed.toString()).succeeded());
    String triples = triples(out);

    has(triples, "000_bbd7c266d0fab037.txt#0 hold_talks ناصر بوريطة → سيرغي لافروف @موسكو");
    has(triples, "000_bbd7c266d0fab037.txt#0 sign_agreement ناصر بوريطة → سيرغي لافروف");
    has(triples, "000_bbd7c266d0fab037.txt#0 holds_title ناصر بوريطة → وزير الشؤون الخارجية والتعاون الإفريقي");
    has(triples, "000_bbd7c266d0fab037.txt#0 affiliated_with سيرغي لافروف → الروسي");
    has(triples, "000_bbd7c266d0fab037.txt#0 sign_agreement محمد السادس → فلاديمير بوتين @ 2016-03 reported");
    has(triples, "000_bbd7c266d0fab037.txt#0 chair بوريطة → دميتري باتروشيف @  planned");
    has(triples, "000_bbd7c266d0fab037.txt#1 agree باكستان → تونس");
    has(triples, "000_bbd7c266d0fab037.txt#3 phone_call نظيره الفرنسي → السيسي");
    assertEquals(List.of(List.of("RU")), DuckDb.query("select object_key from " + DuckDb.table(out, "triples")
        + " where relation = 'affiliated_with' and subject = 'سيرغي لافروف'"));
  }
}
