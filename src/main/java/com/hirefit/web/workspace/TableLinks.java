package com.hirefit.web.workspace;

import com.hirefit.screening.ResultsStore;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The addresses a results table links to: the filter form's action (with the job id as a hidden field for a job's
 * table), and each page of the current filter. Every value is encoded strictly (job ids and searches are free text).
 */
record TableLinks(String path, String jobId, ResultsStore.Filter filter) {

    /** The current filter on another page. */
    public String page(int page) {
        return url(path, params(page));
    }

    /** The current filter's query parameters (the job id of a job's table first), and the page when not the first. */
    public Map<String, String> params(int page) {
        Map<String, String> params = new LinkedHashMap<>();
        if (jobId != null) {
            params.put("id", jobId);
        }
        put(params, "verdict", filter.verdict() == null ? null : filter.verdict().name());
        put(params, "role", filter.role());
        put(params, "flag", filter.flag());
        put(params, "risk", filter.risk());
        put(params, "q", filter.search());
        if (filter.sort() != ResultsStore.Sort.INPUT) {
            params.put("sort", filter.sort().name());
        }
        if (filter.descending()) {
            params.put("dir", "desc");
        }
        if (page > 0) {
            params.put("page", String.valueOf(page));
        }
        return params;
    }

    static String url(String path, Map<String, String> params) {
        UriComponentsBuilder builder = UriComponentsBuilder.fromPath(path);
        params.keySet().forEach(name -> builder.queryParam(name, "{" + name + "}"));
        return builder.encode().buildAndExpand(params).toUriString();
    }

    private static void put(Map<String, String> params, String name, String value) {
        if (value != null) {
            params.put(name, value);
        }
    }
}
