-- A screening's dropped and extra column lists (JSON) name at most 100 columns of at most 200 characters each; JSON
-- escaping can make a name six times longer, so the lists need more room than the 10,000 characters of V1.
ALTER TABLE screening ALTER COLUMN dropped_columns SET DATA TYPE VARCHAR(1000000);
ALTER TABLE screening ALTER COLUMN extra_columns SET DATA TYPE VARCHAR(1000000);
-- An application keeps the ATS job ids it is for as JSON: at most 50 ids of at most 200 characters, escaped.
ALTER TABLE application ALTER COLUMN ats_job_ids SET DATA TYPE VARCHAR(100000);
