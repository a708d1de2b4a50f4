package se.samverkan.followup;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.StepContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * Adds each chunk of cases to the year's figures; the figures are the checkpoint, saved with the
 * reader's position after every chunk. {@code failAfter} (a job parameter, for the restart test
 * only) makes the run fail once that many cases have been counted; the test restarts it without.
 */
@jakarta.enterprise.context.Dependent
@Named("figuresWriter")
public class FiguresWriter extends AbstractItemWriter {

    @Inject @BatchProperty String year;

    @Inject @BatchProperty String failAfter;

    @Inject StepContext step;

    @Inject FollowUpStore store;

    private YearFigures figures;

    @Override
    public void open(Serializable checkpoint) {
        figures =
                checkpoint == null
                        ? new YearFigures(Integer.parseInt(year))
                        : (YearFigures) checkpoint;
        step.setTransientUserData(figures);
    }

    @Override
    public void writeItems(List<Object> items) {
        for (Object item : items) {
            figures.add((CaseRow) item);
        }
        store.counted(figures.year(), figures.cases());
        if (failAfter != null
                && !failAfter.isBlank()
                && figures.cases() >= Long.parseLong(failAfter)) {
            throw new IllegalStateException(
                    "failure injected after " + figures.cases() + " cases (failAfter)");
        }
    }

    @Override
    public Serializable checkpointInfo() {
        return figures;
    }
}
