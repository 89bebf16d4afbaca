package org.arabicnews.triples.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;

/** Decodes a byte stream, replacing each malformed or unmappable sequence by U+FFFD and counting them. */
final class DecodingReader extends Reader {
  private final InputStream in;
  private final CharsetDecoder decoder;
  private final ByteBuffer bytes = ByteBuffer.allocate(16 * 1024);
  private final CharBuffer chars = CharBuffer.allocate(16 * 1024);
  private boolean endOfInput;
  private boolean flushed;
  private long replacements;

  DecodingReader(InputStream in, Charset charset) {
    this.in = in;
    this.decoder = charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    bytes.flip();
    chars.flip();
  }

  /** Invalid sequences replaced so far. */
  long replacements() {
    return replacements;
  }

  @Override
  public int read(char[] buffer, int offset, int length) throws IOException {
    if (length == 0) {
      return 0;
    }
    while (!chars.hasRemaining()) {
      if (flushed) {
        return -1;
      }
      decodeMore();
    }
    int n = Math.min(length, chars.remaining());
    chars.get(buffer, offset, n);
    return n;
  }

  private void decodeMore() throws IOException {
    chars.clear();
    try {
      if (!endOfInput && bytes.remaining() < 8) {
        bytes.compact();
        int r = in.read(bytes.array(), bytes.position(), bytes.remaining());
        if (r < 0) {
          endOfInput = true;
        } else {
          bytes.position(bytes.position() + r);
        }
        bytes.flip();
      }
      while (true) {
        CoderResult result = decoder.decode(bytes, chars, endOfInput);
        if (result.isError()) {
          if (!chars.hasRemaining()) {
            break;
          }
          bytes.position(bytes.position() + result.length());
          chars.put(Decoding.REPLACEMENT);
          replacements++;
          continue;
        }
        if (result.isOverflow() || !endOfInput) {
          break;
        }
        if (decoder.flush(chars).isUnderflow()) {
          flushed = true;
        }
        break;
      }
    } finally {
      chars.flip();
    }
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
