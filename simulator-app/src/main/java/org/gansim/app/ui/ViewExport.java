package org.gansim.app.ui;

import java.awt.Component;
import java.awt.Graphics2D;
import java.awt.KeyboardFocusManager;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import javax.swing.JFileChooser;
import javax.swing.JFrame;
import javax.swing.JOptionPane;
import javax.swing.SwingUtilities;

/** File → Export view…: the view with the keyboard focus (else the first) painted into a PNG file. */
final class ViewExport {

    private ViewExport() {
    }

    static void chooseAndExport(JFrame owner, ViewGrid grid, AppPreferences preferences) {
        Component view = chosenView(grid);
        if (view == null) {
            JOptionPane.showMessageDialog(owner, "There is no view to export: switch one on in the View menu.",
                    "Export view", JOptionPane.INFORMATION_MESSAGE);
            return;
        }
        JFileChooser chooser = new JFileChooser(preferences.lastFolder().map(Path::toFile).orElse(null));
        chooser.setName("exportChooser");
        chooser.setSelectedFile(new java.io.File(chooser.getCurrentDirectory(), "view.png"));
        if (chooser.showSaveDialog(owner) != JFileChooser.APPROVE_OPTION) {
            return;
        }
        Path file = chooser.getSelectedFile().toPath();
        try {
            export(view, file);
        } catch (IOException e) {
            JOptionPane.showMessageDialog(owner, "Cannot write " + file + ": " + e.getMessage() + ".",
                    "Export view", JOptionPane.ERROR_MESSAGE);
        }
    }

    /** The view holding the focus, else the first one; null when none is open. */
    static Component chosenView(ViewGrid grid) {
        List<SafeViewContainer> views = grid.containers();
        Component focus = KeyboardFocusManager.getCurrentKeyboardFocusManager().getFocusOwner();
        for (SafeViewContainer view : views) {
            if (focus != null && SwingUtilities.isDescendingFrom(focus, view)) {
                return view;
            }
        }
        return views.isEmpty() ? null : views.get(0);
    }

    /** Paints {@code view} at its size on screen into a PNG, written atomically. */
    static void export(Component view, Path file) throws IOException {
        BufferedImage image = new BufferedImage(Math.max(1, view.getWidth()), Math.max(1, view.getHeight()),
                BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        view.paint(g);
        g.dispose();
        Path target = file.toAbsolutePath();
        Path temporary = java.nio.file.Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
        try {
            if (!ImageIO.write(image, "png", temporary.toFile())) {
                throw new IOException("no PNG writer");
            }
            java.nio.file.Files.move(temporary, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } finally {
            java.nio.file.Files.deleteIfExists(temporary);
        }
    }
}
