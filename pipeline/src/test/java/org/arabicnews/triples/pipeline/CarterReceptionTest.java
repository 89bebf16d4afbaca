package org.arabicnews.triples.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.arabicnews.triples.testing.DuckDb;
import org.arabicnews.triples.testing.Paths;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 7's acceptance check on the job itself, every stage real: King Salman's reception of the US defence
 * secretary Ashton Carter in Jeddah on 2015-07-22, from the SaudiNewsNet articles of 22 and 23 July about Carter's
 * day in Jeddah (../shared; skipped without it).
 *
 * <p>What the articles say, and so what the row must show:
 *
 * <ul>
 *   <li>On the 22nd the Saudi Press Agency story («استقبل ... في قصر السلام اليوم») ran in aawsat (posted twice),
 *       aleqtisadiya, almadina, alriyadh, alweeam, alyaum and sabq; on the 23rd, as «أمس», in aawsat, aleqtisadiya,
 *       aljazirah, almadina, alriyadh and alyaum, and in okaz's and alwatan's own write-ups. One event: one row on
 *       the 22nd, whose last report is of the 23rd.
 *   <li>The king is written خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز with or without آل سعود, عبدالعزيز with or
 *       without a space; Carter اشتون, أشتون or آشتون كارتر. One key each.
 *   <li>almadina and alriyadh ran the same words on the 22nd, and aawsat's two posts are one story: copies, so
 *       the row has fewer articles than articles that state it.
 *   <li>The crown prince's deputy محمد بن سلمان met Carter the same day: the king's row must not take those.
 * </ul>
 */
class CarterReceptionTest {
  /** SaudiNewsNet record ids: the reception, the talks and the deputy crown prince's meeting, 22-23 July 2015. */
  private static final Set<String> RECORDS = Set.of(
      // 22 July: the reception, «اليوم»; a second aawsat post; alweeam's note on Carter's words after it.
      "snn-4ab6daf33d0f", "snn-8fa73a9e37ee", "snn-860e9eeaece6", "snn-3a7674a0cef2", "snn-408d65b35072",
      "snn-3270d43725b6", "snn-a166ec873a5a", "snn-8755ce963718", "snn-02df5c27307b",
      // 23 July: the reception and the talks, «أمس».
      "snn-f83c11b9e032", "snn-eb2149718e8b", "snn-1b2be4646579", "snn-52fd39c7dc8e", "snn-dbb737431609",
      "snn-c21ca1591d0b", "snn-8787798ef837", "snn-3d805ed2a71f", "snn-b5ec56c783bb",
      // 23 July: محمد بن سلمان's meeting with Carter.
      "snn-1e3e44364f57", "snn-293880fedc6c", "snn-1409cd5637ad");
  private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");
  /** The king, not his son محمد بن سلمان: host(king, Carter). */
  private static final String RECEPTION = " where relation = 'host' and object_key like '%كارتر%'"
      + " and subject_key like 'سلمان بن عبد%'";

  @TempDir static Path tmp;
  private static Path out;

  @BeforeAll
  static void runTheJob() throws IOException {
    // The records are written to a temporary folder at run time, never into the repository.
    Path input = tmp.resolve("carter.jsonl");
    List<String> lines = Files.readAllLines(Paths.shared("corpora/saudinewsnet/saudinewsnet_diplomatic_sample.jsonl"))
        .stream().filter(l -> {
          Matcher m = ID.matcher(l);
          return m.find() && RECORDS.contains(m.group(1));
        }).toList();
    assertEquals(RECORDS.size(), lines.size(), "every selected record is in the sample");
    Files.write(input, lines);
    out = tmp.resolve("out");
    RunSummary summary = EndToEndTest.runJob(out, input.toString());
    assertTrue(summary.succeeded(), summary.oneLine());
  }

  @Test
  void theReceptionIsOneRow_onTheDayItHappened_reportedByAtLeastFiveOutlets() {
    List<List<Object>> rows = DuckDb.query("select event_day, num_sources, first_seen, last_seen, subject_key"
        + " from " + DuckDb.table(out, "relations") + RECEPTION);
    assertEquals(1, rows.size(), "one key for the king, one for Carter, one day: " + rows);
    List<Object> row = rows.get(0);
    assertEquals("2015-07-22", row.get(0), row.toString());
    assertTrue((Long) row.get(1) >= 5, "outlets: " + row);
    // Reported on the day and, as «أمس», the next day: both in the one row.
    assertTrue(((String) row.get(2)).startsWith("2015-07-22") && ((String) row.get(3)).startsWith("2015-07-23"),
        row.toString());
    assertTrue(!((String) row.get(4)).contains("بن سلمان"), "the king's row, not his son's: " + row);
  }

  @Test
  void copiesCountAsMentionsButNotAsArticles() {
    String articles = DuckDb.table(out, "articles");
    assertEquals(1L, DuckDb.count("select count(distinct coalesce(duplicate_of, article_id)) from " + articles
        + " where record_id in ('snn-3a7674a0cef2', 'snn-408d65b35072')"), "almadina and alriyadh, same words");
    assertEquals(1L, DuckDb.count("select count(distinct coalesce(duplicate_of, article_id)) from " + articles
        + " where record_id in ('snn-4ab6daf33d0f', 'snn-8fa73a9e37ee')"), "aawsat's two posts");

    // The row's counts agree with the triples and articles tables it sums up.
    List<Object> stated = DuckDb.query("select count(*), count(distinct t.article_id),"
        + " count(distinct coalesce(a.duplicate_of, a.article_id)), count(distinct a.source_name)"
        + " from " + DuckDb.table(out, "triples") + " t join " + articles + " a using (article_id)"
        + " where t.relation = 'host' and t.object_key like '%كارتر%'"
        + " and (t.subject_key like 'سلمان بن عبد%' or t.subject_key in ('خادم الحرمين الشريفين', 'الملك'))"
        + " and (t.polarity is null or t.polarity <> 'negative') and (t.modality is null or t.modality <> 'planned')")
        .get(0);
    List<Object> row = DuckDb.query("select num_mentions, num_articles, num_sources from "
        + DuckDb.table(out, "relations") + RECEPTION).get(0);
    assertEquals(List.of(stated.get(0), stated.get(2), stated.get(3)), row, "triples: " + stated);
    assertTrue((Long) row.get(1) < (Long) stated.get(1), "copies count once: " + row + " of " + stated);
  }
}
