package com.hirefit.web;

import com.hirefit.screening.ScreeningService;
import com.hirefit.vocabulary.Role;
import com.hirefit.vocabulary.Verdict;
import com.hirefit.webhook.AtsApplicationStore;
import com.hirefit.webhook.AtsEvent;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** ATS applications received by webhook: the latest assessment and how many are stored. */
@RestController
@RequestMapping("/api/applications")
class AtsApplicationController {
    private final AtsApplicationStore applications;
    private final ScreeningService screening;

    AtsApplicationController(AtsApplicationStore applications, ScreeningService screening) {
        this.applications = applications;
        this.screening = screening;
    }

    record ApplicationView(String source, String applicationId, String status, String jobId, List<String> atsJobIds,
                           Verdict verdict, Role recommendedRole, int assessmentCount, String note, List<String> droppedFields,
                           String resumeUrl, Instant updatedAt, AssessmentView latestAssessment) {
    }

    @GetMapping("/{source}/{id}")
    ApplicationView get(@PathVariable @Size(max = AtsEvent.MAX_SOURCE_LENGTH, message = "at most {max} characters") String source,
                        @PathVariable @Size(max = AtsEvent.MAX_APPLICATION_ID_LENGTH, message = "at most {max} characters") String id) {
        var application = applications.get(source, id).orElseThrow(() -> ApiProblem.notFound(source + " application " + id));
        AssessmentView latest = application.latestAssessmentId() == null ? null
                : screening.get(application.latestAssessmentId()).map(AssessmentView::of).orElse(null);
        return new ApplicationView(application.source(), application.applicationId(), application.status(), application.jobId(),
                application.atsJobIds(), latest == null ? null : latest.verdict(), latest == null ? null : latest.recommendedRole(),
                application.assessmentCount(), application.note(), application.droppedFields(), application.resumeUrl(), application.updatedAt(), latest);
    }
}
