-- HireFit audit store. Portable SQL: the same migration runs on H2 (the default) and PostgreSQL.
-- Personal data (name, contact) lives only in `person`, so erasing it keeps the anonymous decision record.

CREATE TABLE job (
    job_id      VARCHAR(200) PRIMARY KEY,
    document    VARCHAR(100000) NOT NULL,   -- the job context and its ATS job ids, as JSON
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE ats_job (
    source      VARCHAR(20) NOT NULL,
    ats_job_id  VARCHAR(200) NOT NULL,
    job_id      VARCHAR(200) NOT NULL REFERENCES job (job_id) ON DELETE CASCADE,
    PRIMARY KEY (source, ats_job_id)
);

CREATE TABLE person (
    person_id     VARCHAR(36) PRIMARY KEY,
    candidate_id  VARCHAR(200) NOT NULL,
    name          VARCHAR(1000),
    email         VARCHAR(1000),
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX person_candidate ON person (candidate_id);

CREATE TABLE screening (
    screening_id    VARCHAR(36) PRIMARY KEY,
    job_id          VARCHAR(200) NOT NULL,
    job_snapshot    VARCHAR(100000) NOT NULL,
    job_assessment  VARCHAR(1000000),
    file_name       VARCHAR(1000) NOT NULL,
    input_hash      VARCHAR(64),
    rules_version   VARCHAR(32) NOT NULL,
    status          VARCHAR(20) NOT NULL,       -- RUNNING, COMPLETED, FAILED
    screened        INTEGER NOT NULL DEFAULT 0,
    errors          INTEGER NOT NULL DEFAULT 0,
    dropped_columns VARCHAR(10000),
    extra_columns   VARCHAR(10000),
    failure         VARCHAR(10000),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    completed_at    TIMESTAMP WITH TIME ZONE
);
CREATE INDEX screening_created ON screening (created_at);

CREATE TABLE screening_error (
    screening_id  VARCHAR(36) NOT NULL REFERENCES screening (screening_id) ON DELETE CASCADE,
    row_no        INTEGER NOT NULL,
    column_name   VARCHAR(1000),
    message       VARCHAR(10000) NOT NULL
);
CREATE INDEX screening_error_screening ON screening_error (screening_id, row_no);

CREATE TABLE assessment (
    assessment_id     VARCHAR(36) PRIMARY KEY,
    person_id         VARCHAR(36),               -- link to personal data; the person row may be erased
    candidate_id      VARCHAR(200) NOT NULL,
    screening_id      VARCHAR(36) REFERENCES screening (screening_id) ON DELETE CASCADE,
    row_no            INTEGER,
    source            VARCHAR(40) NOT NULL,      -- upload, api, webhook:greenhouse, ...
    job_id            VARCHAR(200) NOT NULL,
    job_snapshot      VARCHAR(100000) NOT NULL,
    input_hash        VARCHAR(64) NOT NULL,
    rules_version     VARCHAR(32) NOT NULL,
    verdict           VARCHAR(20) NOT NULL,
    recommended_role  VARCHAR(40),
    result            VARCHAR(1000000) NOT NULL, -- the assessment with its fired rules and reasons, without name
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX assessment_screening ON assessment (screening_id, row_no);
CREATE INDEX assessment_candidate ON assessment (candidate_id);

CREATE TABLE application (
    source                VARCHAR(20) NOT NULL,
    application_id        VARCHAR(200) NOT NULL,
    ats_job_ids           VARCHAR(10000) NOT NULL,
    job_id                VARCHAR(200),
    status                VARCHAR(20) NOT NULL,  -- SCREENED, UNMAPPED_JOB
    candidate_id          VARCHAR(200),
    resume_url            VARCHAR(4000),
    latest_assessment_id  VARCHAR(36),
    assessment_count      INTEGER NOT NULL DEFAULT 0,
    note                  VARCHAR(4000),
    updated_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (source, application_id)
);

CREATE TABLE webhook_delivery (
    source          VARCHAR(20) NOT NULL,
    dedupe_key      VARCHAR(300) NOT NULL,
    action          VARCHAR(200),
    application_id  VARCHAR(200),
    outcome         VARCHAR(20) NOT NULL,
    received_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (source, dedupe_key)
);
