-- Organisations, accounts and the append-only audit log.
-- Plain SQL that runs the same on H2 (MODE=MySQL) and MySQL 8 / MariaDB.

CREATE TABLE organisation (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    kind        VARCHAR(20)  NOT NULL,
    name        VARCHAR(200) NOT NULL,
    -- 统一社会信用代码 where the organisation has one (institutions always do)
    credit_code VARCHAR(18),
    county_code VARCHAR(20),
    created_at  TIMESTAMP(3) NOT NULL,
    CONSTRAINT uk_organisation_name UNIQUE (name)
);

CREATE TABLE account (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    username         VARCHAR(64)  NOT NULL,
    display_name     VARCHAR(100) NOT NULL,
    password_hash    VARCHAR(100) NOT NULL,
    role             VARCHAR(30)  NOT NULL,
    organisation_id  BIGINT       NOT NULL,
    enabled          BOOLEAN      NOT NULL,
    failed_attempts  INT          NOT NULL,
    locked_until     TIMESTAMP(3) NULL,
    created_at       TIMESTAMP(3) NOT NULL,
    CONSTRAINT uk_account_username UNIQUE (username),
    CONSTRAINT fk_account_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id)
);

-- Append-only: the application never updates or deletes a row; each row carries the SHA-256 of
-- its predecessor, so a changed or removed row breaks the chain at that point.
CREATE TABLE audit_entry (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    occurred_at  TIMESTAMP(3)  NOT NULL,
    actor        VARCHAR(64)   NOT NULL,
    actor_role   VARCHAR(30)   NOT NULL,
    action       VARCHAR(64)   NOT NULL,
    target_type  VARCHAR(40)   NOT NULL,
    target_id    VARCHAR(64)   NOT NULL,
    detail       VARCHAR(2000) NOT NULL,
    prev_hash    CHAR(64)      NOT NULL,
    entry_hash   CHAR(64)      NOT NULL
);
CREATE INDEX ix_audit_target ON audit_entry (target_type, target_id);

-- One row, locked while an entry is appended, so that concurrent appends form one chain.
CREATE TABLE audit_head (
    id         INT PRIMARY KEY,
    last_id    BIGINT   NOT NULL,
    last_hash  CHAR(64) NOT NULL
);
INSERT INTO audit_head (id, last_id, last_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
