package com.hirefit.screening;

import com.hirefit.ingest.UncertainColumn;
import java.time.Instant;
import java.util.List;

/** One uploaded file's screening, as stored: where it stands and what it found. */
public record ScreeningRecord(String screeningId, String jobId, String fileName, String inputHash, String rulesVersion,
                              String status, int screened, int errors, List<String> droppedColumns,
                              List<UncertainColumn> uncertainColumns, List<String> extraColumns, String failure,
                              Instant createdAt, Instant completedAt) {
    /** Screening ids are UUIDs: screening.screening_id. */
    public static final int ID_LENGTH = 36;
    /** The longest upload file name kept (screening.file_name holds more): longer names are refused. */
    public static final int MAX_FILE_NAME_LENGTH = 255;
    public static final String RUNNING = "RUNNING";
    public static final String COMPLETED = "COMPLETED";
    public static final String FAILED = "FAILED";
}
