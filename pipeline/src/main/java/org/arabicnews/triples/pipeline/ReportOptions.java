package org.arabicnews.triples.pipeline;

import org.apache.beam.sdk.options.Default;
import org.apache.beam.sdk.options.Description;
import org.apache.beam.sdk.options.PipelineOptions;
import org.apache.beam.sdk.options.Validation;

/** Options of the {@code report} command. */
public interface ReportOptions extends PipelineOptions {
  @Description("The directory a run of the job wrote its tables to.")
  @Default.String("out")
  @Validation.Required
  String getOutput();

  void setOutput(String value);

  @Description("How many of the most reported events to list.")
  @Default.Integer(20)
  int getTop();

  void setTop(int value);
}
