--liquibase formatted sql

--changeset portal:0004-processing-log
-- The Data Protection Act 2018 s.62 log: append-only, each entry carrying the hash of the one before.
CREATE TABLE processing_log (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    occurred_at         DATETIME(6)   NOT NULL,
    member_id           BIGINT        NULL,
    agency_id           BIGINT        NULL,
    operation           VARCHAR(20)   NOT NULL,
    subject_type        VARCHAR(30)   NOT NULL,
    subject_id          BIGINT        NULL,
    person_ids          VARCHAR(1000) NULL,
    recipient_agency_id BIGINT        NULL,
    detail              VARCHAR(4000) NULL,
    previous_hash       CHAR(64)      NOT NULL,
    hash                CHAR(64)      NOT NULL,
    INDEX ix_log_member (member_id, occurred_at),
    INDEX ix_log_agency (agency_id, occurred_at),
    INDEX ix_log_subject (subject_type, subject_id),
    INDEX ix_log_operation (operation, occurred_at),
    INDEX ix_log_occurred (occurred_at)
) ENGINE = InnoDB;

-- Which people each entry concerns, indexed, so "everything about this person" is a lookup, not a scan.
CREATE TABLE processing_log_person (
    entry_id  BIGINT NOT NULL,
    person_id BIGINT NOT NULL,
    PRIMARY KEY (person_id, entry_id),
    CONSTRAINT fk_log_person_entry FOREIGN KEY (entry_id) REFERENCES processing_log (id)
) ENGINE = InnoDB;

--changeset portal:0004-processing-log-append-only splitStatements:false
CREATE TRIGGER processing_log_no_update BEFORE UPDATE ON processing_log FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'processing_log is append-only: entries cannot be changed';

--changeset portal:0004-processing-log-no-delete splitStatements:false
CREATE TRIGGER processing_log_no_delete BEFORE DELETE ON processing_log FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'processing_log is append-only: entries cannot be deleted';

--changeset portal:0004-processing-log-head
-- The chain's head: one row, locked by every writer, so entries are appended strictly one after another.
CREATE TABLE processing_log_head (
    id        INT      NOT NULL PRIMARY KEY,
    last_hash CHAR(64) NOT NULL
) ENGINE = InnoDB;
INSERT INTO processing_log_head (id, last_hash) VALUES (1, REPEAT('0', 64));
