package org.gansim.app.grading;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One line the grading JVM writes as it goes, so the grader knows what had finished, and what was
 * running, when a submission ended that JVM or ran out of time.
 *
 * @param started an item about to run, or null
 * @param item    an item that finished, or null
 * @param passed  whether it passed (with {@code item})
 * @param message why it failed (with {@code item})
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record ProgressLine(@JsonProperty("started") String started, @JsonProperty("item") String item,
                    @JsonProperty("passed") Boolean passed, @JsonProperty("message") String message) {

    static ProgressLine started(String item) {
        return new ProgressLine(item, null, null, null);
    }

    static ProgressLine finished(String item, boolean passed, String message) {
        return new ProgressLine(null, item, passed, message);
    }
}
