package org.gansim.variants.conditional;

import org.gansim.api.param.Params;
import org.gansim.api.FrozenGan;
import org.gansim.api.GanSetup;
import org.gansim.api.support.CrossEntropyGan;
import org.gansim.api.support.NetworkShape;

/**
 * The conditional GAN's training: the vanilla cross-entropy losses on networks that see the label.
 * Its frozen copies generate only the class chosen in {@link ConditionalVariant#SHOW_CLASS}, when one
 * is. Used by one training thread only.
 */
final class ConditionalGan extends CrossEntropyGan {

    ConditionalGan(GanSetup setup) {
        super(setup, new NetworkShape(true, 1, true));
        checkShownClass(setup.params());
    }

    @Override
    public void updateParams(Params params) {
        checkShownClass(params);
        super.updateParams(params);
    }

    private void checkShownClass(Params params) {
        int shown = params.getInt(ConditionalVariant.SHOW_CLASS);
        if (shown >= setup.classes()) {
            throw new IllegalArgumentException(ConditionalVariant.SHOW_CLASS + " must be -1 (every class) or a class"
                    + " from 0 to " + (setup.classes() - 1) + " of this target, got " + shown);
        }
    }

    @Override
    public FrozenGan freeze() {
        FrozenGan frozen = super.freeze();
        int shown = params().getInt(ConditionalVariant.SHOW_CLASS);
        return shown < 0 ? frozen : new OneClassGenerator(frozen, shown);
    }
}
