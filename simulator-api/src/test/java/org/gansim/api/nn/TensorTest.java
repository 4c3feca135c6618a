package org.gansim.api.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Factories, accessors, broadcasting rules, and the behaviour of backward and Autograd. */
class TensorTest {

    @Test
    void factoriesCopyAndShape() {
        double[] values = {1, 2, 3, 4, 5, 6};
        Tensor t = Tensor.of(2, 3, values);
        values[0] = 99;
        assertEquals(1.0, t.get(0, 0));
        assertEquals(6.0, t.get(1, 2));
        assertEquals(2, t.rows());
        assertEquals(3, t.cols());
        assertEquals(6, t.size());
        assertArrayEquals(new double[] {4, 5, 6}, t.row(1));
        assertArrayEquals(new double[] {1, 2, 3, 4, 5, 6}, Tensor.fromRows(new double[][] {{1, 2, 3}, {4, 5, 6}}).toArray());
        assertEquals(7.5, Tensor.scalar(7.5).item());
        assertArrayEquals(new double[4], Tensor.zeros(2, 2).toArray());
        assertFalse(t.requiresGrad());
        assertTrue(Tensor.parameter(1, 2, new double[] {1, 2}).requiresGrad());
        assertThrows(IllegalArgumentException.class, () -> Tensor.of(2, 2, 1, 2, 3));
        assertThrows(IllegalArgumentException.class, () -> Tensor.fromRows(new double[][] {{1, 2}, {3}}));
        assertThrows(IllegalStateException.class, t::item);
        assertThrows(IndexOutOfBoundsException.class, () -> t.get(2, 0));
    }

    @Test
    void broadcastingCoversRowColumnAndScalar() {
        Tensor t = Tensor.of(2, 3, 1, 2, 3, 4, 5, 6);
        assertArrayEquals(new double[] {11, 22, 33, 14, 25, 36}, t.add(Tensor.of(1, 3, 10, 20, 30)).toArray());
        assertArrayEquals(new double[] {0, 1, 2, 2, 3, 4}, t.sub(Tensor.of(2, 1, 1, 2)).toArray());
        assertArrayEquals(new double[] {2, 4, 6, 8, 10, 12}, t.mul(Tensor.scalar(2)).toArray());
        assertArrayEquals(new double[] {1, 1, 1, 1, 1, 1}, t.div(t).toArray());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> t.add(Tensor.zeros(3, 2)));
        assertTrue(e.getMessage().contains("3x2") && e.getMessage().contains("2x3"), e.getMessage());
        IllegalArgumentException m = assertThrows(IllegalArgumentException.class, () -> t.matmul(t));
        assertTrue(m.getMessage().contains("2x3"), m.getMessage());
    }

    @Test
    void reductionsAndShapes() {
        Tensor t = Tensor.of(2, 3, 1, 2, 3, 4, 5, 6);
        assertEquals(21.0, t.sum().item());
        assertEquals(3.5, t.mean().item());
        assertArrayEquals(new double[] {6, 15}, t.sumEachRow().toArray());
        assertArrayEquals(new double[] {2, 5}, t.meanEachRow().toArray());
        assertArrayEquals(new double[] {5, 7, 9}, t.sumEachColumn().toArray());
        assertArrayEquals(new double[] {2.5, 3.5, 4.5}, t.meanEachColumn().toArray());
        assertArrayEquals(new double[] {1, 4, 2, 5, 3, 6}, t.transpose().toArray());
        assertArrayEquals(new double[] {4, 5, 6, 1, 2, 3, 4, 5, 6}, t.selectRows(new int[] {1, 0, 1}).toArray());
        assertArrayEquals(new double[] {4, 5, 6}, t.sliceRows(1, 2).toArray());
        Tensor joined = Tensor.concatColumns(t, Tensor.of(2, 1, 7, 8));
        assertArrayEquals(new double[] {1, 2, 3, 7, 4, 5, 6, 8}, joined.toArray());
        assertArrayEquals(new double[] {1, 2, 3, 4, 5, 6, 0, 0, 0}, Tensor.concatRows(t, Tensor.zeros(1, 3)).toArray());
        assertArrayEquals(new double[] {22, 28, 49, 64},
                t.matmul(Tensor.of(3, 2, 1, 2, 3, 4, 5, 6)).toArray());
    }

    @Test
    void backwardAccumulatesUntilZeroGrad() {
        Tensor w = Tensor.parameter(1, 2, new double[] {1, 2});
        assertNull(w.grad());
        w.mul(3.0).sum().backward();
        w.mul(3.0).sum().backward();
        assertArrayEquals(new double[] {6, 6}, w.grad().toArray());
        w.zeroGrad();
        assertArrayEquals(new double[] {0, 0}, w.grad().toArray());
        assertThrows(IllegalStateException.class, () -> w.mul(2.0).backward());
    }

    @Test
    void backwardIntoChosenParametersLeavesTheOthersAlone() {
        Tensor a = Tensor.parameter(1, 1, new double[] {2});
        Tensor b = Tensor.parameter(1, 1, new double[] {3});
        a.mul(b).sum().backward(List.of(a));
        assertEquals(3.0, a.grad().item());
        assertNull(b.grad());
    }

    @Test
    void backwardSurvivesVeryDeepGraphs() {
        Tensor w = Tensor.parameter(1, 1, new double[] {0.5});
        Tensor x = w;
        for (int i = 0; i < 200_000; i++) {
            x = x.add(1e-6);
        }
        x.backward();
        assertEquals(1.0, w.grad().item());
    }

    @Test
    void autogradLeavesGradAloneAndGivesZerosWhenUnconnected() {
        Tensor w = Tensor.parameter(1, 2, new double[] {1, 2});
        Tensor unrelated = Tensor.parameter(2, 2, new double[] {1, 2, 3, 4});
        Tensor x = Tensor.of(1, 2, 3, 4);
        Tensor loss = w.mul(x).sum();
        List<Tensor> grads = Autograd.grad(loss, List.of(w, x, unrelated), false);
        assertArrayEquals(new double[] {3, 4}, grads.get(0).toArray());
        assertArrayEquals(new double[] {1, 2}, grads.get(1).toArray());
        assertArrayEquals(new double[4], grads.get(2).toArray());
        assertNull(w.grad());
        assertFalse(grads.get(0).requiresGrad());
    }

    @Test
    void gradientOfAPlainLeafWorksWithoutParameters() {
        Tensor x = Tensor.of(1, 2, 3, -1);
        Tensor g = Autograd.grad(x.square().sum(), List.of(x), true).get(0);
        assertArrayEquals(new double[] {6, -2}, g.toArray());
        Tensor h = Autograd.grad(g.sum(), List.of(x), false).get(0);
        assertArrayEquals(new double[] {2, 2}, h.toArray());
    }

    @Test
    void detachCutsTheGraph() {
        Tensor w = Tensor.parameter(1, 1, new double[] {2});
        Tensor y = w.square();
        Tensor cut = y.detach();
        assertFalse(cut.requiresGrad());
        assertEquals(4.0, cut.item());
        cut.mul(w).sum().backward();
        assertEquals(4.0, w.grad().item()); // only the direct path through w
    }

    @Test
    void toStringIsShort() {
        String text = Tensor.zeros(100, 100).toString();
        assertTrue(text.length() < 80, text);
        assertTrue(text.contains("100x100"), text);
    }
}
