package se.samverkan.organisation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class OrganisationDataTest {

    private static OrganisationData jamtland() throws IOException {
        try (InputStream in =
                OrganisationDataTest.class
                        .getClassLoader()
                        .getResourceAsStream(OrganisationLoader.BUILT_IN)) {
            return OrganisationData.parseValid(in);
        }
    }

    @Test
    void jamtlandHasTheContractsPrincipalsWithTheirScbCodes() throws IOException {
        Map<String, String> codes =
                jamtland().principals().stream()
                        .collect(
                                Collectors.toMap(
                                        OrganisationData.PrincipalEntry::id,
                                        OrganisationData.PrincipalEntry::code));

        assertEquals(
                Map.of(
                        "region-jamtland-harjedalen",
                        "23",
                        "ragunda",
                        "2303",
                        "bracke",
                        "2305",
                        "krokom",
                        "2309",
                        "stromsund",
                        "2313",
                        "are",
                        "2321",
                        "berg",
                        "2326",
                        "harjedalen",
                        "2361",
                        "ostersund",
                        "2380"),
                codes);
    }

    @Test
    void jamtlandHasOneRegionAndEightMunicipalities() throws IOException {
        Map<PrincipalKind, Long> kinds =
                jamtland().principals().stream()
                        .collect(
                                Collectors.groupingBy(
                                        OrganisationData.PrincipalEntry::kind,
                                        Collectors.counting()));

        assertEquals(Map.of(PrincipalKind.REGION, 1L, PrincipalKind.MUNICIPALITY, 8L), kinds);
    }

    @Test
    void jamtlandHasTheContractsAreasInOrder() throws IOException {
        List<String> codes =
                jamtland().areas().stream().map(OrganisationData.AreaEntry::code).toList();

        assertEquals(
                List.of(
                        "PHYSICIAN",
                        "MEDICATION",
                        "INFORMATION",
                        "DISCHARGE",
                        "CARE_CONTACT",
                        "DEVICES",
                        "EMERGENCY_SUPPLIES",
                        "LABORATORY",
                        "PURCHASED_SERVICE",
                        "SELF_CARE",
                        "INFECTION_CONTROL",
                        "TREATMENT",
                        "OTHER"),
                codes);
    }

    @Test
    void everyPrincipalHasUnitsAndFunctionalMailboxesOnAReservedDomain() throws IOException {
        OrganisationData data = jamtland();
        for (OrganisationData.PrincipalEntry p : data.principals()) {
            assertTrue(
                    data.units().stream().anyMatch(u -> u.principalId().equals(p.id())),
                    p.id() + " has no unit");
            assertTrue(p.mailboxes().handlers().endsWith(".example"), p.id());
            assertTrue(p.mailboxes().medicalOfficer().endsWith(".example"), p.id());
        }
    }

    @Test
    void refusesACountyWithTwoRegions() {
        String json =
                county(
                        """
                {"id":"region-a","name":"A","kind":"REGION","code":"23","mailboxes":%s},
                {"id":"region-b","name":"B","kind":"REGION","code":"24","mailboxes":%s},
                {"id":"kommun","name":"K","kind":"MUNICIPALITY","code":"2380","mailboxes":%s}
                """
                                .formatted(MAILBOXES, MAILBOXES, MAILBOXES),
                        "[]");

        var thrown =
                assertThrows(
                        OrganisationData.InvalidOrganisationData.class,
                        () -> OrganisationData.parseValid(stream(json)));

        assertTrue(
                thrown.problems().contains("a county needs exactly one REGION, found 2"),
                thrown.getMessage());
    }

    @Test
    void refusesAUnitOfAnUnknownPrincipalAndADuplicateScbCode() {
        String json =
                county(
                        """
                {"id":"region","name":"R","kind":"REGION","code":"23","mailboxes":%s},
                {"id":"kommun","name":"K","kind":"MUNICIPALITY","code":"23","mailboxes":%s}
                """
                                .formatted(MAILBOXES, MAILBOXES),
                        "[{\"code\":\"hc-x\",\"principalId\":\"nowhere\",\"name\":\"X\","
                                + "\"kind\":\"HEALTH_CENTRE\"}]");

        var thrown =
                assertThrows(
                        OrganisationData.InvalidOrganisationData.class,
                        () -> OrganisationData.parseValid(stream(json)));

        assertEquals(
                List.of(
                        "principal kommun: code 23 used twice",
                        "unit hc-x: unknown principal nowhere"),
                thrown.problems());
    }

    @Test
    void refusesAnAreaWithoutEnglish() {
        String json =
                """
                {"county":"X","principals":[
                 {"id":"region","name":"R","kind":"REGION","code":"23","mailboxes":%s},
                 {"id":"kommun","name":"K","kind":"MUNICIPALITY","code":"2380","mailboxes":%s}],
                 "units":[],
                 "areas":[{"code":"OTHER","name":{"sv":"Övrigt"},"description":{"sv":"a","en":"b"}}]}
                """
                        .formatted(MAILBOXES, MAILBOXES);

        var thrown =
                assertThrows(
                        OrganisationData.InvalidOrganisationData.class,
                        () -> OrganisationData.parseValid(stream(json)));

        assertEquals(
                List.of("area OTHER: name and description need both sv and en"), thrown.problems());
    }

    @Test
    void refusesAFileThatIsNotJson() {
        assertThrows(
                OrganisationData.InvalidOrganisationData.class,
                () -> OrganisationData.parse(stream("{\"principals\": [")));
    }

    private static final String MAILBOXES =
            "{\"handlers\":\"a@x.example\",\"medicalOfficer\":\"b@x.example\"}";

    private static String county(String principals, String units) {
        return "{\"county\":\"X\",\"principals\":["
                + principals
                + "],\"units\":"
                + units
                + ",\"areas\":[{\"code\":\"OTHER\",\"name\":{\"sv\":\"Övrigt\",\"en\":\"Other\"},"
                + "\"description\":{\"sv\":\"a\",\"en\":\"b\"}}]}";
    }

    private static InputStream stream(String json) {
        return new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
    }
}
