package org.arabicnews.triples.entities;

import java.util.ArrayList;
import java.util.List;
import org.arabicnews.triples.text.Token;

/**
 * The forms under which a match-normalized word is looked up in the gazetteers: as written first, then with
 * its conjunction and preposition proclitics taken off (the article ال stays, since gazetteer entries carry
 * it).
 *
 * <p>Rules, each tried only when what remains has at least {@link #MIN_REST} letters:
 *
 * <ol>
 *   <li>و or ف (conjunction), then optionally ب, ل or ك (preposition): وتونس → تونس, وبموسكو → موسكو.
 *   <li>ب, ل or ك alone: لموسكو → موسكو, بالعاصمة → العاصمة.
 *   <li>لل is ل + ال with the alef elided: للأمم → الامم, وللأمم → الامم.
 * </ol>
 *
 * <p>Stripping never decides by itself: a stripped form is used only when the gazetteer knows it and does not
 * know the word as written, so وزير, لبنان, كندا and فلسطين stay whole.
 */
public final class LookupForms {
  /** Fewest letters left after stripping. */
  static final int MIN_REST = 3;

  private LookupForms() {}

  /**
   * A form of a word and how many leading letters of the word it drops.
   *
   * @param form the form to look up
   * @param dropped letters of the match-normalized word before the form starts (0 for the word itself)
   */
  public record Form(String form, int dropped) {}

  /** The word itself, then its stripped forms, shortest strip first. */
  public static List<Form> of(String norm) {
    List<Form> forms = new ArrayList<>(3);
    forms.add(new Form(norm, 0));
    int i = 0;
    if (startsWithAny(norm, 0, "وف")) {
      i = 1;
      add(forms, norm, i);
    }
    if (norm.startsWith("لل", i) && norm.length() - i - 2 >= MIN_REST - 1) {
      forms.add(new Form("ال" + norm.substring(i + 2), i + 1));
    } else if (startsWithAny(norm, i, "بلك")) {
      add(forms, norm, i + 1);
    }
    return forms;
  }

  /**
   * The forms of a token: those of its folded word ({@link #of(String)}), then, when the text layer split
   * proclitics off it and left no enclitic, its stem with the article given back (بالعاصمة: بال + عاصمه →
   * العاصمه; للأمم: لل + امم → الامم), if that form is not already there.
   */
  public static List<Form> of(Token token, String folded) {
    List<Form> forms = of(folded);
    String proclitic = token.proclitic();
    if (proclitic.isEmpty() || !token.enclitic().isEmpty() || token.stem().isEmpty()) {
      return forms;
    }
    boolean article = proclitic.endsWith("ال") || proclitic.endsWith("لل");
    String form = (article ? "ال" : "") + token.stem();
    int dropped = proclitic.length() - (proclitic.endsWith("ال") ? 2 : proclitic.endsWith("لل") ? 1 : 0);
    if (forms.stream().noneMatch(f -> f.form().equals(form))) {
      List<Form> all = new ArrayList<>(forms);
      all.add(new Form(form, dropped));
      return all;
    }
    return forms;
  }

  /** The proclitics {@link #of} would strip from a word, or "" (for feature generation). */
  public static String proclitic(String norm) {
    List<Form> forms = of(norm);
    Form last = forms.get(forms.size() - 1);
    return norm.substring(0, last.dropped());
  }

  private static void add(List<Form> forms, String norm, int from) {
    if (norm.length() - from >= MIN_REST) {
      forms.add(new Form(norm.substring(from), from));
    }
  }

  private static boolean startsWithAny(String s, int at, String letters) {
    return s.length() > at && letters.indexOf(s.charAt(at)) >= 0;
  }
}
