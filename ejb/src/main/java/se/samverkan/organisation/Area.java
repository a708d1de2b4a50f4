package se.samverkan.organisation;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Locale;
import java.util.Objects;

/**
 * An area of deviation (läkemedelshantering, informationsöverföring, …). Retiring an area keeps it
 * on the cases and in the statistics that already use it; it is only no longer offered.
 */
@Entity
@Table(name = "area")
@Cacheable
public class Area {

    @Id
    @Column(name = "code", length = 32)
    private String code;

    @Column(name = "name_sv", nullable = false, length = 200)
    private String nameSv;

    @Column(name = "name_en", nullable = false, length = 200)
    private String nameEn;

    @Column(name = "description_sv", nullable = false, length = 1000)
    private String descriptionSv;

    @Column(name = "description_en", nullable = false, length = 1000)
    private String descriptionEn;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(name = "retired", nullable = false)
    private boolean retired;

    protected Area() {
        // for JPA
    }

    public Area(
            String code,
            String nameSv,
            String nameEn,
            String descriptionSv,
            String descriptionEn,
            int sortOrder) {
        this.code = Objects.requireNonNull(code);
        this.nameSv = Objects.requireNonNull(nameSv);
        this.nameEn = Objects.requireNonNull(nameEn);
        this.descriptionSv = Objects.requireNonNull(descriptionSv);
        this.descriptionEn = Objects.requireNonNull(descriptionEn);
        this.sortOrder = sortOrder;
    }

    public String code() {
        return code;
    }

    /** The name in Swedish, or in English when the reader asked for English. */
    public String name(Locale locale) {
        return isEnglish(locale) ? nameEn : nameSv;
    }

    public String nameSv() {
        return nameSv;
    }

    public String nameEn() {
        return nameEn;
    }

    public String descriptionSv() {
        return descriptionSv;
    }

    public String descriptionEn() {
        return descriptionEn;
    }

    /** An administrator's change of the words; the code, on every old case, stays. */
    void change(String nameSv, String nameEn, String descriptionSv, String descriptionEn) {
        this.nameSv = Objects.requireNonNull(nameSv);
        this.nameEn = Objects.requireNonNull(nameEn);
        this.descriptionSv = Objects.requireNonNull(descriptionSv);
        this.descriptionEn = Objects.requireNonNull(descriptionEn);
    }

    void retire(boolean retired) {
        this.retired = retired;
    }

    public int sortOrder() {
        return sortOrder;
    }

    public boolean isRetired() {
        return retired;
    }

    private static boolean isEnglish(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage());
    }
}
