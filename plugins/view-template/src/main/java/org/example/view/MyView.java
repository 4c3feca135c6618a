package org.example.view;

import org.gansim.api.ApiVersion;
import org.gansim.api.View;
import org.gansim.api.ViewContext;
import org.gansim.api.Visualization;

/**
 * A view of training: the real points and the generator's points on the plane, as GanSim's
 * Views menu lists it. GanSim creates this class through its public constructor (it is listed in
 * {@code META-INF/services/org.gansim.api.Visualization}) and may call it from any thread, so it
 * keeps no state: each window panel is a {@link MyPanel} of its own.
 *
 * <p>This class is complete: the work is in {@link MyPanel}.
 */
public final class MyView implements Visualization {

    /** The id GanSim and the grader know the view by. */
    @Override
    public String id() {
        return "my-view";
    }

    @Override
    public int apiVersion() {
        // Baked in when compiling: GanSim refuses a plugin built for an API it does not speak.
        return ApiVersion.CURRENT;
    }

    @Override
    public String name() {
        return "Points (my view)";
    }

    @Override
    public String description() {
        return "The real points in grey and the generated points in red, on the target's plot bounds.";
    }

    /** The panel draws two coordinates: it shows 2-D data only. */
    @Override
    public boolean supports(ViewContext context) {
        return context.dataDim() == 2;
    }

    /** Called on the Swing event thread, once per panel the user opens. */
    @Override
    public View create(ViewContext context) {
        return new MyPanel(context.bounds());
    }
}
