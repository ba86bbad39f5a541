--liquibase formatted sql

--changeset portal:0009-scrutiny
-- Community scrutiny panels: set up by the partnership (ADMIN) with an independent chair, members, terms of
-- reference and a confidentiality agreement every member accepts (each version) before seeing anything.
CREATE TABLE scrutiny_panel (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    version            BIGINT        NOT NULL,
    created_at         DATETIME(6)   NOT NULL,
    modified_at        DATETIME(6)   NOT NULL,
    name               VARCHAR(150)  NOT NULL,
    chair_id           BIGINT        NULL,
    terms_of_reference VARCHAR(4000) NOT NULL,
    agreement_text     VARCHAR(4000) NOT NULL,
    agreement_version  INT           NOT NULL,
    CONSTRAINT uk_scrutiny_panel_name UNIQUE (name),
    CONSTRAINT fk_scrutiny_panel_chair FOREIGN KEY (chair_id) REFERENCES member (id)
) ENGINE = InnoDB;

CREATE TABLE scrutiny_panel_area (
    panel_id BIGINT NOT NULL,
    area_id  BIGINT NOT NULL,
    PRIMARY KEY (panel_id, area_id),
    CONSTRAINT fk_scrutiny_panel_area_panel FOREIGN KEY (panel_id) REFERENCES scrutiny_panel (id) ON DELETE CASCADE,
    CONSTRAINT fk_scrutiny_panel_area_area FOREIGN KEY (area_id) REFERENCES marac_area (id)
) ENGINE = InnoDB;

CREATE TABLE scrutiny_panel_member (
    id                    BIGINT AUTO_INCREMENT PRIMARY KEY,
    version               BIGINT      NOT NULL,
    created_at            DATETIME(6) NOT NULL,
    modified_at           DATETIME(6) NOT NULL,
    panel_id              BIGINT      NOT NULL,
    member_id             BIGINT      NOT NULL,
    agreement_version     INT         NULL,
    agreement_accepted_at DATETIME(6) NULL,
    CONSTRAINT uk_scrutiny_panel_member UNIQUE (panel_id, member_id),
    CONSTRAINT fk_scrutiny_member_panel FOREIGN KEY (panel_id) REFERENCES scrutiny_panel (id) ON DELETE CASCADE,
    CONSTRAINT fk_scrutiny_member_member FOREIGN KEY (member_id) REFERENCES member (id),
    INDEX ix_scrutiny_member_member (member_id)
) ENGINE = InnoDB;

-- The panel's review criteria; a criterion used by a meeting is retired rather than reworded.
CREATE TABLE review_criterion (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    version     BIGINT        NOT NULL,
    created_at  DATETIME(6)   NOT NULL,
    modified_at DATETIME(6)   NOT NULL,
    panel_id    BIGINT        NOT NULL,
    position    INT           NOT NULL,
    title       VARCHAR(200)  NOT NULL,
    guidance    VARCHAR(1000) NULL,
    active      BOOLEAN       NOT NULL,
    CONSTRAINT fk_criterion_panel FOREIGN KEY (panel_id) REFERENCES scrutiny_panel (id) ON DELETE CASCADE,
    INDEX ix_criterion_panel (panel_id, position)
) ENGINE = InnoDB;

-- A review meeting: its theme, and the random draw of closed cases (filter, seed, size) that chose its cases.
CREATE TABLE review_meeting (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    version      BIGINT        NOT NULL,
    created_at   DATETIME(6)   NOT NULL,
    modified_at  DATETIME(6)   NOT NULL,
    panel_id     BIGINT        NOT NULL,
    meeting_date DATE          NOT NULL,
    theme        VARCHAR(300)  NOT NULL,
    status       VARCHAR(20)   NOT NULL,
    sample_size  INT           NULL,
    seed         VARCHAR(100)  NULL,
    filter_json  VARCHAR(2000) NULL,
    drawn_at     DATETIME(6)   NULL,
    drawn_by_id  BIGINT        NULL,
    concluded_at DATETIME(6)   NULL,
    CONSTRAINT fk_review_meeting_panel FOREIGN KEY (panel_id) REFERENCES scrutiny_panel (id) ON DELETE CASCADE,
    CONSTRAINT fk_review_meeting_drawn_by FOREIGN KEY (drawn_by_id) REFERENCES member (id),
    INDEX ix_review_meeting_panel (panel_id, meeting_date)
) ENGINE = InnoDB;

-- Every candidate of the draw in drawn order (rank 0 first): the record that shows the sample was random.
CREATE TABLE review_meeting_candidate (
    meeting_id BIGINT NOT NULL,
    draw_rank  INT    NOT NULL,
    case_id    BIGINT NOT NULL,
    PRIMARY KEY (meeting_id, draw_rank),
    CONSTRAINT fk_candidate_meeting FOREIGN KEY (meeting_id) REFERENCES review_meeting (id) ON DELETE CASCADE
) ENGINE = InnoDB;

-- The criteria in force when the sample was drawn: later changes to the panel's criteria do not touch it.
CREATE TABLE review_meeting_criterion (
    meeting_id   BIGINT NOT NULL,
    position     INT    NOT NULL,
    criterion_id BIGINT NOT NULL,
    PRIMARY KEY (meeting_id, position),
    CONSTRAINT fk_meeting_criterion_meeting FOREIGN KEY (meeting_id) REFERENCES review_meeting (id) ON DELETE CASCADE,
    CONSTRAINT fk_meeting_criterion_criterion FOREIGN KEY (criterion_id) REFERENCES review_criterion (id)
) ENGINE = InnoDB;

