-- Which service instance runs a screening, and when it last showed it was alive (with the rows done so far).
-- A RUNNING screening whose heartbeat has gone stale was left by an instance that stopped (killed, crashed):
-- it is reported FAILED. Instances sharing the database never fail each other's live screenings.
ALTER TABLE screening ADD COLUMN owner_instance VARCHAR(100);
ALTER TABLE screening ADD COLUMN heartbeat_at TIMESTAMP WITH TIME ZONE;
CREATE INDEX screening_status ON screening (status);
