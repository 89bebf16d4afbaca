package org.arabicnews.triples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.apache.avro.Schema;
import org.apache.beam.sdk.options.Description;
import org.arabicnews.triples.pipeline.ArabicNewsTriplesOptions;
import org.arabicnews.triples.testing.Paths;
import org.junit.jupiter.api.Test;

/** The docs must describe what the code does: every column, option and reason code. */
class DocsTest {
  private static String read(String relative) throws IOException {
    return Files.readString(Paths.projectRoot().resolve(relative));
  }

  @Test
  void readmeDocumentsEveryColumnOfEveryTable() throws IOException {
    String readme = read("README.md");
    List<String> missing = new ArrayList<>();
    for (Schema table : List.of(org.arabicnews.triples.schema.Article.getClassSchema(),
        org.arabicnews.triples.schema.Entity.getClassSchema(), org.arabicnews.triples.schema.Triple.getClassSchema(),
        org.arabicnews.triples.schema.Relation.getClassSchema(),
        org.arabicnews.triples.schema.DeadLetter.getClassSchema())) {
      for (Schema.Field field : table.getFields()) {
        if (!readme.contains("`" + field.name() + "`")) {
          missing.add(table.getName() + "." + field.name());
        }
      }
    }
    assertTrue(missing.isEmpty(), "README lacks columns " + missing);
  }

  @Test
  void readmeDocumentsEveryOptionAndEveryOptionHasADescription() throws IOException {
    String readme = read("README.md");
    List<String> missing = new ArrayList<>();
    for (Method getter : ArabicNewsTriplesOptions.class.getDeclaredMethods()) {
      if (!getter.getName().startsWith("get")) {
        continue;
      }
      String option = Character.toLowerCase(getter.getName().charAt(3)) + getter.getName().substring(4);
      if (!readme.contains("`--" + option + "`") || getter.getAnnotation(Description.class) == null) {
        missing.add(option);
      }
    }
    assertTrue(missing.isEmpty(), "options undocumented in README or without @Description: " + missing);
  }

  @Test
  void deadLetterDocListsEveryReasonCode() throws IOException {
    String doc = read("docs/dead-letters.md");
    List<String> missing = new ArrayList<>();
    for (Reason reason : Reason.values()) {
      if (!doc.contains("`" + reason.code() + "`")) {
        missing.add(reason.code());
      }
    }
    assertTrue(missing.isEmpty(), "docs/dead-letters.md lacks " + missing);
  }

  @Test
  void ciRunsExactlyTheReadmeTestCommand() throws IOException {
    assertTrue(read("README.md").contains("```\nmvn -B verify\n```"));
    assertTrue(read(".ci/run").lines().anyMatch("mvn -B verify"::equals));
  }
}
