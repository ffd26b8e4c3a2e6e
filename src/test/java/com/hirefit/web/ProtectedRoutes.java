package com.hirefit.web;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.actuate.endpoint.web.WebEndpointsSupplier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The base of the tests that try every route that needs a key, over a raw socket: the routes are read from the
 * running service (each {@code /api} handler method and each actuator operation but health and info, with path
 * variables filled in, plus the actuator's index), so a new route is covered without editing the tests. Shares the
 * service of {@link ApiGuardsTest}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:hirefit-flow;DB_CLOSE_DELAY=-1", "hirefit.api.keys=" + ApiHttp.KEY})
abstract class ProtectedRoutes {
    private static final Set<String> OPEN_ACTUATOR = Set.of("/actuator/health", "/actuator/info");

    record Route(String method, String path) {
        boolean hasBody() {
            return method.equals("POST") || method.equals("PUT");
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mvc;

    @Autowired
    WebEndpointsSupplier actuator;

    RawHttp http;
    List<Route> routes;

    @BeforeEach
    void readRoutes() {
        http = new RawHttp(port);
        routes = routes(mvc, actuator);
    }

    private static List<Route> routes(RequestMappingHandlerMapping mvc, WebEndpointsSupplier actuator) {
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
