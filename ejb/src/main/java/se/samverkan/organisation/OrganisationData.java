package se.samverkan.organisation;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A county's organisation as written in its data file: principals with their functional mailboxes,
 * units and areas. Read with {@link #parse(InputStream)}, checked with {@link #problems()}.
 */
public record OrganisationData(
        String county,
        String timeZone,
        List<PrincipalEntry> principals,
        List<UnitEntry> units,
        List<AreaEntry> areas) {

    private static final Pattern PRINCIPAL_ID = Principal.ID;
    private static final Pattern UNIT_CODE = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");
    private static final Pattern AREA_CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,31}");
    private static final Pattern SCB_CODE = Pattern.compile("[0-9]{2}|[0-9]{4}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    public OrganisationData {
        principals = principals == null ? List.of() : List.copyOf(principals);
        units = units == null ? List.of() : List.copyOf(units);
        areas = areas == null ? List.of() : List.copyOf(areas);
    }

    public record PrincipalEntry(
            String id, String name, PrincipalKind kind, String code, Mailboxes mailboxes) {}

    /** Functional addresses, never a person's own. */
    public record Mailboxes(String handlers, String medicalOfficer) {}

    public record UnitEntry(String code, String principalId, String name, UnitKind kind) {}

    public record AreaEntry(String code, Texts name, Texts description) {}

    /** A text in Swedish and English. */
    public record Texts(String sv, String en) {}

    /** Reads a data file; a file that is not well-formed is an {@link InvalidOrganisationData}. */
    public static OrganisationData parse(InputStream json) {
        try (Jsonb jsonb = JsonbBuilder.create()) {
            return jsonb.fromJson(json, OrganisationData.class);
        } catch (JsonbException e) {
            throw new InvalidOrganisationData(List.of("not readable JSON: " + e.getMessage()));
        } catch (Exception e) {
            throw new IllegalStateException("could not close the JSON-B context", e);
        }
    }

    /** Reads and checks; throws with every problem found. */
    public static OrganisationData parseValid(InputStream json) throws IOException {
        OrganisationData data = parse(json);
        List<String> problems = data.problems();
        if (!problems.isEmpty()) {
            throw new InvalidOrganisationData(problems);
        }
        return data;
    }

    /**
     * Everything wrong with this description of a county, in words an administrator can act on;
     * empty when it can be loaded. A county has exactly one region and at least one municipality,
     * because every case goes between the two kinds.
     */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        Set<String> principalIds = new HashSet<>();
        Set<String> scbCodes = new HashSet<>();
        long regions = 0;
        long municipalities = 0;
        for (PrincipalEntry p : principals) {
            String at = "principal " + p.id();
            if (p.id() == null || !PRINCIPAL_ID.matcher(p.id()).matches()) {
                problems.add(at + ": id must be lower-case letters, digits and dashes");
            } else if (!principalIds.add(p.id())) {
                problems.add(at + ": id used twice");
            }
            if (isBlank(p.name())) {
                problems.add(at + ": name missing");
            }
            if (p.kind() == null) {
                problems.add(at + ": kind must be REGION or MUNICIPALITY");
            } else if (p.kind() == PrincipalKind.REGION) {
                regions++;
            } else {
                municipalities++;
            }
            if (p.code() == null || !SCB_CODE.matcher(p.code()).matches()) {
                problems.add(at + ": code must be an SCB code of 2 or 4 digits");
            } else if (!scbCodes.add(p.code())) {
                problems.add(at + ": code " + p.code() + " used twice");
            }
            if (p.mailboxes() == null
                    || !isEmail(p.mailboxes().handlers())
                    || !isEmail(p.mailboxes().medicalOfficer())) {
                problems.add(
                        at
                                + ": mailboxes.handlers and mailboxes.medicalOfficer must be"
                                + " e-mail addresses");
            }
        }
        if (regions != 1) {
            problems.add("a county needs exactly one REGION, found " + regions);
        }
        if (municipalities < 1) {
            problems.add("a county needs at least one MUNICIPALITY");
        }
        Set<String> unitCodes = new HashSet<>();
        for (UnitEntry u : units) {
            String at = "unit " + u.code();
            if (u.code() == null || !UNIT_CODE.matcher(u.code()).matches()) {
                problems.add(at + ": code must be lower-case letters, digits and dashes");
            } else if (!unitCodes.add(u.code())) {
                problems.add(at + ": code used twice");
            }
            if (!principalIds.contains(u.principalId())) {
                problems.add(at + ": unknown principal " + u.principalId());
            }
            if (isBlank(u.name())) {
                problems.add(at + ": name missing");
            }
            if (u.kind() == null) {
                problems.add(at + ": kind missing");
            }
        }
        Set<String> areaCodes = new HashSet<>();
        for (AreaEntry a : areas) {
            String at = "area " + a.code();
            if (a.code() == null || !AREA_CODE.matcher(a.code()).matches()) {
                problems.add(at + ": code must be upper-case letters, digits and underscores");
            } else if (!areaCodes.add(a.code())) {
                problems.add(at + ": code used twice");
            }
            if (!isComplete(a.name()) || !isComplete(a.description())) {
                problems.add(at + ": name and description need both sv and en");
            }
        }
        if (areas.isEmpty()) {
            problems.add("a county needs at least one area");
        }
        return problems;
    }

    private static boolean isComplete(Texts texts) {
        return texts != null && !isBlank(texts.sv()) && !isBlank(texts.en());
    }

    private static boolean isEmail(String value) {
        return value != null && EMAIL.matcher(value).matches();
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    /** The data file cannot be loaded; the message lists every problem. */
    public static final class InvalidOrganisationData extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final List<String> problems;

        public InvalidOrganisationData(List<String> problems) {
            super("Invalid organisation data: " + String.join("; ", problems));
            this.problems = List.copyOf(Objects.requireNonNull(problems));
        }

        public List<String> problems() {
            return problems;
        }
    }
}
