package org.gansim.app.experiment;

/**
 * An experiment or lesson file that cannot be opened: the message is one sentence naming the file,
 * the place in it (a JSON path such as {@code $.params["variant.lr_d"]}) and what is wrong.
 */
public final class BadExperimentException extends Exception {

    private static final long serialVersionUID = 1L;

    public BadExperimentException(String sentence) {
        super(sentence);
    }

    public BadExperimentException(String sentence, Throwable cause) {
        super(sentence, cause);
    }
}
