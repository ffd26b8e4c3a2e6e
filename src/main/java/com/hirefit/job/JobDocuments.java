package com.hirefit.job;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Jobs as the API and the workspace send them: the job file's fields plus the ATS job ids, validated together. */
public final class JobDocuments {
    private JobDocuments() {
    }

    /**
     * Validates a job object with its {@code atsJobIds}; a given {@code jobId} (the API's path) wins when the object has
     * none, and must agree when it has one. Every problem is named, one per line, as {@code body: field: what}.
     */
    public static JobDocument parse(String jobId, ObjectNode body) throws JobFileException {
        ObjectNode fields = body.deepCopy();
        JsonNode ats = fields.remove("atsJobIds");
        if (jobId != null && !fields.hasNonNull("jobId")) {
            fields.put("jobId", jobId);
        }
        List<String> errors = new ArrayList<>();
        Map<String, List<String>> atsJobIds = atsJobIds(ats, errors);
        Job job;
        try {
            job = JobFiles.parse("body", fields);
        } catch (JobFileException e) {
            errors.addAll(0, List.of(e.getMessage().split("\n")));
            throw new JobFileException(String.join("\n", errors));
        }
        if (jobId != null && !jobId.equals(job.jobId())) {
            errors.add("body: jobId: \"" + job.jobId() + "\" differs from the path's job id \"" + jobId + "\"");
        }
        if (!errors.isEmpty()) {
            throw new JobFileException(String.join("\n", errors));
        }
        return new JobDocument(job, atsJobIds);
    }

    /** A key as written when short, else only its length: errors never carry a long input value. */
    private static String shown(String key) {
        return key.length() <= 40 ? key : "(a key of " + key.length() + " characters)";
    }

    private static Map<String, List<String>> atsJobIds(JsonNode ats, List<String> errors) {
        Map<String, List<String>> ids = new LinkedHashMap<>();
        if (ats == null || ats.isNull()) {
            return ids;
        }
        if (!ats.isObject()) {
            errors.add("body: atsJobIds: must map a source (" + String.join(", ", JobDocument.SOURCES) + ") to a list of job ids");
            return ids;
        }
        for (Map.Entry<String, JsonNode> source : ats.properties()) {
            if (!JobDocument.SOURCES.contains(source.getKey())) {
                errors.add("body: atsJobIds." + shown(source.getKey()) + ": unknown source (allowed: " + String.join(", ", JobDocument.SOURCES) + ")");
            } else if (!source.getValue().isArray() || source.getValue().valueStream().anyMatch(v -> !v.isString() && !v.isIntegralNumber())) {
                errors.add("body: atsJobIds." + source.getKey() + ": must be a list of job ids");
            } else if (source.getValue().valueStream().anyMatch(v -> v.asString().length() > JobDocument.MAX_ATS_JOB_ID_LENGTH)) {
                errors.add("body: atsJobIds." + source.getKey() + ": a job id is longer than " + JobDocument.MAX_ATS_JOB_ID_LENGTH
                        + " characters");
            } else {
                ids.put(source.getKey(), source.getValue().valueStream().map(JsonNode::asString).toList());
            }
        }
        return ids;
    }
}
