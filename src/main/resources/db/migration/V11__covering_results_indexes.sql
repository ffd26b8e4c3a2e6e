-- The results pages' two indexes by scope now cover every column a filter, an order or a search reads (and the key),
-- so that a page's rows are chosen in the index and only the page's own rows are read from the table. A stored
-- assessment is about 10 KB (its result JSON): a search the index could not range over (a name or an ID part) read
-- every row of the screening, 6 s on 100,000 rows on H2 (docs/performance.md). Portable: H2 and PostgreSQL.
DROP INDEX assessment_screening_verdict;
CREATE INDEX assessment_screening_verdict ON assessment
    (screening_id, verdict_rank, recommended_role, row_no, seniority, candidate_id, person_id, assessment_id);
DROP INDEX assessment_job_verdict;
CREATE INDEX assessment_job_verdict ON assessment
    (job_id, verdict_rank, recommended_role, created_at, seniority, candidate_id, person_id, assessment_id);
