package com.hirefit.scenarios;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code hirefit.calibration-dir}: the calibration set the service replays for the rule author's Rules pages, as
 * {@code rules test} does (default {@value CalibrationSet#DEFAULT_FOLDER}, relative to the working directory). When
 * the folder is not there, the pages say so and replay nothing.
 */
@ConfigurationProperties("hirefit")
public record CalibrationSettings(@DefaultValue(CalibrationSet.DEFAULT_FOLDER) Path calibrationDir) {
}
