package org.arabicnews.triples;

/** The start of a piece of input, small enough to store beside an error. */
public final class Excerpt {
  /** At most this many UTF-8 bytes. */
  public static final int MAX_BYTES = 1024;

  private Excerpt() {}

  /** The longest prefix of {@code text} that fits in {@link #MAX_BYTES} UTF-8 bytes, cut between code points. */
  public static String of(CharSequence text) {
    if (text == null) {
      return null;
    }
    int bytes = 0;
    int i = 0;
    while (i < text.length()) {
      int cp = Character.codePointAt(text, i);
      int size = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
      if (bytes + size > MAX_BYTES) {
        break;
      }
      bytes += size;
      i += Character.charCount(cp);
    }
    return text.subSequence(0, i).toString();
  }

}
