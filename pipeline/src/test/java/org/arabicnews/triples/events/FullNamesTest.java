package org.arabicnews.triples.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class FullNamesTest {
  private static final String SHORT = "سلمان بن عبد العزيز";
  private static final String FULL = "سلمان بن عبد العزيز ال سعود";

  private static FullNames articles(FullNames names, int n, String... keys) {
    for (int i = 0; i < n; i++) {
      names.add(List.of(keys));
    }
    return names;
  }

  @Test
  void aLeadingName_takesTheFullNameOtherArticlesWrite() {
    FullNames names = articles(articles(new FullNames(), 3, SHORT), 4, FULL);
    assertEquals(FULL, names.resolve(SHORT));
    assertEquals(FULL, names.resolve(FULL));
  }

  @Test
  void theFullNameCoversItsOwnLongerForms_andIsNotMovedToARarerOne() {
    FullNames names = new FullNames();
    articles(names, 5, SHORT);
    articles(names, 6, FULL);
    // The name finder running past the name into the sentence: rarer than the name, never its key.
    articles(names, 2, FULL + " حفظه الله");
    articles(names, 1, SHORT + " صباح");
    // 8 of the 9 longer names start with the full name.
    assertEquals(FULL, names.resolve(SHORT));
    assertEquals(FULL, names.resolve(FULL));
  }

  @Test
  void aLeadingNameOfTwoPeople_orOneMoreUsualThanItsLongerForm_staysAsItIs() {
    FullNames two = new FullNames();
    articles(two, 3, "محمد بن عبد الله العيبان");
    articles(two, 3, "محمد بن عبد الله الشهري");
    assertEquals("محمد بن عبد الله", two.resolve("محمد بن عبد الله"));
    FullNames usual = articles(articles(new FullNames(), 5, SHORT), 4, FULL);
    assertEquals(SHORT, usual.resolve(SHORT));
  }

  @Test
  void aLongerFormFewerArticlesWrite_isARarerLongerForm() {
    FullNames names = articles(articles(new FullNames(), 6, FULL), 2, FULL + " حرص");
    assertTrue(names.isRarerLongerForm(FULL, FULL + " حرص"));
    assertFalse(names.isRarerLongerForm(FULL, FULL));
    FullNames usual = articles(articles(new FullNames(), 2, SHORT), 6, FULL);
    assertFalse(usual.isRarerLongerForm(SHORT, FULL));
    assertFalse(usual.isRarerLongerForm("ناصر", "ناصر بوريطه"));
  }

  @Test
  void needsThreeArticles_andAtLeastThreeWords() {
    assertEquals(SHORT, articles(new FullNames(), 2, FULL).resolve(SHORT));
    FullNames names = articles(new FullNames(), 5, "محمد بن سلمان");
    assertEquals("محمد", names.resolve("محمد"));
    assertEquals("محمد بن", names.resolve("محمد بن"));
    // One article writing both forms counts once for each.
    assertEquals(FULL, articles(new FullNames(), 3, SHORT, FULL).resolve(SHORT));
  }

  @Test
  void mergedAndCodedAccumulators_resolveAsOne() throws IOException {
    FullNames a = articles(new FullNames(), 1, SHORT);
    FullNames b = articles(new FullNames(), 3, FULL);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    a.merge(b).write(new DataOutputStream(bytes));
    FullNames read = FullNames.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
    assertEquals(FULL, read.resolve(SHORT));
  }
}
