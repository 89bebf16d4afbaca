package org.arabicnews.triples.entities.ner;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.GeneratorFactory;
import org.arabicnews.triples.entities.Gazetteer;
import org.arabicnews.triples.entities.LookupForms;

/**
 * Name finder features from our gazetteers: for each word, the kind of gazetteer phrase it begins or
 * continues ({@code gz=COUNTRY-B}, {@code gz=TITLE-I}), or else whether it is a common word or a word of a known
 * person name. Referenced by class
 * name from the model's feature descriptor; the model records the gazetteer's fingerprint.
 */
public final class GazetteerFeatures extends GeneratorFactory.AbstractXmlFeatureGeneratorFactory {
  @Override
  public AdaptiveFeatureGenerator create() {
    return new Generator(Gazetteer.shared());
  }

  static final class Generator implements AdaptiveFeatureGenerator {
    private final Gazetteer gazetteer;
    private String[] sentence;
    private String[][] labels;

    Generator(Gazetteer gazetteer) {
      this.gazetteer = gazetteer;
    }

    @Override
    public void createFeatures(List<String> features, String[] tokens, int index, String[] previousOutcomes) {
      if (tokens != sentence) {
        labels = labels(tokens);
        sentence = tokens;
      }
      for (String label : labels[index]) {
        features.add(label);
      }
    }

    private String[][] labels(String[] tokens) {
      List<String> words = new ArrayList<>(tokens.length);
      for (String t : tokens) {
        words.add(gazetteer.fold(t));
      }
      String[][] out = new String[tokens.length][];
      for (int i = 0; i < tokens.length; i++) {
        List<LookupForms.Form> forms = LookupForms.of(words.get(i));
        String core = forms.get(forms.size() - 1).form();
        out[i] = gazetteer.isCommonWord(words.get(i)) ? new String[] {"gz=common"}
            : gazetteer.isPersonNameWord(words.get(i)) || gazetteer.isPersonNameWord(core) ? new String[] {"gz=name"}
            : new String[0];
      }
      for (int i = 0; i < tokens.length; ) {
        Gazetteer.Match m = gazetteer.longestAt(words, i);
        if (m == null) {
          i++;
          continue;
        }
        for (int k = m.start(); k < m.end(); k++) {
          out[k] = new String[] {"gz=" + m.entry().kind() + (k == m.start() ? "-B" : "-I")};
        }
        i = m.end();
      }
      return out;
    }
  }
}
