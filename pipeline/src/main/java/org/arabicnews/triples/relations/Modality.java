package org.arabicnews.triples.relations;

/** How the sentence presents the event. */
public enum Modality {
  /** Stated as having happened (or as happening, in a present-tense headline). */
  ASSERTED("asserted"),
  /** Announced for later: سيترأس، من المنتظر أن، يعتزم، a present tense with غدا or المقبل. */
  PLANNED("planned"),
  /** Attributed: in a clause introduced by a reporting verb (ذكر، أفاد، قال ... أن). */
  REPORTED("reported");

  private final String label;

  Modality(String label) {
    this.label = label;
  }

  /** The value written to the triples table. */
  public String label() {
    return label;
  }
}
