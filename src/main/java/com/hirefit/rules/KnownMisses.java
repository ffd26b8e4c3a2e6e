package com.hirefit.rules;

import java.net.URL;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The rule compiler's view of the application's classes, remembering the names they do not have. Compiling the
 * rules, MVEL tries each name in a rule against every imported package ({@code com.hirefit.rules.facts.coder},
 * {@code com.hirefit.vocabulary.coder}, {@code java.lang.coder}...) and the Java compiler asks for class files the
 * same way; each miss searched all of the application's jars again (146 of them in {@code hirefit.jar}), which was
 * a third of a screening's start-up (docs/performance.md). The application's jars do not change while it runs, so
 * a name missing once stays missing. Classes the rules define live in Drools' own class loader below this one.
 */
final class KnownMisses extends ClassLoader {
    static {
        registerAsParallelCapable();
    }

    private final Set<String> missingClasses = ConcurrentHashMap.newKeySet();
    private final Set<String> missingResources = ConcurrentHashMap.newKeySet();

    KnownMisses(ClassLoader parent) {
        super(parent);
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        if (missingClasses.contains(name)) {
            throw new ClassNotFoundException(name);
        }
        try {
            return super.loadClass(name, resolve);
        } catch (ClassNotFoundException e) {
            missingClasses.add(name);
            throw e;
        }
    }

    @Override
    public URL getResource(String name) {
        if (missingResources.contains(name)) {
            return null;
        }
        URL found = super.getResource(name);
        if (found == null) {
            missingResources.add(name);
        }
        return found;
    }
}
