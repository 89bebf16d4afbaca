package org.arabicnews.triples.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.arabicnews.triples.testing.DuckDb;
import org.arabicnews.triples.testing.Paths;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Same input, same rows, ids included: twice on the DirectRunner and once on Flink, compared with DuckDB. */
class DeterminismTest {
  @TempDir Path out;

  @Test
  void rerunsAndRunnersWriteIdenticalRows() {
    String input = Paths.testdata("pages") + "/*," + Paths.testdata("exports") + "/*";
    Path first = out.resolve("direct-1");
    Path second = out.resolve("direct-2");
    Path flink = out.resolve("flink");
    EndToEndTest.runJob(first, input, "--numShards=3");
    EndToEndTest.runJob(second, input, "--numShards=1");
    EndToEndTest.runJob(flink, input, "--runner=FlinkRunner", "--flinkMaster=[local]", "--parallelism=2");

    for (String table : WriteTables.TABLES.keySet().stream().map(t -> t.getId()).sorted().toList()) {
      long rows = DuckDb.count("select count(*) from " + DuckDb.table(first, table));
      assertTrue(rows > 0 || table.equals("dead_letters"), table + " is empty: the comparison would prove nothing");
      for (Path other : List.of(second, flink)) {
        assertEquals(0L, differing(first, other, table), table + ": rows only in " + first.getFileName());
        assertEquals(0L, differing(other, first, table), table + ": rows only in " + other.getFileName());
      }
    }
  }

  private static long differing(Path a, Path b, String table) {
    return DuckDb.count("select count(*) from (select * from " + DuckDb.table(a, table) + " except all select * from "
        + DuckDb.table(b, table) + ")");
  }
}
