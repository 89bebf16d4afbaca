package org.arabicnews.triples.text;

import static org.arabicnews.triples.text.ArabicChars.*;

/**
 * Normalizes Arabic text and keeps a map back to the original offsets.
 *
 * <p>Rules, in the order they apply to each char:
 *
 * <ol>
 *   <li>Both profiles: tatweel (U+0640) is removed.
 *   <li>Both profiles: zero-width and direction controls (U+200B..U+200F, U+202A..U+202E, U+2066..U+2069,
 *       U+FEFF) and the soft hyphen are removed.
 *   <li>Both profiles: a run of spaces and tabs becomes one space; a run of whitespace holding a line break
 *       becomes one line break (two or more breaks: a blank line, the paragraph boundary).
 *   <li>{@code match} only: harakat, tanween, shadda, sukun and the superscript alef (U+064B..U+0652, U+0670)
 *       are removed.
 *   <li>{@code match} only: alef with hamza above or below, alef with madda and alef wasla become bare alef.
 *   <li>{@code match} only: alef maksura becomes yeh; teh marbuta becomes heh.
 * </ol>
 */
public final class ArabicNormalizer {
  /** What the normalized text is for. */
  public enum Profile {
    /** For text people read: letters untouched, invisible and decorative chars removed. */
    DISPLAY,
    /** For lexicon and pattern matching: display plus diacritics removed and letter variants folded. */
    MATCH
  }

  private static final ArabicNormalizer DISPLAY = new ArabicNormalizer(Profile.DISPLAY);
  private static final ArabicNormalizer MATCH = new ArabicNormalizer(Profile.MATCH);

  private final Profile profile;

  private ArabicNormalizer(Profile profile) {
    this.profile = profile;
  }

  public static ArabicNormalizer of(Profile profile) {
    return profile == Profile.DISPLAY ? DISPLAY : MATCH;
  }

  public static ArabicNormalizer display() {
    return DISPLAY;
  }

  public static ArabicNormalizer match() {
    return MATCH;
  }

  public Profile profile() {
    return profile;
  }

  /** The normalized text only. */
  public String normalizeToString(String text) {
    return normalize(text).text();
  }

  /** The normalized text with its map back to {@code text}. */
  public NormalizedText normalize(String text) {
    int n = text.length();
    StringBuilder out = new StringBuilder(n);
    int[] fromStart = new int[n];
    int[] fromEnd = new int[n];
    boolean match = profile == Profile.MATCH;
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (isRemovedEverywhere(c) || (match && isHarakah(c))) {
        i++;
        continue;
      }
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        int start = i;
        int breaks = 0;
        while (i < n && (Character.isWhitespace(text.charAt(i)) || Character.isSpaceChar(text.charAt(i)))) {
          if (text.charAt(i) == '\n') {
            breaks++;
          }
          i++;
        }
        int count = breaks == 0 ? 1 : Math.min(breaks, 2);
        for (int k = 0; k < count; k++) {
          fromStart[out.length()] = start;
          fromEnd[out.length()] = i;
          out.append(breaks == 0 ? ' ' : '\n');
        }
        continue;
      }
      fromStart[out.length()] = i;
      fromEnd[out.length()] = i + 1;
      out.append(match ? fold(c) : c);
      i++;
    }
    return new NormalizedText(text, out.toString(), fromStart, fromEnd);
  }

  private static boolean isRemovedEverywhere(char c) {
    return c == TATWEEL
        || (c >= '\u200B' && c <= '\u200F')
        || (c >= '\u202A' && c <= '\u202E')
        || (c >= '\u2066' && c <= '\u2069')
        || c == '\uFEFF'
        || c == '\u00AD';
  }

  private static char fold(char c) {
    switch (c) {
      case ALEF_WITH_HAMZA_ABOVE:
      case ALEF_WITH_HAMZA_BELOW:
      case ALEF_WITH_MADDA_ABOVE:
      case ALEF_WASLA:
        return ALEF;
      case ALEF_MAKSURA:
        return YEH;
      case TEH_MARBUTA:
        return HEH;
      default:
        return c;
    }
  }
}
