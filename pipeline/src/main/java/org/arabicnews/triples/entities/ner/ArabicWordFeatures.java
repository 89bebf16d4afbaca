package org.arabicnews.triples.entities.ner;

import java.util.List;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.GeneratorFactory;
import org.arabicnews.triples.entities.LookupForms;

/**
 * Name finder features of an Arabic word's shape: its proclitics, its form without them, whether it carries
 * the article, and the first and last letters of its core (the form without proclitics and article).
 * Referenced by class name from the model's feature descriptor.
 */
public final class ArabicWordFeatures extends GeneratorFactory.AbstractXmlFeatureGeneratorFactory {
  @Override
  public AdaptiveFeatureGenerator create() {
    return ArabicWordFeatures::features;
  }

  static void features(List<String> features, String[] tokens, int index, String[] previousOutcomes) {
    String word = tokens[index];
    String proclitic = LookupForms.proclitic(word);
    String rest = word.substring(proclitic.length());
    features.add("pc=" + proclitic);
    if (!proclitic.isEmpty()) {
      features.add("st=" + rest);
    }
    String core = rest;
    if (rest.startsWith("ال") && rest.length() > 4) {
      features.add("al");
      core = rest.substring(2);
    }
    int n = core.length();
    for (int k = 2; k <= 3 && k < n; k++) {
      features.add("pf" + k + "=" + core.substring(0, k));
      features.add("sf" + k + "=" + core.substring(n - k));
    }
  }
}
