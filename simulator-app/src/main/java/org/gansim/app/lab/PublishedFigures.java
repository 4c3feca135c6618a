package org.gansim.app.lab;

import java.util.List;
import org.gansim.app.lab.ModeSummary.Estimate;

/**
 * The published rows of the two tables GanSim's {@code bench modes} reproduces, read from the papers:
 *
 * <ul>
 *   <li>PacGAN (Lin, Khetan, Fanti and Oh, NeurIPS 2018), Table 1: 2D-ring and 2D-grid, modes
 *       captured, high-quality samples and reverse KL, means over 10 trials with standard errors.
 *       Settings from the authors' code (github.com/fjxmlzn/PacGAN, synthetic_data_experiments):
 *       G 4 x 400 ReLU with batch normalisation, D 3 x 200 maxout (5 pieces), Adam at 1e-4 with
 *       beta1 0.8, batch 100, 400 epochs of 100,000 samples (400,000 steps), latent 2-D Gaussian,
 *       2,500 samples measured.</li>
 *   <li>VEEGAN (Srivastava, Valkov, Russell, Gutmann and Sutton, NeurIPS 2017), Table 1: 2D ring and
 *       2D grid, modes captured and percent high-quality samples (no reverse KL), means over five
 *       runs without errors, 2,500 samples measured.</li>
 * </ul>
 * WGAN-GP appears in neither table.
 */
public final class PublishedFigures {

    /** Where a row comes from. */
    public static final String PACGAN = "PacGAN (Lin et al. 2018) Table 1";
    public static final String VEEGAN = "VEEGAN (Srivastava et al. 2017) Table 1";

    /**
     * One published row.
     *
     * @param variant the GanSim variant it corresponds to, or empty when none does
     * @param source  the paper and table
     * @param figures the ring's and the grid's figures
     */
    public record Row(String variant, String source, ModeSummary ring, ModeSummary grid) {
    }

    private PublishedFigures() {
    }

    /** Every published row, those with a GanSim counterpart first. */
    public static List<Row> rows() {
        return List.of(
                pacgan("vanilla", "GAN", 6.3, 0.5, 98.2, 0.2, 0.45, 0.09, 17.3, 0.8, 94.8, 0.7, 0.70, 0.07),
                veegan("vanilla", "GAN", 1, 99.3, 3.3, 0.5),
                pacgan("pacgan", "PacGAN2", 7.9, 0.1, 95.6, 2.0, 0.07, 0.03, 23.8, 0.7, 91.3, 0.8, 0.13, 0.04),
                pacgan("", "PacGAN3", 7.8, 0.1, 97.7, 0.3, 0.10, 0.02, 24.6, 0.4, 94.2, 0.4, 0.06, 0.02),
                pacgan("", "PacGAN4", 7.8, 0.1, 95.9, 1.4, 0.07, 0.02, 24.8, 0.2, 93.6, 0.6, 0.04, 0.01),
                pacgan("", "ALI", 6.6, 0.3, 97.6, 0.4, 0.36, 0.04, 24.1, 0.4, 95.7, 0.6, 0.14, 0.03),
                veegan("", "ALI", 2.8, 0.13, 15.8, 1.6),
                veegan("", "Unrolled GAN", 7.6, 35.6, 23.6, 16),
                veegan("", "VEEGAN", 8, 52.9, 24.6, 40));
    }

    private static Row pacgan(String variant, String method, double rm, double rme, double rq, double rqe, double rk,
                              double rke, double gm, double gme, double gq, double gqe, double gk, double gke) {
        return new Row(variant, PACGAN,
                new ModeSummary(method, "ring8", 10, ModeBenchmark.PAPER_STEPS, 8, new Estimate(rm, rme),
                        new Estimate(rq, rqe), new Estimate(rk, rke), 0),
                new ModeSummary(method, "grid25", 10, ModeBenchmark.PAPER_STEPS, 25, new Estimate(gm, gme),
                        new Estimate(gq, gqe), new Estimate(gk, gke), 0));
    }

    private static Row veegan(String variant, String method, double rm, double rq, double gm, double gq) {
        Estimate none = Estimate.meanOnly(Double.NaN);
        return new Row(variant, VEEGAN,
                new ModeSummary(method, "ring8", 5, 0, 8, Estimate.meanOnly(rm), Estimate.meanOnly(rq), none, 0),
                new ModeSummary(method, "grid25", 5, 0, 25, Estimate.meanOnly(gm), Estimate.meanOnly(gq), none, 0));
    }
}
