package cl.fuelnet.hq;

import cl.fuelnet.hq.SalesReport.Line;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The sales report as CSV: one header row, then a row per fuel, per station and the total, each with the group
 * it belongs to ({@code fuel}, {@code station}, {@code total}), litres, sales and revenue in pesos.
 */
@Component
public class SalesReportCsv {

    static final String[] HEADER = {"group", "key", "litres", "sales", "revenue"};

    public String render(SalesReport report) {
        StringWriter out = new StringWriter();
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader(HEADER).setRecordSeparator("\n").get();
        try (CSVPrinter printer = new CSVPrinter(out, format)) {
            rows(printer, "fuel", report.byFuel());
            rows(printer, "station", report.byStation());
            row(printer, "total", "all", report.total());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the sales report as CSV", e);
        }
        return out.toString();
    }

    private static void rows(CSVPrinter printer, String group, Map<String, Line> lines) throws IOException {
        for (Map.Entry<String, Line> entry : lines.entrySet()) {
            row(printer, group, entry.getKey(), entry.getValue());
        }
    }

    private static void row(CSVPrinter printer, String group, String key, Line line) throws IOException {
        printer.printRecord(group, key, line.litres().toPlainString(), line.sales(), line.revenue());
    }
}
