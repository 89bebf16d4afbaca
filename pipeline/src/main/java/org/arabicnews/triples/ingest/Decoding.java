package org.arabicnews.triples.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Turns input bytes into text, choosing the encoding from the first {@value #SNIFF_BYTES} bytes:
 *
 * <ol>
 *   <li>A byte-order mark decides: UTF-8 (EF BB BF), UTF-16LE (FF FE), UTF-16BE (FE FF). The mark is dropped.
 *   <li>Otherwise a NUL byte, or more than one byte in ten a control byte, means the input is not text.
 *   <li>Bytes that are valid UTF-8 are UTF-8.
 *   <li>Bytes that are not, and whose bytes above 0x7F are at least 80% Arabic letters and marks when read as
 *       windows-1256, are windows-1256 (legacy Arabic Windows pages). UTF-8 Arabic read that way is about half
 *       Arabic letters (lead bytes) and half Latin-1 symbols (continuation bytes), so the two do not mix up.
 *   <li>Anything else is UTF-8 with each invalid sequence replaced by U+FFFD.
 * </ol>
 */
public final class Decoding {
  static final int SNIFF_BYTES = 64 * 1024;
  static final char REPLACEMENT = '\uFFFD';
  static final Charset WINDOWS_1256 = Charset.forName("windows-1256");

  /** Flag for a record decoded from windows-1256. */
  public static final String FLAG_WINDOWS_1256 = "decoded_windows_1256";
  /** Flag for a record decoded from UTF-16 (with a byte-order mark). */
  public static final String FLAG_UTF16 = "decoded_utf16";
  /** Flag for a record in which invalid UTF-8 bytes were replaced by U+FFFD. */
  public static final String FLAG_INVALID_UTF8 = "invalid_utf8_replaced";

  private static final double MIN_ARABIC_SHARE_1256 = 0.8;

  private Decoding() {}

  /** An input opened for reading as text. */
  static final class Opened {
    final DecodingReader reader;
    /** Null for UTF-8, else the flag naming the encoding. */
    final String encodingFlag;
    final boolean binary;

    Opened(DecodingReader reader, String encodingFlag, boolean binary) {
      this.reader = reader;
      this.encodingFlag = encodingFlag;
      this.binary = binary;
    }

    /** The flags a record holding {@code text} gets from the decoding. */
    void addFlags(CharSequence text, java.util.List<String> flags) {
      if (encodingFlag != null) {
        flags.add(encodingFlag);
      }
      if (reader.replacements() > 0 && contains(text, REPLACEMENT)) {
        flags.add(FLAG_INVALID_UTF8);
      }
    }
  }

  static Opened open(InputStream raw) throws IOException {
    byte[] head = new byte[SNIFF_BYTES];
    int n = 0;
    IOException failure = null;
    try {
      for (int r; n < head.length && (r = raw.read(head, n, head.length - n)) > 0; ) {
        n += r;
      }
    } catch (IOException e) {
      // Keep what was read: the records before the damage are read, then the failure is met again.
      failure = e;
    }
    int mark = 0;
    Charset charset = StandardCharsets.UTF_8;
    String flag = null;
    boolean binary = false;
    if (n >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
      mark = 3;
    } else if (n >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
      mark = 2;
      charset = StandardCharsets.UTF_16LE;
      flag = FLAG_UTF16;
    } else if (n >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
      mark = 2;
      charset = StandardCharsets.UTF_16BE;
      flag = FLAG_UTF16;
    } else {
      binary = looksBinary(head, n);
      if (!binary && !isUtf8(head, n) && isWindows1256Arabic(head, n)) {
        charset = WINDOWS_1256;
        flag = FLAG_WINDOWS_1256;
      }
    }
    InputStream rest = failure == null ? raw : failing(failure);
    InputStream all = new SequenceInputStream(new ByteArrayInputStream(head, mark, n - mark), rest);
    return new Opened(new DecodingReader(all, charset), flag, binary);
  }

  private static InputStream failing(IOException failure) {
    return new InputStream() {
      @Override
      public int read() throws IOException {
        throw failure;
      }
    };
  }

  /** A NUL byte, or more than one byte in ten a control byte other than tab, line feed and carriage return. */
  static boolean looksBinary(byte[] bytes, int n) {
    int controls = 0;
    for (int i = 0; i < n; i++) {
      int b = bytes[i] & 0xFF;
      if (b == 0) {
        return true;
      }
      if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
        controls++;
      }
    }
    return controls * 10 > n;
  }

  /** Whether the bytes are well-formed UTF-8; a sequence cut off by the end of the sample counts as well formed. */
  static boolean isUtf8(byte[] bytes, int n) {
    int i = 0;
    while (i < n) {
      int b = bytes[i] & 0xFF;
      int more;
      int min;
      if (b < 0x80) {
        i++;
        continue;
      } else if (b >= 0xC2 && b <= 0xDF) {
        more = 1;
        min = 0x80;
      } else if (b >= 0xE0 && b <= 0xEF) {
        more = 2;
        min = 0x800;
      } else if (b >= 0xF0 && b <= 0xF4) {
        more = 3;
        min = 0x10000;
      } else {
        return false;
      }
      int cp = b & (0x3F >> more);
      for (int k = 1; k <= more; k++) {
        if (i + k >= n) {
          return true;
        }
        int c = bytes[i + k] & 0xFF;
        if ((c & 0xC0) != 0x80) {
          return false;
        }
        cp = (cp << 6) | (c & 0x3F);
      }
      if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
        return false;
      }
      i += more + 1;
    }
    return true;
  }

  static boolean isWindows1256Arabic(byte[] bytes, int n) {
    String decoded = new String(bytes, 0, n, WINDOWS_1256);
    int high = 0;
    int arabic = 0;
    for (int i = 0; i < n; i++) {
      if ((bytes[i] & 0xFF) >= 0x80) {
        high++;
        char c = decoded.charAt(i);
        if (c >= '\u0600' && c <= '\u06FF') {
          arabic++;
        }
      }
    }
    return high > 0 && arabic >= MIN_ARABIC_SHARE_1256 * high;
  }

  static boolean contains(CharSequence text, char c) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == c) {
        return true;
      }
    }
    return false;
  }
}
