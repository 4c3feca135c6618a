package org.gansim.app.grading;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.gansim.api.testkit.Check;
import org.gansim.api.testkit.GanVariantChecks;
import org.gansim.api.testkit.TargetDistributionChecks;
import org.gansim.api.testkit.VisualizationChecks;
import org.gansim.app.plugins.PluginJarCheck;

/**
 * Every item a rubric grades, in gradebook order, the same for every submission: the denominators
 * never depend on what a submission managed to load.
 *
 * <p>Stateless; any thread.
 */
public final class GradingPlan {

    /** The check every submission gets: grading ends with no thread of the submission still running. */
    public static final String NO_THREADS = "leaves no threads running";

    private GradingPlan() {
    }

    /** The names of the contract checks of one kind of plugin, the host's load check first. */
    public static List<String> contractChecks(String kind) {
        List<String> names = new ArrayList<>();
        names.add(PluginJarCheck.LOADS);
        List<? extends Check<?>> checks = switch (kind.toLowerCase(Locale.ROOT)) {
            case "target" -> TargetDistributionChecks.all();
            case "variant" -> GanVariantChecks.all();
            case "view" -> VisualizationChecks.all();
            default -> throw new IllegalArgumentException("unknown plugin kind " + kind);
        };
        checks.forEach(check -> names.add(check.name()));
        return names;
    }

    /** "variant hw3-hinge: creates a GAN from the defaults". */
    public static String itemName(Rubric.Provided provided, String check) {
        return provided.kind().toLowerCase(Locale.ROOT) + " " + provided.id() + ": " + check;
    }

    /** "extra: ring8 modes". */
    public static String itemName(Rubric.ExtraCheck check) {
        return "extra: " + check.name();
    }

    /** "teacher test: HingeTests.generatorLossAtZero()". */
    public static String teacherTestName(String test) {
        return "teacher test: " + test;
    }

    /**
     * The items of a rubric.
     *
     * @param rubric       the rubric
     * @param teacherTests the teacher's tests found in their jar (empty without one)
     */
    public static List<GradedItem> items(Rubric rubric, List<String> teacherTests) {
        List<GradedItem> items = new ArrayList<>();
        for (Rubric.Provided provided : rubric.provides()) {
            for (String check : contractChecks(provided.kind())) {
                items.add(new GradedItem(itemName(provided, check), rubric.pointsOf(check)));
            }
        }
        for (Rubric.ExtraCheck extra : rubric.extraChecks()) {
            items.add(new GradedItem(itemName(extra), extra.points()));
        }
        for (String test : teacherTests) {
            items.add(new GradedItem(teacherTestName(test), rubric.teacherTests().pointsPerTest()));
        }
        items.add(new GradedItem(NO_THREADS, rubric.threadPoints()));
        return List.copyOf(items);
    }
}
