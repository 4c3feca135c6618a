package org.gansim.app.ui;

import java.awt.EventQueue;
import java.awt.KeyboardFocusManager;
import java.awt.event.KeyEvent;
import java.util.ArrayList;
import java.util.List;
import javax.swing.JMenu;
import javax.swing.JMenuBar;
import javax.swing.JMenuItem;
import javax.swing.KeyStroke;
import javax.swing.text.JTextComponent;

/** Small helpers to build menu items the same way everywhere: a name, a mnemonic, a key, a tooltip. */
final class Menus {

    private Menus() {
    }

    /**
     * A menu item.
     *
     * @param accelerator a key stroke as {@link KeyStroke#getKeyStroke(String)} reads it, or null
     */
    static JMenuItem item(String text, int mnemonic, String accelerator, String name, String tooltip,
                          Runnable action) {
        return setUp(new JMenuItem(text), mnemonic, accelerator, name, tooltip, action);
    }

    static <T extends JMenuItem> T setUp(T item, int mnemonic, String accelerator, String name, String tooltip,
                                         Runnable action) {
        item.setMnemonic(mnemonic);
        if (accelerator != null) {
            item.setAccelerator(KeyStroke.getKeyStroke(accelerator));
        }
        item.setName(name);
        item.setToolTipText(tooltip);
        if (action != null) {
            item.addActionListener(e -> action.run());
        }
        return item;
    }

    static JMenu menu(String text, int mnemonic, String name) {
        JMenu menu = new JMenu(text);
        menu.setMnemonic(mnemonic);
        menu.setName(name);
        return menu;
    }

    /**
     * Whether the event being handled is a key typed into a text field: a one-key accelerator such
     * as Space must then leave the key to the field.
     */
    static boolean typingInAField() {
        return EventQueue.getCurrentEvent() instanceof KeyEvent
                && KeyboardFocusManager.getCurrentKeyboardFocusManager().getFocusOwner() instanceof JTextComponent text
                && text.isEditable();
    }

    /** Every item of the bar with a key, as "Menu → Item: key" lines, for Help → Keyboard shortcuts. */
    static List<String> shortcuts(JMenuBar bar) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < bar.getMenuCount(); i++) {
            collect(bar.getMenu(i), bar.getMenu(i).getText(), lines);
        }
        return lines;
    }

    private static void collect(JMenu menu, String path, List<String> lines) {
        for (int i = 0; i < menu.getItemCount(); i++) {
            JMenuItem item = menu.getItem(i);
            if (item instanceof JMenu sub) {
                collect(sub, path + " \u2192 " + sub.getText(), lines);
            } else if (item != null && item.getAccelerator() != null) {
                lines.add(path + " \u2192 " + item.getText() + ": " + keyText(item.getAccelerator()));
            }
        }
    }

    static String keyText(KeyStroke key) {
        String modifiers = KeyEvent.getModifiersExText(key.getModifiers());
        String k = KeyEvent.getKeyText(key.getKeyCode());
        return modifiers.isEmpty() ? k : modifiers + "+" + k;
    }
}
