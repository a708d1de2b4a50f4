package se.samverkan.cases;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import se.samverkan.access.Caller;

/**
 * One answer of the receiving side: the investigation's summary and the measures taken, by whom and
 * when. A case returned and answered again gets a second answer beside the first; an answer is
 * written once and never changed, so its measures are inserted once and never rewritten.
 */
@Entity
@Table(name = "case_answer")
public class CaseAnswer {

    @Id
    @SequenceGenerator(
            name = "case_answer_seq",
            sequenceName = "case_answer_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "case_answer_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id", updatable = false)
    private Case caseRef;

    /** 1 for the first answer of the case, 2 for the answer after its first return, … */
    @Column(name = "answer_number", nullable = false, updatable = false)
    private int number;

    @Column(name = "answered_at", nullable = false, updatable = false)
    private OffsetDateTime answeredAt;

    @Column(name = "principal_id", nullable = false, updatable = false)
    private String principalId;

    @Column(name = "username", nullable = false, updatable = false)
    private String username;

    @Column(name = "summary", nullable = false, updatable = false)
    private String summary;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(
            name = "case_answer_measure",
            joinColumns = @JoinColumn(name = "answer_id", updatable = false))
    @OrderColumn(name = "ordinal", updatable = false)
    @Column(name = "description", nullable = false, updatable = false)
    private List<String> measures = new ArrayList<>();

    protected CaseAnswer() {
        // for JPA
    }

    CaseAnswer(
            Case caseRef,
            int number,
            String summary,
            List<String> measures,
            Caller handler,
            OffsetDateTime at) {
        this.caseRef = caseRef;
        this.number = number;
        this.summary = summary;
        this.measures = new ArrayList<>(measures);
        this.principalId = handler.principalId();
        this.username = handler.username();
        this.answeredAt = at;
    }

    public int number() {
        return number;
    }

    public OffsetDateTime answeredAt() {
        return answeredAt;
    }

    public String principalId() {
        return principalId;
    }

    public String username() {
        return username;
    }

    public String summary() {
        return summary;
    }

    public List<String> measures() {
        return Collections.unmodifiableList(measures);
    }
}
