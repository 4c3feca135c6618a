package org.gansim.views;

/**
 * The layers of the 2-D data space a student switches on and off, each with the sentence its
 * legend entry shows on hover.
 */
enum PlaneLayer {
    HEAT_MAP("D's decision surface", "D heat map",
            "The colour under the points is what D says about each place: blue where it believes"
                    + " samples are real, orange where it believes they are fake, grey where it cannot tell."),
    REAL("real samples", "real", "Samples drawn from the target distribution: what the generator must learn to imitate."),
    GENERATED("generated samples", "generated",
            "G(z) for a fixed set of latent vectors z, the same every frame, so you can watch each sample move."),
    ARROWS("G's gradient arrows", "G's arrows",
            "Where the generator's loss pushes each generated sample: up the slope of D, towards what D calls real."),
    MESH("latent manifold", "manifold",
            "A square grid of latent vectors z pushed through G: the grid is bent and folded into data space;"
                    + " dark cells are where G packs its samples densely."),
    CONTOURS("true density contours", "contours",
            "Lines of equal density of the real data, where the target knows its density: the shape G must learn.");

    private final String label;
    private final String shortLabel;
    private final String explanation;

    PlaneLayer(String label, String shortLabel, String explanation) {
        this.label = label;
        this.shortLabel = shortLabel;
        this.explanation = explanation;
    }

    /** The legend's word for it: short, so the legend hides little of the plot. */
    String shortLabel() {
        return shortLabel;
    }

    String label() {
        return label;
    }

    String explanation() {
        return explanation;
    }
}
