package org.arabicnews.triples.events;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongPredicate;
import org.junit.jupiter.api.Test;

/** The combine accumulators: bounded, order-independent, and they survive a round trip through bytes. */
class AccumulatorsTest {
  private static ClusterReport cluster(String id, String published, double confidence, int mentions) {
    ClusterReport r = new ClusterReport();
    for (int i = 0; i < mentions; i++) {
      Mention m = Mention.ofTriple(id, "ا", "PER", "ا", "meet", null, null, "ب", "PER", "ب", null, null, confidence);
      r.add(m.inArticle(id, "s", published));
    }
    return r;
  }

  @Test
  void noisyOr_combinesIndependentReports_andIsCapped() {
    assertEquals(0.8, NoisyOr.confidence(NoisyOr.evidence(0.8)), 1e-9);
    assertEquals(0.96, NoisyOr.confidence(NoisyOr.evidence(0.8) + NoisyOr.evidence(0.8)), 1e-9);
    assertEquals(NoisyOr.CAP, NoisyOr.confidence(3 * NoisyOr.evidence(0.8)));
    assertEquals(NoisyOr.CAP, NoisyOr.confidence(NoisyOr.evidence(1.0)));
    assertEquals(0.0, NoisyOr.confidence(NoisyOr.evidence(Double.NaN)));
  }

  @Test
  void clusterReport_keepsTheBestConfidence_notTheSumOfCopies() {
    ClusterReport r = cluster("c1", "2015-07-22 17:31:33", 0.6, 3).merge(cluster("c1", "2015-07-22 20:04:28", 0.7, 1));
    assertEquals(4, r.mentions());
    assertEquals(0.7, r.maxConfidence());
    assertEquals("2015-07-22 17:31:33", r.firstSeen());
    assertEquals("2015-07-22 20:04:28", r.lastSeen());
  }

  @Test
  void eventStats_countClusters_andKeepTheFiveEarliestAsSamples() {
    EventStats stats = new EventStats();
    for (int i = 7; i >= 1; i--) {
      stats.add(cluster("c" + i, "2015-07-2" + i + " 10:00:00", 0.5, 2));
    }
    stats.add(cluster("undated", null, 0.5, 1));
    assertEquals(8, stats.articles());
    assertEquals(15, stats.mentions());
    assertEquals(List.of("c1", "c2", "c3", "c4", "c5"), stats.sampleArticleIds());
    assertEquals("2015-07-21 10:00:00", stats.firstSeen());
    assertEquals("2015-07-27 10:00:00", stats.lastSeen());
    assertEquals(NoisyOr.CAP, stats.confidence());
  }

  @Test
  void eventStats_mergeInAnyOrder_givesTheSameResult() throws IOException {
    List<ClusterReport> reports = new ArrayList<>();
    for (int i = 0; i < 9; i++) {
      reports.add(cluster("c" + i, "2015-07-" + (10 + (i * 7) % 9) + " 08:00:00", 0.1 + 0.07 * i, 1 + i % 3));
    }
    EventStats forward = new EventStats();
    EventStats left = new EventStats();
    EventStats right = new EventStats();
    for (int i = 0; i < reports.size(); i++) {
      forward.add(reports.get(i));
      (i % 2 == 0 ? right : left).add(reports.get(reports.size() - 1 - i));
    }
    EventStats merged = new EventStats().merge(left).merge(right);
    assertArrayEquals(bytes(forward), bytes(merged));
    assertTrue(merged.confidence() > 0.9 && merged.confidence() <= NoisyOr.CAP);
  }

  @Test
  void accumulatorsAndMentions_roundTripThroughBytes() throws IOException {
    EventStats stats = new EventStats().add(cluster("c1", null, 0.4, 2));
    assertArrayEquals(bytes(stats), bytes(EventStats.read(input(bytes(stats)))));
    ClusterReport report = cluster("c2", "2015-07-22", 0.4, 1);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    report.write(new DataOutputStream(out));
    ClusterReport back = ClusterReport.read(input(out.toByteArray()));
    assertEquals(report.clusterId(), back.clusterId());
    assertEquals(report.firstSeen(), back.firstSeen());
    Mention m = Mention.ofTriple("a", null, "TITLE", "خادمُ الحرمين", "host", "043", null, "ب", "PER", "ب", null,
        "2015-07", 0.5);
    ByteArrayOutputStream mentionOut = new ByteArrayOutputStream();
    m.write(new DataOutputStream(mentionOut));
    assertEquals(m, Mention.read(input(mentionOut.toByteArray())));
  }

