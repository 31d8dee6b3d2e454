package org.sira.reintegration.web;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Rectangle2D;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.svg.SVGGraphics2D;

/**
 * The comparison's chart, drawn as the reports draw theirs: JFreeChart into SVG, shown as an image
 * in a {@code data:} address (the pages' CSP allows images so, and no inline style). One horizontal
 * bar per group shown, its mean composite on a 0..1 axis.
 */
final class OutcomeChart {

    /** Drawn at about a phone's width, so that its text stays readable there; wider screens scale it up. */
    static final int WIDTH = 360;
    private static final Color BAR = new Color(0x1f, 0x6f, 0x78);
    private static final Font FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 12);

    private OutcomeChart() {
    }

    /** Bars of {@code means} (label → mean), in the order given. */
    static String svgDataUri(Map<String, Double> means, String valueAxis, Locale locale) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        means.forEach((label, mean) -> data.addValue(mean, valueAxis, label));
        CategoryPlot plot = new CategoryPlot();
        plot.setDataset(data);
        BarRenderer renderer = new BarRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setMaximumBarWidth(0.25);
        renderer.setSeriesPaint(0, BAR);
        NumberFormat decimals = NumberFormat.getNumberInstance(locale);
        decimals.setMinimumFractionDigits(2);
        decimals.setMaximumFractionDigits(2);
        renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", decimals));
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultItemLabelFont(FONT);
        renderer.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
        renderer.setItemLabelAnchorOffset(4);
        plot.setRenderer(renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        CategoryAxis groups = new CategoryAxis();
        groups.setTickLabelFont(FONT);
        groups.setMaximumCategoryLabelWidthRatio(0.45f);
        groups.setMaximumCategoryLabelLines(2);
        plot.setDomainAxis(groups);
        NumberAxis values = new NumberAxis(valueAxis);
        values.setRange(0, 1);
        values.setLabelFont(FONT);
        values.setTickLabelFont(FONT);
        values.setNumberFormatOverride(decimals);
        plot.setRangeAxis(values);
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_RIGHT);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setRangeGridlinePaint(new Color(0xcc, 0xcc, 0xcc));
        plot.setRangeGridlineStroke(new BasicStroke(0.5f));
        JFreeChart chart = new JFreeChart(null, FONT, plot, false);
        chart.setBackgroundPaint(Color.WHITE);
        int height = height(means.size());
        SVGGraphics2D svg = new SVGGraphics2D(WIDTH, height);
        chart.draw(svg, new Rectangle2D.Double(0, 0, WIDTH, height));
        return "data:image/svg+xml;base64," + Base64.getEncoder().encodeToString(svg.getSVGDocument().getBytes(StandardCharsets.UTF_8));
    }

    /** Tall enough for every bar to keep its label. */
    static int height(int bars) {
        return 70 + 44 * Math.max(1, bars);
    }
}
