--liquibase formatted sql

--changeset portal:0007-meeting-series
-- An area's MARAC series: the first meeting's date, the usual time and place, slot length and agenda order.
-- One series per area; occurrences follow every N weeks (the area's cadence).
CREATE TABLE meeting_series (
    id                    BIGINT AUTO_INCREMENT PRIMARY KEY,
    version               BIGINT        NOT NULL,
    created_at            DATETIME(6)   NOT NULL,
    modified_at           DATETIME(6)   NOT NULL,
    area_id               BIGINT        NOT NULL,
    first_meeting_on      DATE          NOT NULL,
    start_time            TIME          NOT NULL,
    venue                 VARCHAR(200)  NULL,
    online_link           VARCHAR(500)  NULL,
    default_slot_minutes  INT           NOT NULL DEFAULT 12,
    agenda_order          VARCHAR(200)  NOT NULL,
    CONSTRAINT uk_meeting_series_area UNIQUE (area_id),
    CONSTRAINT fk_meeting_series_area FOREIGN KEY (area_id) REFERENCES marac_area (id)
) ENGINE = InnoDB;

--changeset portal:0007-meeting
-- One meeting: an occurrence of the series (occurrence number) or an extra meeting (no number).
CREATE TABLE meeting (
    id                       BIGINT AUTO_INCREMENT PRIMARY KEY,
    version                  BIGINT        NOT NULL,
    created_at               DATETIME(6)   NOT NULL,
    modified_at              DATETIME(6)   NOT NULL,
    series_id                BIGINT        NOT NULL,
    area_id                  BIGINT        NOT NULL,
    occurrence               INT           NULL,
    starts_at                DATETIME(6)   NOT NULL,
    venue                    VARCHAR(200)  NULL,
    online_link              VARCHAR(500)  NULL,
    status                   VARCHAR(20)   NOT NULL,
    moved                    BOOLEAN       NOT NULL DEFAULT FALSE,
    cancel_reason            VARCHAR(2000) NULL,
    agenda_changed_at        DATETIME(6)   NULL,
    published_at             DATETIME(6)   NULL,
    started_at               DATETIME(6)   NULL,
    concluded_at             DATETIME(6)   NULL,
    current_item_id          BIGINT        NULL,
    current_item_started_at  DATETIME(6)   NULL,
    minute_taker_id          BIGINT        NULL,
    minutes_notes            VARCHAR(4000) NULL,
    minutes_approved_at      DATETIME(6)   NULL,
    minutes_approved_by_id   BIGINT        NULL,
    approved_minutes_pdf     LONGBLOB      NULL,
    CONSTRAINT uk_meeting_occurrence UNIQUE (series_id, occurrence),
    CONSTRAINT fk_meeting_series FOREIGN KEY (series_id) REFERENCES meeting_series (id),
    CONSTRAINT fk_meeting_area FOREIGN KEY (area_id) REFERENCES marac_area (id),
    CONSTRAINT fk_meeting_minute_taker FOREIGN KEY (minute_taker_id) REFERENCES member (id),
    CONSTRAINT fk_meeting_approved_by FOREIGN KEY (minutes_approved_by_id) REFERENCES member (id),
    INDEX ix_meeting_area_start (area_id, starts_at),
    INDEX ix_meeting_status (status, starts_at)
) ENGINE = InnoDB;

-- The agencies invited to a meeting: a published agenda shares its cases with each of them.
CREATE TABLE meeting_agency (
    meeting_id BIGINT NOT NULL,
    agency_id  BIGINT NOT NULL,
    PRIMARY KEY (meeting_id, agency_id),
    CONSTRAINT fk_meeting_agency_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id) ON DELETE CASCADE,
    CONSTRAINT fk_meeting_agency_agency FOREIGN KEY (agency_id) REFERENCES agency (id),
    INDEX ix_meeting_agency_agency (agency_id)
) ENGINE = InnoDB;

--changeset portal:0007-meeting-attendee
-- Named attendees: invited, present or with apologies, and when they accepted the confidentiality statement.
CREATE TABLE meeting_attendee (
    id                           BIGINT AUTO_INCREMENT PRIMARY KEY,
    version                      BIGINT        NOT NULL,
    created_at                   DATETIME(6)   NOT NULL,
    modified_at                  DATETIME(6)   NOT NULL,
    meeting_id                   BIGINT        NOT NULL,
    member_id                    BIGINT        NOT NULL,
    agency_id                    BIGINT        NULL,
    status                       VARCHAR(12)   NOT NULL,
    apology_note                 VARCHAR(500)  NULL,
    confidentiality_accepted_at  DATETIME(6)   NULL,
    joined_at                    DATETIME(6)   NULL,
    CONSTRAINT uk_meeting_attendee UNIQUE (meeting_id, member_id),
    CONSTRAINT fk_attendee_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id) ON DELETE CASCADE,
    CONSTRAINT fk_attendee_member FOREIGN KEY (member_id) REFERENCES member (id),
    CONSTRAINT fk_attendee_agency FOREIGN KEY (agency_id) REFERENCES agency (id)
) ENGINE = InnoDB;

--changeset portal:0007-agenda-item
-- A case on an agenda. A removed item stays (with its reason) so that the record shows it; the shares its
-- publication made are keyed by the item's id, so removing it ends exactly those.
CREATE TABLE agenda_item (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    version            BIGINT        NOT NULL,
    created_at         DATETIME(6)   NOT NULL,
    modified_at        DATETIME(6)   NOT NULL,
    meeting_id         BIGINT        NOT NULL,
    case_id            BIGINT        NOT NULL,
    kind               VARCHAR(10)   NOT NULL,
    position           INT           NOT NULL,
    slot_minutes       INT           NOT NULL,
    added_reason       VARCHAR(500)  NULL,
    removed_at         DATETIME(6)   NULL,
    removed_reason     VARCHAR(500)  NULL,
    discussed          BOOLEAN       NOT NULL DEFAULT FALSE,
    time_used_seconds  INT           NOT NULL DEFAULT 0,
    discussion         VARCHAR(4000) NULL,
    agreed_risk        VARCHAR(10)   NULL,
    decisions          VARCHAR(4000) NULL,
    review_on          DATE          NULL,
    CONSTRAINT fk_agenda_item_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id) ON DELETE CASCADE,
    CONSTRAINT fk_agenda_item_case FOREIGN KEY (case_id) REFERENCES marac_case (id) ON DELETE CASCADE,
    INDEX ix_agenda_item_meeting (meeting_id, position),
    INDEX ix_agenda_item_case (case_id, discussed)
) ENGINE = InnoDB;
