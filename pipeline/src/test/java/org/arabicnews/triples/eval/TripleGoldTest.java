package org.arabicnews.triples.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.arabicnews.triples.relations.Relation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TripleGoldTest {
  @TempDir Path dir;

  @Test
  void readsTheAgreedFormat() throws IOException {
    Path file = dir.resolve("gold.jsonl");
    Files.writeString(file, "{\"doc\": \"snn-1\", \"segment\": 0, \"triples\": [{\"relation\": \"hold_talks\", "
        + "\"subject\": {\"tokens\": [\"بوريطة\"], \"key\": null}, \"object\": {\"tokens\": [\"لافروف\"], \"key\": null}, "
        + "\"polarity\": \"positive\", \"modality\": \"asserted\", \"location\": [\"موسكو\"], \"date\": \"اليوم الخميس\", "
        + "\"cue\": \"مباحثات\", \"cameo\": \"040\"}]}\n\n"
        + "{\"doc\": \"testdata/pages/a.txt\", \"segment\": 2, \"triples\": [{\"relation\": \"phone_call\", "
        + "\"subject\": {\"tokens\": [\"ماكرون\"]}, \"object\": {\"tokens\": [], \"key\": \"EG\"}, \"unordered\": true}]}\n");
    List<TripleGold.Article> articles = TripleGold.read(file);
    assertEquals(2, articles.size());
    TripleGold.GoldTriple talks = articles.get(0).triples().get(0);
    assertEquals(Relation.HOLD_TALKS, talks.relation());
    assertEquals(List.of("موسكو"), talks.location());
    assertEquals("اليوم الخميس", talks.date());
    TripleGold.GoldTriple call = articles.get(1).triples().get(0);
    assertEquals(2, articles.get(1).segment());
    assertEquals("EG", call.object().key());
    assertTrue(call.unordered());
    assertEquals("positive", call.polarityOrDefault());
  }

  @Test
  void aBadLineFailsWithItsNumber() throws IOException {
    Path file = dir.resolve("bad.jsonl");
    Files.writeString(file, "{\"doc\": \"a\", \"triples\": []}\n{\"doc\": \"b\", \"triples\": [{\"relation\": \"greet\", "
        + "\"subject\": {\"tokens\": [\"x\"]}, \"object\": {\"tokens\": [\"y\"]}}]}\n");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TripleGold.read(file));
    assertTrue(e.getMessage().contains("bad.jsonl:2"), e.getMessage());
    assertTrue(e.getMessage().contains("greet"), e.getMessage());
  }
}
