package org.gansim.api.nn;

import java.util.SplittableRandom;

/**
 * Started in a child JVM by {@link WithoutVectorModuleTest}: prints which matrix kernel was
 * chosen and trains a tiny network for a few steps.
 */
public final class KernelProbe {

    private KernelProbe() {
    }

    public static void main(String[] args) {
        Mlp net = Mlp.builder(2).hidden(16, 16).output(1, Activation.IDENTITY).build(new SplittableRandom(1));
        Optimizer adam = new Adam(net.parameters(), 1e-2);
        Tensor x = Tensor.of(4, 2, 1, 2, 3, 4, -1, -2, 0.5, 0.25);
        double loss = 0;
        for (int step = 0; step < 5; step++) {
            adam.zeroGrad();
            Tensor l = Losses.bceWithLogits(net.forward(x), 1.0);
            l.backward();
            adam.step();
            loss = l.item();
        }
        System.out.println(Kernels.MATMUL.getClass().getSimpleName() + " " + loss);
    }
}
