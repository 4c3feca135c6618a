package org.gansim.api;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Everything a live {@link Gan} has learned and accumulated, as named arrays: the weights of both
 * networks, the optimizers' running state and the position of any random stream used inside steps.
 * A GAN built from the same {@link GanSetup} and given this state continues exactly as the saved one
 * would have.
 *
 * <p>Added in API 2, for experiments saved with their networks (a class starting from a trained GAN).
 * The names are the variant's own business; the host only stores and returns them.
 *
 * @param numbers  real-valued arrays (weights, optimizer moments), by name
 * @param integers integer arrays (random stream positions), by name
 * @since 2
 */
public record GanState(Map<String, double[]> numbers, Map<String, long[]> integers) {

    public GanState {
        numbers = copy(numbers);
        integers = copy(integers);
    }

    private static <T> Map<String, T> copy(Map<String, T> map) {
        return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }

    /**
     * The array named {@code name}.
     *
     * @throws IllegalArgumentException naming it when the state has none
     */
    public double[] number(String name) {
        double[] found = numbers.get(name);
        if (found == null) {
            throw new IllegalArgumentException("The saved network state has no '" + name + "'");
        }
        return found;
    }

    /**
     * The integer array named {@code name}.
     *
     * @throws IllegalArgumentException naming it when the state has none
     */
    public long[] integer(String name) {
        long[] found = integers.get(name);
        if (found == null) {
            throw new IllegalArgumentException("The saved network state has no '" + name + "'");
        }
        return found;
    }
}
