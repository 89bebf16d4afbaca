package org.arabicnews.triples.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SegmentationRulesTest {
  private static final SegmentationRules DEFAULTS = SegmentationRules.defaults();

  private static String error(String rules) {
    return assertThrows(IllegalArgumentException.class, () -> DEFAULTS.plus(rules, "site.rules")).getMessage();
  }

  @Test
  void aSitesOwnRules_addMarkersListsAndDatelines_withoutCode() {
    SegmentationRules site = DEFAULTS.plus("""
        # rules of a made-up site
        source     بقلم\\s*[:：]\\s*(?<value>.+)   # this site credits its outlet so
        drop       شاهد الفيديو   # video teaser
        list place الداخلة الجديدة   # a place the shipped list lacks
        dateline   ^(?<dateline>{place}) ~ (?<agency>{agency}) ~ ?   # its dateline uses a tilde
        """, "site.rules");
    Segment s = new PageSegmenter(site).segment("العيون ~ ماب ~ افتتح الوالي المعرض.\n\nشاهد الفيديو\n\nبقلم: الصحراء", null).get(0);
    assertEquals("العيون", s.dateline());
    assertEquals("ماب", s.agency());
    assertEquals("افتتح الوالي المعرض.", s.text());
    assertEquals("الصحراء", s.sourceName());
    assertTrue(site.list("place").contains(SegmentationRules.normalize("الداخلة الجديدة")));
  }

  @Test
  void rulesAreComparedInTheMatchNormalization_soSpellingVariantsNeedNoRuleOfTheirOwn() {
    SegmentationRules site = DEFAULTS.plus("drop  إعلانٌ مُموَّل   # sponsored-content label", "site.rules");
    assertEquals("نص.", new PageSegmenter(site).segment("اعلان ممول\n\nنص.\n\nإعلانٌ مُموَّلٌ", null).get(0).text());
  }

  @Test
  void aHashAfterASpaceStartsAComment_anEscapedOneIsLiteral() {
    SegmentationRules site = DEFAULTS.plus("drop  رقم \\#\\d+   # issue numbers", "site.rules");
    assertEquals("نص.", new PageSegmenter(site).segment("رقم #12\n\nنص.", null).get(0).text());
  }

  @Test
  void badRules_nameTheFileAndLine() {
    assertEquals("site.rules:2: unknown rule kind 'drp'. Kinds: source, keywords, read_also, share, headlines, drop, "
        + "strip, bullet, item_number, title_strip, dateline, tag_adjective, list.", error("# comment\ndrp  x"));
    assertTrue(error("\n\ndateline ^{nowhere}").startsWith("site.rules:3: the pattern uses {nowhere} but no 'list nowhere'"));
    assertTrue(error("source المصدر: (.+)").startsWith("site.rules:1: a 'source' rule needs a (?<value>...) group"));
    assertTrue(error("drop (unclosed").startsWith("site.rules:1: bad pattern: Unclosed group"));
    assertTrue(error("drop").startsWith("site.rules:1: the rule 'drop' has no pattern"));
    assertTrue(error("list Place x").startsWith("site.rules:1: a list name is lower-case letters"));
  }

  @Test
  void theShippedRulesCoverEveryKind() {
    for (SegmentationRules.Kind kind : SegmentationRules.Kind.values()) {
      if (kind != SegmentationRules.Kind.LIST) {
        assertTrue(!DEFAULTS.rules(kind).isEmpty(), kind + " has no shipped rule");
      }
    }
    for (String list : List.of("agency", "site", "place", "month", "hijri", "dash", "tag_lead", "tag_glue", "tag_name")) {
      assertTrue(!DEFAULTS.list(list).isEmpty(), list);
    }
  }
}
