package org.arabicnews.triples.relations;

/**
 * The fixed relation inventory: the values of the triples table's {@code relation} column, with the CAMEO code
 * each is coded with by default (a rule may refine it: hold_talks is 046 when the text says negotiations).
 */
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

  /** The relation with this label. */
  public static Relation fromLabel(String label) {
    for (Relation r : values()) {
      if (r.label.equals(label)) {
        return r;
      }
    }
    throw new IllegalArgumentException("unknown relation: " + label);
  }

  /** Whether it is a fact about one party (holds_title, affiliated_with) rather than an event. */
  public boolean isFact() {
    return this == HOLDS_TITLE || this == AFFILIATED_WITH;
  }

  /** Whether (a, b) and (b, a) state the same thing. */
  public boolean symmetric() {
    return symmetric;
  }
}
