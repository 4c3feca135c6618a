package org.gansim.app.lesson;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.gansim.app.experiment.BadExperimentException;
import org.gansim.app.experiment.Experiment;
import org.gansim.app.experiment.PluginRef;

/**
 * Reads the lesson file format ({@value #FORMAT}, version {@value #VERSION}), described for teachers in
 * docs/writing-lessons.md. A problem is one sentence naming the file and the JSON path. Stateless.
 */
public final class LessonJson {

    public static final String FORMAT = "gansim-lesson";
    public static final int VERSION = 1;

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private LessonJson() {
    }

    /**
     * @param source the file's name, for messages
     * @throws BadExperimentException one sentence naming the file, the place and the problem
     */
    public static Lesson read(String text, String source) throws BadExperimentException {
        JsonNode root;
        try {
            root = MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            var where = e.getLocation();
            String first = String.valueOf(e.getOriginalMessage()).lines().findFirst().orElse("unreadable").strip();
            throw new BadExperimentException(source + " is not valid JSON" + (where == null ? "" : " (line "
                    + where.getLineNr() + ", column " + where.getColumnNr() + ")") + ": "
                    + first.replaceAll("\\.$", "") + ".", e);
        }
        Paths p = new Paths(source);
        p.object(root, "$");
        if (!FORMAT.equals(p.text(root, "$", "format"))) {
            throw p.bad("$.format", "must be '" + FORMAT + "'");
        }
        long version = p.whole(root, "$", "version");
        if (version > VERSION) {
            throw new BadExperimentException(source + " was written for a newer GanSim (lesson format version "
                    + version + " at $.version; this one reads up to " + VERSION + ").");
        }
        String title = p.text(root, "$", "title");
        String summary = root.has("summary") ? p.text(root, "$", "summary") : "";
        JsonNode exp = p.object(p.field(root, "$", "experiment"), "$.experiment");
        Map<String, Object> params = new LinkedHashMap<>();
        if (exp.has("params")) {
            p.object(exp.get("params"), "$.experiment.params");
            for (Iterator<Map.Entry<String, JsonNode>> it = exp.get("params").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                params.put(e.getKey(), p.value(e.getValue(), "$.experiment.params[\"" + e.getKey() + "\"]"));
            }
        }
        List<PluginRef> views = new ArrayList<>();
        if (exp.has("views")) {
            JsonNode list = exp.get("views");
            if (!list.isArray()) {
                throw p.bad("$.experiment.views", "must be a list of view ids in brackets [ ]");
            }
            for (int i = 0; i < list.size(); i++) {
                if (!list.get(i).isTextual()) {
                    throw p.bad("$.experiment.views[" + i + "]", "must be a view id in quotes");
                }
                views.add(new PluginRef(list.get(i).asText(), ""));
            }
        }
        Experiment experiment = new Experiment(title, new PluginRef(p.text(exp, "$.experiment", "target"), ""),
                new PluginRef(p.text(exp, "$.experiment", "variant"), ""), views, List.of(), params,
                exp.has("seed") ? p.whole(exp, "$.experiment", "seed") : 1, 0, null);
        JsonNode stepArray = p.field(root, "$", "steps");
        if (!stepArray.isArray() || stepArray.isEmpty()) {
            throw p.bad("$.steps", "must be a list of at least one step in brackets [ ]");
        }
        List<LessonStep> steps = new ArrayList<>();
        for (int i = 0; i < stepArray.size(); i++) {
            steps.add(step(stepArray.get(i), "$.steps[" + i + "]", p));
        }
        return new Lesson(title, summary, experiment, steps, source);
    }

    private static LessonStep step(JsonNode node, String path, Paths p) throws BadExperimentException {
        p.object(node, path);
        String text = p.text(node, path, "text");
        Map<String, String> set = new LinkedHashMap<>();
        if (node.has("set")) {
            p.object(node.get("set"), path + ".set");
            for (Iterator<Map.Entry<String, JsonNode>> it = node.get("set").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                set.put(e.getKey(), p.value(e.getValue(), path + ".set[\"" + e.getKey() + "\"]"));
            }
        }
        long train = node.has("train") ? p.whole(node, path, "train") : 0;
        if (train < 0) {
            throw p.bad(path + ".train", "must be 0 or more");
        }
        Optional<LessonCheck> check = Optional.empty();
        if (node.has("check")) {
            String at = path + ".check";
            JsonNode c = p.object(node.get("check"), at);
            double least = c.has("at_least") ? p.number(c, at, "at_least") : Double.NaN;
            double most = c.has("at_most") ? p.number(c, at, "at_most") : Double.NaN;
            if (Double.isNaN(least) && Double.isNaN(most)) {
                throw p.bad(at, "needs at_least, at_most or both");
            }
            check = Optional.of(new LessonCheck(p.text(c, at, "metric"), least, most,
                    c.has("says") ? p.text(c, at, "says") : ""));
        }
        return new LessonStep(text, set, train, check);
    }

    /** Field access that names the JSON path of whatever is wrong. */
    private record Paths(String source) {

        JsonNode field(JsonNode node, String path, String key) throws BadExperimentException {
            JsonNode v = node.get(key);
            if (v == null || v.isNull()) {
                throw bad(path + "." + key, "is missing");
            }
            return v;
        }

        String text(JsonNode node, String path, String key) throws BadExperimentException {
            JsonNode v = field(node, path, key);
            if (!v.isTextual()) {
                throw bad(path + "." + key, "must be text in quotes");
            }
            return v.asText();
        }

        long whole(JsonNode node, String path, String key) throws BadExperimentException {
            JsonNode v = field(node, path, key);
            if (!v.isIntegralNumber() || !v.canConvertToLong()) {
                throw bad(path + "." + key, "must be a whole number");
            }
            return v.longValue();
        }

        double number(JsonNode node, String path, String key) throws BadExperimentException {
            JsonNode v = field(node, path, key);
            if (!v.isNumber()) {
                throw bad(path + "." + key, "must be a number");
            }
            return v.doubleValue();
        }

        /** A parameter value as the text a user would type: 2e-4, minimax, 64,64, true. */
        String value(JsonNode v, String path) throws BadExperimentException {
            if (v.isArray()) {
                return StreamSupport.stream(v.spliterator(), false).map(JsonNode::asText)
                        .collect(Collectors.joining(","));
            }
            if (v.isValueNode() && !v.isNull()) {
                return v.asText();
            }
            throw bad(path, "must be a number, text, true or false, or a list of numbers");
        }

        JsonNode object(JsonNode node, String path) throws BadExperimentException {
            if (!node.isObject()) {
                throw bad(path, "must be an object in braces { }");
            }
            return node;
        }

        BadExperimentException bad(String path, String problem) {
            return new BadExperimentException(source + ": " + path + " " + problem + ".");
        }
    }
}
