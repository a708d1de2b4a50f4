/**
 * The yearly follow-up for the joint forum, compiled as a Jakarta Batch job ({@code
 * META-INF/batch-jobs/yearly-follow-up.xml}).
 *
 * <p>One chunk step reads the year's cases in submission order ({@link CaseRowReader}, keyset pages
 * on {@code cases_submitted_ix}) and accumulates the contract's figures ({@link YearFigures},
 * written by {@link FiguresWriter}). The checkpoint after each chunk is the reader's position and
 * the figures so far, so a run stopped or failed half-way restarts from there to exactly the result
 * of an uninterrupted run, and the heap holds one page and the figures, at any size of year. When
 * every case is counted, {@link PublishFollowUp} settles the two percentiles exactly (the answer
 * times are kept per minute; one thin second reading finds the value in its minute), adds the year
 * before's totals and publishes the document in {@code follow_up}.
 *
 * <p>{@link FollowUps} starts a year: a start while the year runs joins that run, a start after a
 * failure restarts it from its checkpoint, a start after success compiles the year anew and
 * replaces the document when done. Executions live in the JDBC job repository on a datasource of
 * their own ({@code SamverkanBatchDS}); the job's own reads run outside the chunk transaction
 * ({@link FollowUpStore}), because two local datasources cannot share one.
 *
 * <p>{@link FollowUpPdf} prints a document as the forum's report: tagged PDF/UA in Swedish, its one
 * font (DejaVu Sans) embedded, four charts whose alt text gives their numbers, and the tables of
 * {@link FollowUpTables}.
 *
 * <p>Beside the per-case figures, {@link PublishFollowUp} asks the database for the measures taken
 * by area (counts and each area's most common texts, grouped and ranked there, so the heap holds
 * only what is shown) and for the forum's register ({@code se.samverkan.forum}). {@link
 * FollowUpTables} turns a document into the tables that the CSV and XLSX ({@link
 * FollowUpSpreadsheets}) and the PDF print; {@link FollowUpSchedule} runs the previous year every
 * 15 January. {@code ./samverkan benchmark-follow-up} measures the job at one and ten million cases
 * beside plain SQL.
 */
package se.samverkan.followup;
