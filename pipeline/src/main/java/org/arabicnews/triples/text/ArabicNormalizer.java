package org.arabicnews.triples.text;

import static org.arabicnews.triples.text.ArabicChars.*;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

/**
 * Normalizes Arabic text for reading ({@link Profile#DISPLAY}) or for matching ({@link Profile#MATCH}), and
 * keeps a map from every normalized char back to the original chars it came from.
 *
 * <p>Rules of both profiles:
 *
 * <ol>
 *   <li>Presentation forms and ligatures (U+FB00..U+FDFF, U+FE70..U+FEFE) become their NFKC letters, hamza
 *       and madda kept: ﻻ → لا, ﻷ → لأ, ﷲ → الله. The Farsi yeh forms keep their shape: initial and medial
 *       ﯾ ﯿ → ي, isolated and final ﯼ ﯽ → ى.
 *   <li>A combining madda or hamza (U+0653..U+0655) composes with the letter before it, as in NFC:
 *       ا + ◌ٔ → أ, و + ◌ٔ → ؤ. Chars the profile removes in between do not block it.
 *   <li>Tatweel (U+0640) is removed.
 *   <li>Zero-width and bidirectional controls are removed: U+200B..U+200F, U+202A..U+202E, U+2066..U+2069,
 *       U+2060 word joiner, U+061C Arabic letter mark, U+FEFF, and the soft hyphen U+00AD.
 *   <li>Whitespace: a run of spaces (every Unicode space, tab, no-break space) becomes one space; a run
 *       holding one line break becomes a line break; two or more breaks (or U+2029) a blank line, the
 *       paragraph boundary. \r\n is one break; \r, U+0085, U+2028, vertical tab and form feed are breaks.
 *   <li>Persian and Urdu letter forms become the Arabic letters they stand for: ک → ك, ہ ھ ۀ → ه, ۃ → ة,
 *       ے → ي, and ی → ي before a joining letter (where it shows its dots) and → ى elsewhere.
 *   <li>Option {@link Option#ASCII_DIGITS}: Arabic-Indic and Extended Arabic-Indic digits (U+0660..U+0669,
 *       U+06F0..U+06F9) become ASCII digits.
 * </ol>
 *
 * <p>Rules of {@code match} only:
 *
 * <ol start="8">
 *   <li>Harakat, tanween, shadda and sukun (U+064B..U+0652) and the superscript alef (U+0670) are removed.
 *   <li>Quranic annotation marks (U+0610..U+061A, U+06D6..U+06ED) are removed.
 *   <li>Alef variants أ إ آ ٱ become bare alef ا.
 *   <li>Alef maksura ى becomes yeh ي; teh marbuta ة becomes heh ه.
 *   <li>Option {@link Option#FOLD_HAMZA_CARRIERS}: hamza on a carrier loses it: ؤ → و, ئ → ي.
 * </ol>
 *
 * <p>Everything else (other letters, punctuation, Latin text, unpaired surrogates, control chars such as NUL)
 * passes through unchanged. Normalization is idempotent and never throws. Instances are immutable and
 * thread-safe; the tables are built once per profile and option set.
 */
public final class ArabicNormalizer {
  /** What the normalized text is for. */
  public enum Profile {
    /** For text people read: letters untouched, invisible and decorative chars removed. */
    DISPLAY,
    /** For lexicon and pattern matching: display plus diacritics removed and letter variants folded. */
    MATCH
  }

  /** Switches beyond the profile's rules. */
  public enum Option {
    /** Arabic-Indic and Extended Arabic-Indic digits become ASCII digits (both profiles). */
    ASCII_DIGITS,
    /** ؤ → و and ئ → ي ({@code match} only). */
    FOLD_HAMZA_CARRIERS
  }

  private static final byte COPY = 0;
  private static final byte DROP = 1;
  private static final byte SPACE = 2;
  private static final byte BREAK = 3;
  private static final byte CARRIAGE_RETURN = 4;
  private static final byte PARAGRAPH = 5;
  private static final byte EXPAND = 6;
  private static final byte COMBINE = 7;
  private static final byte FARSI_YEH_BY_POSITION = 8;
  /** Removed, but part of the letter before it: a span ending at that letter keeps it. */
  private static final byte DROP_MARK = 9;

