package se.samverkan.followup;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Reads the year's cases in submission order, a page of keyset queries at a time; its checkpoint is
 * the position of the last case handed out, so a restart reads on from there.
 */
@jakarta.enterprise.context.Dependent
@Named("caseRowReader")
public class CaseRowReader extends AbstractItemReader {

    static final int PAGE = 2000;

    @Inject @BatchProperty String year;

    @Inject FollowUpStore store;

    private final Deque<CaseRow> buffer = new ArrayDeque<>();
    private CaseRows.Position position;
    private boolean exhausted;

    @Override
    public void open(Serializable checkpoint) {
        position =
                checkpoint == null
                        ? CaseRows.before(Integer.parseInt(year))
                        : (CaseRows.Position) checkpoint;
    }

    @Override
    public Object readItem() throws Exception {
        if (buffer.isEmpty() && !exhausted) {
            buffer.addAll(store.page(Integer.parseInt(year), position, PAGE));
            exhausted = buffer.size() < PAGE;
        }
        CaseRow next = buffer.poll();
        if (next != null) {
            position = new CaseRows.Position(next.submittedAt(), next.id());
        }
        return next;
    }

    /** The last case handed out: the chunk that holds it is committed with this checkpoint. */
    @Override
    public Serializable checkpointInfo() {
        return position;
    }
}