-- A closed case selected for a review meeting: its redacted summary, release, swap, and the agreed finding.
CREATE TABLE review_case (
    id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
    version              BIGINT        NOT NULL,
    created_at           DATETIME(6)   NOT NULL,
    modified_at          DATETIME(6)   NOT NULL,
    meeting_id           BIGINT        NOT NULL,
    case_id              BIGINT        NOT NULL,
    label_number         INT           NOT NULL,
    draw_rank            INT           NOT NULL,
    status               VARCHAR(20)   NOT NULL,
    summary              VARCHAR(4000) NULL,
    summary_by_id        BIGINT        NULL,
    summary_saved_at     DATETIME(6)   NULL,
    released_at          DATETIME(6)   NULL,
    released_by_id       BIGINT        NULL,
    withheld_reason      VARCHAR(30)   NULL,
    swap_reason          VARCHAR(30)   NULL,
    swap_note            VARCHAR(1000) NULL,
    swapped_at           DATETIME(6)   NULL,
    swapped_by_id        BIGINT        NULL,
    profile_strands      VARCHAR(200)  NULL,
    profile_cps_outcome  VARCHAR(20)   NULL,
    profile_final_risk   VARCHAR(10)   NULL,
    profile_repeat       BOOLEAN       NULL,
    finding_text         VARCHAR(4000) NULL,
    finding_agreed_at    DATETIME(6)   NULL,
    finding_agreed_by_id BIGINT        NULL,
    CONSTRAINT uk_review_case UNIQUE (meeting_id, case_id),
    CONSTRAINT fk_review_case_meeting FOREIGN KEY (meeting_id) REFERENCES review_meeting (id) ON DELETE CASCADE,
    CONSTRAINT fk_review_case_case FOREIGN KEY (case_id) REFERENCES marac_case (id) ON DELETE CASCADE,
    CONSTRAINT fk_review_case_summary_by FOREIGN KEY (summary_by_id) REFERENCES member (id),
    CONSTRAINT fk_review_case_released_by FOREIGN KEY (released_by_id) REFERENCES member (id),
    CONSTRAINT fk_review_case_swapped_by FOREIGN KEY (swapped_by_id) REFERENCES member (id),
    CONSTRAINT fk_review_case_finding_by FOREIGN KEY (finding_agreed_by_id) REFERENCES member (id),
    INDEX ix_review_case_case (case_id, status)
) ENGINE = InnoDB;

CREATE TABLE review_case_finding (
    review_case_id BIGINT      NOT NULL,
    criterion_id   BIGINT      NOT NULL,
    rating         VARCHAR(20) NOT NULL,
    PRIMARY KEY (review_case_id, criterion_id),
    CONSTRAINT fk_finding_review_case FOREIGN KEY (review_case_id) REFERENCES review_case (id) ON DELETE CASCADE
) ENGINE = InnoDB;

-- One panel member's review of one case.
CREATE TABLE case_review (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    version         BIGINT        NOT NULL,
    created_at      DATETIME(6)   NOT NULL,
    modified_at     DATETIME(6)   NOT NULL,
    review_case_id  BIGINT        NOT NULL,
    member_id       BIGINT        NOT NULL,
    overall_comment VARCHAR(4000) NULL,
    submitted_at    DATETIME(6)   NULL,
    CONSTRAINT uk_case_review UNIQUE (review_case_id, member_id),
    CONSTRAINT fk_case_review_case FOREIGN KEY (review_case_id) REFERENCES review_case (id) ON DELETE CASCADE,
    CONSTRAINT fk_case_review_member FOREIGN KEY (member_id) REFERENCES member (id)
) ENGINE = InnoDB;

CREATE TABLE case_review_rating (
    case_review_id BIGINT        NOT NULL,
    criterion_id   BIGINT        NOT NULL,
    rating         VARCHAR(20)   NULL,
    comment        VARCHAR(2000) NULL,
    PRIMARY KEY (case_review_id, criterion_id),
    CONSTRAINT fk_rating_case_review FOREIGN KEY (case_review_id) REFERENCES case_review (id) ON DELETE CASCADE
) ENGINE = InnoDB;

-- Recommendations to agencies and the agencies' answers, tracked by the panel.
CREATE TABLE scrutiny_recommendation (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    version          BIGINT        NOT NULL,
    created_at       DATETIME(6)   NOT NULL,
    modified_at      DATETIME(6)   NOT NULL,
    meeting_id       BIGINT        NOT NULL,
    agency_id        BIGINT        NOT NULL,
    recommendation   VARCHAR(2000) NOT NULL,
    due_date         DATE          NOT NULL,
    created_by_id    BIGINT        NOT NULL,
    response         VARCHAR(20)   NULL,
    action_taken     VARCHAR(2000) NULL,
    responded_at     DATETIME(6)   NULL,
    responded_by_id  BIGINT        NULL,
    closed_at        DATETIME(6)   NULL,
    closed_by_id     BIGINT        NULL,
    CONSTRAINT fk_recommendation_meeting FOREIGN KEY (meeting_id) REFERENCES review_meeting (id) ON DELETE CASCADE,
    CONSTRAINT fk_recommendation_agency FOREIGN KEY (agency_id) REFERENCES agency (id),
    CONSTRAINT fk_recommendation_created_by FOREIGN KEY (created_by_id) REFERENCES member (id),
    CONSTRAINT fk_recommendation_responded_by FOREIGN KEY (responded_by_id) REFERENCES member (id),
    CONSTRAINT fk_recommendation_closed_by FOREIGN KEY (closed_by_id) REFERENCES member (id),
    INDEX ix_recommendation_agency (agency_id, responded_at)
) ENGINE = InnoDB;
