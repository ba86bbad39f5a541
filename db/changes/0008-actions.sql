--liquibase formatted sql

--changeset portal:0008-action
-- Actions agreed at a MARAC (or set by the chair between meetings), owned by an agency.
CREATE TABLE case_action (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    version           BIGINT        NOT NULL,
    created_at        DATETIME(6)   NOT NULL,
    modified_at       DATETIME(6)   NOT NULL,
    case_id           BIGINT        NOT NULL,
    meeting_id        BIGINT        NULL,
    description       VARCHAR(2000) NOT NULL,
    owner_agency_id   BIGINT        NOT NULL,
    assignee_id       BIGINT        NULL,
    due_date          DATE          NOT NULL,
    priority          VARCHAR(10)   NOT NULL,
    status            VARCHAR(20)   NOT NULL,
    status_reason     VARCHAR(2000) NULL,
    created_by_id     BIGINT        NOT NULL,
    finished_at       DATETIME(6)   NULL,
    due_soon_sent_at  DATETIME(6)   NULL,
    overdue_sent_at   DATETIME(6)   NULL,
    CONSTRAINT fk_action_case FOREIGN KEY (case_id) REFERENCES marac_case (id) ON DELETE CASCADE,
    CONSTRAINT fk_action_owner FOREIGN KEY (owner_agency_id) REFERENCES agency (id),
    CONSTRAINT fk_action_assignee FOREIGN KEY (assignee_id) REFERENCES member (id),
    CONSTRAINT fk_action_created_by FOREIGN KEY (created_by_id) REFERENCES member (id),
    INDEX ix_action_case (case_id, status),
    INDEX ix_action_owner (owner_agency_id, status, due_date),
    INDEX ix_action_due (status, due_date)
) ENGINE = InnoDB;

-- Every change to an action, with who made it and their comment: the action's updates log.
CREATE TABLE case_action_update (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    version     BIGINT        NOT NULL,
    created_at  DATETIME(6)   NOT NULL,
    modified_at DATETIME(6)   NOT NULL,
    action_id   BIGINT        NOT NULL,
    member_id   BIGINT        NOT NULL,
    status      VARCHAR(20)   NULL,
    comment     VARCHAR(2000) NULL,
    CONSTRAINT fk_action_update_action FOREIGN KEY (action_id) REFERENCES case_action (id) ON DELETE CASCADE,
    CONSTRAINT fk_action_update_member FOREIGN KEY (member_id) REFERENCES member (id),
    INDEX ix_action_update_action (action_id, created_at)
) ENGINE = InnoDB;
