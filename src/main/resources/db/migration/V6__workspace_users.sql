-- People who use the recruiter workspace in a browser (machines keep their API keys). Spring Security's
-- JdbcUserDetailsManager reads these tables; passwords are stored as {bcrypt} hashes, user names in lower case.
CREATE TABLE app_user (
    username    VARCHAR(100) PRIMARY KEY,
    password    VARCHAR(500) NOT NULL,
    enabled     BOOLEAN NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL
);

-- One row per role: ROLE_RECRUITER, ROLE_RULE_AUTHOR, ROLE_COMPLIANCE, ROLE_ADMIN.
CREATE TABLE app_user_role (
    username   VARCHAR(100) NOT NULL REFERENCES app_user (username) ON DELETE CASCADE,
    authority  VARCHAR(50) NOT NULL,
    PRIMARY KEY (username, authority)
);
