-- Demographic self-identification (sex, race/ethnicity in the EEO-1 categories; NULL: not disclosed), for the
-- adverse-impact audit only. Personal data: it lives in the personal data store (see PersonalData), is erased with the
-- person, and is never joined to a rule input, a result or an export. Keyed by the employer's Candidate ID.
CREATE TABLE self_identification (
    candidate_id    VARCHAR(200) PRIMARY KEY,
    sex             VARCHAR(10),
    race_ethnicity  VARCHAR(40),
    source          VARCHAR(20) NOT NULL,       -- upload, api, screening
    recorded_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
