package org.sira.reports.web;

import java.awt.Color;
import java.awt.Graphics2D;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.DefaultFontMapper;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;

/**
 * A report as a PDF (OpenPDF): title, period, headline, then each section's chart, drawn by
 * JFreeChart straight into the PDF's vector graphics, and its table.
 */
final class PdfReport {

    private static final Font TITLE = new Font(Font.HELVETICA, 18, Font.BOLD);
    private static final Font HEADING = new Font(Font.HELVETICA, 13, Font.BOLD);
    private static final Font TEXT = new Font(Font.HELVETICA, 10);
    private static final Font HEADLINE = new Font(Font.HELVETICA, 12, Font.BOLD, new Color(0x2f, 0x6f, 0x9f));
    private static final Font HEADER_CELL = new Font(Font.HELVETICA, 9, Font.BOLD);
    private static final Font CELL = new Font(Font.HELVETICA, 9);

    private PdfReport() {
    }

    /**
     * The standard fonts' text: OpenPDF sets a typographic apostrophe in a fallback font of another
     * weight, so the PDF uses the plain one.
     */
    static String text(String text) {
        return text == null ? null : text.replace('\u2019', '\'');
    }

    static void write(ReportDocument report, Locale locale, OutputStream out) {
        Document document = new Document(PageSize.A4, 40, 40, 40, 40);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        document.addTitle(report.title());
        document.addCreator("Sira");
        document.open();
        document.add(new Paragraph(text(report.title()), TITLE));
        document.add(new Paragraph(text(report.period()), TEXT));
        if (report.headline() != null) {
            Paragraph headline = new Paragraph(text(report.headline()), HEADLINE);
            headline.setSpacingBefore(10);
            document.add(headline);
        }
        for (ReportDocument.Section section : report.sections()) {
            Paragraph heading = new Paragraph(text(section.title()), HEADING);
            heading.setSpacingBefore(14);
            heading.setSpacingAfter(6);
            document.add(heading);
            if (section.chart() != null) {
                PdfTemplate canvas = writer.getDirectContent().createTemplate(ReportCharts.WIDTH, section.chartHeight());
                Graphics2D graphics = canvas.createGraphics(ReportCharts.WIDTH, section.chartHeight(), new DefaultFontMapper());
                ReportCharts.draw(section.chart(), graphics, ReportCharts.WIDTH, section.chartHeight());
                graphics.dispose();
                Image chart = Image.getInstance(canvas);
                chart.scaleToFit(document.right() - document.left(), 700);
                document.add(chart);
            }
            if (section.table() != null) {
                document.add(table(section.table(), locale));
            }
        }
        document.close();
    }

    private static PdfPTable table(ReportDocument.Table table, Locale locale) {
        PdfPTable pdf = new PdfPTable(table.header().size());
        pdf.setWidthPercentage(100);
        pdf.setSpacingBefore(4);
        pdf.setHeaderRows(1);
        for (String header : table.header()) {
            PdfPCell cell = new PdfPCell(new Phrase(text(header), HEADER_CELL));
            cell.setBackgroundColor(new Color(0xee, 0xee, 0xee));
            pdf.addCell(cell);
        }
        for (List<Object> row : table.rows()) {
            for (Object value : row) {
                PdfPCell cell = new PdfPCell(new Phrase(text(ReportDocument.Table.text(value, locale)), CELL));
                if (value instanceof Number) {
                    cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
                }
                pdf.addCell(cell);
            }
        }
        return pdf;
    }
}
