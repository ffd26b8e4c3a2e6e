package com.hirefit.security;

import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.server.autoconfigure.ServerProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.util.unit.DataSize;

/** Tomcat answers what it refuses itself with problem details too, never its HTML error page. */
@Configuration(proxyBeanMethods = false)
class ServerErrorConfiguration {

    /** Runs after Spring Boot's customizer, which adds Tomcat's HTML valve to the host: that valve is replaced. */
    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE)
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemReportValve(ProblemResponses problems, ServerProperties server) {
        DataSize headerLimit = server.getMaxHttpRequestHeaderSize();
        return factory -> factory.addContextCustomizers(context -> {
            StandardHost host = (StandardHost) context.getParent();
            for (Valve valve : host.getPipeline().getValves()) {
                if (valve instanceof ErrorReportValve) {
                    host.getPipeline().removeValve(valve);
                }
            }
            // Tomcat adds a valve of this class on start when the host has none: ours is there.
            host.setErrorReportValveClass(ProblemReportValve.class.getName());
            host.getPipeline().addValve(new ProblemReportValve(problems, headerLimit));
        });
    }
}
