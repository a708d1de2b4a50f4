package se.samverkan.followup;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.StepExecution;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.Properties;

/**
 * Starting a year and asking how it goes. Two starts of the same year at once run it once: starts
 * are serialized here (one server), and a start while the year's execution runs returns that
 * execution. A start after a failed or stopped run restarts it from its checkpoint; after a
 * completed run it compiles the year anew, and the new document replaces the old when done.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.CONTAINER)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class FollowUps {

    public static final String JOB = "yearly-follow-up";

    @Inject FollowUpStore store;

    /** An execution and where it stands: status, and the share of the year's cases counted. */
    public record Progress(
            int year, long executionId, String status, String step, double shareDone) {}

    @jakarta.ejb.Lock(jakarta.ejb.LockType.WRITE)
    public Progress start(int year) {
        return start(year, new Properties());
    }

    /** As {@link #start(int)}, with extra job parameters (the tests' injected failure). */
    @jakarta.ejb.Lock(jakarta.ejb.LockType.WRITE)
    public Progress start(int year, Properties extra) {
        JobOperator operator = BatchRuntime.getJobOperator();
        Optional<FollowUpStore.Entry> entry = store.find(year);
        Properties parameters = new Properties();
        parameters.setProperty("year", Integer.toString(year));
        // Always named, so that a restart does not inherit a failure the tests injected before.
        parameters.setProperty("failAfter", "");
        parameters.putAll(extra);
        if (entry.isPresent() && entry.get().executionId() != null) {
            JobExecution last = operator.getJobExecution(entry.get().executionId());
            BatchStatus status = last.getBatchStatus();
            if (status == BatchStatus.STARTING || status == BatchStatus.STARTED) {
                return progress(year).orElseThrow();
            }
            if (status == BatchStatus.FAILED || status == BatchStatus.STOPPED) {
                long restarted = operator.restart(last.getExecutionId(), parameters);
                store.started(year, restarted);
                return progress(year).orElseThrow();
            }
        }
        long execution = operator.start(JOB, parameters);
        store.started(year, execution);
        return progress(year).orElseThrow();
    }

    /** Where the year's latest execution stands; empty if the year was never started. */
    @jakarta.ejb.Lock(jakarta.ejb.LockType.READ)
    public Optional<Progress> progress(int year) {
        Optional<FollowUpStore.Entry> entry = store.find(year);
        if (entry.isEmpty() || entry.get().executionId() == null) {
            return Optional.empty();
        }
        long id = entry.get().executionId();
        JobOperator operator = BatchRuntime.getJobOperator();
        JobExecution execution = operator.getJobExecution(id);
        String step = null;
        for (StepExecution s : operator.getStepExecutions(id)) {
            step = s.getStepName();
        }
        // Counted by the writer, checkpoint included: a restarted run's own reads are only the
        // part after its checkpoint, and its share done would start from nothing.
        long read = entry.get().countedCases();
        long total = entry.get().totalCases();
        double share =
                execution.getBatchStatus() == BatchStatus.COMPLETED
                        ? 1.0
                        : total == 0 ? 0.0 : Math.min(1.0, (double) read / total);
        return Optional.of(new Progress(year, id, execution.getBatchStatus().name(), step, share));
    }

    @jakarta.ejb.Lock(jakarta.ejb.LockType.READ)
    public java.util.List<FollowUpStore.Entry> years() {
        return store.all();
    }

    @jakarta.ejb.Lock(jakarta.ejb.LockType.READ)
    public Optional<FollowUpStore.Entry> result(int year) {
        return store.find(year);
    }
}
