package com.hirefit.web;

import jakarta.validation.constraints.Size;
import com.hirefit.candidate.Candidate;
import com.hirefit.candidate.PersonStore;
import java.util.Map;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Erasure: a candidate's name and contact go; the anonymous decision records stay. */
@RestController
@RequestMapping("/api/candidates")
class CandidateController {
    private final PersonStore persons;

    CandidateController(PersonStore persons) {
        this.persons = persons;
    }

    @DeleteMapping("/{candidateId}")
    Map<String, Object> erase(@PathVariable @Size(max = Candidate.MAX_ID_LENGTH, message = "at most {max} characters") String candidateId) {
        int erased = persons.erase(candidateId);
        if (erased == 0) {
            throw ApiProblem.notFound("personal data for candidate " + candidateId);
        }
        return Map.of("candidateId", candidateId, "erasedRecords", erased);
    }
}
