package se.samverkan.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import se.samverkan.cases.CaseEventType;
import se.samverkan.cases.CaseStatus;
import se.samverkan.cases.CaseType;
import se.samverkan.escalation.Decision;
import se.samverkan.organisation.PrincipalKind;
import se.samverkan.organisation.UnitKind;
import se.samverkan.patient.LegalGround;

/**
 * Every text of the pages comes from the bundles: both languages have the same keys, none empty,
 * and every key the scripts name (literally, or as a code of the API's enumerations) exists.
 */
class WebBundlesTest {

    static final Path WEBAPP = Path.of("src/main/webapp");
    static final Pattern LITERAL = Pattern.compile("'([a-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9_]+)+)'");
    static final Set<String> PREFIXES =
            Set.of(
                    "a11y",
                    "account",
                    "action",
                    "admin",
                    "app",
                    "area",
                    "case",
                    "common",
                    "consequence",
                    "decision",
                    "error",
                    "escalation",
                    "event",
                    "followUp",
                    "form",
                    "forumKind",
                    "forumStatus",
                    "kind",
                    "lang",
                    "legalGround",
                    "likelihood",
                    "list",
                    "nav",
                    "page",
                    "report",
                    "start",
                    "status",
                    "type");
    static final List<String> CONTRACT_AREAS =
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
                    "OTHER");

    static JsonObject bundle(String lang) throws IOException {
        try (Reader in = Files.newBufferedReader(WEBAPP.resolve("i18n/" + lang + ".json"))) {
            return Json.createReader(in).readObject();
        }
    }

    @Test
    void bothLanguagesHaveTheSameKeysAndNoEmptyText() throws IOException {
        JsonObject sv = bundle("sv");
        JsonObject en = bundle("en");
        assertEquals(new TreeSet<>(sv.keySet()), new TreeSet<>(en.keySet()));
        for (JsonObject b : List.of(sv, en)) {
            b.forEach((key, value) -> assertFalse(((JsonString) value).getString().isBlank(), key));
        }
        assertFalse(sv.getString("report.title").equals(en.getString("report.title")));
    }

    @Test
    void everyKeyTheScriptsNameExists() throws IOException {
        JsonObject sv = bundle("sv");
        List<String> missing = new ArrayList<>();
        try (Stream<Path> scripts = Files.walk(WEBAPP.resolve("js"))) {
            for (Path script : scripts.filter(p -> p.toString().endsWith(".js")).toList()) {
                Matcher m = LITERAL.matcher(Files.readString(script));
                while (m.find()) {
                    String key = m.group(1);
                    if (PREFIXES.contains(key.substring(0, key.indexOf('.')))
                            && !sv.containsKey(key)) {
                        missing.add(script.getFileName() + ": " + key);
                    }
                }
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void everyCodeOfTheApiHasItsWords() throws IOException {
        JsonObject sv = bundle("sv");
        List<String> keys = new ArrayList<>();
        for (CaseStatus s : CaseStatus.values()) keys.add("status." + s);
        for (CaseEventType e : CaseEventType.values()) keys.add("event." + e);
        for (PrincipalKind k : PrincipalKind.values()) keys.add("kind." + k);
        for (UnitKind k : UnitKind.values()) keys.add("unitKind." + k);
        for (jakarta.batch.runtime.BatchStatus b : jakarta.batch.runtime.BatchStatus.values()) {
            keys.add("followUp.status." + b);
        }
        keys.add("followUp.status.NONE");
        for (se.samverkan.forum.MatterKind k : se.samverkan.forum.MatterKind.values()) {
            keys.addAll(List.of("forumKind." + k, "followUp.kind." + k));
        }
        for (se.samverkan.forum.MatterStatus m : se.samverkan.forum.MatterStatus.values()) {
            keys.addAll(List.of("forumStatus." + m, "followUp.status." + m));
        }
        for (String delay : se.samverkan.followup.YearFigures.DELAYS) {
            keys.add("followUp.delay." + delay);
        }

        for (CaseType t : CaseType.values())
            keys.addAll(List.of("type." + t, "type." + t + ".hint"));
        for (Decision d : Decision.values()) {
            keys.addAll(List.of("decision." + d, "decision." + d + ".hint"));
        }
        for (LegalGround g : LegalGround.values()) {
            keys.addAll(List.of("legalGround." + g, "legalGround." + g + ".hint"));
        }
        for (int n = 1; n <= 4; n++) {
            for (String scale : List.of("consequence.", "likelihood.")) {
                keys.addAll(List.of(scale + n, scale + n + ".hint"));
            }
        }
        for (String area : CONTRACT_AREAS)
            keys.addAll(List.of("area." + area, "area." + area + ".hint"));
        List<String> missing = keys.stream().filter(k -> !sv.containsKey(k)).toList();
        assertEquals(List.of(), missing);
        assertTrue(keys.size() > 60);
    }
}