  /** NFKC of the presentation forms, indexed by {@code c - PRESENTATION_FORMS_START}; null where unchanged. */
  private static final String[] EXPANSIONS = expansions();
  /** NFC compositions with U+0653..U+0655, indexed by {@code (mark - MADDAH_ABOVE) * 256 + (base - 0x0600)}. */
  private static final char[] COMPOSITIONS = compositions();

  private static final ArabicNormalizer[] INSTANCES = new ArabicNormalizer[8];

  private final Profile profile;
  private final Set<Option> options;
  private final byte[] action = new byte[Character.MAX_VALUE + 1];
  private final char[] replacement = new char[Character.MAX_VALUE + 1];

  private ArabicNormalizer(Profile profile, Set<Option> options) {
    this.profile = profile;
    this.options = options;
    buildTables();
  }

  public static ArabicNormalizer of(Profile profile) {
    return of(profile, EnumSet.noneOf(Option.class));
  }

  /**
   * The normalizer for {@code profile} with {@code options}.
   *
   * @throws IllegalArgumentException for {@link Option#FOLD_HAMZA_CARRIERS} with the display profile, which
   *     leaves letters as written
   */
  public static ArabicNormalizer of(Profile profile, Set<Option> options) {
    if (profile == Profile.DISPLAY && options.contains(Option.FOLD_HAMZA_CARRIERS)) {
      throw new IllegalArgumentException("Folding hamza carriers is a match-profile option; display keeps letters.");
    }
    int index = profile.ordinal() * 4 + (options.contains(Option.ASCII_DIGITS) ? 1 : 0)
        + (options.contains(Option.FOLD_HAMZA_CARRIERS) ? 2 : 0);
    synchronized (INSTANCES) {
      if (INSTANCES[index] == null) {
        EnumSet<Option> copy = EnumSet.noneOf(Option.class);
        copy.addAll(options);
        INSTANCES[index] = new ArabicNormalizer(profile, Set.copyOf(copy));
      }
      return INSTANCES[index];
    }
  }

  public static ArabicNormalizer display() {
    return Holder.DISPLAY;
  }

  public static ArabicNormalizer match() {
    return Holder.MATCH;
  }

  private static final class Holder {
    static final ArabicNormalizer DISPLAY = of(Profile.DISPLAY);
    static final ArabicNormalizer MATCH = of(Profile.MATCH);
  }

  public Profile profile() {
    return profile;
  }

  public Set<Option> options() {
    return options;
  }

  /** The normalized text only (no offset map is built). */
  public String normalizeToString(String text) {
    Emitter out = new Emitter(text.length(), false);
    run(text, 0, text.length(), out);
    return new String(out.chars, 0, out.length);
  }

