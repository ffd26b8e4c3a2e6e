-- Columns dropped unread because they may carry a protected attribute, with what each may reveal (JSON), so that
-- a stored screening says so as the one just run does. Names only; never a value.
ALTER TABLE screening ADD COLUMN uncertain_columns VARCHAR(1000000);

-- The link to an ATS application's resume is personal data: it moves next to the person records, where erasure
-- rewrites the store (see PersonalData), out of the application table.
CREATE TABLE application_resume (
    source          VARCHAR(20) NOT NULL,
    application_id  VARCHAR(200) NOT NULL,
    candidate_id    VARCHAR(200),
    resume_url      VARCHAR(4000),
    PRIMARY KEY (source, application_id)
);
CREATE INDEX application_resume_candidate ON application_resume (candidate_id);
INSERT INTO application_resume (source, application_id, candidate_id, resume_url)
    SELECT source, application_id, candidate_id, resume_url FROM application WHERE resume_url IS NOT NULL;
ALTER TABLE application DROP COLUMN resume_url;
