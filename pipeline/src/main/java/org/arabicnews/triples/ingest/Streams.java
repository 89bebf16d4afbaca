package org.arabicnews.triples.ingest;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Wrappers the file openers put around input streams. */
public final class Streams {
  private Streams() {}

  /** A decompressor's failure: the compressed file ends early or is corrupt. */
  public static final class CorruptInputException extends IOException {
    private static final long serialVersionUID = 1L;

    CorruptInputException(IOException cause) {
      super(cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage(), cause);
    }
  }

  /** {@code in} read up to {@code maxBytes} bytes; unlimited when negative. */
  public static InputStream limit(InputStream in, long maxBytes) {
    if (maxBytes < 0) {
      return in;
    }
    return new FilterInputStream(in) {
      private long left = maxBytes;

      @Override
      public int read() throws IOException {
        if (left <= 0) {
          return -1;
        }
        int b = super.read();
        if (b >= 0) {
          left--;
        }
        return b;
      }

      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        if (left <= 0) {
          return -1;
        }
        int n = super.read(b, off, (int) Math.min(len, left));
        if (n > 0) {
          left -= n;
        }
        return n;
      }

      @Override
      public long skip(long n) throws IOException {
        long skipped = super.skip(Math.min(n, left));
        left -= skipped;
        return skipped;
      }

      @Override
      public int available() throws IOException {
        return (int) Math.min(super.available(), left);
      }

      @Override
      public boolean markSupported() {
        return false;
      }
    };
  }

  /** {@code decompressed} with every read failure reported as a {@link CorruptInputException}. */
  public static InputStream decompressed(InputStream decompressed) {
    return new FilterInputStream(decompressed) {
      @Override
      public int read() throws IOException {
        try {
          return super.read();
        } catch (IOException e) {
          throw new CorruptInputException(e);
        }
      }

      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        try {
          return super.read(b, off, len);
        } catch (IOException e) {
          throw new CorruptInputException(e);
        }
      }
    };
  }
}
