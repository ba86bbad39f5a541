--liquibase formatted sql

--changeset portal:0010-area-retention
ALTER TABLE marac_area ADD COLUMN retention_years INT NOT NULL DEFAULT 6;

--changeset portal:0010-retention-review
-- A closed case whose retention period has ended, and what the data protection officer or chair decided.
CREATE TABLE retention_review (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    version        BIGINT        NOT NULL,
    created_at     DATETIME(6)   NOT NULL,
    modified_at    DATETIME(6)   NOT NULL,
    case_id        BIGINT        NOT NULL,
    case_reference VARCHAR(20)   NOT NULL,
    area_id        BIGINT        NOT NULL,
    closed_at      DATETIME(6)   NOT NULL,
    due_on         DATE          NOT NULL,
    status         VARCHAR(12)   NOT NULL,
    decided_by_id  BIGINT        NULL,
    decided_at     DATETIME(6)   NULL,
    reason         VARCHAR(2000) NULL,
    next_review_on DATE          NULL,
    CONSTRAINT fk_retention_case FOREIGN KEY (case_id) REFERENCES marac_case (id),
    CONSTRAINT fk_retention_decided_by FOREIGN KEY (decided_by_id) REFERENCES member (id),
    INDEX ix_retention_status (status, area_id, due_on),
    INDEX ix_retention_case (case_id, status)
) ENGINE = InnoDB;
