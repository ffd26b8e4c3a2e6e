package com.hirefit;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The HTTP service: REST API, ATS webhooks and the audit store. Started by {@code hirefit serve}. */
@SpringBootApplication
@EnableScheduling
public class HireFitService {

    public static ConfigurableApplicationContext start(String... args) {
        return SpringApplication.run(HireFitService.class, args);
    }
}
