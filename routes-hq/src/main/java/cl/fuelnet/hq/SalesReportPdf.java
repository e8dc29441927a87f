package cl.fuelnet.hq;

import cl.fuelnet.hq.SalesReport.Line;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import org.springframework.stereotype.Component;

import java.io.ByteArrayOutputStream;
import java.util.Map;

/** The sales report as a one-document PDF: the range, a table by fuel, a table by station and the total. */
@Component
public class SalesReportPdf {

    private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16);
    private static final Font HEAD = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 10);
    private static final Font BODY = FontFactory.getFont(FontFactory.HELVETICA, 10);

    public byte[] render(SalesReport report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4);
        PdfWriter.getInstance(document, out);
        document.open();
        document.add(new Paragraph("Sales report", TITLE));
        document.add(new Paragraph("From " + text(report.from(), "first sale") + " to " + text(report.to(), "now")
                + ", station " + text(report.stationId(), "all"), BODY));
        document.add(new Paragraph("Generated " + report.generatedAt(), BODY));
        document.add(new Paragraph("By fuel", HEAD));
        document.add(table("Fuel", report.byFuel(), report.total()));
        document.add(new Paragraph("By station", HEAD));
        document.add(table("Station", report.byStation(), report.total()));
        document.close();
        return out.toByteArray();
    }

    private static PdfPTable table(String keyName, Map<String, Line> lines, Line total) {
        PdfPTable table = new PdfPTable(4);
        table.setWidthPercentage(100);
        table.setSpacingBefore(4);
        table.setSpacingAfter(12);
        for (String head : new String[] {keyName, "Litres", "Sales", "Revenue (CLP)"}) {
            table.addCell(cell(head, HEAD));
        }
        lines.forEach((key, line) -> addRow(table, key, line, BODY));
        addRow(table, "Total", total, HEAD);
        return table;
    }

    private static void addRow(PdfPTable table, String key, Line line, Font font) {
        table.addCell(cell(key, font));
        table.addCell(cell(line.litres().toPlainString(), font));
        table.addCell(cell(Long.toString(line.sales()), font));
        table.addCell(cell(Long.toString(line.revenue()), font));
    }

    private static PdfPCell cell(String text, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setHorizontalAlignment(Element.ALIGN_LEFT);
        return cell;
    }

    private static String text(Object value, String absent) {
        return value == null ? absent : value.toString();
    }
}
