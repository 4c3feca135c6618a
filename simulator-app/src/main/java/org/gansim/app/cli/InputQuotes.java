package org.gansim.app.cli;

/**
 * Cuts what a user typed before it is quoted in a message, so a pasted megabyte does not flood the
 * terminal. Stateless; any thread.
 */
final class InputQuotes {

    /** The most characters of a typed value a message repeats. */
    static final int MAX = 80;

    private InputQuotes() {
    }

    /** The text, or its first {@value #MAX} characters followed by "… (N characters)". */
    static String cut(String text) {
        if (text.length() <= MAX) {
            return text;
        }
        return text.substring(0, MAX) + "… (" + text.length() + " characters)";
    }
}
