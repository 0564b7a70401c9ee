-- The question bank: items and their versions.
-- An item is the stable identity (status of its review, which version is in use); every edit
-- writes a new item_version row and no version is ever changed or deleted afterwards, so a paper
-- that pins (item_id, version) prints exactly what was sealed.
-- Plain SQL that runs the same on H2 (MODE=MySQL) and MySQL 8 / MariaDB.

CREATE TABLE item (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    item_type       VARCHAR(20)  NOT NULL,
    -- review state of the latest version: DRAFT, SUBMITTED, RETURNED, ACTIVE, RETIRED
    status          VARCHAR(20)  NOT NULL,
    latest_version  INT          NOT NULL,
    -- the approved version papers draw from; NULL until the first approval
    active_version  INT          NULL,
    review_comment  VARCHAR(1000) NULL,
    created_by      VARCHAR(64)  NOT NULL,
    created_at      TIMESTAMP(3) NOT NULL,
    updated_at      TIMESTAMP(3) NOT NULL,
    approved_by     VARCHAR(64)  NULL,
    approved_at     TIMESTAMP(3) NULL
);
CREATE INDEX ix_item_status ON item (status);

CREATE TABLE item_version (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    item_id          BIGINT        NOT NULL,
    version          INT           NOT NULL,
    item_type        VARCHAR(20)   NOT NULL,
    stem             TEXT          NOT NULL,
    option_a         VARCHAR(1000) NULL,
    option_b         VARCHAR(1000) NULL,
    option_c         VARCHAR(1000) NULL,
    option_d         VARCHAR(1000) NULL,
    option_e         VARCHAR(1000) NULL,
    option_f         VARCHAR(1000) NULL,
    -- letters in order (A, ABD) for choice items; 正确 or 错误 for true/false
    answer_key       VARCHAR(10)   NOT NULL,
    explanation      TEXT          NULL,
    points           INT           NOT NULL,
    content_area     VARCHAR(40)   NOT NULL,
    -- codes between commas (",MINING,MACHINERY,") or ",ALL," so a filter is one LIKE
    industries       VARCHAR(800)  NOT NULL,
    categories       VARCHAR(200)  NOT NULL,
    difficulty       INT           NOT NULL,
    -- empirical difficulty (share correct) once item analysis exists
    p_value          DECIMAL(6,4)  NULL,
    law_name         VARCHAR(200)  NULL,
    law_article      VARCHAR(200)  NULL,
    knowledge_point  VARCHAR(200)  NULL,
    source           VARCHAR(200)  NULL,
    author           VARCHAR(100)  NULL,
    created_by       VARCHAR(64)   NOT NULL,
    created_by_id    BIGINT        NOT NULL,
    created_at       TIMESTAMP(3)  NOT NULL,
    CONSTRAINT uk_item_version UNIQUE (item_id, version),
    CONSTRAINT fk_item_version_item FOREIGN KEY (item_id) REFERENCES item (id),
    CONSTRAINT ck_item_version_difficulty CHECK (difficulty BETWEEN 1 AND 5)
);
CREATE INDEX ix_item_version_area ON item_version (content_area, item_type, difficulty);
