package org.gansim.api.testkit;

import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.gansim.api.ApiVersion;
import org.gansim.api.Plugin;
import org.gansim.api.param.ParamSpec;
import org.gansim.api.param.Params;

/**
 * The checks every plugin must pass, whatever its kind: how it names and describes itself, the API
 * version it declares and the defaults of its parameters.
 *
 * <p>Each method returns when the plugin passes and throws an {@link AssertionError} with one
 * sentence when it does not. Stateless; any thread.
 *
 * @since 1
 */
public final class PluginChecks {

    /** What an id may look like: "ring8", "two-moons", "wgan-gp", "my_view". */
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9._-]*");

    private PluginChecks() {
    }

    /** The common checks, in the order a report lists them. */
    public static <P extends Plugin> List<Check<P>> all() {
        return List.of(
                new Check<>("id is non-blank and lower case", PluginChecks::idIsWellFormed),
                new Check<>("id is stable", PluginChecks::idIsStable),
                new Check<>("API version is supported", PluginChecks::apiVersionIsSupported),
                new Check<>("name, version and description are given", PluginChecks::describesItself),
                new Check<>("default parameters are valid", PluginChecks::defaultParametersAreValid));
    }

    /** The id is a short lower-case word: letters, digits, '-', '_' or '.'. */
    public static void idIsWellFormed(Plugin plugin) {
        String id = plugin.id();
        Expect.that(id != null && !id.isBlank(), "id() must return a short name such as \"my-ring\", got "
                + (id == null ? "null" : "\"" + id + "\""));
        Expect.that(ID.matcher(id).matches(), "id() must be lower-case letters, digits, '-', '_' or '.'"
                + " (for example \"my-ring\"), got \"" + id + "\"");
    }

    /**
     * The id is the same on every call and for every instance, so saved experiments and command
     * lines keep finding the plugin.
     */
    public static void idIsStable(Plugin plugin) throws ReflectiveOperationException {
        String first = plugin.id();
        String again = plugin.id();
        Expect.that(Objects.equals(first, again), "id() must return the same value every time, got \""
                + first + "\" then \"" + again + "\"");
        String other = newInstance(plugin).id();
        Expect.that(Objects.equals(first, other), "a new " + plugin.getClass().getSimpleName() + " has id \""
                + other + "\" instead of \"" + first + "\": the id must not depend on state or chance");
    }

    /** The plugin declares an API version this API runs. */
    public static void apiVersionIsSupported(Plugin plugin) {
        int version = plugin.apiVersion();
        Expect.that(ApiVersion.isSupported(version), "apiVersion() returns " + version
                + ", but this API runs plugins built for version " + ApiVersion.supportedRange()
                + ": return ApiVersion.CURRENT");
    }

    /** Name and version are non-blank; description and the parameter list are not null. */
    public static void describesItself(Plugin plugin) {
        String name = plugin.name();
        Expect.that(name != null && !name.isBlank(), "name() must return a name for menus, got "
                + (name == null ? "null" : "\"" + name + "\""));
        String version = plugin.version();
        Expect.that(version != null && !version.isBlank(), "version() must return a version such as \"1.0\", got "
                + (version == null ? "null" : "\"" + version + "\""));
        Expect.notNull(plugin.description(), "description()");
        List<ParamSpec> specs = Expect.notNull(plugin.params(), "params()");
        Expect.that(specs.stream().noneMatch(Objects::isNull), "params() must not contain null");
    }

    /**
     * The parameter specs build a set of defaults (unique keys, every default within its range), and
     * every default survives being written and read back, as {@code --param} and saved files do.
     */
    public static void defaultParametersAreValid(Plugin plugin) {
        List<ParamSpec> specs = Expect.notNull(plugin.params(), "params()");
        defaults(plugin);
        for (ParamSpec spec : specs) {
            Expect.that(spec.label() != null && !spec.label().isBlank(), "parameter " + spec.key()
                    + " needs a label for the parameter panel");
            Object value = spec.check(spec.defaultValue());
            String text = spec.format(value);
            Object back;
            try {
                back = spec.parse(text);
            } catch (IllegalArgumentException e) {
                throw new AssertionError("parameter " + spec.key() + ": its default written as \"" + text
                        + "\" cannot be read back (" + e.getMessage() + ")", e);
            }
            Expect.that(back.equals(value), "parameter " + spec.key() + ": its default " + value
                    + " reads back as " + back);
        }
    }

    /**
     * The defaults of the plugin's parameters, which the other checks create plugins' objects with.
     *
     * @throws AssertionError when they are not valid, saying why
     */
    static Params defaults(Plugin plugin) {
        try {
            return Params.defaults(Expect.notNull(plugin.params(), "params()"));
        } catch (IllegalArgumentException e) {
            throw new AssertionError("the default parameters are not valid: " + e.getMessage(), e);
        }
    }

    /** A second instance made the way the host makes plugins: the public no-argument constructor. */
    static <P> P newInstance(P plugin) throws ReflectiveOperationException {
        Class<?> type = plugin.getClass();
        Constructor<?> constructor;
        try {
            constructor = type.getConstructor();
        } catch (NoSuchMethodException e) {
            throw new AssertionError(type.getName() + " needs a public constructor without arguments:"
                    + " the host creates plugins with it", e);
        }
        Expect.that(Modifier.isPublic(type.getModifiers()), type.getName()
                + " must be a public class: the host creates plugins through its public constructor");
        @SuppressWarnings("unchecked")
        P other = (P) constructor.newInstance();
        return other;
    }
}
