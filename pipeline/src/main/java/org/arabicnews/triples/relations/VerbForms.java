package org.arabicnews.triples.relations;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The third-person forms of a verb, generated from its perfect and imperfect masculine singular, both
 * match-normalized (so a final ى is already ي).
 *
 * <p>Rules:
 *
 * <ul>
 *   <li>Perfect, sound (بحث): بحث، بحثت، بحثا، بحثتا، بحثوا؛ with an object pronoun: بحثه، بحثها، بحثهم، بحثهما،
 *       بحثته، بحثتها.
 *   <li>Perfect, final weak (التقى → التقي): the stem drops the ي: التقت، التقيا، التقتا، التقوا؛ with an object
 *       pronoun the ى is written ا: التقاه، التقاها، التقاهم، التقاهما، التقته.
 *   <li>Imperfect (يبحث): يبحث، تبحث، يبحثان، تبحثان، يبحثا، تبحثا، يبحثون، يبحثوا؛ with an object pronoun يبحثه،
 *       يبحثها، تبحثه، تبحثها. Final weak (يلتقي): plural يلتقون، يلتقوا and the jussive يلتق، تلتق (لم يلتق).
 *   <li>Future: سـ before every imperfect form (سيلتقي، ستبحثان), marked as future.
 * </ul>
 */
final class VerbForms {
  enum Number {
    SINGULAR,
    DUAL,
    PLURAL
  }

  /** What a form says beyond the verb: tense, number, future سـ, an object pronoun suffix. */
  record Inflection(boolean present, Number number, boolean future, boolean objectSuffix) {}

  private static final char YEH = '\u064A';
  private static final String[] OBJECT_SUFFIXES = {"ه", "ها", "هم", "هما"};

  private VerbForms() {}

  static Map<String, Inflection> of(String perfect, String imperfect) {
    Map<String, Inflection> forms = new LinkedHashMap<>();
    perfect(perfect, forms);
    imperfect(imperfect, forms);
    return forms;
  }

  private static void perfect(String p, Map<String, Inflection> forms) {
    boolean weak = p.charAt(p.length() - 1) == YEH;
    String stem = weak ? p.substring(0, p.length() - 1) : p;
    put(forms, p, false, Number.SINGULAR, false, false);
    put(forms, stem + "ت", false, Number.SINGULAR, false, false);
    put(forms, weak ? stem + "يا" : p + "ا", false, Number.DUAL, false, false);
    put(forms, stem + "تا", false, Number.DUAL, false, false);
    put(forms, stem + "وا", false, Number.PLURAL, false, false);
    String objectBase = weak ? stem + "ا" : p;
    for (String suffix : OBJECT_SUFFIXES) {
      put(forms, objectBase + suffix, false, Number.SINGULAR, false, true);
      put(forms, stem + "ت" + suffix, false, Number.SINGULAR, false, true);
    }
  }

  private static void imperfect(String i, Map<String, Inflection> forms) {
    boolean weak = i.charAt(i.length() - 1) == YEH;
    String rest = i.substring(1);
    for (String prefix : new String[] {"ي", "ت"}) {
      String form = prefix + rest;
      String stem = weak ? form.substring(0, form.length() - 1) : form;
      for (String future : new String[] {"", "س"}) {
        boolean isFuture = !future.isEmpty();
        put(forms, future + form, true, Number.SINGULAR, isFuture, false);
        put(forms, future + form + "ان", true, Number.DUAL, isFuture, false);
        put(forms, future + form + "ا", true, Number.DUAL, isFuture, false);
        put(forms, future + stem + "ون", true, Number.PLURAL, isFuture, false);
        put(forms, future + stem + "وا", true, Number.PLURAL, isFuture, false);
        if (weak) {
          put(forms, future + stem, true, Number.SINGULAR, isFuture, false);
        }
        for (String suffix : OBJECT_SUFFIXES) {
          put(forms, future + form + suffix, true, Number.SINGULAR, isFuture, true);
        }
      }
    }
  }

  private static void put(Map<String, Inflection> forms, String form, boolean present, Number number, boolean future,
      boolean objectSuffix) {
    forms.putIfAbsent(form, new Inflection(present, number, future, objectSuffix));
  }
}
