package com.hirefit.web;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.boot.actuate.endpoint.web.WebEndpointsSupplier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every route that needs a key, read from the running service: each {@code /api} handler method and each actuator
 * operation but health and info, with path variables filled in, plus the actuator's index. A new route is covered by
 * the tests that use this without editing them.
 */
final class ProtectedRoutes {
    private static final Set<String> OPEN_ACTUATOR = Set.of("/actuator/health", "/actuator/info");

    record Route(String method, String path) {
        boolean hasBody() {
            return method.equals("POST") || method.equals("PUT");
        }
    }

    private ProtectedRoutes() {
    }

    static List<Route> of(RequestMappingHandlerMapping mvc, WebEndpointsSupplier actuator) {
        Set<Route> routes = new LinkedHashSet<>();
        mvc.getHandlerMethods().keySet().forEach(info -> info.getPathPatternsCondition().getPatternValues().stream()
                .filter(pattern -> pattern.startsWith("/api"))
                .forEach(pattern -> info.getMethodsCondition().getMethods()
                        .forEach(method -> routes.add(new Route(method.name(), fill(pattern))))));
        actuator.getEndpoints().forEach(endpoint -> endpoint.getOperations().forEach(operation -> {
            String path = "/actuator/" + operation.getRequestPredicate().getPath();
            if (OPEN_ACTUATOR.stream().noneMatch(path::startsWith)) {
                routes.add(new Route(operation.getRequestPredicate().getHttpMethod().name(), fill(path)));
            }
        }));
        routes.add(new Route("GET", "/actuator"));
        return List.copyOf(routes);
    }

    private static String fill(String pattern) {
        return pattern.replaceAll("\\{requiredMetricName}", "jvm.memory.used").replaceAll("\\{[^}]+}", "X1");
    }
}
