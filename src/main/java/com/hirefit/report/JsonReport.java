package com.hirefit.report;

import com.hirefit.ingest.RowError;
import com.hirefit.ingest.UncertainColumn;
import com.hirefit.job.Job;
import com.hirefit.rules.facts.PayBand;
import com.hirefit.screening.CandidateAssessment;
import com.hirefit.screening.Compensation;
import com.hirefit.screening.Finding;
import com.hirefit.screening.FiredRule;
import com.hirefit.screening.JobAssessment;
import com.hirefit.screening.ScreeningSink;
import com.hirefit.screening.ScreeningSummary;
import com.hirefit.vocabulary.Role;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The screening as one pretty-printed JSON document, written with a streaming generator: each candidate
 * is written when it arrives and not kept. Shape, keys in this order:
 *
 * <pre>
 * { "rulesVersion", "job": {...}, "candidates": [...], "errors": [...],
 *   "droppedColumns": [...], "uncertainColumns": [{"column","mayReveal"}], "extraColumns": [...],
 *   "summary": {"inputFile","screened","errors"} }
 * </pre>
 *
 * Row errors arrive between candidates but belong after the candidates array, so they are buffered
 * (they are small) and written by {@link #end}. Nulls are written as JSON null, enums by name, role
 * scores in the map's iteration order. The {@link Job} context itself is not part of this shape (the
 * workbook's Job sheet carries it); {@code "job"} is the job assessment.
 *
 * <p>Every object is written field by field rather than with {@code writePOJO}: Jackson 3 does keep a
 * record's declared order by default, but that depends on mapper settings and would silently change
 * the published shape whenever a model record gains a field. Here the key order is the contract.
 *
 * <p>The report owns its target: {@link #close()} closes it. Output bytes are UTF-8 when given an
 * {@link OutputStream}. Closing without {@link #end} leaves the document unterminated on purpose, so an
 * aborted screening can never be read as a complete one.
 */
public final class JsonReport implements ScreeningSink {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(StreamWriteFeature.AUTO_CLOSE_CONTENT)
            .enable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();

    private final JsonGenerator json;
    private final List<RowError> errors = new ArrayList<>();
    private final Lifecycle lifecycle = new Lifecycle("JsonReport");

    /** Writes UTF-8 JSON to {@code out}, which this report closes. */
    public JsonReport(OutputStream out) {
        this.json = MAPPER.createGenerator(Objects.requireNonNull(out, "out"));
    }

    /** Writes JSON text to {@code out}, which this report closes. */
    public JsonReport(Writer out) {
        this.json = MAPPER.createGenerator(Objects.requireNonNull(out, "out"));
    }

    @Override
    public void begin(Job job, JobAssessment assessment, String rulesVersion) throws IOException {
        Objects.requireNonNull(assessment, "assessment");
        lifecycle.begin();
        try {
            json.writeStartObject();
            json.writeStringProperty("rulesVersion", rulesVersion);
            json.writeName("job");
            writeJob(assessment);
            json.writeArrayPropertyStart("candidates");
        } catch (JacksonIOException e) {
            throw e.getCause();
        }
    }

    @Override
    public void candidate(CandidateAssessment candidate) throws IOException {
        Objects.requireNonNull(candidate, "candidate");
        lifecycle.row("candidate");
        try {
            writeCandidate(candidate);
        } catch (JacksonIOException e) {
            throw e.getCause();
        }
    }

    @Override
    public void error(RowError error) {
        Objects.requireNonNull(error, "error");
        lifecycle.row("error");
        errors.add(error);
    }

    @Override
    public void end(ScreeningSummary summary) throws IOException {
        Objects.requireNonNull(summary, "summary");
        lifecycle.end();
        try {
            json.writeEndArray();
            json.writeArrayPropertyStart("errors");
            for (RowError error : errors) {
                json.writeStartObject();
                json.writeNumberProperty("row", error.row());
                json.writeStringProperty("column", error.column());
                json.writeStringProperty("message", error.message());
                json.writeEndObject();
            }
            json.writeEndArray();
            errors.clear();
            writeStrings("droppedColumns", summary.droppedColumns());
            json.writeArrayPropertyStart("uncertainColumns");
            for (UncertainColumn column : summary.uncertainColumns()) {
                json.writeStartObject();
                json.writeStringProperty("column", column.column());
                json.writeStringProperty("mayReveal", column.mayReveal());
                json.writeEndObject();
            }
            json.writeEndArray();
            writeStrings("extraColumns", summary.extraColumns());
            json.writeObjectPropertyStart("summary");
            json.writeStringProperty("inputFile", summary.inputFile());
            json.writeNumberProperty("screened", summary.screened());
            json.writeNumberProperty("errors", summary.errors());
            json.writeEndObject();
            json.writeEndObject();
            json.flush();
        } catch (JacksonIOException e) {
            throw e.getCause();
        }
    }

    /** Closes the generator and the target it wraps. Safe to call more than once. */
    @Override
    public void close() throws IOException {
        if (!lifecycle.close()) {
            return;
        }
        try {
            json.close();
        } catch (JacksonIOException e) {
            throw e.getCause();
        }
    }

    private void writeJob(JobAssessment job) {
        json.writeStartObject();
        json.writeStringProperty("jobId", job.jobId());
        json.writeStringProperty("jobTitle", job.jobTitle());
        if (job.neededRoles() == null) {
            json.writeNullProperty("neededRoles");
        } else {
            json.writeArrayPropertyStart("neededRoles");
            for (Role role : job.neededRoles()) {
                json.writeString(ReportText.name(role));
            }
            json.writeEndArray();
        }
        json.writeBooleanProperty("hireNeitherYet", job.hireNeitherYet());
        writeFindings("risks", job.risks());
        writeFindings("notes", job.notes());
        writeFiredRules("firedRules", job.firedRules());
        json.writeEndObject();
    }

    private void writeCandidate(CandidateAssessment c) {
        json.writeStartObject();
        json.writeNumberProperty("row", c.row());
        json.writeStringProperty("candidateId", c.candidateId());
        json.writeStringProperty("name", c.name());
        json.writeStringProperty("verdict", ReportText.name(c.verdict()));
        writeFindings("verdictReasons", c.verdictReasons());
        json.writeStringProperty("recommendedRole", ReportText.name(c.recommendedRole()));
        writeRoleScores(c.roleScores());
        json.writeStringProperty("seniority", ReportText.name(c.seniority()));
        writeFindings("greenFlags", c.greenFlags());
        writeFindings("yellowFlags", c.yellowFlags());
        writeFindings("failureRisks", c.failureRisks());
        writeCompensation(c.compensation());
        writeFindings("interviewFocus", c.interviewFocus());
        writeFiredRules("firedRules", c.firedRules());
        json.writeEndObject();
    }

    private void writeRoleScores(Map<Role, Integer> scores) {
        if (scores == null) {
            json.writeNullProperty("roleScores");
            return;
        }
        json.writeObjectPropertyStart("roleScores");
        for (Map.Entry<Role, Integer> score : scores.entrySet()) {
            if (score.getKey() == null) {
                continue;
            }
            json.writeName(score.getKey().name());
            writeNumberOrNull(score.getValue());
        }
        json.writeEndObject();
    }

    private void writeCompensation(Compensation comp) {
        if (comp == null) {
            json.writeNullProperty("compensation");
            return;
        }
        json.writeObjectPropertyStart("compensation");
        json.writeStringProperty("code", comp.code());
        json.writeStringProperty("reason", comp.reason());
        json.writeName("expectedSalary");
        writeNumberOrNull(comp.expectedSalary());
        json.writeName("budgetMax");
        writeNumberOrNull(comp.budgetMax());
        json.writeStringProperty("currency", comp.currency());
        json.writeArrayPropertyStart("bands");
        for (PayBand band : comp.bands()) {
            json.writeStartObject();
            json.writeStringProperty("role", ReportText.name(band.role()));
            json.writeStringProperty("seniority", ReportText.name(band.seniority()));
            json.writeStringProperty("market", ReportText.name(band.market()));
            json.writeNumberProperty("min", band.min());
            json.writeNumberProperty("max", band.max());
            json.writeStringProperty("currency", band.currency());
            json.writeStringProperty("source", band.source());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private void writeFindings(String name, List<Finding> findings) {
        if (findings == null) {
            json.writeNullProperty(name);
            return;
        }
        json.writeArrayPropertyStart(name);
        for (Finding finding : findings) {
            json.writeStartObject();
            json.writeStringProperty("code", finding.code());
            json.writeStringProperty("reason", finding.reason());
            json.writeStringProperty("rule", finding.rule());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private void writeFiredRules(String name, List<FiredRule> rules) {
        if (rules == null) {
            json.writeNullProperty(name);
            return;
        }
        json.writeArrayPropertyStart(name);
        for (FiredRule rule : rules) {
            json.writeStartObject();
            json.writeStringProperty("rule", rule.rule());
            json.writeStringProperty("file", rule.file());
            json.writeStringProperty("code", rule.code());
            json.writeStringProperty("reason", rule.reason());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private void writeStrings(String name, List<String> values) {
        json.writeArrayPropertyStart(name);
        for (String value : values) {
            json.writeString(value);
        }
        json.writeEndArray();
    }

    private void writeNumberOrNull(Number value) {
        if (value == null) {
            json.writeNull();
        } else {
            json.writeNumber(value.longValue());
        }
    }
}
