package com.hirefit.web;

import com.hirefit.fairness.SelfIdIntake;
import com.hirefit.ingest.IngestException;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/**
 * The self-identification answers of an uploaded file, read by the self-identification reader on its own: a table
 * sent to /api/self-identification, or a screened file whose operator asked for the answers its dropped columns hold.
 */
@Component
class SelfIdUploads {
    private final SelfIdIntake intake;

    SelfIdUploads(SelfIdIntake intake) {
        this.intake = intake;
    }

    /** What became of a screened file's answers: kept, refused, or why none could be read (the screening stands). */
    record Screened(SelfIdIntake.Outcome outcome, String problem) {
    }

    Screened fromScreenedFile(MultipartFile file, String name) throws IOException {
        try (InputStream in = file.getInputStream()) {
            return new Screened(intake.fromFile(in, name, "screening"), null);
        } catch (IngestException e) {
            return new Screened(null, e.getMessage());
        }
    }

    SelfIdIntake.Outcome fromTable(MultipartFile file, String name) throws IOException {
        try (InputStream in = file.getInputStream()) {
            return intake.fromFile(in, name, "upload");
        } catch (IngestException e) {
            throw new ApiProblem(org.springframework.http.HttpStatus.UNPROCESSABLE_ENTITY, e.getMessage(), List.of("file: " + e.getMessage()));
        }
    }
}
