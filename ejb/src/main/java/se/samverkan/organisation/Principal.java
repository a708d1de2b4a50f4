package se.samverkan.organisation;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Objects;
import java.util.regex.Pattern;

/** A principal (huvudman): the region or one of its municipalities. */
@Entity
@Table(name = "principal")
@Cacheable
public class Principal {

    /** The form of every principal id; the registry refuses any other (and ids never change). */
    public static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

    @Id
    @Column(name = "id", length = 64)
    private String id;

    @Column(name = "name", nullable = false, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 16)
    private PrincipalKind kind;

    /** The SCB code: 23 for the region, 2380 for Östersund. */
    @Column(name = "code", nullable = false, length = 8)
    private String code;

    /** Functional mailbox of the principal's deviation handlers. */
    @Column(name = "handler_email", nullable = false, length = 254)
    private String handlerEmail;

    /** Functional mailbox of the chefsläkare (region) or the MAS (municipality). */
    @Column(name = "medical_officer_email", nullable = false, length = 254)
    private String medicalOfficerEmail;

    /** Retired: kept on old cases, offered for no new one. */
    @Column(name = "retired", nullable = false)
    private boolean retired;

    protected Principal() {
        // for JPA
    }

    public Principal(
            String id,
            String name,
            PrincipalKind kind,
            String code,
            String handlerEmail,
            String medicalOfficerEmail) {
        this.id = Objects.requireNonNull(id);
        this.name = Objects.requireNonNull(name);
        this.kind = Objects.requireNonNull(kind);
        this.code = Objects.requireNonNull(code);
        this.handlerEmail = Objects.requireNonNull(handlerEmail);
        this.medicalOfficerEmail = Objects.requireNonNull(medicalOfficerEmail);
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    public PrincipalKind kind() {
        return kind;
    }

    public String code() {
        return code;
    }

    public String handlerEmail() {
        return handlerEmail;
    }

    public String medicalOfficerEmail() {
        return medicalOfficerEmail;
    }

    public boolean isRegion() {
        return kind == PrincipalKind.REGION;
    }

    public boolean isRetired() {
        return retired;
    }

    /** An administrator's change: the name and the two functional mailboxes; the id stays. */
    void change(String name, String handlerEmail, String medicalOfficerEmail) {
        this.name = Objects.requireNonNull(name);
        this.handlerEmail = Objects.requireNonNull(handlerEmail);
        this.medicalOfficerEmail = Objects.requireNonNull(medicalOfficerEmail);
    }

    public void retire(boolean retired) {
        this.retired = retired;
    }
}
