package com.hirefit;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The HTTP service: REST API, ATS webhooks and the audit store. Started by {@code hirefit serve}. Spring Boot's
 * default in-memory user (with a generated password it logs) is left out: machines authenticate with API keys
 * (com.hirefit.security), and people, when there are pages, with users of their own.
 */
@SpringBootApplication(exclude = UserDetailsServiceAutoConfiguration.class)
@EnableScheduling
public class HireFitApplication {

    public static ConfigurableApplicationContext start(String... args) {
        return SpringApplication.run(HireFitApplication.class, args);
    }
}
