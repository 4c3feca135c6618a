package org.gansim.app.ui;

/**
 * Plain text for Swing's HTML rendering, which tooltips and labels switch to when their text starts
 * with {@code <html>}: a description saying "b < a" must not be read as markup.
 */
final class Html {

    private Html() {
    }

    /** {@code text} with the characters HTML reads as markup written as entities. */
    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;");
    }

    /**
     * {@code text} as HTML wrapped at {@code width} pixels: on one line, a tooltip of two sentences
     * runs off the right edge of the screen.
     */
    static String wrapped(String text, int width) {
        return "<html><p width=\"" + width + "\">" + escape(text) + "</p></html>";
    }
}
