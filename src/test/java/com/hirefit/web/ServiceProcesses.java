package com.hirefit.web;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Starts the service as separate processes for a test, and kills whatever the test left running. */
final class ServiceProcesses implements AfterEachCallback {
    private final List<Process> started = new ArrayList<>();

    ServiceProcess start(Path dir, String name, List<String> settings) throws Exception {
        ServiceProcess service = ServiceProcess.start(dir, name, settings);
        started.add(service.process());
        return service;
    }

    @Override
    public void afterEach(ExtensionContext context) throws InterruptedException {
        for (Process process : started) {
            process.destroyForcibly().waitFor();
        }
        started.clear();
    }
}
