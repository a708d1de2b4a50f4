/**
 * The yearly follow-up for the joint forum, compiled as a Jakarta Batch job: not built yet.
 *
 * <p>This module is where the job's JSL ({@code META-INF/batch-jobs}), its artifacts (named by
 * role: {@code …Reader}, {@code …Processor}, {@code …Writer}, {@code …Batchlet}) and the report
 * rendering (PDF, XLSX, CSV) will live. It is packaged as an EJB module because JBeret finds jobs
 * there from both the web module and EJBs, and they can use the domain's classes; its executions
 * are kept in the JDBC job repository on a datasource of its own ({@code SamverkanBatchDS}).
 */
package se.samverkan.followup;
