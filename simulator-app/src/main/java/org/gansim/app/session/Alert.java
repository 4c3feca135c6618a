package org.gansim.app.session;

/**
 * Something going wrong in training that a student should notice, with one line saying what it means.
 *
 * @param kind        which problem
 * @param explanation one line of evidence and meaning, e.g. "G covers 2 of 8 modes: it fools D with a few"
 */
public record Alert(Kind kind, String explanation) {

    /** The problems the monitor watches for, each with its title and the Help → Concepts section about it. */
    public enum Kind {
        MODE_COLLAPSE("Mode collapse detected", "Mode collapse"),
        D_OVERPOWERING("D overpowering G", "D overpowering G"),
        OSCILLATION("Oscillation", "Oscillation");

        private final String title;
        private final String concept;

        Kind(String title, String concept) {
            this.title = title;
            this.concept = concept;
        }

        public String title() {
            return title;
        }

        /** The heading of the concept that explains this problem. */
        public String concept() {
            return concept;
        }
    }

    /** "Mode collapse detected: G covers 2 of 8 modes ...". */
    public String line() {
        return kind.title() + ": " + explanation;
    }
}
