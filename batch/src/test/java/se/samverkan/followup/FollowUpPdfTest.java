package se.samverkan.followup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * The report opens, reads in Swedish, carries the figures and is tagged for assistive technology:
 * title, language, headings, table headers, charts as figures with their numbers in the alt text,
 * every font embedded.
 */
class FollowUpPdfTest {

    static final Map<String, String> NAMES =
            Map.of(
                    "region-jh", "Region Jämtland Härjedalen",
                    "ostersund", "Östersunds kommun",
                    "krokom", "Krokoms kommun",
                    "MEDICATION", "Läkemedel",
                    "FALLS", "Fall",
                    "INFORMATION", "Informationsöverföring");

    static final Function<String, String> NAMES_OF = id -> NAMES.getOrDefault(id, id);

    /** A matter of the forum's register, long enough to wrap in its cell. */
    static final String SUBJECT =
            "Utskrivningsmeddelanden når inte kommunens hemsjukvård när patienten skrivs ut"
                    + " under helger och kvällar, trots att planeringen är klar";

    /** A year with every figure the newest documents hold. */
    static JsonObject aFullYear() {
        return json(
                """
                {"year":2025,"generatedAt":"2026-01-15T06:00:00+01:00",
                 "totals":{"cases":120,"deviations":100,"complaints":20,"serious":7},
                 "byDirection":{"MUNICIPALITY_TO_REGION":80,"REGION_TO_MUNICIPALITY":40},
                 "byPrincipal":[{"principalId":"krokom","reported":30,"concerned":15},
                                {"principalId":"ostersund","reported":50,"concerned":25},
                                {"principalId":"region-jh","reported":40,"concerned":80}],
                 "byArea":[{"areaCode":"FALLS","count":25},{"areaCode":"INFORMATION","count":65},
                           {"areaCode":"MEDICATION","count":30}],
                 "byConsequence":{"1":50,"2":50,"3":15,"4":5},
                 "byMonth":[11,9,10,10,12,10,8,10,10,10,10,10],
                 "answered":100,"answeredWithinDeadline":90,
                 "medianDaysToAnswer":12.5,"p90DaysToAnswer":40.0,
                 "forwarded":3,"openAtYearEnd":20,"escalations":7,
                 "answerDelay":{"EARLY_OVER_7":41,"EARLY_0_7":49,"LATE_1_7":6,"LATE_8_30":3,
                                "LATE_OVER_30":1},
                 "previousYear":{"cases":110,"deviations":95,"complaints":15,"serious":6,
                                 "byMonth":[9,9,9,9,9,9,9,9,9,9,10,10]},
                 "measuresByArea":[{"areaCode":"MEDICATION","cases":12,"measures":15,
                   "common":[{"description":"Rutin för läkemedelsöverlämning uppdaterad","count":5}]}],
                 "forumRegister":[{"caseNumber":"2025-0042","areaCode":"INFORMATION",
                   "kind":"RECURRING_FAULT","subject":"%s",
                   "raisedAt":"2025-03-14T10:00:00+01:00","raisedByPrincipalId":"ostersund",
                   "ownerPrincipalId":null,"status":"IN_PROGRESS"}]}
                """
                        .formatted(SUBJECT));
    }

    /** As published before the year before's months and the answer delays were added. */
    static JsonObject anOlderDocument() {
        JsonObject full = aFullYear();
        JsonObject previous = full.getJsonObject("previousYear");
        return Json.createObjectBuilder(full)
                .remove("answerDelay")
                .remove("measuresByArea")
                .remove("forumRegister")
                .add("previousYear", Json.createObjectBuilder(previous).remove("byMonth"))
                .build();
    }

    static JsonObject anEmptyYear() {
        return json(
                """
                {"year":2031,"generatedAt":"2032-01-15T06:00:00+01:00",
                 "totals":{"cases":0,"deviations":0,"complaints":0,"serious":0},
                 "byDirection":{"MUNICIPALITY_TO_REGION":0,"REGION_TO_MUNICIPALITY":0},
                 "byPrincipal":[],"byArea":[],
                 "byConsequence":{"1":0,"2":0,"3":0,"4":0},
                 "byMonth":[0,0,0,0,0,0,0,0,0,0,0,0],
                 "answered":0,"answeredWithinDeadline":0,
                 "medianDaysToAnswer":null,"p90DaysToAnswer":null,
                 "forwarded":0,"openAtYearEnd":0,"escalations":0,
                 "answerDelay":{"EARLY_OVER_7":0,"EARLY_0_7":0,"LATE_1_7":0,"LATE_8_30":0,
                                "LATE_OVER_30":0},
                 "previousYear":{"cases":0,"deviations":0,"complaints":0,"serious":0,
                                 "byMonth":[0,0,0,0,0,0,0,0,0,0,0,0]}}
                """);
    }

