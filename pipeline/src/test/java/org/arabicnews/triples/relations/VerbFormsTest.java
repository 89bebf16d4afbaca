package org.arabicnews.triples.relations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** One test per rule of {@link VerbForms}, with the forms written as in print and normalized like tokens. */
class VerbFormsTest {
  private static Map<String, VerbForms.Inflection> forms(String perfect, String imperfect) {
    return VerbForms.of(Words.normalize(perfect), Words.normalize(imperfect));
  }

  private static VerbForms.Inflection of(Map<String, VerbForms.Inflection> forms, String form) {
    VerbForms.Inflection inflection = forms.get(Words.normalize(form));
    assertTrue(inflection != null, form + " is a form");
    return inflection;
  }

  @Test
  void soundPerfect() {
    Map<String, VerbForms.Inflection> f = forms("بحث", "يبحث");
    assertEquals(VerbForms.Number.SINGULAR, of(f, "بحث").number());
    assertEquals(VerbForms.Number.SINGULAR, of(f, "بحثت").number());
    assertEquals(VerbForms.Number.DUAL, of(f, "بحثا").number());
    assertEquals(VerbForms.Number.DUAL, of(f, "بحثتا").number());
    assertEquals(VerbForms.Number.PLURAL, of(f, "بحثوا").number());
    assertFalse(of(f, "بحث").present());
  }

  @Test
  void soundPerfectWithAnObjectPronoun() {
    Map<String, VerbForms.Inflection> f = forms("وقع", "يوقع");
    assertTrue(of(f, "وقعها").objectSuffix());
    assertTrue(of(f, "وقعته").objectSuffix());
    assertFalse(of(f, "وقعت").objectSuffix());
  }

  @Test
  void finalWeakPerfect() {
    Map<String, VerbForms.Inflection> f = forms("التقى", "يلتقي");
    assertEquals(VerbForms.Number.SINGULAR, of(f, "التقت").number());
    assertEquals(VerbForms.Number.DUAL, of(f, "التقيا").number());
    assertEquals(VerbForms.Number.DUAL, of(f, "التقتا").number());
    assertEquals(VerbForms.Number.PLURAL, of(f, "التقوا").number());
    assertTrue(of(f, "التقاه").objectSuffix());
    assertFalse(f.containsKey(Words.normalize("التقيت")), "first person is not news narration");
  }

  @Test
  void imperfect() {
    Map<String, VerbForms.Inflection> f = forms("بحث", "يبحث");
    assertTrue(of(f, "يبحث").present());
    assertEquals(VerbForms.Number.SINGULAR, of(f, "تبحث").number());
    assertEquals(VerbForms.Number.DUAL, of(f, "يبحثان").number());
    assertEquals(VerbForms.Number.DUAL, of(f, "تبحثان").number());
    assertEquals(VerbForms.Number.DUAL, of(f, "يبحثا").number());
    assertEquals(VerbForms.Number.PLURAL, of(f, "يبحثون").number());
    assertTrue(of(f, "يستقبله".replace("يستقبل", "يبحث")).objectSuffix());
  }

  @Test
  void finalWeakImperfectPluralAndJussive() {
    Map<String, VerbForms.Inflection> f = forms("التقى", "يلتقي");
    assertEquals(VerbForms.Number.PLURAL, of(f, "يلتقون").number());
    assertEquals(VerbForms.Number.PLURAL, of(f, "يلتقوا").number());
    assertEquals(VerbForms.Number.SINGULAR, of(f, "يلتق").number());
    assertEquals(VerbForms.Number.DUAL, of(f, "يلتقيان").number());
    assertEquals(VerbForms.Number.DUAL, of(forms("تلقى", "يتلقى"), "يتلقيان").number());
  }

  @Test
  void futurePrefix() {
    Map<String, VerbForms.Inflection> f = forms("ترأس", "يترأس");
    assertTrue(of(f, "سيترأس").future());
    assertTrue(of(f, "ستترأس").future());
    assertTrue(of(f, "سيترأسان").future());
    assertFalse(of(f, "يترأس").future());
  }
}
