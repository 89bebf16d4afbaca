package org.arabicnews.triples.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

class ArabicNewsTriplesTest {
  @Test
  void theLauncherTurnsTheDirectRunnersImmutabilityCheckOff_unlessToldOtherwise() {
    assertArrayEquals(new String[] {"--output=o", "--enforceImmutability=false"},
        ArabicNewsTriples.directRunnerDefaults(new String[] {"--output=o"}));
    assertArrayEquals(new String[] {"--runner=DirectRunner", "--enforceImmutability=false"},
        ArabicNewsTriples.directRunnerDefaults(new String[] {"--runner=DirectRunner"}));
    assertArrayEquals(new String[] {"--enforceImmutability=true"},
        ArabicNewsTriples.directRunnerDefaults(new String[] {"--enforceImmutability=true"}));
    assertArrayEquals(new String[] {"--runner=FlinkRunner"},
        ArabicNewsTriples.directRunnerDefaults(new String[] {"--runner=FlinkRunner"}));
  }
}
