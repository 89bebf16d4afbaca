package org.arabicnews.triples.pipeline;

import java.io.Serializable;
import org.arabicnews.triples.ingest.FileSlice;

/** One unit of reading: a file, or a line-aligned slice of a large one. */
record ReadTask(String uri, FileSlice slice) implements Serializable {
  static ReadTask whole(String uri) {
    return new ReadTask(uri, FileSlice.WHOLE);
  }
}
