package se.samverkan.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.samverkan.access.Caller;
import se.samverkan.access.Role;

/**
 * Who sees a case and who sees its patient, by role and by relation to the case: a
 * purchased-service case reported by Östersund's nurse, routed to the region, Krokom informed.
 */
class CaseAccessTest {

    static final OffsetDateTime NOW =
            OffsetDateTime.of(2026, 3, 16, 10, 0, 0, 0, ZoneOffset.ofHours(1));

    static Case aCase() {
        Case c =
                Case.file(
                        CaseTest.aMedicationDeviation(),
                        "SAM-2026-00002",
                        new Routing.Route("region-jamtland-harjedalen", Optional.of("krokom")),
                        NOW,
                        NOW.plusDays(5),
                        NOW.plusDays(60),
                        CaseTest.NURSE);
        c.markHasPatient();
        return c;
    }

    static Set<Role> roles(String spec) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String name : spec.split("\\+")) {
            roles.add(Role.valueOf(name));
        }
        return roles;
    }

    @ParameterizedTest(name = "{0} of {1} ({2}): sees case {3}, patient {4}")
    @CsvSource({
        // the reporter who filed it, and others of the reporting principal
        "reporter.ostersund, ostersund, REPORTER, true, true",
        "another.nurse, ostersund, REPORTER, true, false",
        "handler.ostersund, ostersund, REPORTER+HANDLER, true, true",
        "mas.ostersund, ostersund, REPORTER+MAS, true, true",
        // the routed-to principal
        "reporter.region, region-jamtland-harjedalen, REPORTER, true, false",
        "handler.region, region-jamtland-harjedalen, REPORTER+HANDLER, true, true",
        "chefslakare.region, region-jamtland-harjedalen, REPORTER+CHIEF_MEDICAL_OFFICER, true, true",
        // the informed principal sees the case, never the patient
        "reporter.krokom, krokom, REPORTER, true, false",
        "handler.krokom, krokom, REPORTER+HANDLER, true, false",
        "mas.krokom, krokom, REPORTER+MAS, true, false",
        // another principal
        "handler.are, are, REPORTER+HANDLER, false, false",
        "mas.are, are, REPORTER+MAS, false, false",
        // roles that never see a case
        "forum, region-jamtland-harjedalen, FORUM, false, false",
        "admin, region-jamtland-harjedalen, ADMIN, false, false",
        // the same user name in another principal is not the reporter
        "reporter.ostersund, are, REPORTER, false, false"
    })
    void whoSeesTheCaseAndWhoSeesThePatient(
            String username,
            String principal,
            String roles,
            boolean seesCase,
            boolean seesPatient) {
        Caller caller = new Caller(username, principal, roles(roles));
        Case c = aCase();

        assertEquals(seesCase, CaseAccess.maySee(caller, c));
        assertEquals(seesPatient, CaseAccess.maySeePatient(caller, c));
    }
}