    @Test
    void readsInSwedishWithTheYearsTotalsAndEveryTable() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(render(aFullYear(), NAMES_OF))) {
            String text = text(pdf);
            assertContains(text, "Årsuppföljning 2025 – Samverkan");
            assertContains(text, "Sammanställd 15 januari 2026 06:00");
            assertContains(text, "Inga patientuppgifter och inga namn på personal.");
            assertContains(text, "Under 2025 kom 120 ärenden: 100 avvikelser och 20 klagomål.");
            assertContains(text, "Av dem var 7 allvarliga.");
            assertContains(text, "Året innan, 2024, kom 110 ärenden");
            assertContains(text, "Antalet ärenden ökade med 10 (9 %).");
            for (String heading :
                    List.of(
                            "Ärenden per månad",
                            "Ärenden per område",
                            "Ärenden per riktning och kommun",
                            "Svarstid mot tidsfristen")) {
                assertContains(text, heading);
            }
            // Whatever tables there are (the measures and the forum's register among them, where
            // FollowUpTables has them), each is there under its title, row by row.
            for (FollowUpTables.Table table : FollowUpTables.of(aFullYear(), NAMES_OF)) {
                assertContains(text, table.title() + " " + String.join(" ", table.header()));
                for (List<Object> row : table.rows()) {
                    assertContains(text, asPrinted(row));
                }
            }
            assertContains(text, "Informationsöverföring 65");
            assertContains(text, "Östersunds kommun 50 25");
            assertContains(text, "Median, dagar till svar 12,5");
            assertTrue(
                    Pattern.compile("Sida 1 av " + pdf.getNumberOfPages()).matcher(text).find(),
                    "page numbers in the footer");
        }
    }

    @Test
    void isTaggedWithTitleAndLanguage() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(render(aFullYear(), NAMES_OF))) {
            PDDocumentCatalog catalog = pdf.getDocumentCatalog();
            assertNotNull(catalog.getStructureTreeRoot());
            assertTrue(catalog.getMarkInfo().isMarked());
            assertEquals("sv", catalog.getLanguage());
            assertEquals(
                    "Årsuppföljning 2025 – Samverkan", pdf.getDocumentInformation().getTitle());
            assertTrue(catalog.getViewerPreferences().displayDocTitle());
            String xmp = new String(catalog.getMetadata().toByteArray(), StandardCharsets.UTF_8);
            assertContains(xmp, "Årsuppföljning 2025 – Samverkan");
            assertContains(xmp, "pdfuaid");

            List<PDStructureElement> elements = elements(pdf);
            assertEquals(1, count(elements, "H1"));
            assertTrue(
                    count(elements, "H2") >= 4 + FollowUpTables.of(aFullYear(), NAMES_OF).size());
            assertTrue(count(elements, "Table") >= FollowUpTables.of(aFullYear(), NAMES_OF).size());
            List<PDStructureElement> headers =
                    elements.stream().filter(e -> "TH".equals(e.getStructureType())).toList();
            assertFalse(headers.isEmpty());
            for (PDStructureElement th : headers) {
                assertEquals(
                        "Column",
                        th.getCOSObject().getCOSDictionary(COSName.A).getNameAsString("Scope"),
                        "every header cell is scoped to its column");
            }
        }
    }

    @Test
    void drawsFourChartsEachAFigureWhoseAltTextGivesTheNumbers() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(render(aFullYear(), NAMES_OF))) {
            assertTrue(images(pdf) >= 4, "images: " + images(pdf));
            List<String> alts =
                    elements(pdf).stream()
                            .filter(e -> "Figure".equals(e.getStructureType()))
                            .map(PDStructureElement::getAlternateDescription)
                            .toList();
            assertEquals(4, alts.size(), alts.toString());
            assertContains(alts.get(0), "januari 11 (9)");
            assertContains(alts.get(0), "december 10 (10)");
            assertContains(alts.get(1), "Informationsöverföring 65");
            assertContains(alts.get(2), "Östersunds kommun 50 rapporterade och 25 berörda");
            assertContains(alts.get(2), "kommun till region 80, region till kommun 40");
            assertFalse(alts.get(2).contains("Region Jämtland"), "the region is no municipality");
            assertContains(alts.get(3), "mer än 7 dagar före 41");
            assertContains(alts.get(3), "mer än 30 dagar sent 1");
        }
    }

    @Test
    void embedsEveryFont() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(render(aFullYear(), NAMES_OF))) {
            int fonts = 0;
            for (PDPage page : pdf.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getFontNames()) {
                    PDFont font = resources.getFont(name);
                    assertTrue(font.isEmbedded(), font.getName() + " is not embedded");
                    assertContains(font.getName(), "DejaVuSans");
                    fonts++;
                }
            }
            assertTrue(fonts > 0);
        }
    }

    @Test
    void rendersAnOlderDocumentWithoutTheYearBeforesMonthsOrAnswerDelays() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(render(anOlderDocument(), NAMES_OF))) {
            String text = text(pdf);
            assertContains(text, "Ärenden per månad");
            assertFalse(text.contains("Svarstid mot tidsfristen"));
            assertEquals(3, images(pdf));
            String months =
                    elements(pdf).stream()
                            .filter(e -> "Figure".equals(e.getStructureType()))
                            .findFirst()
                            .orElseThrow()
                            .getAlternateDescription();
            assertContains(months, "januari 11,");
            assertContains(months, "för 2024 saknas");
        }
    }

    @Test
    void printsMarkupInNamesLiterally() throws Exception {
        String odd = "Kommun <b>\"Ö\" & 'Å'</b> &amp;";
        Function<String, String> names = id -> id.equals("ostersund") ? odd : NAMES_OF.apply(id);
        try (PDDocument pdf = Loader.loadPDF(render(aFullYear(), names))) {
            assertContains(text(pdf), odd + " 50 25");
            assertTrue(
                    elements(pdf).stream()
                            .map(PDStructureElement::getAlternateDescription)
                            .anyMatch(
                                    alt -> alt != null && alt.contains(odd + " 50 rapporterade")));
        }
    }

    @Test
    void rendersAYearWithoutCases() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(render(anEmptyYear(), NAMES_OF))) {
            String text = text(pdf);
            assertContains(text, "Årsuppföljning 2031 – Samverkan");
            assertContains(text, "Under 2031 kom inga ärenden.");
            assertContains(text, "Huvudmän Inga.");
            for (FollowUpTables.Table table : FollowUpTables.of(anEmptyYear(), NAMES_OF)) {
                if (table.rows().isEmpty()) {
                    assertContains(text, table.title() + " Inga.");
                }
            }
            assertContains(text, "Inga besvarade ärenden under året.");
            assertEquals(0, images(pdf));
        }
    }

    // --- helpers ----------------------------------------------------------------------------

    static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }

    static byte[] render(JsonObject doc, Function<String, String> names) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        FollowUpPdf.write(doc, names, out);
        return out.toByteArray();
    }

    /**
     * The text with runs of white space (the no-break space of Swedish numbers too) as one space,
     * so that wrapping does not matter.
     */
    static String text(PDDocument pdf) throws IOException {
        return new PDFTextStripper().getText(pdf).replaceAll("[\\s\u00a0]+", " ");
    }

    /** A table row as the report prints it: Swedish numbers, cells one after the other. */
    static String asPrinted(List<Object> row) {
        StringJoiner printed = new StringJoiner(" ");
        for (Object cell : row) {
            if (cell instanceof Number n) {
                NumberFormat format = NumberFormat.getNumberInstance(Locale.forLanguageTag("sv"));
                int decimals = n instanceof BigDecimal d ? d.scale() : 0;
                format.setMinimumFractionDigits(decimals);
                format.setMaximumFractionDigits(decimals);
                printed.add(format.format(n));
            } else if (!cell.toString().isBlank()) {
                printed.add(cell.toString());
            }
        }
        return printed.toString().replaceAll("[\\s\u00a0]+", " ");
    }

    static void assertContains(String text, String part) {
        assertTrue(text.contains(part), () -> "«" + part + "» not in: " + text);
    }

    static List<PDStructureElement> elements(PDDocument pdf) {
        List<PDStructureElement> all = new ArrayList<>();
        collect(pdf.getDocumentCatalog().getStructureTreeRoot(), all);
        return all;
    }

    private static void collect(PDStructureNode node, List<PDStructureElement> all) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement element) {
                all.add(element);
                collect(element, all);
            }
        }
    }

    static long count(List<PDStructureElement> elements, String type) {
        return elements.stream().filter(e -> type.equals(e.getStructureType())).count();
    }

    /** Distinct image XObjects on the pages, also inside form XObjects. */
    static int images(PDDocument pdf) throws IOException {
        Set<COSBase> images = Collections.newSetFromMap(new IdentityHashMap<>());
        Set<COSBase> forms = Collections.newSetFromMap(new IdentityHashMap<>());
        for (PDPage page : pdf.getPages()) {
            images(page.getResources(), images, forms);
        }
        return images.size();
    }

    private static void images(PDResources resources, Set<COSBase> images, Set<COSBase> forms)
            throws IOException {
        if (resources == null) {
            return;
        }
        for (COSName name : resources.getXObjectNames()) {
            PDXObject x = resources.getXObject(name);
            if (x instanceof PDImageXObject image) {
                images.add(image.getCOSObject());
            } else if (x instanceof PDFormXObject form && forms.add(form.getCOSObject())) {
                images(form.getResources(), images, forms);
            }
        }
    }
}
