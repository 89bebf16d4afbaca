package org.arabicnews.triples.pipeline;

import java.io.Serializable;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.CoderRegistry;
import org.apache.beam.sdk.transforms.Combine;

/**
 * A CombineFn over one of the core's mutable accumulators, which add inputs and merge each other in place; the
 * accumulator is also the output.
 */
final class AccumulatorFn<InputT, AccumT> extends Combine.CombineFn<InputT, AccumT, AccumT> {
  interface Create<A> extends Serializable {
    A create();
  }

  interface Add<I, A> extends Serializable {
    A add(A accumulator, I input);
  }

  interface Merge<A> extends Serializable {
    A merge(A accumulator, A other);
  }

  private final Create<AccumT> create;
  private final Add<InputT, AccumT> add;
  private final Merge<AccumT> merge;
  private final Coder<AccumT> coder;

  AccumulatorFn(Create<AccumT> create, Add<InputT, AccumT> add, Merge<AccumT> merge, Coder<AccumT> coder) {
    this.create = create;
    this.add = add;
    this.merge = merge;
    this.coder = coder;
  }

  @Override
  public AccumT createAccumulator() {
    return create.create();
  }

  @Override
  public AccumT addInput(AccumT accumulator, InputT input) {
    return add.add(accumulator, input);
  }

  @Override
  public AccumT mergeAccumulators(Iterable<AccumT> accumulators) {
    AccumT merged = create.create();
    for (AccumT a : accumulators) {
      merged = merge.merge(merged, a);
    }
    return merged;
  }

  @Override
  public AccumT extractOutput(AccumT accumulator) {
    return accumulator;
  }

  @Override
  public Coder<AccumT> getAccumulatorCoder(CoderRegistry registry, Coder<InputT> inputCoder) {
    return coder;
  }

  @Override
  public Coder<AccumT> getDefaultOutputCoder(CoderRegistry registry, Coder<InputT> inputCoder) {
    return coder;
  }
}
