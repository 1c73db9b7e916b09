package org.marketproof.market.claims;

import java.lang.reflect.InvocationTargetException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.marketproof.InvalidInputException;
import org.marketproof.market.mechanism.Mechanism;

/**
 * Loads a user's {@link Mechanism} implementation from jars and class directories
 * ({@code --mechanism-class com.example.MyMechanism --classpath my.jar:deps.jar}), through a
 * {@link URLClassLoader} whose parent is this suite's loader. The class needs a public no-argument
 * constructor.
 */
public final class MechanismLoader {

    /** The name of the class loader of users' classes, by which their frames are told apart in a stack trace. */
    public static final String LOADER_NAME = "user-mechanism";

    private MechanismLoader() {
    }

    /**
     * @param className the mechanism's class
     * @param classpath jars and directories to load it and its dependencies from (may be empty)
     * @return a new instance of the class
     * @throws InvalidInputException naming the option when the class cannot be loaded or instantiated
     */
    public static Mechanism load(String className, List<Path> classpath) {
        URL[] urls = new URL[classpath.size()];
        for (int k = 0; k < urls.length; k++) {
            Path entry = classpath.get(k);
            if (!Files.exists(entry)) {
                throw new InvalidInputException("--classpath", "no such file or directory: " + entry);
            }
            try {
                urls[k] = entry.toUri().toURL();
            } catch (MalformedURLException e) {
                throw new InvalidInputException("--classpath", "not a valid path: " + entry);
            }
        }
        URLClassLoader loader = new URLClassLoader(LOADER_NAME, urls, MechanismLoader.class.getClassLoader());
        Class<?> c;
        try {
            c = Class.forName(className, true, loader);
        } catch (ClassNotFoundException e) {
            throw new InvalidInputException("--mechanism-class", "no class " + className + " on the class path");
        } catch (LinkageError e) {
            throw new InvalidInputException("--mechanism-class", "cannot load " + className + " (" + e + ")");
        }
        if (!Mechanism.class.isAssignableFrom(c)) {
            throw new InvalidInputException("--mechanism-class", className + " does not implement " + Mechanism.class.getName());
        }
        try {
            return (Mechanism) c.getConstructor().newInstance();
        } catch (NoSuchMethodException e) {
            throw new InvalidInputException("--mechanism-class", className + " has no public no-argument constructor");
        } catch (InstantiationException | IllegalAccessException | InvocationTargetException e) {
            throw new InvalidInputException("--mechanism-class", "cannot instantiate " + className + " ("
                    + (e.getCause() == null ? e : e.getCause()) + ")");
        }
    }
}
