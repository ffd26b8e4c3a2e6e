package com.hirefit.job;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A job as the service stores it: the job context, and the ATS job ids (by source) it stands for. */
public record JobDocument(Job job, Map<String, List<String>> atsJobIds) {
    public static final List<String> SOURCES = List.of("greenhouse", "lever", "ashby", "standard");
    /** The longest ATS job id kept: ats_job.ats_job_id. */
    public static final int MAX_ATS_JOB_ID_LENGTH = 200;

    public JobDocument {
        atsJobIds = new TreeMap<>(atsJobIds);
    }
}
