package org.gansim.distributions;

import java.util.ArrayList;
import java.util.List;
import org.gansim.api.Sampler;
import org.gansim.api.param.ParamSpec;
import org.gansim.api.param.Params;
import org.gansim.distributions.support.BuiltInDistribution;
import org.gansim.distributions.support.Drawing;

/**
 * {@code drawn}: a shape the user draws with the mouse; samples are the drawn points plus a little
 * Gaussian noise. The drawing is the text parameter {@code points} (format in {@link Drawing}), so
 * it is saved with an experiment like any other value; labelled when the drawing has class labels.
 * The default drawing is a smiling face. Stateless; any thread.
 */
public final class Drawn extends BuiltInDistribution {

    /** The default drawing: a face outline, two eyes and a smile, about two units across. */
    static final String SMILEY = Drawing.format(smiley(), null);

    public Drawn() {
        super("drawn", "Hand-drawn points",
                "A shape you draw with the mouse: every sample is one of your points with a little noise.");
    }

    @Override
    public List<ParamSpec> params() {
        return List.of(
                ParamSpec.text("points", "Drawing", SMILEY).drawnPoints()
                        .describe("The drawn points: 'x y' pairs separated by semicolons, each optionally"
                                + " followed by a class label."),
                ParamSpec.decimal("noise", "Noise", 0.04, 0, 1)
                        .describe("Standard deviation of the Gaussian noise added around each drawn point."));
    }

    @Override
    public Sampler create(Params params) {
        return Drawing.parse(params.getString("points")).sampler(params.getDouble("noise"));
    }

    private static double[] smiley() {
        List<double[]> points = new ArrayList<>();
        for (int i = 0; i < 48; i++) {
            double angle = 2 * Math.PI * i / 48;
            points.add(new double[] {1.6 * Math.cos(angle), 1.6 * Math.sin(angle)});
        }
        for (double side : new double[] {-0.55, 0.55}) {
            for (int i = 0; i < 6; i++) {
                double angle = 2 * Math.PI * i / 6;
                points.add(new double[] {side + 0.12 * Math.cos(angle), 0.5 + 0.12 * Math.sin(angle)});
            }
        }
        for (int i = 0; i <= 16; i++) {
            double angle = Math.toRadians(205 + 130.0 * i / 16);
            points.add(new double[] {0.95 * Math.cos(angle), 0.95 * Math.sin(angle)});
        }
        double[] flat = new double[2 * points.size()];
        for (int i = 0; i < points.size(); i++) {
            flat[2 * i] = points.get(i)[0];
            flat[2 * i + 1] = points.get(i)[1];
        }
        return flat;
    }
}
