package org.gansim.app.experiment;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gansim.api.GanState;
import org.gansim.api.History;
import org.gansim.api.StepReport;
import org.gansim.app.session.SavedRun;

/**
 * The experiment file format, {@value #FORMAT} version {@value #VERSION}: JSON a person can read and
 * edit, except the networks, whose numbers are kept as Base64 of their exact bits (decimal text
 * would be long and, written carelessly, rounded).
 *
 * <pre>{@code
 * {"format": "gansim-experiment", "version": 1, "name": "Ring of eight",
 *  "target": {"id": "ring8", "version": "1.0"}, "variant": {"id": "vanilla", "version": "1.0"},
 *  "views": [{"id": "scatter", "version": "1.0"}],
 *  "layout": {"hidden_views": [], "view_settings": {"scatter": {"layers": "real,generated", "points": "500"}}},
 *  "seed": 1, "steps": 2000, "params": {"variant.lr_d": 2.0E-4, "model.g_hidden": [64, 64], ...},
 *  "run": {"steps": 2000, "data_stream": [..], "latent_stream": [..],
 *          "networks": {"numbers": {"generator": "Base64..."}, "integers": {"step_random": [..]}},
 *          "history": {"stride": 1, "steps": [1, 2, ..], "series": {"d_loss": "Base64...", ..}}}}
 * }</pre>
 *
 * <p>{@code run.history} (the charts' step reports; optional, NaN where a step did not report a
 * value) lets a reopened run's charts go on where they were.
 *
 * <p>Reading checks the shape of everything and refuses with one sentence naming the JSON path;
 * whether the plugins exist and take the values is {@link ExperimentSetup}'s part. Stateless.
 */
public final class ExperimentJson {

    /** The format name every experiment file starts with. */
    public static final String FORMAT = "gansim-experiment";
    /** The newest format version this program reads and the one it writes. */
    public static final int VERSION = 1;

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private ExperimentJson() {
    }

