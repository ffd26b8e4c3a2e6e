-- Columns dropped unread because they may carry a protected attribute, with what each may reveal (JSON), so that
-- a stored screening says so as the one just run does. Names only; never a value.
ALTER TABLE screening ADD COLUMN uncertain_columns VARCHAR(1000000);
