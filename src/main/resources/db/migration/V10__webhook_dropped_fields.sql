-- The candidate fields a webhook delivery's mapping left out unread (protected, possibly protected, contact details),
-- as a JSON list of names: at most 100 names of at most 200 characters, never a value. On the delivery's outcome (the
-- Integrations page) and on the application (GET /api/applications/...). Null: none, or received before this column.
ALTER TABLE webhook_outcome ADD COLUMN dropped_fields VARCHAR(1000000);
ALTER TABLE application ADD COLUMN dropped_fields VARCHAR(1000000);
