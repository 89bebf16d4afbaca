package org.arabicnews.triples.relations;

/** Whether the sentence states the event or denies it. */
public enum Polarity {
  POSITIVE("positive"),
  /** Denied: لم يلتق، لن يزور، نفى أن يكون التقى. */
  NEGATIVE("negative");

  private final String label;

  Polarity(String label) {
    this.label = label;
  }

  /** The value written to the triples table. */
  public String label() {
    return label;
  }
}
