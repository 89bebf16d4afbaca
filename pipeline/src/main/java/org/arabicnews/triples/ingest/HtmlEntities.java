package org.arabicnews.triples.ingest;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes the HTML character references scrapers leave in text ({@code &quot;}, {@code &#8220;},
 * {@code &#x201D;}): numeric ones, and the named ones news pages use. Unknown names stay as they are.
 */
final class HtmlEntities {
  private static final Pattern REFERENCE = Pattern.compile("&(?:#(\\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z]{2,8}));");
  private static final Map<String, String> NAMED = Map.ofEntries(
      Map.entry("quot", "\""), Map.entry("amp", "&"), Map.entry("apos", "'"), Map.entry("lt", "<"),
      Map.entry("gt", ">"), Map.entry("nbsp", "\u00A0"), Map.entry("laquo", "«"), Map.entry("raquo", "»"),
      Map.entry("ldquo", "\u201C"), Map.entry("rdquo", "\u201D"), Map.entry("lsquo", "\u2018"),
      Map.entry("rsquo", "\u2019"), Map.entry("hellip", "…"), Map.entry("ndash", "–"), Map.entry("mdash", "—"),
      Map.entry("zwnj", "\u200C"), Map.entry("zwj", "\u200D"), Map.entry("rlm", "\u200F"),
      Map.entry("lrm", "\u200E"), Map.entry("bull", "•"), Map.entry("middot", "·"), Map.entry("copy", "©"),
      Map.entry("reg", "®"));

  private HtmlEntities() {}

  static String decode(String text) {
    if (text == null || text.indexOf('&') < 0) {
      return text;
    }
    Matcher m = REFERENCE.matcher(text);
    StringBuilder out = new StringBuilder(text.length());
    int last = 0;
    while (m.find()) {
      String replacement = replacement(m);
      if (replacement != null) {
        out.append(text, last, m.start()).append(replacement);
        last = m.end();
      }
    }
    return last == 0 ? text : out.append(text, last, text.length()).toString();
  }

  private static String replacement(Matcher m) {
    if (m.group(3) != null) {
      return NAMED.get(m.group(3).toLowerCase(java.util.Locale.ROOT));
    }
    int cp = m.group(1) != null ? Integer.parseInt(m.group(1)) : Integer.parseInt(m.group(2), 16);
    return Character.isValidCodePoint(cp) && cp != 0 && (cp < 0xD800 || cp > 0xDFFF) ? Character.toString(cp) : null;
  }
}
