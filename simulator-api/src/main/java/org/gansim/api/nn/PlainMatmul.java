package org.gansim.api.nn;

import java.util.Arrays;

/**
 * Matrix products in plain Java loops: the reference implementation, and the one used when the
 * JVM runs without the {@code jdk.incubator.vector} module.
 *
 * <p>The loops run along rows of the arrays (never down a column in the innermost loop) so that
 * memory is read in order. Stateless; any thread.
 */
final class PlainMatmul implements MatmulKernel {

    @Override
    public void affine(double[] a, double[] b, double[] bias, double[] c, int m, int k, int n) {
        Arrays.fill(c, 0, m * n, 0.0);
        for (int i = 0; i < m; i++) {
            int cRow = i * n;
            for (int p = 0; p < k; p++) {
                double aip = a[i * k + p];
                int bRow = p * n;
                for (int j = 0; j < n; j++) {
                    c[cRow + j] += aip * b[bRow + j];
                }
            }
            if (bias != null) {
                for (int j = 0; j < n; j++) {
                    c[cRow + j] += bias[j];
                }
            }
        }
    }

    @Override
    public void multiplyTransposeA(double[] a, double[] b, double[] c, int k, int m, int n) {
        Arrays.fill(c, 0, m * n, 0.0);
        for (int p = 0; p < k; p++) {
            int aRow = p * m;
            int bRow = p * n;
            for (int i = 0; i < m; i++) {
                double api = a[aRow + i];
                int cRow = i * n;
                for (int j = 0; j < n; j++) {
                    c[cRow + j] += api * b[bRow + j];
                }
            }
        }
    }

    @Override
    public void multiplyTransposeB(double[] a, double[] b, double[] c, int m, int k, int n) {
        for (int i = 0; i < m; i++) {
            int aRow = i * k;
            for (int j = 0; j < n; j++) {
                int bRow = j * k;
                double sum = 0.0;
                for (int p = 0; p < k; p++) {
                    sum += a[aRow + p] * b[bRow + p];
                }
                c[i * n + j] = sum;
            }
        }
    }
}
