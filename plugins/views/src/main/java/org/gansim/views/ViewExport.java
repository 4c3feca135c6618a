package org.gansim.views;

import java.awt.Graphics2D;
import java.awt.Image;
import java.awt.Toolkit;
import java.awt.datatransfer.DataFlavor;
import java.awt.datatransfer.Transferable;
import java.awt.datatransfer.UnsupportedFlavorException;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import javax.swing.JComponent;
import javax.swing.JFileChooser;
import javax.swing.JMenuItem;
import javax.swing.JOptionPane;
import javax.swing.JPopupMenu;
import javax.swing.filechooser.FileNameExtensionFilter;
import org.jfree.chart.ChartPanel;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.xy.XYDataset;
import org.jfree.svg.SVGGraphics2D;

/**
 * Saving what a view shows: any view as a PNG image, the charts and the data space also as SVG
 * (vector graphics, via JFreeSVG), the numbers behind a chart as CSV, and a copy of the image on
 * the clipboard. The window's File → Export view… may call these methods; each view also offers
 * them on its right-click menu.
 *
 * <p>Swing thread only: painting a component and reading a chart's datasets belong there.
 */
public final class ViewExport {

    private ViewExport() {
    }

    /** The component as it looks now, at its current size (at least 1 × 1). */
    public static BufferedImage image(JComponent component) {
        int w = Math.max(1, component.getWidth());
        int h = Math.max(1, component.getHeight());
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            component.paint(g);
        } finally {
            g.dispose();
        }
        return image;
    }

    public static void png(JComponent component, Path file) throws IOException {
        if (!ImageIO.write(image(component), "png", file.toFile())) {
            throw new IOException("No PNG writer is available to save " + file);
        }
    }

    /** Whether {@link #svg} draws this component as vector graphics (charts and the data space). */
    public static boolean supportsSvg(JComponent component) {
        return component instanceof ChartPanel || component instanceof PlaneCanvas
                || component instanceof DataSpaceCanvas || chartIn(component) != null;
    }

    /** The component as an SVG document: a chart is drawn by JFreeChart, a canvas paints itself. */
    public static String svgText(JComponent component) {
        int w = Math.max(1, component.getWidth());
        int h = Math.max(1, component.getHeight());
        SVGGraphics2D g = new SVGGraphics2D(w, h);
        JFreeChart chart = chartIn(component);
        if (chart != null) {
            chart.draw(g, new java.awt.Rectangle(0, 0, w, h));
        } else {
            component.paint(g);
        }
        return g.getSVGDocument();
    }

    public static void svg(JComponent component, Path file) throws IOException {
        Files.writeString(file, svgText(component), StandardCharsets.UTF_8);
    }

    /** The chart a view shows (a chart panel, or one inside the view's panel), or null. */
    static JFreeChart chartIn(java.awt.Component component) {
        if (component instanceof ChartPanel panel) {
            return panel.getChart();
        }
        if (component instanceof java.awt.Container container) {
            for (java.awt.Component child : container.getComponents()) {
                JFreeChart chart = chartIn(child);
                if (chart != null) {
                    return chart;
                }
            }
        }
        return null;
    }

    /**
     * The numbers behind a chart, one row per point: {@code series,x,y} for line and histogram charts,
     * {@code series,category,value} for bar charts.
     */
    public static String csvText(JFreeChart chart) {
        StringBuilder out = new StringBuilder();
        List<Plot> plots = new ArrayList<>();
        if (chart.getPlot() instanceof CombinedDomainXYPlot combined) {
            plots.addAll(combined.getSubplots());
        } else {
            plots.add(chart.getPlot());
        }
        boolean header = false;
        for (Plot plot : plots) {
            if (plot instanceof XYPlot xy) {
                if (!header) {
                    out.append("series,x,y\n");
                    header = true;
                }
                for (int d = 0; d < xy.getDatasetCount(); d++) {
                    XYDataset data = xy.getDataset(d);
                    for (int s = 0; data != null && s < data.getSeriesCount(); s++) {
                        for (int i = 0; i < data.getItemCount(s); i++) {
                            out.append(quote(String.valueOf(data.getSeriesKey(s)))).append(',')
                                    .append(number(data.getXValue(s, i))).append(',')
                                    .append(number(data.getYValue(s, i))).append('\n');
                        }
                    }
                }
            } else if (plot instanceof CategoryPlot category) {
                out.append("series,category,value\n");
                CategoryDataset data = category.getDataset();
                for (int r = 0; data != null && r < data.getRowCount(); r++) {
                    for (int c = 0; c < data.getColumnCount(); c++) {
                        Number v = data.getValue(r, c);
                        out.append(quote(String.valueOf(data.getRowKey(r)))).append(',')
                                .append(quote(String.valueOf(data.getColumnKey(c)))).append(',')
                                .append(v == null ? "" : number(v.doubleValue())).append('\n');
                    }
                }
            }
        }
        return out.toString();
    }

    public static void csv(JFreeChart chart, Path file) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write(csvText(chart));
        }
    }

    private static String number(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%s", v) : "";
    }

    private static String quote(String text) {
        return text.contains(",") || text.contains("\"") ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }

    /** Puts the component's image on the system clipboard. */
    public static void copyToClipboard(JComponent component) {
        BufferedImage image = image(component);
        Toolkit.getDefaultToolkit().getSystemClipboard().setContents(new ImageTransfer(image), null);
    }

    /** An image on its way to the clipboard. */
    private record ImageTransfer(Image image) implements Transferable {
        @Override
        public DataFlavor[] getTransferDataFlavors() {
            return new DataFlavor[] {DataFlavor.imageFlavor};
        }

        @Override
        public boolean isDataFlavorSupported(DataFlavor flavor) {
            return DataFlavor.imageFlavor.equals(flavor);
        }

        @Override
        public Object getTransferData(DataFlavor flavor) throws UnsupportedFlavorException {
            if (!isDataFlavorSupported(flavor)) {
                throw new UnsupportedFlavorException(flavor);
            }
            return image;
        }
    }

    /**
     * Adds "Save as PNG…", "Save as SVG…" (where supported), "Save data as CSV…" (charts) and "Copy
     * image" to {@code menu}, acting on {@code component}.
     */
    static void addItems(JPopupMenu menu, JComponent component) {
        menu.add(item("Save as PNG\u2026", () -> save(component, "png", f -> png(component, f))));
        if (supportsSvg(component)) {
            menu.add(item("Save as SVG\u2026", () -> save(component, "svg", f -> svg(component, f))));
        }
        JFreeChart chart = chartIn(component);
        if (chart != null) {
            menu.add(item("Save data as CSV\u2026", () -> save(component, "csv", f -> csv(chart, f))));
        }
        menu.add(item("Copy image", () -> copyToClipboard(component)));
    }

    /** Gives {@code component} a right-click menu with the export items (a chart panel keeps its own and gains them). */
    static void installMenu(JComponent component) {
        if (component instanceof ChartPanel panel && panel.getPopupMenu() != null) {
            panel.getPopupMenu().addSeparator();
            addItems(panel.getPopupMenu(), component);
            return;
        }
        JPopupMenu menu = new JPopupMenu();
        addItems(menu, component);
        component.setComponentPopupMenu(menu);
    }

    private static JMenuItem item(String label, Runnable action) {
        JMenuItem item = new JMenuItem(label);
        item.addActionListener(e -> action.run());
        return item;
    }

    private interface FileAction {
        void write(Path file) throws IOException;
    }

    private static void save(JComponent component, String extension, FileAction action) {
        JFileChooser chooser = new JFileChooser();
        chooser.setFileFilter(new FileNameExtensionFilter(extension.toUpperCase(Locale.ROOT) + " files", extension));
        chooser.setSelectedFile(new java.io.File(component.getName() == null ? "view." + extension
                : component.getName() + "." + extension));
        if (chooser.showSaveDialog(component) != JFileChooser.APPROVE_OPTION) {
            return;
        }
        Path file = chooser.getSelectedFile().toPath();
        if (!file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith("." + extension)) {
            file = file.resolveSibling(file.getFileName() + "." + extension);
        }
        try {
            action.write(file);
        } catch (IOException | RuntimeException e) {
            JOptionPane.showMessageDialog(component, "Could not save " + file + ": " + e.getMessage(),
                    "Export failed", JOptionPane.ERROR_MESSAGE);
        }
    }
}
