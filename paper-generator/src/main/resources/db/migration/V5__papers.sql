-- Blueprints (组卷方案), generation batches, papers and their pinned questions.
-- Plain SQL that runs the same on H2 (MODE=MySQL) and MariaDB / MySQL 8. Primary keys are unnamed
-- (MySQL calls every primary key PRIMARY and warns about a name); other constraints are named.

CREATE TABLE blueprint (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    name                VARCHAR(100)  NOT NULL,
    -- null: for every personnel category / industry
    personnel_category  VARCHAR(40)   NULL,
    industry            VARCHAR(40)   NULL,
    duration_minutes    INT           NOT NULL,
    total_points        INT           NOT NULL,
    pass_mark           INT           NOT NULL,
    difficulty_min      DECIMAL(3,2)  NOT NULL,
    difficulty_max      DECIMAL(3,2)  NOT NULL,
    created_at          TIMESTAMP(3)  NOT NULL,
    updated_at          TIMESTAMP(3)  NOT NULL,
    CONSTRAINT uk_blueprint_name UNIQUE (name)
);

-- One row per type × area (× difficulty): exact count, and the points of one question of that type.
CREATE TABLE blueprint_cell (
    blueprint_id  BIGINT       NOT NULL,
    line_no       INT          NOT NULL,
    item_type     VARCHAR(20)  NOT NULL,
    area_code     VARCHAR(40)  NOT NULL,
    difficulty    INT          NULL,
    item_count    INT          NOT NULL,
    points_each   INT          NOT NULL,
    PRIMARY KEY (blueprint_id, line_no),
    CONSTRAINT fk_blueprint_cell_blueprint FOREIGN KEY (blueprint_id) REFERENCES blueprint (id) ON DELETE CASCADE
);

-- One run of the generator for a list of classes; status RUNNING -> COMPLETED | FAILED.
CREATE TABLE generation_batch (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    blueprint_id    BIGINT        NOT NULL,
    period          VARCHAR(20)   NOT NULL,
    seed            BIGINT        NOT NULL,
    overlap_cap     DECIMAL(4,3)  NOT NULL,
    class_count     INT           NOT NULL,
    status          VARCHAR(20)   NOT NULL,
    progress        DECIMAL(4,3)  NOT NULL,
    failure_reason  TEXT          NULL,
    max_overlap     INT           NULL,
    created_by      VARCHAR(64)   NOT NULL,
    created_at      TIMESTAMP(3)  NOT NULL,
    finished_at     TIMESTAMP(3)  NULL,
    CONSTRAINT fk_generation_batch_blueprint FOREIGN KEY (blueprint_id) REFERENCES blueprint (id)
);
CREATE INDEX ix_generation_batch_period ON generation_batch (period);

-- A paper of one class (班次). class_id refers to the registry (no foreign key: another module).
-- The blueprint's figures are copied, so a later change of the blueprint never changes a paper.
CREATE TABLE paper (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    paper_code          VARCHAR(40)   NOT NULL,
    class_id            BIGINT        NOT NULL,
    class_code          VARCHAR(40)   NOT NULL,
    class_name          VARCHAR(200)  NOT NULL,
    industry            VARCHAR(40)   NOT NULL,
    personnel_category  VARCHAR(40)   NOT NULL,
    is_resit            BOOLEAN       NOT NULL,
    blueprint_id        BIGINT        NOT NULL,
    batch_id            BIGINT        NOT NULL,
    period              VARCHAR(20)   NOT NULL,
    seed                BIGINT        NOT NULL,
    exam_name           VARCHAR(200)  NOT NULL,
    duration_minutes    INT           NOT NULL,
    total_points        INT           NOT NULL,
    pass_mark           INT           NOT NULL,
    difficulty_min      DECIMAL(3,2)  NOT NULL,
    difficulty_max      DECIMAL(3,2)  NOT NULL,
    mean_difficulty     DECIMAL(4,3)  NOT NULL,
    -- GENERATED -> SEALED -> OPEN -> CLOSED
    status              VARCHAR(20)   NOT NULL,
    created_at          TIMESTAMP(3)  NOT NULL,
    seal_hash           CHAR(64)      NULL,
    sealed_at           TIMESTAMP(3)  NULL,
    sealed_by           VARCHAR(64)   NULL,
    sealed_content      MEDIUMBLOB    NULL,
    CONSTRAINT uk_paper_code UNIQUE (paper_code),
    -- one first paper and one re-sit paper per class
    CONSTRAINT uk_paper_class_attempt UNIQUE (class_id, is_resit),
    CONSTRAINT fk_paper_blueprint FOREIGN KEY (blueprint_id) REFERENCES blueprint (id),
    CONSTRAINT fk_paper_batch FOREIGN KEY (batch_id) REFERENCES generation_batch (id)
);
CREATE INDEX ix_paper_period ON paper (period);

-- The questions of a paper in print order, pinned to an item version. Type, area, difficulty and
-- points are copied for reports; option_order is the bank labels in print order when shuffled.
CREATE TABLE paper_question (
    paper_id      BIGINT       NOT NULL,
    position      INT          NOT NULL,
    item_id       BIGINT       NOT NULL,
    item_version  INT          NOT NULL,
    item_type     VARCHAR(20)  NOT NULL,
    area_code     VARCHAR(40)  NOT NULL,
    difficulty    INT          NOT NULL,
    points        INT          NOT NULL,
    option_order  VARCHAR(10)  NULL,
    PRIMARY KEY (paper_id, position),
    CONSTRAINT uk_paper_question_item UNIQUE (paper_id, item_id),
    CONSTRAINT fk_paper_question_paper FOREIGN KEY (paper_id) REFERENCES paper (id) ON DELETE CASCADE
);
CREATE INDEX ix_paper_question_item ON paper_question (item_id);
