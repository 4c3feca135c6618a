package org.gansim.api;

import java.util.Optional;

/**
 * What a view needs to know about the simulation it shows, fixed until the simulation is reset.
 *
 * @param dataDim     dimension of the data, 1 or 2
 * @param classes     number of classes (0 when unlabelled or the variant is not conditional)
 * @param latentDim   dimension of the generator's input noise
 * @param bounds      the part of data space worth drawing
 * @param modes       the target's modes when known
 * @param targetName  the target's name, for titles
 * @param variantName the variant's name, for titles
 * @param density     the target's density when it knows it ({@link Sampler#density()}); added in API
 *                    version 2, empty through the older constructors
 * @param objective   the variant's game in one line ({@link GanVariant#objective}); added in API
 *                    version 2, empty when the variant does not say (and through the older constructors)
 * @since 1
 */
public record ViewContext(int dataDim, int classes, int latentDim, PlotBounds bounds,
                          Optional<ModeSet> modes, String targetName, String variantName,
                          Optional<Density> density, String objective) {

    /** A context whose variant does not write out its game. */
    public ViewContext(int dataDim, int classes, int latentDim, PlotBounds bounds,
                       Optional<ModeSet> modes, String targetName, String variantName, Optional<Density> density) {
        this(dataDim, classes, latentDim, bounds, modes, targetName, variantName, density, "");
    }

    /** A context whose target does not tell its density: the constructor of API version 1. */
    public ViewContext(int dataDim, int classes, int latentDim, PlotBounds bounds,
                       Optional<ModeSet> modes, String targetName, String variantName) {
        this(dataDim, classes, latentDim, bounds, modes, targetName, variantName, Optional.empty(), "");
    }
}
