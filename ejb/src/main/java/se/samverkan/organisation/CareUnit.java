package se.samverkan.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.Objects;

/** A unit of a principal: a health centre, a ward, home health care, a special housing. */
@Entity
@Table(name = "care_unit")
public class CareUnit {

    @Id
    @SequenceGenerator(name = "care_unit_seq", sequenceName = "care_unit_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "care_unit_seq")
    private Long id;

    /** Stable key from the organisation data, e.g. {@code hc-krokom}. */
    @Column(name = "code", nullable = false, length = 64)
    private String code;

    @ManyToOne(optional = false)
    @JoinColumn(name = "principal_id")
    private Principal principal;

    @Column(name = "name", nullable = false, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 32)
    private UnitKind kind;

    @Column(name = "retired", nullable = false)
    private boolean retired;

    protected CareUnit() {
        // for JPA
    }

    public CareUnit(String code, Principal principal, String name, UnitKind kind) {
        this.code = Objects.requireNonNull(code);
        this.principal = Objects.requireNonNull(principal);
        this.name = Objects.requireNonNull(name);
        this.kind = Objects.requireNonNull(kind);
    }

    public Long id() {
        return id;
    }

    public String code() {
        return code;
    }

    public Principal principal() {
        return principal;
    }

    public String name() {
        return name;
    }

    public UnitKind kind() {
        return kind;
    }

    public boolean isRetired() {
        return retired;
    }

    void rename(String name) {
        this.name = Objects.requireNonNull(name);
    }

    void retire(boolean retired) {
        this.retired = retired;
    }
}