    /** The experiment as the text of a file. */
    public static String write(Experiment experiment) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", FORMAT);
        root.put("version", VERSION);
        root.put("name", experiment.name());
        root.set("target", ref(experiment.target()));
        root.set("variant", ref(experiment.variant()));
        ArrayNode views = root.putArray("views");
        experiment.views().forEach(v -> views.add(ref(v)));
        ObjectNode layout = root.putObject("layout");
        ArrayNode hidden = layout.putArray("hidden_views");
        experiment.hiddenViews().forEach(hidden::add);
        if (!experiment.viewSettings().isEmpty()) {
            ObjectNode byView = layout.putObject("view_settings");
            experiment.viewSettings().forEach((id, own) -> {
                ObjectNode node = byView.putObject(id);
                own.forEach(node::put);
            });
        }
        root.put("seed", experiment.seed());
        root.put("steps", experiment.steps());
        ObjectNode params = root.putObject("params");
        experiment.params().forEach((key, value) -> params.set(key, MAPPER.valueToTree(value)));
        experiment.savedRun().ifPresent(run -> root.set("run", run(run)));
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An experiment could not be written as JSON", e);
        }
    }

    private static ObjectNode ref(PluginRef ref) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("id", ref.id());
        node.put("version", ref.version());
        return node;
    }

    private static ObjectNode run(SavedRun run) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("steps", run.steps());
        node.set("data_stream", longs(run.dataStream()));
        node.set("latent_stream", longs(run.latentStream()));
        if (run.gan() != null) {
            ObjectNode networks = node.putObject("networks");
            ObjectNode numbers = networks.putObject("numbers");
            run.gan().numbers().forEach((name, values) -> numbers.put(name, encode(values)));
            ObjectNode integers = networks.putObject("integers");
            run.gan().integers().forEach((name, values) -> integers.set(name, longs(values)));
        }
        if (run.history().size() > 0) {
            node.set("history", history(run.history(), run.historyStride()));
        }
        return node;
    }

    private static ObjectNode history(History history, long stride) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("stride", stride);
        long[] steps = new long[history.size()];
        for (int i = 0; i < steps.length; i++) {
            steps[i] = history.step(i);
        }
        node.set("steps", longs(steps));
        ObjectNode series = node.putObject("series");
        history.names().forEach(name -> series.put(name, encode(history.series(name))));
        return node;
    }

    private static ArrayNode longs(long[] values) {
        ArrayNode array = MAPPER.createArrayNode();
        for (long v : values) {
            array.add(v);
        }
        return array;
    }

    private static String encode(double[] values) {
        ByteBuffer bytes = ByteBuffer.allocate(8 * values.length);
        for (double v : values) {
            bytes.putLong(Double.doubleToRawLongBits(v));
        }
        return Base64.getEncoder().encodeToString(bytes.array());
    }

    /**
     * Reads an experiment from the text of a file.
     *
     * @param source the file's name, for messages
     * @throws BadExperimentException one sentence naming the file, the JSON path and the problem
     */
    public static Experiment read(String text, String source) throws BadExperimentException {
        JsonNode root;
        try {
            root = MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            var where = e.getLocation();
            throw new BadExperimentException(source + " is not valid JSON" + (where == null ? "" : " (line "
                    + where.getLineNr() + ", column " + where.getColumnNr() + ")")
                    + ": " + firstLine(e.getOriginalMessage()) + ".", e);
        }
        return new Reader(source).experiment(root);
    }

    private static String firstLine(String message) {
        String line = message == null ? "unreadable" : message.lines().findFirst().orElse("unreadable");
        line = line.strip();
        return line.endsWith(".") ? line.substring(0, line.length() - 1) : line;
    }

    /** Reads one tree, naming paths in its messages. */
    private record Reader(String source) {

        Experiment experiment(JsonNode root) throws BadExperimentException {
            object(root, "$");
            String format = text(root, "$", "format");
            if (!FORMAT.equals(format)) {
                throw bad("$.format", "is '" + format + "', not '" + FORMAT + "'");
            }
            long version = whole(root, "$", "version");
            if (version > VERSION) {
                throw new BadExperimentException(source + " was written by a newer GanSim (format version "
                        + version + " at $.version; this one reads up to " + VERSION + ").");
            }
            if (version < 1) {
                throw bad("$.version", "must be 1 to " + VERSION + ", got " + version);
            }
            String name = text(root, "$", "name");
            PluginRef target = ref(field(root, "$", "target"), "$.target");
            PluginRef variant = ref(field(root, "$", "variant"), "$.variant");
            List<PluginRef> views = new ArrayList<>();
            JsonNode viewArray = array(field(root, "$", "views"), "$.views");
            for (int i = 0; i < viewArray.size(); i++) {
                views.add(ref(viewArray.get(i), "$.views[" + i + "]"));
            }
            JsonNode layout = object(field(root, "$", "layout"), "$.layout");
            JsonNode hiddenArray = array(field(layout, "$.layout", "hidden_views"), "$.layout.hidden_views");
            List<String> hidden = new ArrayList<>();
            for (int i = 0; i < hiddenArray.size(); i++) {
                JsonNode id = hiddenArray.get(i);
                if (!id.isTextual()) {
                    throw bad("$.layout.hidden_views[" + i + "]", "must be a view id in quotes");
                }
                hidden.add(id.asText());
            }
            Map<String, Map<String, String>> viewSettings = viewSettings(layout);
            long seed = whole(root, "$", "seed");
            long steps = whole(root, "$", "steps");
            if (steps < 0) {
                throw bad("$.steps", "must be 0 or more, got " + steps);
            }
            Map<String, Object> params = params(object(field(root, "$", "params"), "$.params"));
            SavedRun run = root.has("run") && !root.get("run").isNull() ? run(root.get("run"), steps) : null;
            return new Experiment(name, target, variant, views, hidden, params, seed, steps, run, viewSettings);
        }

        /** {@code layout.view_settings}: optional (older files have none), text values only. */
        private Map<String, Map<String, String>> viewSettings(JsonNode layout) throws BadExperimentException {
            Map<String, Map<String, String>> byView = new LinkedHashMap<>();
            if (!layout.has("view_settings") || layout.get("view_settings").isNull()) {
                return byView;
            }
            JsonNode all = object(layout.get("view_settings"), "$.layout.view_settings");
            Iterator<Map.Entry<String, JsonNode>> views = all.fields();
            while (views.hasNext()) {
                Map.Entry<String, JsonNode> view = views.next();
                String path = "$.layout.view_settings[\"" + view.getKey() + "\"]";
                Map<String, String> own = new LinkedHashMap<>();
                Iterator<Map.Entry<String, JsonNode>> values = object(view.getValue(), path).fields();
                while (values.hasNext()) {
                    Map.Entry<String, JsonNode> value = values.next();
                    if (!value.getValue().isTextual()) {
                        throw bad(path + "[\"" + value.getKey() + "\"]", "must be text in quotes");
                    }
                    own.put(value.getKey(), value.getValue().asText());
                }
                byView.put(view.getKey(), own);
            }
            return byView;
        }

        private Map<String, Object> params(JsonNode node) throws BadExperimentException {
            Map<String, Object> params = new LinkedHashMap<>();
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> e = fields.next();
                String path = "$.params[\"" + e.getKey() + "\"]";
                JsonNode v = e.getValue();
                if (v.isIntegralNumber() && v.canConvertToInt()) {
                    params.put(e.getKey(), v.intValue());
                } else if (v.isNumber()) {
                    params.put(e.getKey(), v.doubleValue());
                } else if (v.isTextual()) {
                    params.put(e.getKey(), v.asText());
                } else if (v.isBoolean()) {
                    params.put(e.getKey(), v.booleanValue());
                } else if (v.isArray()) {
                    List<Integer> list = new ArrayList<>();
                    for (int i = 0; i < v.size(); i++) {
                        if (!v.get(i).isIntegralNumber() || !v.get(i).canConvertToInt()) {
                            throw bad(path + "[" + i + "]", "must be a whole number (a list parameter holds layer"
                                    + " widths)");
                        }
                        list.add(v.get(i).intValue());
                    }
                    params.put(e.getKey(), List.copyOf(list));
                } else {
                    throw bad(path, "must be a number, text, true or false, or a list of whole numbers");
                }
            }
            return params;
        }

        private SavedRun run(JsonNode node, long steps) throws BadExperimentException {
            object(node, "$.run");
            long runSteps = whole(node, "$.run", "steps");
            if (runSteps != steps) {
                throw bad("$.run.steps", "is " + runSteps + " but $.steps is " + steps
                        + "; a run saved with its networks is at the experiment's step count");
            }
            long[] data = stream(node, "$.run", "data_stream");
            long[] latent = stream(node, "$.run", "latent_stream");
            JsonNode networks = object(field(node, "$.run", "networks"), "$.run.networks");
            JsonNode numbersNode = object(field(networks, "$.run.networks", "numbers"), "$.run.networks.numbers");
            Map<String, double[]> numbers = new LinkedHashMap<>();
            Iterator<Map.Entry<String, JsonNode>> fields = numbersNode.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> e = fields.next();
                numbers.put(e.getKey(), decode(e.getValue(), "$.run.networks.numbers[\"" + e.getKey() + "\"]"));
            }
            JsonNode integersNode = object(field(networks, "$.run.networks", "integers"),
                    "$.run.networks.integers");
            Map<String, long[]> integers = new LinkedHashMap<>();
            fields = integersNode.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> e = fields.next();
                integers.put(e.getKey(), longArray(e.getValue(), "$.run.networks.integers[\"" + e.getKey() + "\"]"));
            }
            JsonNode historyNode = node.get("history");
            if (historyNode == null || historyNode.isNull()) {
                return new SavedRun(runSteps, data, latent, new GanState(numbers, integers));
            }
            long stride = whole(object(historyNode, "$.run.history"), "$.run.history", "stride");
            return new SavedRun(runSteps, data, latent, new GanState(numbers, integers),
                    history(historyNode, runSteps), stride);
        }

        /** The saved step reports: one step number per record, and per value name one number per record. */
        private History history(JsonNode node, long runSteps) throws BadExperimentException {
            long[] steps = longArray(field(node, "$.run.history", "steps"), "$.run.history.steps");
            for (int i = 0; i < steps.length; i++) {
                if (steps[i] < 0 || steps[i] > runSteps || (i > 0 && steps[i] <= steps[i - 1])) {
                    throw bad("$.run.history.steps[" + i + "]", "must be a step between 0 and " + runSteps
                            + ", after the one before");
                }
            }
            JsonNode seriesNode = object(field(node, "$.run.history", "series"), "$.run.history.series");
            Map<String, double[]> series = new LinkedHashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = seriesNode.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                String path = "$.run.history.series[\"" + e.getKey() + "\"]";
                double[] values = decode(e.getValue(), path);
                if (values.length != steps.length) {
                    throw bad(path, "holds " + values.length + " numbers for " + steps.length + " steps");
                }
                series.put(e.getKey(), values);
            }
            StepReport[] reports = new StepReport[steps.length];
            for (int i = 0; i < steps.length; i++) {
                Map<String, Double> values = new LinkedHashMap<>();
                for (Map.Entry<String, double[]> e : series.entrySet()) {
                    if (!Double.isNaN(e.getValue()[i])) {
                        values.put(e.getKey(), e.getValue()[i]);
                    }
                }
                reports[i] = StepReport.of(values);
            }
            return History.of(steps, reports);
        }

        private long[] stream(JsonNode node, String path, String key) throws BadExperimentException {
            long[] state = longArray(field(node, path, key), path + "." + key);
            if (state.length != 2 || (state[1] & 1L) == 0) {
                throw bad(path + "." + key, "must be a random stream's position: two whole numbers, the second odd");
            }
            return state;
        }

        private long[] longArray(JsonNode node, String path) throws BadExperimentException {
            array(node, path);
            long[] values = new long[node.size()];
            for (int i = 0; i < values.length; i++) {
                JsonNode v = node.get(i);
                if (!v.isIntegralNumber() || !v.canConvertToLong()) {
                    throw bad(path + "[" + i + "]", "must be a whole number between -2^63 and 2^63 - 1");
                }
                values[i] = v.longValue();
            }
            return values;
        }

        private double[] decode(JsonNode node, String path) throws BadExperimentException {
            if (!node.isTextual()) {
                throw bad(path, "must be the numbers' bits in Base64, in quotes");
            }
            byte[] bytes;
            try {
                bytes = Base64.getDecoder().decode(node.asText());
            } catch (IllegalArgumentException e) {
                throw bad(path, "is not Base64");
            }
            if (bytes.length % 8 != 0) {
                throw bad(path, "holds " + bytes.length + " bytes, not a whole number of 8-byte numbers");
            }
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            double[] values = new double[bytes.length / 8];
            for (int i = 0; i < values.length; i++) {
                values[i] = Double.longBitsToDouble(buffer.getLong());
            }
            return values;
        }

        private PluginRef ref(JsonNode node, String path) throws BadExperimentException {
            object(node, path);
            return new PluginRef(text(node, path, "id"), text(node, path, "version"));
        }

        private JsonNode field(JsonNode node, String path, String key) throws BadExperimentException {
            JsonNode value = node.get(key);
            if (value == null || value.isNull()) {
                throw bad(path + "." + key, "is missing");
            }
            return value;
        }

        private String text(JsonNode node, String path, String key) throws BadExperimentException {
            JsonNode value = field(node, path, key);
            if (!value.isTextual()) {
                throw bad(path + "." + key, "must be text in quotes");
            }
            return value.asText();
        }

        private long whole(JsonNode node, String path, String key) throws BadExperimentException {
            JsonNode value = field(node, path, key);
            if (!value.isIntegralNumber() || !value.canConvertToLong()) {
                throw bad(path + "." + key, "must be a whole number");
            }
            return value.longValue();
        }

        private JsonNode object(JsonNode node, String path) throws BadExperimentException {
            if (!node.isObject()) {
                throw bad(path, "must be an object in braces { }");
            }
            return node;
        }

        private JsonNode array(JsonNode node, String path) throws BadExperimentException {
            if (!node.isArray()) {
                throw bad(path, "must be a list in brackets [ ]");
            }
            return node;
        }

        private BadExperimentException bad(String path, String problem) {
            return new BadExperimentException(source + ": " + path + " " + problem + ".");
        }
    }
}
