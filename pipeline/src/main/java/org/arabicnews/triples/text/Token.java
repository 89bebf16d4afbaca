package org.arabicnews.triples.text;

/**
 * A token of the original text.
 *
 * @param start offset of the first char in the original text
 * @param end offset one past the last char
 * @param surface the token as written: {@code text.substring(start, end)}
 * @param norm the surface under the {@code match} profile
 * @param kind what the token is
 * @param proclitic the proclitics split off the front of {@code norm} (e.g. "وال"), or ""
 * @param stem {@code norm} without its clitics: {@code proclitic + stem + enclitic == norm}
 * @param enclitic the pronoun suffix split off the end of {@code norm} (e.g. "ها"), or ""
 */
public record Token(
    int start, int end, String surface, String norm, Kind kind, String proclitic, String stem, String enclitic) {

  /** What a token is. */
  public enum Kind {
    ARABIC,
    LATIN,
    NUMBER,
    PUNCTUATION
  }

  public boolean isWord() {
    return kind == Kind.ARABIC || kind == Kind.LATIN;
  }

  /** Whether the proclitic ends in the article (ال, وال, بال, لل, ...): the stem is then a definite noun. */
  public boolean hasArticle() {
    return proclitic.endsWith("ال") || proclitic.endsWith("لل");
  }
}
