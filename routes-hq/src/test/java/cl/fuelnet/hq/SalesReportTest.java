package cl.fuelnet.hq;

import cl.fuelnet.model.message.MessageType;
import cl.fuelnet.model.message.Sale;
import cl.fuelnet.model.message.SaleBatchAck;
import cl.fuelnet.model.message.Totals;
import com.fasterxml.jackson.databind.JsonNode;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.apache.camel.builder.Builder;
import org.apache.camel.builder.NotifyBuilder;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * After 100 sales from two stations arrive over the station link, the sales report for the period equals the sum
 * of those sales by fuel and by station (litres, count, revenue), and the CSV and the PDF show the same numbers
 * (case 13). The range and station filters select the right sales.
 */
class SalesReportTest extends HqTestSupport {

    private static final Instant START = Instant.parse("2026-03-01T10:00:00Z");

    /** The sales made once for the whole class (its head office lives as long as the class). */
    private static final List<Sale> sales = new ArrayList<>();

    @BeforeEach
    void sellAHundred() throws Exception {
        if (!sales.isEmpty()) {
            return;
        }
        List<Sale> one = TestSales.many("1", 60, START);
        List<Sale> two = TestSales.many("2", 40, START.plusMillis(500));
        NotifyBuilder stored = new NotifyBuilder(camelContext).fromRoute("hq-station-link")
                .filter(Builder.header(StationLinkRoutes.TYPE).isEqualTo(MessageType.SALE_BATCH))
                .whenDone(4).create();
        TestStation first = onlineStation("1", new Totals(60, 0, 60));
        TestStation second = onlineStation("2", new Totals(40, 0, 40));
        SaleBatchAck a = first.storeBatch(one.subList(0, 30), Duration.ofSeconds(10));
        SaleBatchAck b = first.storeBatch(one.subList(30, 60), Duration.ofSeconds(10));
        SaleBatchAck c = second.storeBatch(two.subList(0, 25), Duration.ofSeconds(10));
        SaleBatchAck d = second.storeBatch(two.subList(25, 40), Duration.ofSeconds(10));
        assertThat(stored.matches(10, TimeUnit.SECONDS)).isTrue();
        assertThat(a.saleIds().size() + b.saleIds().size() + c.saleIds().size() + d.saleIds().size()).isEqualTo(100);
        sales.addAll(one);
        sales.addAll(two);
    }

    @Test
    void reportEqualsTheSumOfTheStoredSales() {
        JsonNode report = api.getJson("/api/reports/sales?from=" + START + "&to=" + START.plus(1, ChronoUnit.DAYS));

        Map<String, Expected> byFuel = expected(sales, Sale::fuel);
        Map<String, Expected> byStation = expected(sales, Sale::stationId);
        byFuel.forEach((fuel, sum) -> sum.assertEquals(report.get("byFuel").get(fuel)));
        byStation.forEach((station, sum) -> sum.assertEquals(report.get("byStation").get(station)));
        assertThat(report.get("byStation").size()).isEqualTo(2);
        Expected.of(sales).assertEquals(report.get("total"));
        assertThat(report.get("total").get("sales").asLong()).isEqualTo(100);
        long storedSales = api.getJson("/api/sales?limit=1000").size();
        assertThat(storedSales).isEqualTo(100);
    }

    @Test
    void csvShowsTheSameNumbers() throws IOException {
        JsonNode report = api.getJson("/api/reports/sales");
        HqApi.Reply csv = api.get("/api/reports/sales.csv");

        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(csv.text()), format)) {
            List<CSVRecord> rows = parser.getRecords();
            assertThat(parser.getHeaderNames()).containsExactly("group", "key", "litres", "sales", "revenue");
            assertThat(rows).hasSize(5 + 2 + 1);
            for (CSVRecord row : rows) {
                JsonNode expected = switch (row.get("group")) {
                    case "fuel" -> report.get("byFuel").get(row.get("key"));
                    case "station" -> report.get("byStation").get(row.get("key"));
                    default -> report.get("total");
                };
                assertThat(new BigDecimal(row.get("litres")))
                        .isEqualByComparingTo(expected.get("litres").decimalValue());
                assertThat(Long.parseLong(row.get("sales"))).isEqualTo(expected.get("sales").asLong());
                assertThat(Long.parseLong(row.get("revenue"))).isEqualTo(expected.get("revenue").asLong());
            }
            CSVRecord total = rows.get(rows.size() - 1);
            Expected.of(sales).assertEquals(total);
        }
    }

    @Test
    void pdfShowsTheSameNumbers() throws IOException {
        JsonNode report = api.getJson("/api/reports/sales");
        HqApi.Reply pdf = api.get("/api/reports/sales.pdf");

        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.contentType()).startsWith("application/pdf");
        String text;
        try (PdfReader reader = new PdfReader(pdf.bytes())) {
            text = new PdfTextExtractor(reader).getTextFromPage(1);
        }
        List<String> lines = text.lines().map(String::strip).toList();
        report.get("byFuel").fields().forEachRemaining(e -> assertThat(lines).contains(row(e.getKey(), e.getValue())));
        report.get("byStation").fields().forEachRemaining(e ->
                assertThat(lines).contains(row(e.getKey(), e.getValue())));
        Expected total = Expected.of(sales);
        assertThat(lines).contains("Total " + total.litres.toPlainString() + " " + total.count + " " + total.revenue);
    }

    @Test
    void rangeAndStationSelectTheirSales() {
        Instant to = START.plusSeconds(20);
        JsonNode report = api.getJson("/api/reports/sales?from=" + START + "&to=" + to + "&stationId=2");

        List<Sale> selected = sales.stream()
                .filter(s -> s.stationId().equals("2") && s.timestamp().isBefore(to)).toList();
        assertThat(selected).hasSize(20);
        Expected.of(selected).assertEquals(report.get("total"));
        assertThat(report.get("byStation").size()).isEqualTo(1);
        assertThat(api.get("/api/reports/sales?from=" + to + "&to=" + START).status()).isEqualTo(400);
        assertThat(api.get("/api/reports/sales.csv?from=yesterday").json().get("error").asText())
                .contains("ISO-8601");
    }

    private static String row(String key, JsonNode line) {
        return key + " " + line.get("litres").decimalValue().toPlainString() + " " + line.get("sales").asLong() + " "
                + line.get("revenue").asLong();
    }

    private static Map<String, Expected> expected(List<Sale> sales, Function<Sale, String> key) {
        return sales.stream().collect(Collectors.groupingBy(key, TreeMap::new,
                Collectors.collectingAndThen(Collectors.toList(), Expected::of)));
    }

    /** Sums of sales computed here, independently of head office. */
    private record Expected(BigDecimal litres, long count, long revenue) {

        static Expected of(List<Sale> sales) {
            return new Expected(sales.stream().map(Sale::litres).reduce(new BigDecimal("0.000"), BigDecimal::add),
                    sales.size(), sales.stream().mapToLong(Sale::total).sum());
        }

        void assertEquals(JsonNode line) {
            assertThat(line.get("litres").decimalValue()).isEqualByComparingTo(litres);
            assertThat(line.get("sales").asLong()).isEqualTo(count);
            assertThat(line.get("revenue").asLong()).isEqualTo(revenue);
        }

        void assertEquals(CSVRecord row) {
            assertThat(new BigDecimal(row.get("litres"))).isEqualByComparingTo(litres);
            assertThat(Long.parseLong(row.get("sales"))).isEqualTo(count);
            assertThat(Long.parseLong(row.get("revenue"))).isEqualTo(revenue);
        }
    }
}
