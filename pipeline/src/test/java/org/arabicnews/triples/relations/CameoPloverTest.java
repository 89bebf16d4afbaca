package org.arabicnews.triples.relations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class CameoPloverTest {
  private static final CameoPlover TABLE = CameoPlover.load();

  @Test
  void diplomaticCodes() {
    assertEquals(new CameoPlover.Plover("CONSULT", "", ""), TABLE.plover("040"));
    assertEquals(new CameoPlover.Plover("CONSULT", "phone", ""), TABLE.plover("041"));
    assertEquals("visit", TABLE.plover("042").mode());
    assertEquals("visit", TABLE.plover("043").mode());
    assertEquals(new CameoPlover.Plover("CONSULT", "", "diplomatic"), TABLE.plover("046"));
    assertEquals("SUPPORT", TABLE.category("051"));
    assertEquals("SUPPORT", TABLE.category("057"));
    assertEquals("AGREE", TABLE.category("030"));
  }

  @Test
  void everyCodeOfTheInventoryAndTheRulesHasACategory() {
    for (Relation r : Relation.values()) {
      if (r.cameoCode() != null) {
        assertNotNull(TABLE.category(r.cameoCode()), r.label());
      }
    }
    for (TriggerRule rule : Triggers.load().rules()) {
      if (rule.cameoCode() != null) {
        assertNotNull(TABLE.category(rule.cameoCode()), rule.id());
      }
    }
  }

  @Test
  void noCodeNoCategory() {
    assertNull(TABLE.category(null));
    assertNull(TABLE.category("999"));
  }
}
