package org.arabicnews.triples.relations;

/** The fixed relation inventory: the values of the triples table's {@code relation} column. */
public enum Relation {
  MEET("meet", "040", true),
  HOLD_TALKS("hold_talks", "040", true),
  PHONE_CALL("phone_call", "041", false),
  VISIT("visit", "042", false),
  HOST("host", "043", false),
  SIGN_AGREEMENT("sign_agreement", "057", true),
  AGREE("agree", "030", true),
  PRAISE("praise", "051", false),
  SEND_MESSAGE("send_message", null, false),
  CHAIR("chair", null, false),
  HOLDS_TITLE("holds_title", null, false),
  AFFILIATED_WITH("affiliated_with", null, false),
  OTHER("other", null, false);

  private final String label;
  private final String cameoCode;
  private final boolean symmetric;

  Relation(String label, String cameoCode, boolean symmetric) {
    this.label = label;
    this.cameoCode = cameoCode;
    this.symmetric = symmetric;
  }

  /** The label written to the table. */
  public String label() {
    return label;
  }

  /** The CAMEO code the relation is coded with by default, or null. */
  public String cameoCode() {
    return cameoCode;
  }

  /** Whether (a, b) and (b, a) state the same thing. */
  public boolean symmetric() {
    return symmetric;
  }
}