  @Test
  void mention_withoutAKey_isKeyedByItsNormalizedSurface() {
    Mention m = Mention.ofTriple("a", null, "TITLE", "خادمُ الحرمين", "host", " ", "", "ب", "PER", "ب", " ",
        "not a date", 0.5);
    assertEquals("خادم الحرمين", m.subjectKey());
    assertEquals(null, m.cameoCode());
    assertEquals(null, m.location());
    assertEquals(null, m.eventDate());
  }

  @Test
  void eventStats_labelsCodesPlacesAndOutlets_areTheMostFrequent() {
    EventStats stats = new EventStats();
    String[][] mentions = {
        {"c1", "okaz", "ناصر بوريطة", "موسكو", "040"}, {"c1", "sabq", "بوريطة", "موسكو", "040"},
        {"c2", "okaz", "ناصر بوريطة", "الكرملين", "042"}, {"c3", "alyaum", "بوريطة", null, "040"}};
    for (String[] m : mentions) {
      ClusterReport r = new ClusterReport();
      r.add(Mention.ofTriple(m[0], "ا", "PER", m[2], "meet", m[4], "CONSULT", "ب", "PER", "ب", m[3], null, 0.5)
          .inArticle(m[0], m[1], "2015-07-22"));
      stats.add(r);
    }
    assertEquals("بوريطة", stats.subjectLabel(), "2 to 2: the smaller string");
    assertEquals("040", stats.cameoCode());
    assertEquals("CONSULT", stats.plover());
    assertEquals(List.of("موسكو", "الكرملين"), stats.locations());
    assertEquals(3, stats.sources());
  }

  @Test
  void boundedCounts_keepTheSmallestValuesWithExactCounts_inAnyOrder() {
    BoundedCounts forward = new BoundedCounts(2);
    BoundedCounts split1 = new BoundedCounts(2);
    BoundedCounts split2 = new BoundedCounts(2);
    String[] values = {"ج", "ا", "ب", "ج", "ب", "ا", "د", "ب"};
    for (int i = 0; i < values.length; i++) {
      forward.add(values[i], 1);
      (i < 3 ? split2 : split1).add(values[i], 1);
    }
    BoundedCounts merged = split1.merge(split2);
    assertEquals(List.of("ب", "ا"), forward.mostFrequent(5));
    assertEquals(forward.mostFrequent(5), merged.mostFrequent(5));
    assertTrue(forward.overflowed() && merged.overflowed());
    BoundedCounts small = new BoundedCounts(4).add("ا", 2).add(null, 1);
    assertEquals(1, small.distinct());
    assertEquals(false, small.overflowed());
    assertEquals(null, new BoundedCounts(4).mode());
  }

  @Test
  void sharedKeys_answerTrueForKeysAddedTwice_andTheListsMergeInAnyOrder() throws IOException {
    SharedKeys a = new SharedKeys().add(1).add(2);
    SharedKeys b = new SharedKeys().add(2).add(3).add(3);
    LongPredicate merged = new SharedKeys().merge(a).merge(b).sharedLookup();
    assertTrue(merged.test(2) && merged.test(3));
    assertFalse(merged.test(1) || merged.test(4));
    // A key sharing key 3's bit answers true: a false positive costs a shuffle, never a missed duplicate.
    assertTrue(merged.test(3 + SharedKeys.BITS));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new SharedKeys().merge(a).merge(b).write(new DataOutputStream(out));
    assertTrue(out.size() < 100, "sparse: " + out.size());
    LongPredicate back = SharedKeys.read(input(out.toByteArray())).sharedLookup();
    assertTrue(back.test(2) && back.test(3) && !back.test(1));
  }

  @Test
  void sharedKeys_answerTheSameOncePastTheListLimit_whicheverSideIsDense() throws IOException {
    SharedKeys dense = new SharedKeys();
    for (long k = 0; k <= SharedKeys.SPARSE_LIMIT; k++) {
      dense.add(1_000_000 + k);
    }
    dense.add(1_000_000);
    SharedKeys sparse = new SharedKeys().add(7).add(1_000_001);
    for (SharedKeys merged : List.of(new SharedKeys().merge(sparse).merge(dense),
        new SharedKeys().merge(dense).merge(sparse), dense)) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      merged.write(new DataOutputStream(out));
      LongPredicate lookup = SharedKeys.read(input(out.toByteArray())).sharedLookup();
      boolean withSparse = merged != dense;
      assertTrue(lookup.test(1_000_000), "added twice in the dense one");
      assertEquals(withSparse, lookup.test(1_000_001), "once in each");
      assertFalse(lookup.test(1_000_002) || lookup.test(7) || lookup.test(8));
    }
  }

  private static byte[] bytes(EventStats s) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    s.write(new DataOutputStream(out));
    return out.toByteArray();
  }

  private static DataInputStream input(byte[] bytes) {
    return new DataInputStream(new ByteArrayInputStream(bytes));
  }
}
