package org.gansim.api.nn;

import static org.gansim.api.nn.TestTensors.positive;
import static org.gansim.api.nn.TestTensors.signed;
import static org.gansim.api.nn.TestTensors.weightedSum;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every operation's gradient against central finite differences, and the second derivatives of
 * the operations a gradient penalty (WGAN-GP) goes through.
 */
class TensorGradientTest {

    private static final double FIRST_ORDER_TOLERANCE = 1e-6;
    private static final double SECOND_ORDER_TOLERANCE = 1e-5;

    private record Case(String name, Function<List<Tensor>, Tensor> f, List<Tensor> inputs) {
    }

    private static Case unary(String name, Tensor x, Function<Tensor, Tensor> op) {
        return new Case(name, xs -> weightedSum(op.apply(xs.get(0))), List.of(x));
    }

    private static Case binary(String name, Tensor a, Tensor b, Function<List<Tensor>, Tensor> op) {
        return new Case(name, xs -> weightedSum(op.apply(xs)), List.of(a, b));
    }

    /** Cases for the first-order checks: every operation, every broadcasting shape. */
    private static List<Case> firstOrderCases() {
        Tensor x = signed(3, 4, 1);
        Tensor p = positive(3, 4, 2);
        List<Case> cases = new ArrayList<>();
        cases.add(unary("neg", x, Tensor::neg));
        cases.add(unary("exp", x, Tensor::exp));
        cases.add(unary("log", p, Tensor::log));
        cases.add(unary("square", x, Tensor::square));
        cases.add(unary("sqrt", p, Tensor::sqrt));
        cases.add(unary("abs", x, Tensor::abs));
        cases.add(unary("relu", x, Tensor::relu));
        cases.add(unary("leakyRelu", x, t -> t.leakyRelu(0.2)));
        cases.add(unary("tanh", x, Tensor::tanh));
        cases.add(unary("sigmoid", x, Tensor::sigmoid));
        cases.add(unary("softplus", x, Tensor::softplus));
        cases.add(unary("logSigmoid", x, Tensor::logSigmoid));
        cases.add(unary("clamp", x, t -> t.clamp(-0.7, 0.8)));
        cases.add(unary("pow", p, t -> t.pow(2.5)));
        cases.add(unary("add scalar", x, t -> t.add(0.3)));
        cases.add(unary("mul scalar", x, t -> t.mul(-1.7)));
        cases.add(unary("transpose", x, Tensor::transpose));
        cases.add(unary("sum", x, t -> t.sum().square()));
        cases.add(unary("mean", x, t -> t.mean().square()));
        cases.add(unary("sumEachRow", x, Tensor::sumEachRow));
        cases.add(unary("meanEachRow", x, Tensor::meanEachRow));
        cases.add(unary("sumEachColumn", x, Tensor::sumEachColumn));
        cases.add(unary("meanEachColumn", x, Tensor::meanEachColumn));
        cases.add(unary("sliceRows", x, t -> t.sliceRows(1, 3)));
        cases.add(unary("sliceColumns", x, t -> t.sliceColumns(1, 3)));
        cases.add(unary("selectRows", x, t -> t.selectRows(new int[] {2, 0, 2})));
        cases.add(unary("scatterRows", x, t -> t.scatterRows(new int[] {1, 4, 1}, 5)));
        cases.add(unary("broadcastTo from row", signed(1, 4, 3), t -> t.broadcastTo(3, 4)));
        cases.add(unary("broadcastTo from column", signed(3, 1, 4), t -> t.broadcastTo(3, 4)));
        cases.add(unary("broadcastTo from scalar", signed(1, 1, 5), t -> t.broadcastTo(3, 4)));
        for (int[] shape : new int[][] {{3, 4}, {1, 4}, {3, 1}, {1, 1}}) {
            String suffix = " with " + shape[0] + "x" + shape[1];
            Tensor other = signed(shape[0], shape[1], 6);
            Tensor otherPositive = positive(shape[0], shape[1], 7);
            cases.add(binary("add" + suffix, x, other, xs -> xs.get(0).add(xs.get(1))));
            cases.add(binary("sub" + suffix, x, other, xs -> xs.get(0).sub(xs.get(1))));
            cases.add(binary("mul" + suffix, x, other, xs -> xs.get(0).mul(xs.get(1))));
            cases.add(binary("div" + suffix, x, otherPositive, xs -> xs.get(0).div(xs.get(1))));
        }
        cases.add(binary("matmul", x, signed(4, 2, 8), xs -> xs.get(0).matmul(xs.get(1))));
        cases.add(binary("matmulTransposeB", x, signed(2, 4, 9), xs -> xs.get(0).matmulTransposeB(xs.get(1))));
        cases.add(binary("transposeMatmul", x, signed(3, 2, 10), xs -> xs.get(0).transposeMatmul(xs.get(1))));
        for (double slope : new double[] {0.0, 0.2}) {
            cases.add(new Case("affineLeakyRelu slope " + slope,
                    xs -> weightedSum(LayerOps.affineLeakyRelu(xs.get(0), xs.get(1), xs.get(2), slope)),
                    List.of(x, signed(4, 8, 16), signed(1, 8, 17))));
        }
        cases.add(new Case("affine", xs -> weightedSum(LayerOps.affine(xs.get(0), xs.get(1), xs.get(2))),
                List.of(x, signed(4, 9, 18), signed(1, 9, 19))));
        cases.add(new Case("concatColumns", xs -> weightedSum(Tensor.concatColumns(xs.get(0), xs.get(1), xs.get(2))),
                List.of(signed(3, 2, 11), signed(3, 1, 12), signed(3, 3, 13))));
        cases.add(new Case("concatRows", xs -> weightedSum(Tensor.concatRows(xs.get(0), xs.get(1))),
                List.of(signed(2, 3, 14), signed(1, 3, 15))));
        return cases;
    }