  /** The normalization of {@code text[from, to)} only; fastest on a word, where one char maps to one or none. */
  public String normalizeToString(CharSequence text, int from, int to) {
    char[] out = null;
    int length = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      byte a = action[c];
      if (a == COPY && replacement[c] == c && out == null) {
        continue; // unchanged so far: nothing to copy yet
      }
      if (out == null) {
        out = new char[to - from];
        for (int k = from; k < i; k++) {
          out[length++] = text.charAt(k);
        }
      }
      if (a == COPY) {
        out[length++] = replacement[c];
      } else if (a != DROP && a != DROP_MARK) {
        Emitter emitter = new Emitter(to - from, false);
        run(text, from, to, emitter);
        return new String(emitter.chars, 0, emitter.length);
      }
    }
    return out != null ? new String(out, 0, length) : text.subSequence(from, to).toString();
  }

  /** The normalized text with its map back to {@code text}. */
  public NormalizedText normalize(String text) {
    Emitter out = new Emitter(text.length(), true);
    run(text, 0, text.length(), out);
    return new NormalizedText(text, new String(out.chars, 0, out.length), out.starts, out.ends);
  }

  private void run(CharSequence text, int from, int to, Emitter out) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      switch (action[c]) {
        case COPY -> out.letter(c, replacement[c], i, i + 1);
        case DROP -> { }
        case DROP_MARK -> out.extendLast(i + 1);
        case SPACE -> out.space(i, i + 1, 0);
        case BREAK -> out.space(i, i + 1, 1);
        case CARRIAGE_RETURN -> out.space(i, i + 1, i + 1 < to && text.charAt(i + 1) == '\n' ? 0 : 1);
        case PARAGRAPH -> out.space(i, i + 1, 2);
        case COMBINE -> combine(c, i, out);
        case FARSI_YEH_BY_POSITION -> {
          char yeh = joinsNext(text, i + 1, to) ? YEH : ALEF_MAKSURA;
          out.letter(yeh, replacement[yeh], i, i + 1);
        }
        case EXPAND -> {
          String expansion = EXPANSIONS[c - PRESENTATION_FORMS_START];
          for (int k = 0; k < expansion.length(); k++) {
            char e = expansion.charAt(k);
            switch (action[e]) {
              case DROP, DROP_MARK -> { }
              case SPACE -> out.space(i, i + 1, 0);
              case COMBINE -> combine(e, i, out);
              default -> out.letter(e, replacement[e], i, i + 1);
            }
          }
        }
        default -> throw new AssertionError(action[c]);
      }
    }
    out.flushSpace();
  }

  private void combine(char mark, int i, Emitter out) {
    char composed = 0;
    if (out.composable) {
      composed = composition(out.lastRaw, mark);
      if (composed == 0) {
        // A letter a rule already replaced (ٱ → ا in match) composes as what it became, so a second pass agrees.
        composed = composition(out.chars[out.length - 1], mark);
      }
    }
    if (composed != 0) {
      out.replaceLast(composed, replacement[composed], i + 1);
    } else {
      out.letter(mark, replacement[mark], i, i + 1);
      out.composable = false;
    }
  }

  /** Whether the letter before {@code from} joins the next visible char (and so shows its medial shape). */
  private boolean joinsNext(CharSequence text, int from, int to) {
    for (int j = from; j < to; j++) {
      char c = text.charAt(j);
      if (c == TATWEEL || c == ZERO_WIDTH_JOINER) {
        return true;
      }
      ArabicChars.CharClass cls = ArabicChars.classOf(c);
      if (cls == ArabicChars.CharClass.ARABIC_LETTER) {
        return true;
      }
      if (cls != ArabicChars.CharClass.WORD_INTERNAL && action[c] != DROP && action[c] != DROP_MARK) {
        return false;
      }
    }
    return false;
  }

  private static char composition(char base, char mark) {
    if (base < 0x0600 || base > 0x06FF) {
      return 0;
    }
    return COMPOSITIONS[(mark - MADDAH_ABOVE) * 256 + (base - 0x0600)];
  }

  private void buildTables() {
    boolean match = profile == Profile.MATCH;
    for (int i = 0; i <= Character.MAX_VALUE; i++) {
      char c = (char) i;
      replacement[c] = c;
      action[c] = COPY;
      if (c == '\r') {
        action[c] = CARRIAGE_RETURN;
      } else if (c == PARAGRAPH_SEPARATOR) {
        action[c] = PARAGRAPH;
      } else if (ArabicChars.classOf(c) == ArabicChars.CharClass.LINE_BREAK) {
        action[c] = BREAK;
      } else if (ArabicChars.classOf(c) == ArabicChars.CharClass.SPACE) {
        action[c] = SPACE;
      } else if (c == TATWEEL || isInvisibleControl(c)) {
        action[c] = DROP;
      } else if (match && (isHarakah(c) || isQuranicMark(c))) {
        action[c] = DROP_MARK;
      } else if (c >= MADDAH_ABOVE && c <= HAMZA_BELOW) {
        action[c] = COMBINE;
      } else if (isPresentationForm(c) && EXPANSIONS[c - PRESENTATION_FORMS_START] != null) {
        action[c] = EXPAND;
      } else if (c == FARSI_YEH && !match) {
        action[c] = FARSI_YEH_BY_POSITION;
      }
      replacement[c] = letterRule(c, match);
    }
  }

  /** The one-to-one letter and digit rules, applied after composition. */
  private char letterRule(char c, boolean match) {
    char letter = switch (c) {
      case KEHEH -> KAF;
      case HEH_GOAL, HEH_DOACHASHMEE, HEH_WITH_YEH_ABOVE -> HEH;
      case TEH_MARBUTA_GOAL -> TEH_MARBUTA;
      case YEH_BARREE, FARSI_YEH -> YEH;
      default -> c;
    };
    if (options.contains(Option.ASCII_DIGITS) && isEasternDigit(letter)) {
      return (char) ('0' + Character.digit(letter, 10));
    }
    if (!match) {
      return letter;
    }
    return switch (letter) {
      case ALEF_WITH_HAMZA_ABOVE, ALEF_WITH_HAMZA_BELOW, ALEF_WITH_MADDA_ABOVE, ALEF_WASLA -> ALEF;
      case ALEF_MAKSURA -> YEH;
      case TEH_MARBUTA -> HEH;
      case WAW_WITH_HAMZA_ABOVE -> options.contains(Option.FOLD_HAMZA_CARRIERS) ? WAW : letter;
      case YEH_WITH_HAMZA_ABOVE -> options.contains(Option.FOLD_HAMZA_CARRIERS) ? YEH : letter;
      default -> letter;
    };
  }

  private static String[] expansions() {
    String[] table = new String[PRESENTATION_FORMS_B_END - PRESENTATION_FORMS_START + 1];
    for (char c = PRESENTATION_FORMS_START; c <= PRESENTATION_FORMS_B_END; c++) {
      if (!isPresentationForm(c)) {
        continue;
      }
      String nfkc = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC);
      if (nfkc.equals(String.valueOf(c))) {
        continue;
      }
      char[] chars = nfkc.toCharArray();
      for (int k = 0; k < chars.length; k++) {
        if (chars[k] == FARSI_YEH) {
          boolean joins = k + 1 < chars.length && ArabicChars.isArabicLetter(chars[k + 1]);
          chars[k] = joins ? YEH : ALEF_MAKSURA;
        }
      }
      table[c - PRESENTATION_FORMS_START] = new String(chars);
    }
    // The Farsi yeh's isolated and final forms show no dots, its initial and medial forms do.
    table['\uFBFC' - PRESENTATION_FORMS_START] = String.valueOf(ALEF_MAKSURA);
    table['\uFBFD' - PRESENTATION_FORMS_START] = String.valueOf(ALEF_MAKSURA);
    table['\uFBFE' - PRESENTATION_FORMS_START] = String.valueOf(YEH);
    table['\uFBFF' - PRESENTATION_FORMS_START] = String.valueOf(YEH);
    return table;
  }

  private static char[] compositions() {
    char[] table = new char[3 * 256];
    for (char mark = MADDAH_ABOVE; mark <= HAMZA_BELOW; mark++) {
      for (char base = 0x0600; base <= 0x06FF; base++) {
        String nfc = Normalizer.normalize(new String(new char[] {base, mark}), Normalizer.Form.NFC);
        if (nfc.length() == 1) {
          table[(mark - MADDAH_ABOVE) * 256 + (base - 0x0600)] = nfc.charAt(0);
        }
      }
    }
    return table;
  }

  /** The output buffer, the pending whitespace run, and the offset map when one is wanted. */
  private static final class Emitter {
    char[] chars;
    int length;
    int[] starts;
    int[] ends;
    /** The last letter emitted as it was before the one-to-one rules, for composition. */
    char lastRaw;
    boolean composable;
    private boolean spacePending;
    private int spaceStart;
    private int spaceEnd;
    private int breaks;

    Emitter(int capacity, boolean mapped) {
      chars = new char[capacity + 8];
      if (mapped) {
        starts = new int[chars.length];
        ends = new int[chars.length];
      }
    }

    void letter(char raw, char c, int from, int to) {
      if (spacePending) {
        flushSpace();
      }
      append(c, from, to);
      lastRaw = raw;
      composable = true;
    }

    void replaceLast(char raw, char c, int to) {
      chars[length - 1] = c;
      if (ends != null) {
        ends[length - 1] = to;
      }
      lastRaw = raw;
    }

    void extendLast(int to) {
      if (ends != null && length > 0 && !spacePending) {
        ends[length - 1] = to;
      }
    }

    void space(int from, int to, int lineBreaks) {
      if (!spacePending) {
        spacePending = true;
        spaceStart = from;
        breaks = 0;
      }
      spaceEnd = to;
      breaks += lineBreaks;
      composable = false;
    }

    void flushSpace() {
      if (!spacePending) {
        return;
      }
      spacePending = false;
      if (breaks == 0) {
        append(' ', spaceStart, spaceEnd);
      } else {
        append('\n', spaceStart, spaceEnd);
        if (breaks > 1) {
          append('\n', spaceStart, spaceEnd);
        }
      }
    }

    private void append(char c, int from, int to) {
      if (length == chars.length) {
        int capacity = chars.length * 2;
        chars = Arrays.copyOf(chars, capacity);
        if (starts != null) {
          starts = Arrays.copyOf(starts, capacity);
          ends = Arrays.copyOf(ends, capacity);
        }
      }
      chars[length] = c;
      if (starts != null) {
        starts[length] = from;
        ends[length] = to;
      }
      length++;
    }
  }
}
