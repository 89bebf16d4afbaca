package org.arabicnews.triples.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Reads Parquet output with DuckDB, a reader independent of the writer under test. */
public final class DuckDb {
  private DuckDb() {}

  /** Rows of a query, each a list of column values as DuckDB returns them through JDBC. */
  public static List<List<Object>> query(String sql) {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      int columns = r.getMetaData().getColumnCount();
      List<List<Object>> rows = new ArrayList<>();
      while (r.next()) {
        List<Object> row = new ArrayList<>(columns);
        for (int i = 1; i <= columns; i++) {
          Object value = r.getObject(i);
          row.add(value instanceof java.sql.Array a ? List.of((Object[]) a.getArray()) : value);
        }
        rows.add(row);
      }
      return rows;
    } catch (SQLException e) {
      throw new IllegalStateException("DuckDB query failed: " + sql, e);
    }
  }

  /** The single value of a one-row, one-column query. */
  public static Object scalar(String sql) {
    List<List<Object>> rows = query(sql);
    if (rows.size() != 1 || rows.get(0).size() != 1) {
      throw new IllegalStateException("expected one value from " + sql + ", got " + rows);
    }
    return rows.get(0).get(0);
  }

  public static long count(String sql) {
    return ((Number) scalar(sql)).longValue();
  }

  /** A read_parquet expression over every file of a table folder. */
  public static String table(java.nio.file.Path outputDir, String table) {
    return "read_parquet('" + outputDir.resolve(table) + "/*.parquet')";
  }
}
