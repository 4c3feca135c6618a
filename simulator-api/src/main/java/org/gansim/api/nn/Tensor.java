package org.gansim.api.nn;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A two-dimensional block of numbers (rows x cols, stored row-major in a {@code double[]}) that
 * remembers how it was computed, so that gradients can flow back through it.
 *
 * <p>Each operation ({@link #matmul}, {@link #add}, {@link #tanh}, ...) returns a new tensor and
 * records one node in the autodiff graph for the whole operation, with a rule saying how a
 * gradient passes back to its inputs. {@link #backward()} on a 1x1 result (a loss) then fills
 * {@link #grad()} of every trainable leaf; {@link Autograd#grad} returns gradients without
 * touching leaves and can build them as a graph of their own, for penalties on gradients.
 *
 * <pre>{@code
 * Tensor w = Tensor.parameter(2, 1, new double[] {0.5, -0.25});
 * Tensor x = Tensor.of(3, 2, 1, 2, 3, 4, 5, 6);
 * Tensor loss = x.matmul(w).square().mean();
 * loss.backward();
 * double[] dLossDw = w.grad().toArray();
 * }</pre>
 *
 * <p>Values are never changed after creation, with one exception: a {@linkplain #parameter
 * parameter}'s values are updated in place by an {@link Optimizer} (and by weight clipping).
 * Do that between iterations, not between a forward pass and its backward pass.
 *
 * <p>Binary operations broadcast their argument when it is the same shape as this tensor, a row
 * vector {@code 1 x cols}, a column vector {@code rows x 1}, or a {@code 1 x 1} scalar; the
 * result always has this tensor's shape.
 *
 * <p>Threads: a tensor and the graph behind it belong to the thread that computes with it
 * (typically the training worker). Tensors are not safe to share while a graph is being built
 * or a parameter is being updated; hand other threads copies ({@link #toArray()}, {@link
 * Mlp#freeze()}).
 *
 * @since 1
 */
public final class Tensor {

    private static final Tensor[] NO_PARENTS = new Tensor[0];

    private final int rows;
    private final int cols;
    /** The values, row-major. Package-private so that optimizers and kernels work in place. */
    final double[] data;
    private final boolean requiresGrad;
    private final Tensor[] parents;
    private final GradientRule rule;
    private final String operation;
    private Tensor grad;
    /** Only the graph can reach this value: see {@link #graphOnly()}. */
    private boolean graphOnly;
    /** Its array has been recycled: nothing may read it any more. */
    private boolean released;

    private Tensor(int rows, int cols, double[] data, boolean requiresGrad, String operation,
                   GradientRule rule, Tensor[] parents) {
        this.rows = rows;
        this.cols = cols;
        this.data = data;
        this.requiresGrad = requiresGrad;
        this.operation = operation;
        this.rule = rule;
        this.parents = parents;
    }

    // ---------------------------------------------------------------- factories

    /**
     * A constant tensor holding a copy of {@code values} (row-major).
     *
     * @param values exactly {@code rows * cols} numbers, not null
     * @throws IllegalArgumentException if the count does not match the shape
     */
    public static Tensor of(int rows, int cols, double... values) {
        checkShape(rows, cols);
        Objects.requireNonNull(values, "values");
        if (values.length != rows * cols) {
            throw new IllegalArgumentException("A " + rows + "x" + cols + " tensor needs " + rows * cols
                    + " values, got " + values.length);
        }
        return leaf(rows, cols, values.clone(), false);
    }

    /** A constant tensor of zeros. */
    public static Tensor zeros(int rows, int cols) {
        checkShape(rows, cols);
        return leaf(rows, cols, new double[rows * cols], false);
    }

    /** A constant 1x1 tensor. */
    public static Tensor scalar(double value) {
        return leaf(1, 1, new double[] {value}, false);
    }

    /**
     * A constant tensor copied from an array of rows, which must all have the same length.
     *
     * @param rows at least one row, not null
     */
    public static Tensor fromRows(double[][] rows) {
        Objects.requireNonNull(rows, "rows");
        if (rows.length == 0) {
            throw new IllegalArgumentException("fromRows needs at least one row");
        }
        int cols = rows[0].length;
        double[] data = new double[rows.length * cols];
        for (int r = 0; r < rows.length; r++) {
            if (rows[r].length != cols) {
                throw new IllegalArgumentException("Row " + r + " has " + rows[r].length
                        + " values but row 0 has " + cols);
            }
            System.arraycopy(rows[r], 0, data, r * cols, cols);
        }
        return leaf(rows.length, cols, data, false);
    }

    /**
     * A trainable leaf: it requires gradients, {@link #backward()} accumulates into its
     * {@link #grad()}, and optimizers update its values in place.
     *
     * @param values initial values, copied; exactly {@code rows * cols} numbers
     */
    public static Tensor parameter(int rows, int cols, double[] values) {
        Tensor constant = of(rows, cols, values);
        return leaf(rows, cols, constant.data, true);
    }

    /** A leaf that takes ownership of {@code data} without copying. */
    static Tensor wrap(int rows, int cols, double[] data) {
        return leaf(rows, cols, data, false);
    }

    /** A constant tensor in which every value is {@code value}. */
    static Tensor filled(int rows, int cols, double value) {
        double[] data = new double[rows * cols];
        Arrays.fill(data, value);
        return leaf(rows, cols, data, false);
    }

    private static Tensor leaf(int rows, int cols, double[] data, boolean requiresGrad) {
        return new Tensor(rows, cols, data, requiresGrad, "leaf", null, NO_PARENTS);
    }

    /**
     * The result of an operation: a graph node when recording, a plain constant otherwise.
     * It requires gradients when any input does.
     */
    static Tensor node(int rows, int cols, double[] data, String operation, GradientRule rule,
                       Tensor... inputs) {
        if (!GradMode.isRecording()) {
            return leaf(rows, cols, data, false);
        }
        boolean anyRequiresGrad = false;
        for (Tensor input : inputs) {
            anyRequiresGrad |= input.requiresGrad;
        }
        return new Tensor(rows, cols, data, anyRequiresGrad, operation, rule, inputs);
    }

    private static void checkShape(int rows, int cols) {
        if (rows < 0 || cols < 0) {
            throw new IllegalArgumentException("Negative shape " + rows + "x" + cols);
        }
    }

    // ---------------------------------------------------------------- accessors

    /** Number of rows. */
    public int rows() {
        return rows;
    }

    /** Number of columns. */
    public int cols() {
        return cols;
    }

    /** Number of values, {@code rows * cols}. */
    public int size() {
        return data.length;
    }

    /** The value at row {@code r}, column {@code c}. */
    public double get(int r, int c) {
        if (r < 0 || r >= rows || c < 0 || c >= cols) {
            throw new IndexOutOfBoundsException("(" + r + ", " + c + ") is outside " + shape());
        }
        return data[r * cols + c];
    }

    /** The single value of a 1x1 tensor. */
    public double item() {
        if (rows != 1 || cols != 1) {
            throw new IllegalStateException("item() needs a 1x1 tensor, this is " + shape());
        }
        return data[0];
    }

    /** A copy of the values, row-major. */
    public double[] toArray() {
        return data.clone();
    }

    /** A copy of row {@code r}. */
    public double[] row(int r) {
        if (r < 0 || r >= rows) {
            throw new IndexOutOfBoundsException("Row " + r + " is outside " + shape());
        }
        return Arrays.copyOfRange(data, r * cols, (r + 1) * cols);
    }

    /** Whether gradients flow to this tensor: true for parameters and results computed from them. */
    public boolean requiresGrad() {
        return requiresGrad;
    }

    /**
     * The gradient accumulated by {@link #backward()} calls into this leaf, or null if none yet.
     * The returned tensor is live: later backward passes add to it and {@link #zeroGrad()}
     * clears it. Copy it ({@link #toArray()}) to keep a value.
     */
    public Tensor grad() {
        return grad;
    }

    /** Resets the accumulated gradient to zero (keeping its storage for the next pass). */
    public void zeroGrad() {
        if (grad != null) {
            Arrays.fill(grad.data, 0.0);
        }
    }

    /** A constant copy of the values, cut off from the graph: no gradient flows through it. */
    public Tensor detach() {
        return leaf(rows, cols, data.clone(), false);
    }

    /** A short description: shape, first values, and the operation that made it. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("Tensor ").append(shape()).append(" [");
        int shown = Math.min(data.length, 6);
        for (int i = 0; i < shown; i++) {
            text.append(i == 0 ? "" : ", ").append(data[i]);
        }
        text.append(data.length > shown ? ", ...]" : "]");
        if (requiresGrad) {
            text.append(parents.length == 0 ? " parameter" : " from " + operation);
        }
        return text.toString();
    }

    String shape() {
        return rows + "x" + cols;
    }

    Tensor[] parents() {
        return parents;
    }

    GradientRule rule() {
        return rule;
    }

    String operation() {
        return operation;
    }

    /**
     * Marks this result as a value that only the graph can reach (a hidden layer inside {@link
     * Mlp#forward}) and returns it. Once a plain backward pass has run this node's rule, it
     * recycles the array (see {@link ArrayPool}), and a later pass through the same node
     * fails with a clear message instead of reading reused memory. A pass whose gradients are
     * recorded ({@code createGraph}) clears the mark, since its gradient graph reads the value.
     */
    Tensor graphOnly() {
        graphOnly = true;
        return this;
    }

    boolean isGraphOnly() {
        return graphOnly;
    }

    /** Keeps the value for good: a recorded gradient graph reads it. */
    void keepValue() {
        graphOnly = false;
    }

    /** Hands the array to {@link ArrayPool}; only for {@link #graphOnly()} values a pass has used. */
    void release() {
        released = true;
        Kernels.ARRAYS.recycle(data);
    }

    boolean isReleased() {
        return released;
    }

    /** Adds {@code contribution} to this leaf's accumulated gradient (a detached copy). */
    void accumulateGrad(Tensor contribution) {
        if (grad == null) {
            grad = leaf(rows, cols, contribution.data.clone(), false);
        } else {
            double[] target = grad.data;
            double[] source = contribution.data;
            for (int i = 0; i < target.length; i++) {
                target[i] += source[i];
            }
        }
    }

    // ---------------------------------------------------------------- backward

    /**
     * Computes the gradient of this 1x1 tensor with respect to every leaf that
     * {@linkplain #requiresGrad() requires gradients} and adds it to that leaf's {@link #grad()}.
     * The graph is walked with an explicit stack, so very deep graphs are fine.
     *
     * <p>As in PyTorch, a backward pass uses up the hidden layers of the {@link Mlp}s it goes
     * through (their memory is reused): run the forward pass again before another backward pass
     * through the same network, or take every gradient you need from one pass. A second pass is
     * refused with an {@link IllegalStateException}, never computed from reused memory.
     *
     * @throws IllegalStateException if this tensor is not 1x1, or the graph's hidden layers were
     *         used up by an earlier backward pass
     */
    public void backward() {
        Backprop.accumulateIntoLeaves(this, null);
    }

    /**
     * Like {@link #backward()}, but only into the given parameters: no gradient work is spent
     * on any other leaf. A generator step uses it to leave the discriminator's weights (and
     * their {@code grad()}) alone: {@code loss.backward(generator.parameters())}.
     *
     * @param parameters leaves that require gradients, not null
     */
    public void backward(List<Tensor> parameters) {
        Objects.requireNonNull(parameters, "parameters");
        Backprop.accumulateIntoLeaves(this, parameters);
    }

    // ---------------------------------------------------------------- broadcasting binary ops

    /** Element-wise sum, broadcasting {@code other} (see the class comment). */
    public Tensor add(Tensor other) {
        Tensor a = this;
        return node(rows, cols, combine(other, ADD, "add"), "add",
                (i, g, out) -> i == 0 ? g : g.reduceTo(other.rows, other.cols), a, other);
    }

    /** Element-wise difference, broadcasting {@code other}. */
    public Tensor sub(Tensor other) {
        return node(rows, cols, combine(other, SUB, "sub"), "sub",
                (i, g, out) -> i == 0 ? g : g.neg().reduceTo(other.rows, other.cols), this, other);
    }

    /** Element-wise product, broadcasting {@code other}. */
    public Tensor mul(Tensor other) {
        Tensor a = this;
        return node(rows, cols, combine(other, MUL, "mul"), "mul",
                (i, g, out) -> i == 0 ? g.mul(other) : g.mul(a).reduceTo(other.rows, other.cols), a, other);
    }

    /** Element-wise quotient, broadcasting {@code other}. */
    public Tensor div(Tensor other) {
        Tensor a = this;
        return node(rows, cols, combine(other, DIV, "div"), "div",
                (i, g, out) -> i == 0
                        ? g.div(other)
                        : g.mul(a).div(other.square()).neg().reduceTo(other.rows, other.cols),
                a, other);
    }

    private static final int ADD = 0;
    private static final int SUB = 1;
    private static final int MUL = 2;
    private static final int DIV = 3;

    /** Applies a binary operation, reading {@code other} with strides that implement broadcasting. */
    private double[] combine(Tensor other, int op, String name) {
        Objects.requireNonNull(other, "other");
        int otherRowStride;
        int otherColStride;
        if (other.rows == rows && other.cols == cols) {
            otherRowStride = cols;
            otherColStride = 1;
        } else if (other.rows == 1 && other.cols == 1) {
            otherRowStride = 0;
            otherColStride = 0;
        } else if (other.rows == 1 && other.cols == cols) {
            otherRowStride = 0;
            otherColStride = 1;
        } else if (other.rows == rows && other.cols == 1) {
            otherRowStride = 1;
            otherColStride = 0;
        } else {
            throw new IllegalArgumentException("Cannot " + name + " a " + other.shape() + " tensor to a "
                    + shape() + " tensor: it must be " + shape() + ", 1x" + cols + ", " + rows + "x1 or 1x1");
        }
        double[] a = data;
        double[] b = other.data;
        double[] out = Kernels.ARRAYS.toOverwrite(a.length);
        for (int r = 0; r < rows; r++) {
            int i = r * cols;
            int j = r * otherRowStride;
            for (int c = 0; c < cols; c++, i++, j += otherColStride) {
                double x = a[i];
                double y = b[j];
                out[i] = switch (op) {
                    case ADD -> x + y;
                    case SUB -> x - y;
                    case MUL -> x * y;
                    default -> x / y;
                };
            }
        }
        return out;
    }

    /**
     * Sums a gradient of this tensor's shape down to a broadcast operand's shape (the backward
     * step of broadcasting).
     */
    Tensor reduceTo(int targetRows, int targetCols) {
        if (targetRows == rows && targetCols == cols) {
            return this;
        }
        if (targetRows == 1 && targetCols == 1) {
            return sum();
        }
        if (targetRows == 1) {
            return sumEachColumn();
        }
        return sumEachRow();
    }

    /**
     * Repeats this scalar, row vector or column vector to fill a {@code targetRows x targetCols}
     * tensor (the backward step of a reduction).
     */
    Tensor broadcastTo(int targetRows, int targetCols) {
        if (targetRows == rows && targetCols == cols) {
            return this;
        }
        double[] out = spreadOver(targetRows, targetCols);
        int fromRows = rows;
        int fromCols = cols;
        return node(targetRows, targetCols, out, "broadcast",
                (i, g, result) -> g.reduceTo(fromRows, fromCols), this);
    }

    /**
     * This scalar, row or column repeated over a {@code targetRows x targetCols} array: what adding
     * it to zeros of that shape gives ({@code 0.0 + x}, which turns -0.0 into 0.0, as that sum did),
     * without making the zeros.
     */
    private double[] spreadOver(int targetRows, int targetCols) {
        if (!((rows == 1 || rows == targetRows) && (cols == 1 || cols == targetCols))) {
            throw new IllegalArgumentException("Cannot spread a " + shape() + " tensor over " + targetRows + "x"
                    + targetCols);
        }
        int rowStride = rows == 1 ? 0 : cols;
        int colStride = cols == 1 ? 0 : 1;
        double[] out = Kernels.ARRAYS.toOverwrite(targetRows * targetCols);
        for (int r = 0, i = 0; r < targetRows; r++) {
            int j = r * rowStride;
            for (int c = 0; c < targetCols; c++, i++, j += colStride) {
                out[i] = 0.0 + data[j];
            }
        }
        return out;
    }

    // ---------------------------------------------------------------- scalar ops

    /** Adds a number to every value. */
    public Tensor add(double value) {
        double[] out = Kernels.ARRAYS.toOverwrite(data.length);
        for (int i = 0; i < out.length; i++) {
            out[i] = data[i] + value;
        }
        return node(rows, cols, out, "add", (i, g, result) -> g, this);
    }

    /** Multiplies every value by a number. */
    public Tensor mul(double factor) {
        double[] out = Kernels.ARRAYS.toOverwrite(data.length);
        for (int i = 0; i < out.length; i++) {
            out[i] = data[i] * factor;
        }
        return node(rows, cols, out, "mul", (i, g, result) -> g.mul(factor), this);
    }

    /** Negates every value. */
    public Tensor neg() {
        double[] out = Kernels.ARRAYS.toOverwrite(data.length);
        for (int i = 0; i < out.length; i++) {
            out[i] = -data[i];
        }
        return node(rows, cols, out, "neg", (i, g, result) -> g.neg(), this);
    }

    // ---------------------------------------------------------------- element-wise functions

    /** e to the power of each value. */
    public Tensor exp() {
        double[] out = Kernels.ARRAYS.toOverwrite(data.length);
        for (int i = 0; i < out.length; i++) {
            out[i] = Math.exp(data[i]);
        }
        return node(rows, cols, out, "exp", (i, g, result) -> g.mul(result), this);
    }

    /** Natural logarithm of each value. */
    public Tensor log() {
        double[] out = Kernels.ARRAYS.toOverwrite(data.length);
        for (int i = 0; i < out.length; i++) {
            out[i] = Math.log(data[i]);
        }
        Tensor x = this;
        return node(rows, cols, out, "log", (i, g, result) -> g.div(x), this);
    }

    /** Each value squared. */
    public Tensor square() {
        double[] out = Kernels.ARRAYS.toOverwrite(data.length);
        for (int i = 0; i < out.length; i++) {
            out[i] = data[i] * data[i];
        }
        Tensor x = this;
        return node(rows, cols, out, "square", (i, g, result) -> g.mul(x).mul(2.0), this);
    }

    /** Square root of each value. Its gradient is infinite at 0: add a small number first when needed. */
    public Tensor sqrt() {
        double[] out = Kernels.ARRAYS.toOverwrite(data.length);
        for (int i = 0; i < out.length; i++) {
            out[i] = Math.sqrt(data[i]);
        }
        return node(rows, cols, out, "sqrt", (i, g, result) -> g.div(result.mul(2.0)), this);
    }

    /** Absolute value of each value (gradient taken as 0 at 0). */
    public Tensor abs() {
        double[] out = Kernels.ARRAYS.toOverwrite(data.length);
        double[] sign = Kernels.ARRAYS.toOverwrite(data.length);
        for (int i = 0; i < out.length; i++) {
            out[i] = Math.abs(data[i]);
            sign[i] = Math.signum(data[i]);
        }
        Tensor slope = wrap(rows, cols, sign);
        return node(rows, cols, out, "abs", (i, g, result) -> g.mul(slope), this);
    }

    /** {@code max(0, x)} for each value; gradient 1 above zero and 0 elsewhere. */
    public Tensor relu() {
        return leakyRelu(0.0, "relu");
    }

    /** {@code x} above zero, {@code slope * x} below, for each value. */
    public Tensor leakyRelu(double slope) {
        return leakyRelu(slope, "leakyRelu");
    }

    private Tensor leakyRelu(double negativeSlope, String name) {
        double[] out = Kernels.ARRAYS.toOverwrite(data.length);
        Kernels.ELEMENTWISE.leakyRelu(data, negativeSlope, out);
        Tensor x = this;
        return node(rows, cols, out, name, (i, g, result) -> g.leakyReluGradient(x, negativeSlope), this);
    }

    /**
     * This gradient passed back through a leaky ReLU at {@code x}: kept where {@code x > 0},
     * multiplied by {@code slope} elsewhere. Linear in the gradient, with {@code x} a constant
     * (the slope is piecewise constant), so its own gradient is the same operation again and a
     * second derivative through a ReLU is 0, as it should be almost everywhere.
     */
    Tensor leakyReluGradient(Tensor x, double slope) {
        double[] out = Kernels.ARRAYS.toOverwrite(data.length);
        Kernels.ELEMENTWISE.leakyReluGradient(data, x.data, slope, out);
        return node(rows, cols, out, "leakyReluGradient", (i, g, result) -> g.leakyReluGradient(x, slope), this);
    }

    /** Hyperbolic tangent of each value. */
    public Tensor tanh() {
        double[] out = Kernels.ARRAYS.toOverwrite(data.length);
        for (int i = 0; i < out.length; i++) {
            out[i] = Math.tanh(data[i]);
        }
        // d tanh = 1 - tanh^2
        return node(rows, cols, out, "tanh", (i, g, result) -> g.mul(result.square().neg().add(1.0)), this);
    }

    /** Logistic function {@code 1 / (1 + e^-x)} of each value, computed without overflow. */
    public Tensor sigmoid() {
        double[] out = Kernels.ARRAYS.toOverwrite(data.length);
        for (int i = 0; i < out.length; i++) {
            out[i] = Scalars.sigmoid(data[i]);
        }
        // d sigmoid = sigmoid * (1 - sigmoid)
        return node(rows, cols, out, "sigmoid",
                (i, g, result) -> g.mul(result.mul(result.neg().add(1.0))), this);
    }

    /** {@code log(1 + e^x)} of each value, computed without overflow. */
    public Tensor softplus() {
        double[] out = Kernels.ARRAYS.toOverwrite(data.length);
        for (int i = 0; i < out.length; i++) {
            out[i] = Scalars.softplus(data[i]);
        }
        Tensor x = this;
        return node(rows, cols, out, "softplus", (i, g, result) -> g.mul(x.sigmoid()), this);
    }

    /** {@code log(sigmoid(x))} of each value, computed as {@code -softplus(-x)} so it stays finite. */
    public Tensor logSigmoid() {
        double[] out = Kernels.ARRAYS.toOverwrite(data.length);
        for (int i = 0; i < out.length; i++) {
            out[i] = -Scalars.softplus(-data[i]);
        }
        Tensor x = this;
        // d log sigmoid(x) = 1 - sigmoid(x) = sigmoid(-x)
        return node(rows, cols, out, "logSigmoid", (i, g, result) -> g.mul(x.neg().sigmoid()), this);
    }

    /** Each value limited to {@code [lo, hi]}; gradient 1 inside, 0 where clamped. */
    public Tensor clamp(double lo, double hi) {
        if (!(lo <= hi)) {
            throw new IllegalArgumentException("clamp needs lo <= hi, got " + lo + " > " + hi);
        }
        double[] out = Kernels.ARRAYS.toOverwrite(data.length);
        double[] inside = Kernels.ARRAYS.toOverwrite(data.length);
        for (int i = 0; i < out.length; i++) {
            double x = data[i];
            out[i] = Math.min(hi, Math.max(lo, x));
            inside[i] = x >= lo && x <= hi ? 1.0 : 0.0;
        }
        Tensor mask = wrap(rows, cols, inside);
        return node(rows, cols, out, "clamp", (i, g, result) -> g.mul(mask), this);
    }

    /** Each value to the power {@code exponent}. */
    public Tensor pow(double exponent) {
        double[] out = Kernels.ARRAYS.toOverwrite(data.length);
        for (int i = 0; i < out.length; i++) {
            out[i] = Math.pow(data[i], exponent);
        }
        Tensor x = this;
        return node(rows, cols, out, "pow",
                (i, g, result) -> g.mul(x.pow(exponent - 1.0).mul(exponent)), this);
    }

    // ---------------------------------------------------------------- matrix ops

    /** The transposed tensor, {@code cols x rows}. */
    public Tensor transpose() {
        double[] out = Kernels.ARRAYS.toOverwrite(data.length);
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                out[c * rows + r] = data[r * cols + c];
            }
        }
        return node(cols, rows, out, "transpose", (i, g, result) -> g.transpose(), this);
    }

    /**
     * The matrix product {@code this * other}: {@code (rows x k) * (k x n) = rows x n}.
     */
    public Tensor matmul(Tensor other) {
        Objects.requireNonNull(other, "other");
        if (cols != other.rows) {
            throw new IllegalArgumentException("Cannot multiply " + shape() + " by " + other.shape()
                    + ": the first has " + cols + " columns, the second " + other.rows + " rows");
        }
        double[] out = Kernels.ARRAYS.toOverwrite(rows * other.cols);
        Kernels.MATMUL.multiply(data, other.data, out, rows, cols, other.cols);
        Tensor a = this;
        // C = A B:  dA = G B^T,  dB = A^T G
        return node(rows, other.cols, out, "matmul",
                (i, g, result) -> i == 0 ? g.matmulTransposeB(other) : a.transposeMatmul(g), a, other);
    }

    /** {@code this * other^T} without building the transpose; {@code other} is {@code n x cols}. */
    Tensor matmulTransposeB(Tensor other) {
        if (cols != other.cols) {
            throw new IllegalArgumentException("Cannot multiply " + shape() + " by the transpose of "
                    + other.shape());
        }
        double[] out = Kernels.ARRAYS.toOverwrite(rows * other.rows);
        Kernels.MATMUL.multiplyTransposeB(data, other.data, out, rows, cols, other.rows);
        Tensor a = this;
        // C = A B^T:  dA = G B,  dB = G^T A
        return node(rows, other.rows, out, "matmulTransposeB",
                (i, g, result) -> i == 0 ? g.matmul(other) : g.transposeMatmul(a), a, other);
    }

    /** {@code this^T * other} without building the transpose; {@code other} is {@code rows x n}. */
    Tensor transposeMatmul(Tensor other) {
        if (rows != other.rows) {
            throw new IllegalArgumentException("Cannot multiply the transpose of " + shape() + " by "
                    + other.shape());
        }
        double[] out = Kernels.ARRAYS.toOverwrite(cols * other.cols);
        Kernels.MATMUL.multiplyTransposeA(data, other.data, out, rows, cols, other.cols);
        Tensor a = this;
        // C = A^T B:  dA = B G^T,  dB = A G
        return node(cols, other.cols, out, "transposeMatmul",
                (i, g, result) -> i == 0 ? other.matmulTransposeB(g) : a.matmul(g), a, other);
    }

    // ---------------------------------------------------------------- reductions

    /** Sum of all values, as a 1x1 tensor. */
    public Tensor sum() {
        double total = 0.0;
        for (double v : data) {
            total += v;
        }
        int r = rows;
        int c = cols;
        return node(1, 1, new double[] {total}, "sum", (i, g, result) -> g.broadcastTo(r, c), this);
    }

    /** Mean of all values, as a 1x1 tensor. */
    public Tensor mean() {
        double total = 0.0;
        for (double v : data) {
            total += v;
        }
        int r = rows;
        int c = cols;
        double scale = 1.0 / data.length;
        return node(1, 1, new double[] {total * scale}, "mean",
                (i, g, result) -> g.mul(scale).broadcastTo(r, c), this);
    }

    /** The sum of each row, as a {@code rows x 1} column. */
    public Tensor sumEachRow() {
        return rowTotals(1.0, "sumEachRow");
    }

    /** The mean of each row, as a {@code rows x 1} column. */
    public Tensor meanEachRow() {
        return rowTotals(1.0 / cols, "meanEachRow");
    }

    private Tensor rowTotals(double scale, String name) {
        double[] out = Kernels.ARRAYS.toOverwrite(rows);
        for (int r = 0; r < rows; r++) {
            double total = 0.0;
            for (int c = 0, i = r * cols; c < cols; c++, i++) {
                total += data[i];
            }
            out[r] = total * scale;
        }
        int c = cols;
        return node(rows, 1, out, name, (i, g, result) -> scaled(g, scale).broadcastTo(rows, c), this);
    }

    /** The sum of each column, as a {@code 1 x cols} row. */
    public Tensor sumEachColumn() {
        return columnTotals(1.0, "sumEachColumn");
    }

    /** The mean of each column, as a {@code 1 x cols} row. */
    public Tensor meanEachColumn() {
        return columnTotals(1.0 / rows, "meanEachColumn");
    }

    private Tensor columnTotals(double scale, String name) {
        double[] out = Kernels.ARRAYS.zeroed(cols);
        for (int r = 0; r < rows; r++) {
            int row = r * cols;
            for (int c = 0; c < cols; c++) {
                out[c] += data[row + c];
            }
        }
        if (scale != 1.0) {
            for (int c = 0; c < cols; c++) {
                out[c] *= scale;
            }
        }
        int r = rows;
        return node(1, cols, out, name, (i, g, result) -> scaled(g, scale).broadcastTo(r, cols), this);
    }

    private static Tensor scaled(Tensor g, double scale) {
        return scale == 1.0 ? g : g.mul(scale);
    }

    // ---------------------------------------------------------------- joining and slicing

    /**
     * Places tensors side by side: all must have the same number of rows.
     *
     * @param parts at least one tensor, none null
     */
    public static Tensor concatColumns(Tensor... parts) {
        checkParts(parts);
        int rows = parts[0].rows;
        int totalCols = 0;
        for (Tensor part : parts) {
            if (part.rows != rows) {
                throw new IllegalArgumentException("concatColumns needs equal row counts, got "
                        + parts[0].shape() + " and " + part.shape());
            }
            totalCols += part.cols;
        }
        double[] out = Kernels.ARRAYS.toOverwrite(rows * totalCols);
        int[] offsets = new int[parts.length];
        int offset = 0;
        for (int p = 0; p < parts.length; p++) {
            Tensor part = parts[p];
            offsets[p] = offset;
            for (int r = 0; r < rows; r++) {
                System.arraycopy(part.data, r * part.cols, out, r * totalCols + offset, part.cols);
            }
            offset += part.cols;
        }
        Tensor[] inputs = parts.clone();
        return node(rows, totalCols, out, "concatColumns",
                (i, g, result) -> g.sliceColumns(offsets[i], offsets[i] + inputs[i].cols), inputs);
    }

    /**
     * Stacks tensors on top of each other: all must have the same number of columns.
     *
     * @param parts at least one tensor, none null
     */
    public static Tensor concatRows(Tensor... parts) {
        checkParts(parts);
        int cols = parts[0].cols;
        int totalRows = 0;
        for (Tensor part : parts) {
            if (part.cols != cols) {
                throw new IllegalArgumentException("concatRows needs equal column counts, got "
                        + parts[0].shape() + " and " + part.shape());
            }
            totalRows += part.rows;
        }
        double[] out = Kernels.ARRAYS.toOverwrite(totalRows * cols);
        int[] offsets = new int[parts.length];
        int offset = 0;
        for (int p = 0; p < parts.length; p++) {
            offsets[p] = offset;
            System.arraycopy(parts[p].data, 0, out, offset * cols, parts[p].data.length);
            offset += parts[p].rows;
        }
        Tensor[] inputs = parts.clone();
        return node(totalRows, cols, out, "concatRows",
                (i, g, result) -> g.sliceRows(offsets[i], offsets[i] + inputs[i].rows), inputs);
    }

    private static void checkParts(Tensor[] parts) {
        Objects.requireNonNull(parts, "parts");
        if (parts.length == 0) {
            throw new IllegalArgumentException("Nothing to concatenate");
        }
        for (Tensor part : parts) {
            Objects.requireNonNull(part, "part");
        }
    }

    /** Rows {@code from} (inclusive) to {@code to} (exclusive). */
    public Tensor sliceRows(int from, int to) {
        if (from < 0 || to > rows || from > to) {
            throw new IndexOutOfBoundsException("Rows [" + from + ", " + to + ") of " + shape());
        }
        double[] out = Arrays.copyOfRange(data, from * cols, to * cols);
        int totalRows = rows;
        return node(to - from, cols, out, "sliceRows", (i, g, result) -> {
            // The gradient of the rows that were cut away is zero.
            Tensor above = Tensor.zeros(from, g.cols);
            Tensor below = Tensor.zeros(totalRows - to, g.cols);
            return concatRows(above, g, below);
        }, this);
    }

    /** Columns {@code from} (inclusive) to {@code to} (exclusive). */
    Tensor sliceColumns(int from, int to) {
        if (from < 0 || to > cols || from > to) {
            throw new IndexOutOfBoundsException("Columns [" + from + ", " + to + ") of " + shape());
        }
        int width = to - from;
        double[] out = Kernels.ARRAYS.toOverwrite(rows * width);
        for (int r = 0; r < rows; r++) {
            System.arraycopy(data, r * cols + from, out, r * width, width);
        }
        int totalCols = cols;
        return node(rows, width, out, "sliceColumns", (i, g, result) -> {
            Tensor left = Tensor.zeros(g.rows, from);
            Tensor right = Tensor.zeros(g.rows, totalCols - to);
            return concatColumns(left, g, right);
        }, this);
    }

    /**
     * The rows at the given indices, in that order (an index may repeat).
     *
     * @param indices row numbers in {@code [0, rows)}, not null
     */
    public Tensor selectRows(int[] indices) {
        Objects.requireNonNull(indices, "indices");
        int[] chosen = indices.clone();
        double[] out = Kernels.ARRAYS.toOverwrite(chosen.length * cols);
        for (int k = 0; k < chosen.length; k++) {
            int r = chosen[k];
            if (r < 0 || r >= rows) {
                throw new IndexOutOfBoundsException("Row " + r + " is outside " + shape());
            }
            System.arraycopy(data, r * cols, out, k * cols, cols);
        }
        int totalRows = rows;
        return node(chosen.length, cols, out, "selectRows",
                (i, g, result) -> g.scatterRows(chosen, totalRows), this);
    }

    /**
     * A {@code totalRows x cols} tensor of zeros with row {@code k} of this tensor added into row
     * {@code indices[k]} (the backward step of {@link #selectRows}).
     */
    Tensor scatterRows(int[] indices, int totalRows) {
        double[] out = Kernels.ARRAYS.zeroed(totalRows * cols);
        for (int k = 0; k < indices.length; k++) {
            int target = indices[k] * cols;
            for (int c = 0; c < cols; c++) {
                out[target + c] += data[k * cols + c];
            }
        }
        return node(totalRows, cols, out, "scatterRows", (i, g, result) -> g.selectRows(indices), this);
    }
}
