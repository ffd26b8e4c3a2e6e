-- Every rule base the service installed: its version, when, where from, and each file's hash.
CREATE TABLE rules_history (
    version       VARCHAR(32) NOT NULL,
    installed_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    origin        VARCHAR(4000) NOT NULL,
    rule_count    INTEGER NOT NULL,
    files         VARCHAR(100000) NOT NULL,   -- JSON: file name to SHA-256
    PRIMARY KEY (version, installed_at)
);
