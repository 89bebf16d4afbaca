package org.arabicnews.triples.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.CharRange;
import org.arabicnews.triples.text.ArabicNormalizer.Option;
import org.arabicnews.triples.text.ArabicNormalizer.Profile;

/** Properties every normalizer (each profile, each option set) holds for any Java string. */
class ArabicNormalizerPropertiesTest {
  private static final List<ArabicNormalizer> ALL = all();

  private static List<ArabicNormalizer> all() {
    List<ArabicNormalizer> all = new ArrayList<>();
    for (Profile profile : Profile.values()) {
      for (Set<Option> options : List.of(Set.<Option>of(), Set.of(Option.ASCII_DIGITS),
          Set.of(Option.FOLD_HAMZA_CARRIERS), EnumSet.allOf(Option.class))) {
        if (profile == Profile.MATCH || !options.contains(Option.FOLD_HAMZA_CARRIERS)) {
          all.add(ArabicNormalizer.of(profile, options));
        }
      }
    }
    return all;
  }

  /** Strings dense in what the rules touch: Arabic letters, marks, forms, controls, spaces, surrogates. */
  @Provide
  Arbitrary<String> arabicLike() {
    Arbitrary<Character> chars = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(30, Arbitraries.chars().range('\u0600', '\u06FF')),
        net.jqwik.api.Tuple.of(8, Arbitraries.chars().range('\uFB50', '\uFDFF')),
        net.jqwik.api.Tuple.of(8, Arbitraries.chars().range('\uFE70', '\uFEFF')),
        net.jqwik.api.Tuple.of(6, Arbitraries.of(' ', '\n', '\r', '\t', '\u00A0', '\u2028', '\u2029', '\u3000')),
        net.jqwik.api.Tuple.of(6, Arbitraries.of('\u200B', '\u200C', '\u200D', '\u200F', '\u202E', '\u2066',
            '\u2069', '\uFEFF', '\u00AD', '\u0640', '\u061C')),
        net.jqwik.api.Tuple.of(6, Arbitraries.of('\u0653', '\u0654', '\u0655', '\u064E', '\u0651', '\u0670')),
        net.jqwik.api.Tuple.of(3, Arbitraries.chars().range('\uD800', '\uDFFF')),
        net.jqwik.api.Tuple.of(3, Arbitraries.chars().range('\u0000', '\u007F')));
    return chars.list().ofMaxSize(60).map(list -> {
      StringBuilder s = new StringBuilder(list.size());
      list.forEach(s::append);
      return s.toString();
    });
  }

  @Property(tries = 2000)
  void idempotent(@ForAll("arabicLike") String text) {
    for (ArabicNormalizer normalizer : ALL) {
      String once = normalizer.normalizeToString(text);
      assertEquals(once, normalizer.normalizeToString(once), normalizer.profile() + " " + normalizer.options());
    }
  }

  @Property(tries = 1000)
  void idempotentOnAnyChars(@ForAll @CharRange(from = '\u0000', to = '\uFFFF') String text) {
    for (ArabicNormalizer normalizer : ALL) {
      String once = normalizer.normalizeToString(text);
      assertEquals(once, normalizer.normalizeToString(once));
    }
  }

  @Property(tries = 2000)
  void offsetMapIsMonotoneWithinBoundsAndAgreesWithNormalizeToString(@ForAll("arabicLike") String text) {
    for (ArabicNormalizer normalizer : ALL) {
      NormalizedText n = normalizer.normalize(text);
      assertEquals(normalizer.normalizeToString(text), n.text());
      checkMap(n);
    }
  }

  @Property(tries = 500)
  void offsetMapHoldsOnAnyChars(@ForAll @CharRange(from = '\u0000', to = '\uFFFF') String text) {
    checkMap(ArabicNormalizer.match().normalize(text));
    checkMap(ArabicNormalizer.display().normalize(text));
  }

  private static void checkMap(NormalizedText n) {
    int length = n.text().length();
    int originalLength = n.original().length();
    for (int i = 0; i < length; i++) {
      int start = n.originalStart(i);
      int end = n.originalEnd(i + 1);
      assertTrue(0 <= start && start < end && end <= originalLength, "char " + i + " maps to " + start + ".." + end);
      if (i > 0) {
        assertTrue(n.originalStart(i - 1) <= start, "starts must not decrease at " + i);
        assertTrue(n.originalEnd(i) <= end, "ends must not decrease at " + i);
      }
    }
    assertEquals(originalLength, n.originalStart(length));
    assertTrue(n.originalEnd(0) <= originalLength);
  }

  @Property(tries = 300)
  void neverThrowsOnAnyString(@ForAll String text) {
    for (ArabicNormalizer normalizer : ALL) {
      normalizer.normalize(text);
    }
  }
}