    /**
     * Cases for the second-order checks. Linear and piecewise-linear operations are followed or
     * preceded by something curved (or mixed with a second input), otherwise the second
     * derivative would be trivially zero.
     */
    private static List<Case> secondOrderCases() {
        Tensor x = signed(3, 4, 21);
        Tensor w = signed(4, 2, 22);
        Tensor p = positive(3, 4, 23);
        List<Case> cases = new ArrayList<>();
        cases.add(binary("matmul", x, w, xs -> xs.get(0).matmul(xs.get(1)).tanh()));
        cases.add(binary("matmulTransposeB", x, signed(2, 4, 24), xs -> xs.get(0).matmulTransposeB(xs.get(1)).square()));
        cases.add(binary("transposeMatmul", x, signed(3, 2, 25), xs -> xs.get(0).transposeMatmul(xs.get(1)).square()));
        for (int[] shape : new int[][] {{3, 4}, {1, 4}, {3, 1}, {1, 1}}) {
            String suffix = " with " + shape[0] + "x" + shape[1];
            Tensor other = signed(shape[0], shape[1], 26);
            Tensor otherPositive = positive(shape[0], shape[1], 27);
            cases.add(binary("add" + suffix, x, other, xs -> xs.get(0).add(xs.get(1)).tanh()));
            cases.add(binary("sub" + suffix, x, other, xs -> xs.get(0).sub(xs.get(1)).sigmoid()));
            cases.add(binary("mul" + suffix, x, other, xs -> xs.get(0).mul(xs.get(1))));
            cases.add(binary("div" + suffix, x, otherPositive, xs -> xs.get(0).div(xs.get(1))));
        }
        cases.add(unary("square", x, Tensor::square));
        cases.add(unary("sqrt", p, Tensor::sqrt));
        cases.add(unary("exp", x, Tensor::exp));
        cases.add(unary("log", p, Tensor::log));
        cases.add(unary("pow", p, t -> t.pow(2.5)));
        cases.add(unary("tanh", x, Tensor::tanh));
        cases.add(unary("sigmoid", x, Tensor::sigmoid));
        cases.add(unary("softplus", x, Tensor::softplus));
        cases.add(unary("logSigmoid", x, Tensor::logSigmoid));
        cases.add(unary("sum", x, t -> t.tanh().sum().square()));
        cases.add(unary("mean", x, t -> t.tanh().mean().square()));
        cases.add(unary("sumEachRow", x, t -> t.tanh().sumEachRow().square()));
        cases.add(unary("meanEachRow", x, t -> t.tanh().meanEachRow().square()));
        cases.add(unary("sumEachColumn", x, t -> t.tanh().sumEachColumn().square()));
        cases.add(unary("transpose", x, t -> t.transpose().square()));
        cases.add(binary("relu after matmul", x, w, xs -> xs.get(0).matmul(xs.get(1)).relu()));
        cases.add(binary("relu squared", x, w, xs -> xs.get(0).matmul(xs.get(1)).relu().square()));
        cases.add(binary("leakyRelu after matmul", x, w, xs -> xs.get(0).matmul(xs.get(1)).leakyRelu(0.2)));
        cases.add(binary("leakyRelu squared", x, w, xs -> xs.get(0).matmul(xs.get(1)).leakyRelu(0.2).square()));
        cases.add(binary("abs after matmul", x, w, xs -> xs.get(0).matmul(xs.get(1)).abs().square()));
        cases.add(binary("clamp after matmul", x, w, xs -> xs.get(0).matmul(xs.get(1)).clamp(-0.5, 0.5).square()));
        for (double slope : new double[] {0.0, 0.2}) {
            cases.add(new Case("affineLeakyRelu slope " + slope,
                    xs -> weightedSum(LayerOps.affineLeakyRelu(xs.get(0), xs.get(1), xs.get(2), slope).square()),
                    List.of(x, signed(4, 8, 28), signed(1, 8, 29))));
        }
        cases.add(new Case("affine", xs -> weightedSum(LayerOps.affine(xs.get(0), xs.get(1), xs.get(2)).tanh()),
                List.of(x, signed(4, 9, 30), signed(1, 9, 31))));
        cases.add(unary("slices and concat", x, t -> Tensor.concatColumns(t.sliceColumns(2, 4),
                t.sliceColumns(0, 2)).square().sliceRows(1, 3)));
        cases.add(unary("selectRows", x, t -> t.selectRows(new int[] {1, 1, 0}).tanh()));
        return cases;
    }

    @TestFactory
    Stream<DynamicTest> firstDerivativesMatchFiniteDifferences() {
        return firstOrderCases().stream().map(c -> DynamicTest.dynamicTest(c.name(),
                () -> GradientCheck.firstOrder(c.name(), c.f(), c.inputs(), FIRST_ORDER_TOLERANCE)));
    }

    @TestFactory
    Stream<DynamicTest> secondDerivativesMatchFiniteDifferences() {
        return secondOrderCases().stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
            int[] all = new int[c.inputs().size()];
            for (int i = 0; i < all.length; i++) {
                all[i] = i;
            }
            GradientCheck.secondOrder(c.name(), c.f(), c.inputs(), all, SECOND_ORDER_TOLERANCE);
        }));
    }
}
