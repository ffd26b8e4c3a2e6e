package com.hirefit.rules.drl;

import com.hirefit.job.DataMaturity;
import com.hirefit.job.Domain;
import com.hirefit.job.FundingStage;
import com.hirefit.job.Job;
import com.hirefit.job.TrainingData;
import com.hirefit.job.WorkShape;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * What rule code may name: the single list the lint checks every name against. The fact types (every class in
 * {@code com.hirefit.rules.facts}, {@code PayBand} included), the vocabulary enums, the job types the rules import; of
 * Java, the {@code java.lang} value types and {@code java.util} collections, each with the members listed here
 * (nothing that reaches the JVM, the environment, files, the network, threads or reflection). Project types
 * offer their record components, their own public methods and their public static members.
 */
final class RuleAllowlist {
    private static final List<String> SCANNED_PACKAGES = List.of("com.hirefit.rules.facts", "com.hirefit.vocabulary");
    /** Packages a rule file may import whole ({@code import package.*}): the names in them are still checked one by one. */
    private static final Set<String> WILDCARD_PACKAGES = Set.of("com.hirefit.rules.facts", "com.hirefit.vocabulary", "com.hirefit.job",
            "java.lang", "java.util");
    private static final List<Class<?>> JOB_TYPES = List.of(Job.class, WorkShape.class, TrainingData.class, DataMaturity.class,
            Domain.class, FundingStage.class);

    private static final Map<Class<?>, List<String>> JAVA_TYPES = javaTypes();
    private static final List<String> JAVA_INSTANCE_MEMBERS = List.of("equals", "hashCode", "toString", "compareTo",
            "length", "isEmpty", "isBlank", "charAt", "contains", "startsWith", "endsWith", "indexOf", "lastIndexOf", "substring",
            "toLowerCase", "toUpperCase", "trim", "strip", "equalsIgnoreCase", "compareToIgnoreCase", "replace", "concat", "matches",
            "split", "intValue", "longValue", "doubleValue", "floatValue", "shortValue", "byteValue", "booleanValue", "charValue",
            "name", "ordinal", "size", "containsAll", "get", "getOrDefault", "containsKey", "containsValue", "keySet", "values",
            "entrySet", "getKey", "getValue", "add", "addAll", "put", "putAll", "remove", "first", "last", "subList");
    /** Never a member, whatever a project type may declare one day. */
    private static final Set<String> NEVER = Set.of("getClass", "getDeclaringClass", "getClassLoader", "describeConstable",
            "resolveConstantDesc", "wait", "notify", "notifyAll", "clone", "finalize", "forName", "newInstance", "invoke", "exit",
            "halt", "exec", "getRuntime", "getenv", "getProperty", "getProperties", "setProperty", "load", "loadLibrary",
            "getKieRuntime", "getKnowledgeRuntime", "getWorkingMemory", "getKieBase", "class");

    static final RuleAllowlist DEFAULT = new RuleAllowlist();

    private final Map<String, Class<?>> byQualifiedName = new HashMap<>();
    private final Map<String, Class<?>> bySimpleName = new HashMap<>();
    private final Map<Class<?>, Set<String>> statics = new HashMap<>();
    private final Map<Class<?>, Map<String, Class<?>>> nested = new HashMap<>();
    private final Map<Class<?>, Set<String>> properties = new HashMap<>();
    private final Set<String> instanceMembers = new HashSet<>(JAVA_INSTANCE_MEMBERS);
    private final Set<String> packages = new HashSet<>();

    private RuleAllowlist() {
        List<Class<?>> project = new ArrayList<>(JOB_TYPES);
        SCANNED_PACKAGES.forEach(pkg -> project.addAll(classesIn(pkg)));
        project.forEach(this::addProjectType);
        JAVA_TYPES.forEach((type, members) -> {
            add(type);
            statics.put(type, new HashSet<>(members));
        });
        instanceMembers.removeAll(NEVER);
    }

    private static Map<Class<?>, List<String>> javaTypes() {
        List<String> numbers = List.of("valueOf", "compare", "sum", "max", "min", "toString", "MAX_VALUE", "MIN_VALUE");
        Map<Class<?>, List<String>> types = new LinkedHashMap<>();
        types.put(String.class, List.of("valueOf", "format", "join"));
        types.put(Integer.class, plus(numbers, "parseInt"));
        types.put(Long.class, plus(numbers, "parseLong"));
        types.put(Double.class, plus(numbers, "parseDouble", "isNaN"));
        types.put(Float.class, plus(numbers, "parseFloat", "isNaN"));
        types.put(Short.class, List.of("valueOf", "compare", "parseShort", "toString", "MAX_VALUE", "MIN_VALUE"));
        types.put(Byte.class, List.of("valueOf", "compare", "parseByte", "toString", "MAX_VALUE", "MIN_VALUE"));
        types.put(Boolean.class, List.of("valueOf", "parseBoolean", "compare", "logicalAnd", "logicalOr", "logicalXor", "toString",
                "TRUE", "FALSE"));
        types.put(Character.class, List.of("isDigit", "isLetter", "isLetterOrDigit", "isUpperCase", "isLowerCase", "isWhitespace",
                "toUpperCase", "toLowerCase", "valueOf"));
        types.put(Number.class, List.of());
        types.put(Object.class, List.of());
        types.put(Math.class, List.of("abs", "min", "max", "round", "floor", "ceil", "pow", "sqrt", "signum", "floorDiv", "floorMod",
                "addExact", "subtractExact", "multiplyExact", "toIntExact", "log", "log10", "exp", "PI", "E"));
        for (Class<?> type : List.of(List.class, Set.class)) {
            types.put(type, List.of("of", "copyOf"));
        }
        types.put(Map.class, List.of("of", "copyOf", "entry"));
        for (Class<?> type : List.of(Collection.class, ArrayList.class, LinkedList.class, HashSet.class, LinkedHashSet.class,
                TreeSet.class, HashMap.class, LinkedHashMap.class, TreeMap.class)) {
            types.put(type, List.of());
        }
        types.put(Collections.class, List.of("emptyList", "emptySet", "emptyMap", "singletonList", "singleton", "singletonMap",
                "unmodifiableList", "unmodifiableSet", "unmodifiableMap", "max", "min", "frequency", "disjoint"));
        types.put(Arrays.class, List.of("asList"));
        types.put(Objects.class, List.of("equals", "hash", "hashCode", "isNull", "nonNull", "requireNonNullElse", "toString"));
        return types;
    }

