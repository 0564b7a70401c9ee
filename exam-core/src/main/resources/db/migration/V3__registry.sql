-- Registry: institutions, enterprises, training projects, classes, people and rosters, and the
-- training rules per year. Plain SQL for H2 (MODE=MySQL) and MySQL 8 / MariaDB.

-- An institution (施教单位) is an organisation row of kind INSTITUTION; these are its details.
CREATE TABLE institution (
    organisation_id  BIGINT       PRIMARY KEY,
    contact_name     VARCHAR(60)  NOT NULL,
    contact_phone    VARCHAR(30)  NOT NULL,
    address          VARCHAR(200) NOT NULL,
    active           BOOLEAN      NOT NULL,
    CONSTRAINT fk_institution_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id)
);
CREATE UNIQUE INDEX uk_organisation_credit_code ON organisation (credit_code);

-- A benefiting enterprise (受益企业), kept per institution: the institution's roster uploads
-- match enterprises by name among its own.
CREATE TABLE enterprise (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    institution_id   BIGINT       NOT NULL,
    name             VARCHAR(200) NOT NULL,
    credit_code      VARCHAR(18),
    industry_code    VARCHAR(40),
    county_code      VARCHAR(20),
    created_at       TIMESTAMP(3) NOT NULL,
    CONSTRAINT uk_enterprise_name UNIQUE (institution_id, name),
    CONSTRAINT fk_enterprise_institution FOREIGN KEY (institution_id) REFERENCES organisation (id),
    CONSTRAINT fk_enterprise_industry FOREIGN KEY (industry_code) REFERENCES industry (code),
    CONSTRAINT fk_enterprise_county FOREIGN KEY (county_code) REFERENCES county (code)
);

-- Training rules by project year: the rule set of the latest year not after a project's year
-- applies. Year 0 holds the seeds' defaults.
CREATE TABLE training_rule (
    rule_year               INT          NOT NULL,
    category_code           VARCHAR(40)  NOT NULL,
    min_hours               DECIMAL(6,1) NOT NULL,
    max_hours               DECIMAL(6,1) NOT NULL,
    min_in_person_percent   DECIMAL(5,2) NOT NULL,
    min_practical_percent   DECIMAL(5,2) NOT NULL,
    max_class_size          INT          NOT NULL,
    -- MariaDB ignores names of primary keys, so they have none
    PRIMARY KEY (rule_year, category_code),
    CONSTRAINT fk_training_rule_category FOREIGN KEY (category_code) REFERENCES personnel_category (code)
);
INSERT INTO training_rule (rule_year, category_code, min_hours, max_hours, min_in_person_percent, min_practical_percent, max_class_size) VALUES
 (0, 'PRINCIPAL',   12, 48, 60, 0,  40),
 (0, 'MANAGER',     12, 48, 60, 0,  80),
 (0, 'TEAM_LEADER', 20, 72, 60, 25, 80);

CREATE TABLE training_project (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    project_year     INT           NOT NULL,
    institution_id   BIGINT        NOT NULL,
    name             VARCHAR(200)  NOT NULL,
    status           VARCHAR(30)   NOT NULL,
    fee_amount       DECIMAL(14,2) NOT NULL,
    planned_classes  INT           NOT NULL,
    created_at       TIMESTAMP(3)  NOT NULL,
    updated_at       TIMESTAMP(3)  NOT NULL,
    CONSTRAINT uk_project_name UNIQUE (project_year, name),
    CONSTRAINT fk_project_institution FOREIGN KEY (institution_id) REFERENCES organisation (id)
);
CREATE INDEX ix_project_institution ON training_project (institution_id, project_year);

-- Target headcount per personnel category and industry.
CREATE TABLE project_target (
    project_id     BIGINT      NOT NULL,
    category_code  VARCHAR(40) NOT NULL,
    industry_code  VARCHAR(40) NOT NULL,
    headcount      INT         NOT NULL,
    PRIMARY KEY (project_id, category_code, industry_code),
    CONSTRAINT fk_target_project FOREIGN KEY (project_id) REFERENCES training_project (id),
    CONSTRAINT fk_target_category FOREIGN KEY (category_code) REFERENCES personnel_category (code),
    CONSTRAINT fk_target_industry FOREIGN KEY (industry_code) REFERENCES industry (code)
);

CREATE TABLE training_class (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    project_id         BIGINT       NOT NULL,
    code               VARCHAR(40)  NOT NULL,
    name               VARCHAR(200) NOT NULL,
    category_code      VARCHAR(40)  NOT NULL,
    industry_code      VARCHAR(40)  NOT NULL,
    county_code        VARCHAR(20)  NOT NULL,
    start_date         DATE         NOT NULL,
    end_date           DATE         NOT NULL,
    online_hours       DECIMAL(6,1) NOT NULL,
    offline_hours      DECIMAL(6,1) NOT NULL,
    practical_hours    DECIMAL(6,1) NOT NULL,
    capacity           INT          NOT NULL,
    -- set when the exam is scheduled: from then on the institution may no longer change the class or roster
    exam_scheduled     BOOLEAN      NOT NULL,
    created_at         TIMESTAMP(3) NOT NULL,
    updated_at         TIMESTAMP(3) NOT NULL,
    CONSTRAINT uk_class_code UNIQUE (code),
    CONSTRAINT fk_class_project FOREIGN KEY (project_id) REFERENCES training_project (id),
    CONSTRAINT fk_class_category FOREIGN KEY (category_code) REFERENCES personnel_category (code),
    CONSTRAINT fk_class_industry FOREIGN KEY (industry_code) REFERENCES industry (code),
    CONSTRAINT fk_class_county FOREIGN KEY (county_code) REFERENCES county (code)
);
CREATE INDEX ix_class_dates ON training_class (start_date, end_date);

-- One person, one record across years (一人一档): the resident ID number identifies them.
CREATE TABLE person (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    id_number   VARCHAR(18)  NOT NULL,
    real_name   VARCHAR(60)  NOT NULL,
    birth_date  DATE         NOT NULL,
    gender      VARCHAR(2)   NOT NULL,
    phone       VARCHAR(20)  NOT NULL,
    created_at  TIMESTAMP(3) NOT NULL,
    updated_at  TIMESTAMP(3) NOT NULL,
    CONSTRAINT uk_person_id_number UNIQUE (id_number)
);

CREATE TABLE roster_entry (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    class_id         BIGINT       NOT NULL,
    person_id        BIGINT       NOT NULL,
    enterprise_id    BIGINT       NOT NULL,
    job_title        VARCHAR(100) NOT NULL,
    online_hours     DECIMAL(6,1) NOT NULL,
    offline_hours    DECIMAL(6,1) NOT NULL,
    practical_hours  DECIMAL(6,1) NOT NULL,
    created_at       TIMESTAMP(3) NOT NULL,
    updated_at       TIMESTAMP(3) NOT NULL,
    CONSTRAINT uk_roster_class_person UNIQUE (class_id, person_id),
    CONSTRAINT fk_roster_class FOREIGN KEY (class_id) REFERENCES training_class (id),
    CONSTRAINT fk_roster_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT fk_roster_enterprise FOREIGN KEY (enterprise_id) REFERENCES enterprise (id)
);
CREATE INDEX ix_roster_person ON roster_entry (person_id);
