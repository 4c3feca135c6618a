package org.gansim.api.nn;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Started in a child JVM by {@link WithoutVectorModuleTest}: prints which matrix kernel, array
 * pool and vector width were chosen, then what a few training steps of a small network on a batch large enough to take every
 * fast path (and be split between threads) give: the last loss and every weight, exactly, in doubles
 * and then with the layers in floats.
 */
public final class KernelProbe {

    private KernelProbe() {
    }

    public static void main(String[] args) {
        System.out.println(Kernels.MATMUL.getClass().getSimpleName() + "/" + Kernels.ARRAYS.getClass().getSimpleName()
                + "/" + Kernels.BACKEND.detail().replace(' ', '_') + " " + train());
    }

    /** {@link #train(Precision)} in doubles and in floats, joined by a bar. */
    static String train() {
        return train(Precision.DOUBLE) + "|" + train(Precision.FLOAT);
    }

    /** The last loss and every weight after five Adam steps in {@code precision}, each number written exactly. */
    private static String train(Precision precision) {
        return precision.during(KernelProbe::trainHere);
    }

    private static String trainHere() {
        SplittableRandom rng = new SplittableRandom(1);
        Mlp net = Mlp.builder(2).hidden(64, 64).output(1, Activation.IDENTITY).build(rng);
        Optimizer adam = new Adam(net.parameters(), 1e-2);
        double[] points = new double[256 * 2];
        for (int i = 0; i < points.length; i++) {
            points[i] = rng.nextDouble(-2, 2);
        }
        Tensor x = Tensor.of(256, 2, points);
        double loss = 0;
        for (int step = 0; step < 5; step++) {
            adam.zeroGrad();
            Tensor l = Losses.bceWithLogits(net.forward(x), 1.0);
            l.backward();
            adam.step();
            loss = l.item();
        }
        List<String> numbers = new ArrayList<>();
        numbers.add(Double.toString(loss));
        for (Tensor p : net.parameters()) {
            for (double v : p.toArray()) {
                numbers.add(Double.toString(v));
            }
        }
        return String.join(",", numbers);
    }
}
