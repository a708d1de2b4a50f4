package se.samverkan.followup;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.RenderingHints;
import java.awt.TexturePaint;
import java.awt.font.FontRenderContext;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.StringJoiner;
import java.util.function.Function;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * The follow-up as a printable, accessible PDF for the joint forum: a summary, four charts and the
 * tables of {@link FollowUpTables}, in Swedish.
 *
 * <p>The report is XHTML rendered by openhtmltopdf with PDF/UA on, so headings, tables (with column
 * headers) and images (with alt text that states the chart's numbers) are tagged, the document has
 * a title and a language, and the page numbers are artifacts. PDF/UA wants every font embedded, so
 * the page and the charts use DejaVu Sans alone, read from the classpath rather than from the
 * server's system fonts. Charts are JFreeChart PNGs drawn at 2.5 times their printed size; their
 * two series differ by pattern as well as by colour.
 */
public final class FollowUpPdf {

    private static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");
    private static final String FAMILY = "DejaVu Sans";
    private static final String REGULAR = "/net/sf/jasperreports/fonts/dejavu/DejaVuSans.ttf";
    private static final String BOLD = "/net/sf/jasperreports/fonts/dejavu/DejaVuSans-Bold.ttf";

    /** A chart's width in CSS pixels (16 cm at 96 px/in is about 605); drawn {@code SCALE}×. */
    private static final int CHART_WIDTH = 640;

    private static final double SCALE = 2.5;
    private static final double CHART_WIDTH_CM = 16.0;

    private static final Color INK = new Color(0x1A, 0x1A, 0x1A);
    private static final Color BLUE = new Color(0x1F, 0x4E, 0x79);
    private static final Color LIGHT_BLUE = new Color(0xC5, 0xDB, 0xEF);
    private static final Color BROWN = new Color(0x8A, 0x3B, 0x12);
    private static final Color LIGHT_BROWN = new Color(0xF4, 0xD6, 0xC2);
    private static final Color GRID = new Color(0xD0, 0xD0, 0xD0);

    private static final String[] DELAYS = {
        "EARLY_OVER_7", "EARLY_0_7", "LATE_1_7", "LATE_8_30", "LATE_OVER_30"
    };
    private static final String[] DELAY_LABELS = {
        "Mer än 7 dagar före",
        "0–7 dagar före",
        "1–7 dagar sent",
        "8–30 dagar sent",
        "Mer än 30 dagar sent"
    };

    private static final String CSS =
            """
            @page {
              size: A4 portrait;
              margin: 2cm 2cm 2.2cm 2cm;
              font-family: 'DejaVu Sans';
              @bottom-center {
                content: "Sida " counter(page) " av " counter(pages);
                font-family: 'DejaVu Sans';
                font-size: 8.5pt;
                color: #333333;
              }
            }
            html, body { font-family: 'DejaVu Sans'; font-size: 10pt; color: #1a1a1a;
              line-height: 1.35; margin: 0; }
            h1 { font-size: 18pt; margin: 0 0 0.3cm 0; }
            h2 { font-size: 13pt; margin: 0.6cm 0 0.25cm 0; page-break-after: avoid; }
            p { margin: 0 0 0.25cm 0; }
            p.meta { color: #333333; font-size: 9pt; margin: 0; }
            p.summary { margin-top: 0.4cm; }
            div.chart { page-break-inside: avoid; margin: 0 0 0.3cm 0; }
            img { display: block; }
            table { width: 100%; table-layout: fixed; border-collapse: collapse;
              margin: 0 0 0.3cm 0;
              -fs-table-paginate: paginate; }
            tr { page-break-inside: avoid; }
            th, td { border-bottom: 0.5pt solid #767676; padding: 3pt 5pt; text-align: left;
              vertical-align: top; word-wrap: break-word; }
            table.compact th, table.compact td { padding: 2pt 2pt; }
            th { font-weight: bold; border-bottom: 1pt solid #1a1a1a; }
            th.num, td.num { text-align: right; white-space: nowrap; }
            """;

    private FollowUpPdf() {}

    /**
     * Renders the document's report; {@code names} turns a principal id or area code into words.
     */
    public static void write(JsonObject doc, Function<String, String> names, OutputStream out)
            throws IOException {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.usePdfUaAccessibility(true);
        builder.useFont(() -> resource(REGULAR), FAMILY, 400, FontStyle.NORMAL, true);
        builder.useFont(() -> resource(BOLD), FAMILY, 700, FontStyle.NORMAL, true);
        builder.withProducer("Samverkan");
        builder.withHtmlContent(xhtml(doc, names), null);
        builder.toStream(out);
        builder.run();
    }

    static String xhtml(JsonObject doc, Function<String, String> names) throws IOException {
        int year = doc.getInt("year");
        String title = "Årsuppföljning " + year + " – Samverkan";
        StringBuilder html = new StringBuilder(256 * 1024);
        html.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"sv\">")
                .append("<head><meta charset=\"UTF-8\"/><title>")
                .append(escape(title))
                .append("</title><meta name=\"subject\" content=\"")
                .append(escape("Uppföljning av avvikelser och klagomål mellan region och kommuner"))
                .append("\"/><style>")
                .append(CSS)
                .append("</style></head><body>");
        html.append("<h1>").append(escape(title)).append("</h1>");
        String generated = generatedAt(doc);
        if (generated != null) {
            html.append("<p class=\"meta\">Sammanställd ").append(escape(generated)).append("</p>");
        }
        html.append("<p class=\"meta\">Inga patientuppgifter och inga namn på personal.</p>");
        html.append("<p class=\"summary\">").append(escape(summary(doc))).append("</p>");

        Fonts fonts = Fonts.get();
        html.append("<h2>Ärenden per månad</h2>");
        months(html, doc, fonts);
        html.append("<h2>Ärenden per område</h2>");
        areas(html, doc, names, fonts);
        html.append("<h2>Ärenden per riktning och kommun</h2>");
        principals(html, doc, names, fonts);
        if (present(doc, "answerDelay")) {
            html.append("<h2>Svarstid mot tidsfristen</h2>");
            answerDelay(html, doc.getJsonObject("answerDelay"), fonts);
        }

        for (FollowUpTables.Table table : FollowUpTables.of(doc, names)) {
            table(html, table, fonts);
        }
        return html.append("</body></html>").toString();
    }

    // --- the text ---------------------------------------------------------------------------

    private static String generatedAt(JsonObject doc) {
        if (!present(doc, "generatedAt")) {
            return null;
        }
        try {
            return OffsetDateTime.parse(doc.getString("generatedAt"))
                    .atZoneSameInstant(YearFigures.COUNTY)
                    .format(DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm", SWEDISH));
        } catch (DateTimeParseException e) {
            return doc.getString("generatedAt");
        }
    }

    private static String summary(JsonObject doc) {
        int year = doc.getInt("year");
        JsonObject t = doc.getJsonObject("totals");
        JsonObject p = doc.getJsonObject("previousYear");
        long cases = t.getJsonNumber("cases").longValue();
        long before = p.getJsonNumber("cases").longValue();
        long serious = t.getJsonNumber("serious").longValue();
        StringBuilder s = new StringBuilder();
        s.append("Under ").append(year).append(" kom ");
        if (cases == 0) {
            s.append("inga ärenden. ");
        } else {
            s.append(count(cases, "ärende", "ärenden"))
                    .append(": ")
                    .append(
                            count(
                                    t.getJsonNumber("deviations").longValue(),
                                    "avvikelse",
                                    "avvikelser"))
                    .append(" och ")
                    .append(
                            count(
                                    t.getJsonNumber("complaints").longValue(),
                                    "klagomål",
                                    "klagomål"))
                    .append(". ")
                    .append(
                            serious == 0
                                    ? "Inget av dem var allvarligt. "
                                    : "Av dem var "
                                            + count(serious, "allvarligt", "allvarliga")
                                            + ". ");
        }
        s.append("Året innan, ")
                .append(year - 1)
                .append(", kom ")
                .append(count(before, "ärende", "ärenden"))
                .append(" (")
                .append(count(p.getJsonNumber("deviations").longValue(), "avvikelse", "avvikelser"))
                .append(", ")
                .append(count(p.getJsonNumber("complaints").longValue(), "klagomål", "klagomål"))
                .append(", ")
                .append(count(p.getJsonNumber("serious").longValue(), "allvarligt", "allvarliga"))
                .append("). ");
        long change = cases - before;
        if (change == 0) {
            s.append("Antalet ärenden är oförändrat.");
        } else {
            s.append("Antalet ärenden ")
                    .append(change > 0 ? "ökade" : "minskade")
                    .append(" med ")
                    .append(number(Math.abs(change)));
            if (before > 0) {
                s.append(" (")
                        .append(number(Math.round(100.0 * Math.abs(change) / before)))
                        .append("\u00a0%)");
            }
            s.append('.');
        }
        return s.toString();
    }

    private static String count(long n, String one, String many) {
        return number(n) + " " + (n == 1 ? one : many);
    }

    /**
     * Swedish digits: a no-break space between thousands, a decimal comma, the value's decimals.
     */
    private static String number(Object n) {
        NumberFormat format = NumberFormat.getNumberInstance(SWEDISH);
        int decimals = n instanceof BigDecimal d ? Math.max(0, d.scale()) : 0;
        format.setMinimumFractionDigits(decimals);
        format.setMaximumFractionDigits(decimals);
        return format.format(n);
    }

    // --- the tables -------------------------------------------------------------------------

    private static void table(StringBuilder html, FollowUpTables.Table table, Fonts fonts) {
        html.append("<h2>").append(escape(table.title())).append("</h2>");
        if (table.rows().isEmpty()) {
            html.append("<p>Inga.</p>");
            return;
        }
        int columns = table.header().size();
        List<List<String>> rows = new ArrayList<>();
        for (List<Object> row : table.rows()) {
            List<String> texts = new ArrayList<>();
            for (Object value : row) {
                texts.add(
                        value instanceof Number
                                ? number(value)
                                : value == null ? "" : value.toString());
            }
            rows.add(texts);
        }
        boolean[] numeric = new boolean[columns];
        for (int c = 0; c < columns; c++) {
            numeric[c] = numeric(table.rows(), c);
        }
        Layout layout = layout(table.header(), rows, fonts);
        html.append(
                        layout.size() < 10
                                ? String.format(
                                        Locale.ROOT,
                                        "<table class=\"compact\" style=\"font-size: %.1fpt\">",
                                        layout.size())
                                : "<table>")
                .append("<thead><tr>");
        for (int c = 0; c < columns; c++) {
            html.append("<th scope=\"col\"")
                    .append(numeric[c] ? " class=\"num\"" : "")
                    .append(
                            String.format(
                                    Locale.ROOT, " style=\"width: %.1f%%\">", layout.widths()[c]))
                    .append(escape(table.header().get(c)))
                    .append("</th>");
        }
        html.append("</tr></thead><tbody>");
        for (List<String> row : rows) {
            html.append("<tr>");
            for (int c = 0; c < row.size(); c++) {
                html.append(c < columns && numeric[c] ? "<td class=\"num\">" : "<td>")
                        .append(escape(row.get(c)))
                        .append("</td>");
            }
            html.append("</tr>");
        }
        html.append("</tbody></table>");
    }

    /** A table's type size in points, and its column widths in percent of the table. */
    private record Layout(float size, double[] widths) {}

    private static final float[] TYPE_SIZES = {10f, 9f, 8f, 7.5f, 7f};

    /**
     * Column widths from the text measured in the report's font: each column gets its longest word,
     * and what is left goes to the columns whose text would wrap, by how much they lack. Where the
     * longest words do not fit side by side (the forum's register has eight columns) the type is
     * made smaller, down to 7 points, before any word is broken. openhtmltopdf's own automatic
     * layout gives a column of prose no more than its longest word once words may break, so the
     * table is laid out fixed with these widths.
     */
    private static Layout layout(List<String> header, List<List<String>> rows, Fonts fonts) {
        for (int i = 0; ; i++) {
            float size = TYPE_SIZES[i];
            boolean smallest = i == TYPE_SIZES.length - 1;
            // The cells' padding (see the CSS), which the renderer adds to a cell's width, and a
            // little to spare for rounding, which is not.
            double padding = size < 10 ? 4 : 10;
            double spare = 3;
            Font regular = fonts.regular(size);
            Font bold = fonts.bold(size);
            int columns = header.size();
            double[] least = new double[columns];
            double[] most = new double[columns];
            for (int c = 0; c < columns; c++) {
                least[c] = longestWord(header.get(c), bold);
                most[c] = width(header.get(c), bold);
                for (List<String> row : rows) {
                    if (c < row.size()) {
                        least[c] = Math.max(least[c], longestWord(row.get(c), regular));
                        most[c] = Math.max(most[c], width(row.get(c), regular));
                    }
                }
            }
            double available = PAGE_WIDTH_PT - (padding + spare) * columns;
            double leastSum = 0;
            double lacking = 0;
            for (int c = 0; c < columns; c++) {
                most[c] = Math.min(most[c], available);
                least[c] = Math.min(least[c], most[c]);
                leastSum += least[c];
                lacking += most[c] - least[c];
            }
            if (leastSum > available && !smallest) {
                continue;
            }
            double[] widths = new double[columns];
            for (int c = 0; c < columns; c++) {
                double points;
                if (leastSum >= available) {
                    points = least[c] * available / leastSum;
                } else if (lacking <= available - leastSum) {
                    // Everything fits on one line: the room left is shared as the text is long.
                    points =
                            most[c]
                                    + (available - leastSum - lacking)
                                            * most[c]
                                            / Math.max(1, sum(most));
                } else {
                    points = least[c] + (available - leastSum) * (most[c] - least[c]) / lacking;
                }
                widths[c] = Math.floor(1000 * (points + spare) / PAGE_WIDTH_PT) / 10;
            }
            return new Layout(size, widths);
        }
    }

    /** The width of the page's text, A4 less its margins, in points. */
    private static final double PAGE_WIDTH_PT = (21.0 - 4.0) / 2.54 * 72;

    private static final FontRenderContext MEASURE = new FontRenderContext(null, true, true);

    private static double width(String text, Font font) {
        return text.isEmpty() ? 0 : font.getStringBounds(text, MEASURE).getWidth();
    }

    private static double longestWord(String text, Font font) {
        double longest = 0;
        for (String word : text.split("\\s+")) {
            longest = Math.max(longest, width(word, font));
        }
        return longest;
    }

    private static double sum(double[] values) {
        return java.util.Arrays.stream(values).sum();
    }

    /**
     * A column of numbers (blank where there is none, as a median of no answers) is right-aligned.
     */
    private static boolean numeric(List<List<Object>> rows, int column) {
        boolean any = false;
        for (List<Object> row : rows) {
            Object value = column < row.size() ? row.get(column) : null;
            if (value instanceof Number) {
                any = true;
            } else if (value != null && !"".equals(value)) {
                return false;
            }
        }
        return any;
    }

    // --- the charts -------------------------------------------------------------------------

    private static void months(StringBuilder html, JsonObject doc, Fonts fonts) throws IOException {
        int year = doc.getInt("year");
        long[] now = longs(doc.getJsonArray("byMonth"));
        JsonObject previous = doc.getJsonObject("previousYear");
        long[] before =
                present(previous, "byMonth") ? longs(previous.getJsonArray("byMonth")) : null;
        if (sum(now) == 0 && (before == null || sum(before) == 0)) {
            html.append("<p>Inga ärenden under året.</p>");
            return;
        }
        String thisYear = Integer.toString(year);
        String lastYear = Integer.toString(year - 1);
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        StringJoiner alt = new StringJoiner(", ");
        for (int m = 0; m < 12; m++) {
            String month = FollowUpTables.MONTHS[m].substring(0, 3);
            data.addValue(now[m], thisYear, month);
            if (before != null) {
                data.addValue(before[m], lastYear, month);
                alt.add(
                        FollowUpTables.MONTHS[m]
                                + " "
                                + number(now[m])
                                + " ("
                                + number(before[m])
                                + ")");
            } else {
                alt.add(FollowUpTables.MONTHS[m] + " " + number(now[m]));
            }
        }
        JFreeChart chart =
                bars(
                        fonts,
                        before == null
                                ? "Ärenden per månad " + year
                                : "Ärenden per månad " + year + " och " + (year - 1),
                        "Månad",
                        "Antal ärenden",
                        data,
                        PlotOrientation.VERTICAL,
                        before != null);
        String text =
                before == null
                        ? "Stapeldiagram, ärenden per månad "
                                + year
                                + ": "
                                + alt
                                + ". Uppgifter per månad för "
                                + (year - 1)
                                + " saknas."
                        : "Stapeldiagram, ärenden per månad "
                                + year
                                + " med "
                                + (year - 1)
                                + " inom parentes: "
                                + alt
                                + ".";
        image(html, chart, 300, text);
    }

    private static void areas(
            StringBuilder html, JsonObject doc, Function<String, String> names, Fonts fonts)
            throws IOException {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        StringJoiner alt = new StringJoiner(", ");
        Set<String> seen = new HashSet<>();
        for (JsonValue v : doc.getJsonArray("byArea")) {
            JsonObject a = v.asJsonObject();
            String name = unique(seen, names.apply(a.getString("areaCode")));
            long n = a.getJsonNumber("count").longValue();
            data.addValue(n, "Ärenden", name);
            alt.add(name + " " + number(n));
        }
        if (data.getColumnCount() == 0) {
            html.append("<p>Inga ärenden under året.</p>");
            return;
        }
        JFreeChart chart =
                bars(
                        fonts,
                        "Ärenden per område " + doc.getInt("year"),
                        null,
                        "Antal ärenden",
                        data,
                        PlotOrientation.HORIZONTAL,
                        false);
        image(
                html,
                chart,
                horizontalHeight(data.getColumnCount(), 1),
                "Liggande stapeldiagram, ärenden per område: " + alt + ".");
    }

    private static void principals(
            StringBuilder html, JsonObject doc, Function<String, String> names, Fonts fonts)
            throws IOException {
        JsonObject direction = doc.getJsonObject("byDirection");
        long toRegion = direction.getJsonNumber("MUNICIPALITY_TO_REGION").longValue();
        long toMunicipality = direction.getJsonNumber("REGION_TO_MUNICIPALITY").longValue();
        String directions =
                "Kommun till region: "
                        + number(toRegion)
                        + " · Region till kommun: "
                        + number(toMunicipality);
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        StringJoiner alt = new StringJoiner(", ");
        Set<String> seen = new HashSet<>();
        for (JsonValue v : doc.getJsonArray("byPrincipal")) {
            JsonObject p = v.asJsonObject();
            String id = p.getString("principalId");
            if (id.startsWith("region-")) {
                continue;
            }
            String name = unique(seen, names.apply(id));
            long reported = p.getJsonNumber("reported").longValue();
            long concerned = p.getJsonNumber("concerned").longValue();
            data.addValue(reported, "Rapporterade", name);
            data.addValue(concerned, "Berörda", name);
            alt.add(
                    name
                            + " "
                            + number(reported)
                            + " rapporterade och "
                            + number(concerned)
                            + " berörda");
        }
        if (data.getColumnCount() == 0) {
            html.append("<p>").append(escape(directions + ".")).append("</p>");
            html.append("<p>Inga ärenden från eller till någon kommun under året.</p>");
            return;
        }
        JFreeChart chart =
                bars(
                        fonts,
                        "Ärenden per kommun " + doc.getInt("year"),
                        null,
                        "Antal ärenden",
                        data,
                        PlotOrientation.HORIZONTAL,
                        true);
        TextTitle subtitle = new TextTitle(directions, fonts.regular(12f));
        subtitle.setPaint(INK);
        chart.addSubtitle(0, subtitle);
        image(
                html,
                chart,
                horizontalHeight(data.getColumnCount(), 2) + 20,
                "Liggande stapeldiagram, ärenden per kommun som rapporterande och som berörd"
                        + " huvudman: "
                        + alt
                        + ". Per riktning: kommun till region "
                        + number(toRegion)
                        + ", region till kommun "
                        + number(toMunicipality)
                        + ".");
    }

    private static void answerDelay(StringBuilder html, JsonObject delays, Fonts fonts)
            throws IOException {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        StringJoiner alt = new StringJoiner(", ");
        long total = 0;
        for (int i = 0; i < DELAYS.length; i++) {
            JsonNumber n = delays.getJsonNumber(DELAYS[i]);
            long value = n == null ? 0 : n.longValue();
            total += value;
            data.addValue(value, "Besvarade ärenden", DELAY_LABELS[i]);
            alt.add(DELAY_LABELS[i].toLowerCase(SWEDISH) + " " + number(value));
        }
        if (total == 0) {
            html.append("<p>Inga besvarade ärenden under året.</p>");
            return;
        }
        JFreeChart chart =
                bars(
                        fonts,
                        "Svar i förhållande till tidsfristen",
                        "Svar jämfört med tidsfristen",
                        "Antal besvarade ärenden",
                        data,
                        PlotOrientation.VERTICAL,
                        false);
        CategoryPlot plot = chart.getCategoryPlot();
        // Early answers solid blue, late ones hatched brown: the category labels say it too.
        BarRenderer renderer =
                new BarRenderer() {
                    private static final long serialVersionUID = 1L;

                    @Override
                    public Paint getItemPaint(int row, int column) {
                        return column < 2 ? BLUE : hatch(BROWN, LIGHT_BROWN);
                    }

                    @Override
                    public Paint getItemOutlinePaint(int row, int column) {
                        return column < 2 ? BLUE : BROWN;
                    }
                };
        style(renderer, fonts, PlotOrientation.VERTICAL);
        plot.setRenderer(renderer);
        image(
                html,
                chart,
                300,
                "Stapeldiagram, besvarade ärenden efter dagar mellan svar och tidsfrist: "
                        + alt
                        + ".");
    }

    /** A bar chart in the report's look; a second series is hatched. */
    private static JFreeChart bars(
            Fonts fonts,
            String title,
            String categoryLabel,
            String valueLabel,
            DefaultCategoryDataset data,
            PlotOrientation orientation,
            boolean legend) {
        JFreeChart chart =
                ChartFactory.createBarChart(
                        title, categoryLabel, valueLabel, data, orientation, legend, false, false);
        StandardChartTheme theme = (StandardChartTheme) StandardChartTheme.createJFreeTheme();
        theme.setExtraLargeFont(fonts.bold(15f));
        theme.setLargeFont(fonts.bold(12f));
        theme.setRegularFont(fonts.regular(11f));
        theme.setSmallFont(fonts.regular(10f));
        theme.setShadowVisible(false);
        theme.setBarPainter(new StandardBarPainter());
        theme.setChartBackgroundPaint(Color.WHITE);
        theme.setPlotBackgroundPaint(Color.WHITE);
        theme.setTitlePaint(INK);
        theme.setSubtitlePaint(INK);
        theme.setAxisLabelPaint(INK);
        theme.setTickLabelPaint(INK);
        theme.setItemLabelPaint(INK);
        theme.setLegendItemPaint(INK);
        theme.setRangeGridlinePaint(GRID);
        theme.apply(chart);

        CategoryPlot plot = chart.getCategoryPlot();
        plot.setOutlineVisible(false);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(true);
        plot.setRangeGridlineStroke(new BasicStroke(0.5f));
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
        NumberAxis range = (NumberAxis) plot.getRangeAxis();
        range.setStandardTickUnits(NumberAxis.createIntegerTickUnits(SWEDISH));
        range.setNumberFormatOverride(NumberFormat.getIntegerInstance(SWEDISH));
        range.setUpperMargin(0.15);
        CategoryAxis domain = plot.getDomainAxis();
        domain.setCategoryMargin(0.25);
        domain.setMaximumCategoryLabelLines(2);
        domain.setMaximumCategoryLabelWidthRatio(
                orientation == PlotOrientation.HORIZONTAL ? 0.35f : 1f);

        BarRenderer renderer = (BarRenderer) plot.getRenderer();
        renderer.setSeriesPaint(0, BLUE);
        renderer.setSeriesOutlinePaint(0, BLUE);
        renderer.setSeriesPaint(1, hatch(BLUE, LIGHT_BLUE));
        renderer.setSeriesOutlinePaint(1, BLUE);
        style(renderer, fonts, orientation);
        if (legend) {
            LegendTitle l = chart.getLegend();
            l.setFrame(BlockBorder.NONE);
            l.setPosition(RectangleEdge.BOTTOM);
            l.setItemFont(fonts.regular(11f));
        }
        return chart;
    }

    private static void style(BarRenderer renderer, Fonts fonts, PlotOrientation orientation) {
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(true);
        renderer.setDefaultOutlineStroke(new BasicStroke(0.8f));
        renderer.setItemMargin(0.05);
        renderer.setMaximumBarWidth(0.12);
        renderer.setDefaultItemLabelGenerator(
                new StandardCategoryItemLabelGenerator(
                        "{2}", NumberFormat.getIntegerInstance(SWEDISH)));
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultItemLabelFont(fonts.regular(9f));
        renderer.setDefaultItemLabelPaint(INK);
        renderer.setDefaultPositiveItemLabelPosition(
                orientation == PlotOrientation.HORIZONTAL
                        ? new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT)
                        : new ItemLabelPosition(
                                ItemLabelAnchor.OUTSIDE12, TextAnchor.BOTTOM_CENTER));
        renderer.setItemLabelAnchorOffset(3);
    }

    /**
     * Diagonal lines on a light ground: tells the series apart in grey print and without colour.
     */
    private static Paint hatch(Color line, Color ground) {
        // The tile is drawn at the output's resolution, so the lines stay sharp when scaled.
        int size = 16;
        BufferedImage tile = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = tile.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(ground);
        g.fillRect(0, 0, size, size);
        g.setColor(line);
        g.setStroke(new BasicStroke(3f));
        for (int offset = -size; offset <= size; offset += size) {
            g.drawLine(offset - 1, size + 1, offset + size + 1, -1);
        }
        g.dispose();
        return new TexturePaint(tile, new Rectangle2D.Double(0, 0, size / SCALE, size / SCALE));
    }

    private static int horizontalHeight(int categories, int series) {
        return Math.min(900, 110 + categories * Math.max(28, 18 * series + 10));
    }

    /** The chart as a PNG of {@code SCALE}× its size, 16 cm wide on the page. */
    private static void image(StringBuilder html, JFreeChart chart, int height, String alt)
            throws IOException {
        BufferedImage image =
                new BufferedImage(
                        (int) Math.round(CHART_WIDTH * SCALE),
                        (int) Math.round(height * SCALE),
                        BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(
                    RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(
                    RenderingHints.KEY_FRACTIONALMETRICS,
                    RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.scale(SCALE, SCALE);
            chart.draw(g, new Rectangle2D.Double(0, 0, CHART_WIDTH, height));
        } finally {
            g.dispose();
        }
        String png = Base64.getEncoder().encodeToString(ChartUtils.encodeAsPNG(image));
        double heightCm = CHART_WIDTH_CM * height / CHART_WIDTH;
        html.append("<div class=\"chart\"><img src=\"data:image/png;base64,")
                .append(png)
                .append("\" alt=\"")
                .append(escape(alt))
                .append("\" style=\"width: ")
                .append(CHART_WIDTH_CM)
                .append("cm; height: ")
                .append(String.format(Locale.ROOT, "%.2f", heightCm))
                .append("cm\"/></div>");
    }

    // --- small things -----------------------------------------------------------------------

    /** Text and attribute values for XHTML; characters XML cannot hold are dropped. */
    static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (c >= 0x20 && c != 0xFFFE && c != 0xFFFF || c == '\t' || c == '\n') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    private static String unique(Set<String> seen, String name) {
        String candidate = name;
        for (int i = 2; !seen.add(candidate); i++) {
            candidate = name + " (" + i + ")";
        }
        return candidate;
    }

    private static boolean present(JsonObject o, String key) {
        JsonValue v = o.get(key);
        return v != null && v.getValueType() != JsonValue.ValueType.NULL;
    }

    private static long[] longs(JsonArray array) {
        long[] values = new long[12];
        for (int i = 0; i < Math.min(12, array.size()); i++) {
            values[i] = array.getJsonNumber(i).longValue();
        }
        return values;
    }

    private static long sum(long[] values) {
        return java.util.Arrays.stream(values).sum();
    }

    private static InputStream resource(String path) {
        InputStream in = FollowUpPdf.class.getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException("font missing from the class path: " + path);
        }
        return in;
    }

    /** DejaVu Sans for the charts too, so they look like the page whatever fonts the host has. */
    private record Fonts(Font regular, Font bold) {

        private static volatile Fonts loaded;

        static Fonts get() throws IOException {
            Fonts fonts = loaded;
            if (fonts == null) {
                try (InputStream r = resource(REGULAR);
                        InputStream b = resource(BOLD)) {
                    fonts =
                            new Fonts(
                                    Font.createFont(Font.TRUETYPE_FONT, r),
                                    Font.createFont(Font.TRUETYPE_FONT, b));
                } catch (FontFormatException e) {
                    throw new IOException("DejaVu Sans could not be read", e);
                }
                loaded = fonts;
            }
            return fonts;
        }

        Font regular(float size) {
            return regular.deriveFont(size);
        }

        Font bold(float size) {
            return bold.deriveFont(size);
        }
    }
}