    private static List<String> plus(List<String> list, String... more) {
        List<String> all = new ArrayList<>(list);
        all.addAll(List.of(more));
        return all;
    }

    private static List<Class<?>> classesIn(String pkg) {
        List<Class<?>> classes = new ArrayList<>();
        try {
            Resource[] resources = new PathMatchingResourcePatternResolver(RuleAllowlist.class.getClassLoader())
                    .getResources("classpath*:" + pkg.replace('.', '/') + "/*.class");
            for (Resource resource : resources) {
                String file = resource.getFilename();
                if (file != null && !file.contains("$") && !file.equals("package-info.class")) {
                    classes.add(Class.forName(pkg + "." + file.substring(0, file.length() - ".class".length()), false,
                            RuleAllowlist.class.getClassLoader()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
        return classes;
    }

    private void add(Class<?> type) {
        byQualifiedName.put(type.getCanonicalName(), type);
        if (type.getEnclosingClass() == null) {
            bySimpleName.put(type.getSimpleName(), type);
        }
        String name = type.getCanonicalName();
        for (int dot = name.indexOf('.'); dot > 0; dot = name.indexOf('.', dot + 1)) {
            packages.add(name.substring(0, dot));
        }
    }

    private void addProjectType(Class<?> type) {
        if (!Modifier.isPublic(type.getModifiers())) {
            return;
        }
        add(type);
        Set<String> own = new HashSet<>();
        Set<String> props = new HashSet<>();
        for (Method method : type.getDeclaredMethods()) {
            if (!Modifier.isPublic(method.getModifiers()) || method.isSynthetic() || method.isBridge() || NEVER.contains(method.getName())) {
                continue;
            }
            if (Modifier.isStatic(method.getModifiers())) {
                own.add(method.getName());
            } else {
                instanceMembers.add(method.getName());
                property(method).ifPresent(props::add);
            }
        }
        for (Field field : type.getDeclaredFields()) {
            if (Modifier.isPublic(field.getModifiers()) && !NEVER.contains(field.getName())) {
                if (Modifier.isStatic(field.getModifiers())) {
                    own.add(field.getName());
                } else {
                    instanceMembers.add(field.getName());
                    props.add(field.getName());
                }
            }
        }
        if (type.isRecord()) {
            for (RecordComponent component : type.getRecordComponents()) {
                props.add(component.getName());
                instanceMembers.add(component.getName());
            }
        }
        if (type.isEnum()) {
            own.addAll(List.of("values", "valueOf"));
        }
        statics.put(type, own);
        properties.put(type, props);
        Map<String, Class<?>> inner = new HashMap<>();
        for (Class<?> member : type.getDeclaredClasses()) {
            if (Modifier.isPublic(member.getModifiers())) {
                inner.put(member.getSimpleName(), member);
                addProjectType(member);
            }
        }
        nested.put(type, inner);
    }

    private static java.util.Optional<String> property(Method method) {
        String name = method.getName();
        int prefix = name.startsWith("get") ? 3 : name.startsWith("is") ? 2 : 0;
        if (prefix == 0 || name.length() == prefix || method.getParameterCount() > 0) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(Character.toLowerCase(name.charAt(prefix)) + name.substring(prefix + 1));
    }

    /** An allowed class by its simple name (top-level classes only), or null. */
    Class<?> bySimpleName(String name) {
        return bySimpleName.get(name);
    }

    /** An allowed class by its qualified name (nested classes with dots), or null. */
    Class<?> byQualifiedName(String name) {
        return byQualifiedName.get(name);
    }

    Set<String> simpleNames() {
        return bySimpleName.keySet();
    }

    /** Whether {@code name} starts the qualified name of an allowed class ("java", "java.util", "com.hirefit"...). */
    boolean isPackagePrefix(String name) {
        return packages.contains(name);
    }

    /** Whether {@code import name.*} is allowed. */
    boolean isWildcardPackage(String name) {
        return WILDCARD_PACKAGES.contains(name);
    }

    Class<?> nested(Class<?> outer, String name) {
        return nested.getOrDefault(outer, Map.of()).get(name);
    }

    boolean isStaticMember(Class<?> type, String name) {
        return statics.getOrDefault(type, Set.of()).contains(name);
    }

    Set<String> staticMembers(Class<?> type) {
        return statics.getOrDefault(type, Set.of());
    }

    /** A member that may be called or read on any value rule code holds: the union over every allowed type. */
    boolean isInstanceMember(String name) {
        return instanceMembers.contains(name);
    }

    /** The fields a pattern of this type can constrain, or null when the type is not a project type. */
    Set<String> properties(Class<?> type) {
        return properties.get(type);
    }

    boolean isProjectType(Class<?> type) {
        return properties.containsKey(type);
    }
}
