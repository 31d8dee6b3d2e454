package org.sira.reports.web;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.svg.SVGGraphics2D;

/**
 * The reports' charts, drawn by JFreeChart: once as SVG for the page, once as vectors into the
 * PDF, from the same {@link JFreeChart}.
 */
final class ReportCharts {

    /** Width both formats draw at; the PDF scales it to its column. */
    static final int WIDTH = 640;
    private static final Color BAR = new Color(0x2f, 0x6f, 0x9f);
    /** One colour per kind of return, the same in every chart. */
    private static final List<Color> SERIES = List.of(new Color(0xb2, 0x3a, 0x48), new Color(0xe0, 0x8e, 0x2b),
            new Color(0x2f, 0x6f, 0x9f), new Color(0x4c, 0x9a, 0x55), new Color(0x7a, 0x5c, 0x9e));
    private static final Font FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 12);

    private ReportCharts() {
    }

    /** Horizontal bars, longest first as given, each labelled with its count. */
    static JFreeChart bars(Map<String, Long> counts, String valueAxis, Locale locale) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        counts.forEach((label, n) -> data.addValue(n, valueAxis, label));
        JFreeChart chart = new JFreeChart(null, FONT, new CategoryPlot(), false);
        CategoryPlot plot = plot(chart, data, new BarRenderer(), PlotOrientation.HORIZONTAL, valueAxis, locale);
        BarRenderer renderer = (BarRenderer) plot.getRenderer();
        renderer.setSeriesPaint(0, BAR);
        renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", NumberFormat.getIntegerInstance(locale)));
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultItemLabelFont(FONT);
        renderer.setDefaultPositiveItemLabelPosition(new org.jfree.chart.labels.ItemLabelPosition(
                org.jfree.chart.labels.ItemLabelAnchor.OUTSIDE3, org.jfree.chart.ui.TextAnchor.CENTER_LEFT));
        renderer.setItemLabelAnchorOffset(4);
        plot.setRangeAxisLocation(org.jfree.chart.axis.AxisLocation.BOTTOM_OR_RIGHT);
        plot.getRangeAxis().setUpperMargin(0.15);
        return chart;
    }

    /** Vertical bars stacked by series (e.g. years by kind of return), with a legend below. */
    static JFreeChart stacked(List<String> categories, Map<String, List<Long>> series, String valueAxis, Locale locale) {
        return vertical(categories, series, valueAxis, new StackedBarRenderer(), locale);
    }

    /** Vertical bars side by side by series (e.g. budget and spending of each line), with a legend below; a null value draws no bar. */
    static JFreeChart grouped(List<String> categories, Map<String, ? extends List<? extends Number>> series, String valueAxis,
                              Locale locale) {
        return vertical(categories, series, valueAxis, new BarRenderer(), locale);
    }

    private static JFreeChart vertical(List<String> categories, Map<String, ? extends List<? extends Number>> series, String valueAxis,
                                       BarRenderer renderer, Locale locale) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        series.forEach((name, values) -> {
            for (int i = 0; i < categories.size(); i++) {
                data.addValue(values.get(i), name, categories.get(i));
            }
        });
        JFreeChart chart = new JFreeChart(null, FONT, new CategoryPlot(), true);
        CategoryPlot plot = plot(chart, data, renderer, PlotOrientation.VERTICAL, valueAxis, locale);
        plot.getDomainAxis().setMaximumCategoryLabelLines(3);
        for (int i = 0; i < series.size(); i++) {
            plot.getRenderer().setSeriesPaint(i, SERIES.get(i % SERIES.size()));
        }
        LegendTitle legend = chart.getLegend();
        legend.setPosition(RectangleEdge.BOTTOM);
        legend.setItemFont(FONT);
        legend.setFrame(org.jfree.chart.block.BlockBorder.NONE);
        return chart;
    }

    private static CategoryPlot plot(JFreeChart chart, DefaultCategoryDataset data, BarRenderer renderer,
                                     PlotOrientation orientation, String valueAxis, Locale locale) {
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setDataset(data);
        plot.setRenderer(renderer);
        plot.setOrientation(orientation);
        plot.setDomainAxis(new org.jfree.chart.axis.CategoryAxis());
        NumberAxis values = new NumberAxis(valueAxis);
        values.setStandardTickUnits(NumberAxis.createIntegerTickUnits(locale));
        values.setLabelFont(FONT);
        values.setTickLabelFont(FONT);
        plot.setRangeAxis(values);
        plot.getDomainAxis().setTickLabelFont(FONT);
        plot.getDomainAxis().setMaximumCategoryLabelWidthRatio(0.4f);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setRangeGridlinePaint(new Color(0xcc, 0xcc, 0xcc));
        plot.setRangeGridlineStroke(new BasicStroke(0.5f));
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setMaximumBarWidth(0.12);
        renderer.setItemMargin(0.02);
        chart.setBackgroundPaint(Color.WHITE);
        return plot;
    }

    /** The chart as an SVG image in a {@code data:} address (the page's CSP allows images so, and no inline style). */
    static String svgDataUri(JFreeChart chart, int height) {
        SVGGraphics2D svg = new SVGGraphics2D(WIDTH, height);
        draw(chart, svg, WIDTH, height);
        return "data:image/svg+xml;base64," + Base64.getEncoder().encodeToString(svg.getSVGDocument().getBytes(StandardCharsets.UTF_8));
    }

    static void draw(JFreeChart chart, Graphics2D graphics, double width, double height) {
        chart.draw(graphics, new Rectangle2D.Double(0, 0, width, height));
    }

    /** Tall enough for every bar of a horizontal chart to keep its label. */
    static int barsHeight(int bars) {
        return 70 + 26 * Math.max(1, bars);
    }
}
