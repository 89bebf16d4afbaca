package org.arabicnews.triples.pipeline;

import com.github.luben.zstd.Zstd;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.BinaryDecoder;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.avro.specific.SpecificRecordBase;

/**
 * Rows as zstd-compressed Avro binary, the form they take through the write's shuffle. Runners that keep a
 * shuffle in memory (the DirectRunner holds a whole GroupByKey input) then hold a fraction of the rows'
 * object size, and the others move fewer bytes.
 */
final class CompactRows {
  private static final int LEVEL = 1;

  private CompactRows() {}

  static byte[] encode(SpecificRecordBase row) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(4096);
    BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(bytes, null);
    try {
      new SpecificDatumWriter<SpecificRecordBase>(row.getSchema()).write(row, encoder);
      encoder.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot encode a " + row.getSchema().getName() + " row", e);
    }
    return Zstd.compress(bytes.toByteArray(), LEVEL);
  }

  static GenericRecord decode(byte[] compact, Schema schema) {
    byte[] avro = Zstd.decompress(compact, (int) Zstd.decompressedSize(compact));
    BinaryDecoder decoder = DecoderFactory.get().binaryDecoder(avro, null);
    try {
      return new GenericDatumReader<GenericRecord>(schema).read(null, decoder);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot decode a " + schema.getName() + " row", e);
    }
  }
}
