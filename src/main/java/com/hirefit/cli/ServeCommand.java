package com.hirefit.cli;

import com.hirefit.HireFitApplication;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Unmatched;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Start the HTTP service on port 8080 (REST API, ATS webhooks, audit store in ./data).",
                "Spring properties may follow, e.g. --server.port=9090 --spring.datasource.url=jdbc:postgresql://..."})
class ServeCommand implements Callable<Integer> {

    @Unmatched
    List<String> springArguments = new ArrayList<>();

    @Override
    public Integer call() {
        HireFitApplication.start(springArguments.toArray(String[]::new));
        return 0;
    }
}
