--liquibase formatted sql

--changeset portal:0005-case-share
-- Agencies that see a case besides its nominator: through a published agenda that lists it, or an action
-- they own. The sharing policy reads this table as a subquery, so one rule serves lists and single records.
CREATE TABLE case_share (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    version     BIGINT      NOT NULL,
    created_at  DATETIME(6) NOT NULL,
    modified_at DATETIME(6) NOT NULL,
    case_id     BIGINT      NOT NULL,
    agency_id   BIGINT      NOT NULL,
    source      VARCHAR(20) NOT NULL,
    source_id   BIGINT      NOT NULL,
    ended_at    DATETIME(6) NULL,
    CONSTRAINT uk_case_share UNIQUE (case_id, agency_id, source, source_id),
    CONSTRAINT fk_case_share_case FOREIGN KEY (case_id) REFERENCES marac_case (id) ON DELETE CASCADE,
    CONSTRAINT fk_case_share_agency FOREIGN KEY (agency_id) REFERENCES agency (id),
    INDEX ix_case_share_agency (agency_id, case_id)
) ENGINE = InnoDB;

--changeset portal:0005-case-information
-- What a partner agency knows about a case (research for a meeting, or shared between meetings); fact and
-- opinion kept apart; "restricted" entries are seen by the recording agency alone.
CREATE TABLE case_information (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    version     BIGINT        NOT NULL,
    created_at  DATETIME(6)   NOT NULL,
    modified_at DATETIME(6)   NOT NULL,
    case_id     BIGINT        NOT NULL,
    agency_id   BIGINT        NOT NULL,
    author_id   BIGINT        NOT NULL,
    meeting_id  BIGINT        NULL,
    facts       VARCHAR(4000) NULL,
    opinion     VARCHAR(4000) NULL,
    restricted  BOOLEAN       NOT NULL DEFAULT FALSE,
    CONSTRAINT fk_case_information_case FOREIGN KEY (case_id) REFERENCES marac_case (id) ON DELETE CASCADE,
    CONSTRAINT fk_case_information_agency FOREIGN KEY (agency_id) REFERENCES agency (id),
    CONSTRAINT fk_case_information_author FOREIGN KEY (author_id) REFERENCES member (id),
    INDEX ix_case_information_case (case_id, created_at),
    INDEX ix_case_information_meeting (meeting_id, case_id, agency_id)
) ENGINE = InnoDB;

--changeset portal:0005-case-closure
ALTER TABLE marac_case
    ADD COLUMN closure_reason VARCHAR(30)   NULL,
    ADD COLUMN final_risk     VARCHAR(10)   NULL,
    ADD COLUMN closure_note   VARCHAR(2000) NULL,
    ADD INDEX ix_case_closed (status, closed_at);

--changeset portal:0005-case-cps-outcome
ALTER TABLE marac_case ADD COLUMN cps_outcome VARCHAR(20) NULL;
