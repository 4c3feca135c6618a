package org.gansim.app.ui;

import org.gansim.app.lesson.LessonLibrary;

/** How many built-in lessons there are, for window tests outside the lesson package. */
final class LessonLibraryAccess {

    private LessonLibraryAccess() {
    }

    static int builtInCount() {
        return LessonLibrary.builtIn().size();
    }
}
