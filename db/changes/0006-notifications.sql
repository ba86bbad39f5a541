--liquibase formatted sql

--changeset portal:0006-shedlock
-- One row per scheduled job name: which instance holds the job and until when (database time, UTC).
CREATE TABLE shedlock (
    name       VARCHAR(64)  NOT NULL PRIMARY KEY,
    lock_until DATETIME(3)  NOT NULL,
    locked_at  DATETIME(3)  NOT NULL,
    locked_by  VARCHAR(255) NOT NULL
) ENGINE = InnoDB;

--changeset portal:0006-member-notice
-- In-app notices, one row per recipient member. They hold a kind, a case reference, a route and
-- non-personal arguments (dates, counts): never a name.
CREATE TABLE member_notice (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    version        BIGINT       NOT NULL,
    created_at     DATETIME(6)  NOT NULL,
    modified_at    DATETIME(6)  NOT NULL,
    member_id      BIGINT       NOT NULL,
    kind           VARCHAR(60)  NOT NULL,
    case_reference VARCHAR(20)  NULL,
    link           VARCHAR(255) NOT NULL,
    arguments      VARCHAR(500) NULL,
    read_at        DATETIME(6)  NULL,
    digest_pending BOOLEAN      NOT NULL,
    CONSTRAINT fk_member_notice_member FOREIGN KEY (member_id) REFERENCES member (id),
    INDEX ix_member_notice_member (member_id, created_at),
    INDEX ix_member_notice_unread (member_id, read_at),
    INDEX ix_member_notice_digest (digest_pending, member_id)
) ENGINE = InnoDB;

--changeset portal:0006-email-preference
CREATE TABLE email_preference (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    version        BIGINT       NOT NULL,
    created_at     DATETIME(6)  NOT NULL,
    modified_at    DATETIME(6)  NOT NULL,
    member_id      BIGINT       NOT NULL,
    mode           VARCHAR(20)  NOT NULL,
    CONSTRAINT uk_email_preference_member UNIQUE (member_id),
    CONSTRAINT fk_email_preference_member FOREIGN KEY (member_id) REFERENCES member (id)
) ENGINE = InnoDB;

--changeset portal:0006-email-outbox
-- Emails written in the transaction of the change they announce and sent afterwards by a scheduled job,
-- so a rolled-back change sends nothing. The address is looked up when sending, not stored here.
CREATE TABLE email_outbox (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    version         BIGINT        NOT NULL,
    created_at      DATETIME(6)   NOT NULL,
    modified_at     DATETIME(6)   NOT NULL,
    member_id       BIGINT        NOT NULL,
    subject         VARCHAR(255)  NOT NULL,
    body            TEXT          NOT NULL,
    link            VARCHAR(500)  NOT NULL,
    status          VARCHAR(10)   NOT NULL,
    attempts        INT           NOT NULL,
    next_attempt_at DATETIME(6)   NOT NULL,
    sent_at         DATETIME(6)   NULL,
    CONSTRAINT fk_email_outbox_member FOREIGN KEY (member_id) REFERENCES member (id),
    INDEX ix_email_outbox_pending (status, next_attempt_at, id)
) ENGINE = InnoDB;
