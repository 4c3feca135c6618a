package org.gansim.app.plugins;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.util.Locale;
import org.gansim.api.Plugin;

/**
 * One student's plugin seen under a name of its own: every student of a class builds the same
 * assignment, so their plugins share ids ("hw3-hinge"), and only one of each id could load. Here the
 * id becomes {@code student/id} and the name gets "(student)" added, so the whole class's plugins
 * sit side by side in the menus and on the command line ({@code --variant alice/hw3-hinge}).
 *
 * <p>Everything else is the student's own plugin, called as it is: a dynamic proxy of the plugin's
 * service interface hands every other call, default methods included, to the student's object.
 *
 * <p>Stateless; any thread the plugin itself allows.
 */
final class StudentPlugin implements InvocationHandler {

    private final Plugin plugin;
    private final String student;

    private StudentPlugin(Plugin plugin, String student) {
        this.plugin = plugin;
        this.student = student;
    }

    /**
     * The plugin under the student's prefix.
     *
     * @param service the plugin's kind of service ({@code GanVariant.class}...), which the plugin implements
     * @param student a name made by {@link #studentOf}
     */
    static Plugin wrap(Class<? extends Plugin> service, Plugin plugin, String student) {
        return (Plugin) Proxy.newProxyInstance(service.getClassLoader(), new Class<?>[] {service},
                new StudentPlugin(plugin, student));
    }

    /**
     * The student a submission belongs to, from its file or folder name: {@code alice.jar} and
     * {@code alice/} are both "alice"; characters other than letters, digits, '.', '_' and '-' become
     * '-' so that the name can stand in an id.
     */
    static String studentOf(Path submission) {
        String name = submission.getFileName().toString();
        if (name.toLowerCase(Locale.ROOT).endsWith(".jar")) {
            name = name.substring(0, name.length() - 4);
        }
        String cleaned = name.replaceAll("[^A-Za-z0-9._-]", "-");
        return cleaned.isEmpty() ? "student" : cleaned;
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        switch (method.getName()) {
            case "id":
                if (method.getParameterCount() == 0) {
                    return student + "/" + plugin.id();
                }
                break;
            case "name":
                if (method.getParameterCount() == 0) {
                    return plugin.name() + " (" + student + ")";
                }
                break;
            case "equals":
                if (method.getParameterCount() == 1) {
                    return proxy == args[0];
                }
                break;
            case "hashCode":
                if (method.getParameterCount() == 0) {
                    return System.identityHashCode(proxy);
                }
                break;
            case "toString":
                if (method.getParameterCount() == 0) {
                    return student + "/" + plugin;
                }
                break;
            default:
                break;
        }
        try {
            return method.invoke(plugin, args);
        } catch (InvocationTargetException e) {
            throw e.getCause(); // the student's own exception, with the student's own stack trace
        }
    }
}
