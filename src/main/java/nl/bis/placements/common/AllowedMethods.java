package nl.bis.placements.common;

import io.quarkus.arc.Arc;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The methods each API path supports, for the {@code Allow} header that RFC 9110 requires on a 405 (the framework
 * leaves it out). Read once from the generated interfaces the resources implement.
 */
final class AllowedMethods {

    private static volatile Map<Pattern, Set<String>> table;

    private AllowedMethods() {
    }

    static String forPath(String path) {
        Set<String> allowed = new TreeSet<>();
        table().forEach((pattern, methods) -> {
            if (pattern.matcher(path).matches()) {
                allowed.addAll(methods);
            }
        });
        if (allowed.contains("GET")) {
            allowed.add("HEAD");
        }
        if (!allowed.isEmpty()) {
            allowed.add("OPTIONS");
        }
        return String.join(", ", allowed);
    }

    private static Map<Pattern, Set<String>> table() {
        Map<Pattern, Set<String>> result = table;
        if (result == null) {
            result = build();
            table = result;
        }
        return result;
    }

    private static Map<Pattern, Set<String>> build() {
        Map<Pattern, Set<String>> result = new LinkedHashMap<>();
        for (Bean<?> bean : Arc.container().beanManager().getBeans(Object.class, Any.Literal.INSTANCE)) {
            for (Class<?> api : bean.getBeanClass().getInterfaces()) {
                Path base = api.getAnnotation(Path.class);
                if (base == null) {
                    continue;
                }
                for (Method method : api.getMethods()) {
                    String verb = verbOf(method);
                    if (verb != null) {
                        Path sub = method.getAnnotation(Path.class);
                        String template = base.value() + (sub == null ? "" : sub.value());
                        result.computeIfAbsent(toPattern(template), p -> new TreeSet<>()).add(verb);
                    }
                }
            }
        }
        return result;
    }

    private static String verbOf(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod verb = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (verb != null) {
                return verb.value();
            }
        }
        return null;
    }

    private static Pattern toPattern(String template) {
        List<String> parts = new ArrayList<>();
        for (String piece : template.split("\\{[^}]+}", -1)) {
            parts.add(Pattern.quote(piece));
        }
        return Pattern.compile(String.join("[^/]+", parts) + "/?");
    }
}
