--liquibase formatted sql

--changeset portal:0003-risk-tables
CREATE TABLE risk_question_set (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    version     BIGINT       NOT NULL,
    created_at  DATETIME(6)  NOT NULL,
    modified_at DATETIME(6)  NOT NULL,
    name        VARCHAR(150) NOT NULL,
    set_version INT          NOT NULL,
    active      BOOLEAN      NOT NULL,
    CONSTRAINT uk_question_set UNIQUE (name, set_version)
) ENGINE = InnoDB;

CREATE TABLE risk_question (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    version         BIGINT       NOT NULL,
    created_at      DATETIME(6)  NOT NULL,
    modified_at     DATETIME(6)  NOT NULL,
    question_set_id BIGINT       NOT NULL,
    section         VARCHAR(30)  NOT NULL,
    number          INT          NOT NULL,
    text            VARCHAR(500) NOT NULL,
    CONSTRAINT uk_question_number UNIQUE (question_set_id, number),
    CONSTRAINT fk_question_set FOREIGN KEY (question_set_id) REFERENCES risk_question_set (id)
) ENGINE = InnoDB;

CREATE TABLE risk_assessment (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    version             BIGINT        NOT NULL,
    created_at          DATETIME(6)   NOT NULL,
    modified_at         DATETIME(6)   NOT NULL,
    case_id             BIGINT        NOT NULL,
    assessment_number   INT           NOT NULL,
    question_set_id     BIGINT        NOT NULL,
    assessor_id         BIGINT        NOT NULL,
    assessor_agency_id  BIGINT        NOT NULL,
    status              VARCHAR(25)   NOT NULL,
    current_harm        VARCHAR(10)   NULL,
    repeat_victimisation VARCHAR(10)  NULL,
    community_cohesion  VARCHAR(10)   NULL,
    agency_confidence   VARCHAR(10)   NULL,
    assessor_level      VARCHAR(10)   NULL,
    rationale           VARCHAR(4000) NULL,
    submitted_at        DATETIME(6)   NULL,
    supervisor_id       BIGINT        NULL,
    endorsed_level      VARCHAR(10)   NULL,
    endorsement_reason  VARCHAR(2000) NULL,
    endorsed_at         DATETIME(6)   NULL,
    CONSTRAINT uk_assessment_number UNIQUE (case_id, assessment_number),
    CONSTRAINT fk_assessment_case FOREIGN KEY (case_id) REFERENCES marac_case (id) ON DELETE CASCADE,
    CONSTRAINT fk_assessment_set FOREIGN KEY (question_set_id) REFERENCES risk_question_set (id),
    CONSTRAINT fk_assessment_assessor FOREIGN KEY (assessor_id) REFERENCES member (id),
    CONSTRAINT fk_assessment_agency FOREIGN KEY (assessor_agency_id) REFERENCES agency (id),
    CONSTRAINT fk_assessment_supervisor FOREIGN KEY (supervisor_id) REFERENCES member (id),
    INDEX ix_assessment_status (assessor_agency_id, status)
) ENGINE = InnoDB;

CREATE TABLE risk_answer (
    assessment_id BIGINT        NOT NULL,
    question_id   BIGINT        NOT NULL,
    answer        VARCHAR(10)   NOT NULL,
    note          VARCHAR(1000) NULL,
    PRIMARY KEY (assessment_id, question_id),
    CONSTRAINT fk_answer_assessment FOREIGN KEY (assessment_id) REFERENCES risk_assessment (id) ON DELETE CASCADE,
    CONSTRAINT fk_answer_question FOREIGN KEY (question_id) REFERENCES risk_question (id)
) ENGINE = InnoDB;

CREATE TABLE risk_plan_item (
    assessment_id BIGINT        NOT NULL,
    position      INT           NOT NULL,
    measure       VARCHAR(1000) NOT NULL,
    owner         VARCHAR(150)  NOT NULL,
    due           DATE          NULL,
    PRIMARY KEY (assessment_id, position),
    CONSTRAINT fk_plan_assessment FOREIGN KEY (assessment_id) REFERENCES risk_assessment (id) ON DELETE CASCADE
) ENGINE = InnoDB;

--changeset portal:0003-question-set-v1
-- Modelled on the structured hate crime risk assessment HMICFRS (2018) found in Nottinghamshire:
-- 27 questions in four sections. A new version is a new set; assessments keep the set they used.
INSERT INTO risk_question_set (id, version, created_at, modified_at, name, set_version, active)
VALUES (1, 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6), 'Hate crime risk assessment', 1, TRUE);
INSERT INTO risk_question (version, created_at, modified_at, question_set_id, section, number, text) VALUES
    (0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6), 1, 'INCIDENT', 1, 'Was violence used or threatened in this incident?'),
    (0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6), 1, 'INCIDENT', 2, 'Was a weapon used or threatened?'),
    (0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6), 1, 'INCIDENT', 3, 'Was the victim targeted at or near their home?'),
    (0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6), 1, 'INCIDENT', 4, 'Was the victim''s property damaged, or an attempt made to damage it?'),
    (0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6), 1, 'INCIDENT', 5, 'Was the incident carried out by more than one person?'),
    (0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6), 1, 'INCIDENT', 6, 'Did the incident involve online or social media abuse?'),
    (0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6), 1, 'INCIDENT', 7, 'Was the incident pre-planned or targeted, rather than spontaneous?'),
    (0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6), 1, 'PERPETRATORS', 8, 'Is the perpetrator known to the victim (neighbour, colleague, acquaintance)?'),
    (0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6), 1, 'PERPETRATORS', 9, 'Does the perpetrator live close to the victim?'),
    (0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6), 1, 'PERPETRATORS', 10, 'Has the perpetrator been involved in hate crime or hate incidents before?'),
    (0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6), 1, 'PERPETRATORS', 11, 'Does the perpetrator have a history of violence?'),
    (0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6), 1, 'PERPETRATORS', 12, 'Is the perpetrator linked to an extremist or organised group?'),
    (0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6), 1, 'PERPETRATORS', 13, 'Has the perpetrator breached bail conditions, an order or an injunction?'),
    (0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6), 1, 'PERPETRATORS', 14, 'Is the victim afraid the perpetrator will harm them again?'),
    (0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6), 1, 'PREVIOUS_VICTIMISATION', 15, 'Has the victim experienced hate crime or hate incidents before?'),
    (0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6), 1, 'PREVIOUS_VICTIMISATION', 16, 'Has the victim been targeted by the same perpetrator before?'),
    (0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6), 1, 'PREVIOUS_VICTIMISATION', 17, 'Have incidents against the victim become more frequent?'),
    (0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6), 1, 'PREVIOUS_VICTIMISATION', 18, 'Have incidents against the victim become more serious?'),
    (0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6), 1, 'PREVIOUS_VICTIMISATION', 19, 'Have other members of the victim''s household been targeted?'),
    (0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6), 1, 'PREVIOUS_VICTIMISATION', 20, 'Has the victim previously reported incidents without a resolution?'),
    (0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6), 1, 'IMPACT', 21, 'Is the victim frightened to leave or stay in their home?'),
    (0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6), 1, 'IMPACT', 22, 'Has the victim changed their routine or behaviour because of the incidents?'),
    (0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6), 1, 'IMPACT', 23, 'Is the victim considering moving home because of the incidents?'),
    (0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6), 1, 'IMPACT', 24, 'Does the victim have a disability, illness or vulnerability that increases the impact?'),
    (0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6), 1, 'IMPACT', 25, 'Has the incident affected the victim''s mental health or wellbeing (including thoughts of self-harm)?'),
    (0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6), 1, 'IMPACT', 26, 'Are children in the household affected by the incidents?'),
    (0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6), 1, 'IMPACT', 27, 'Is there a risk of tension or retaliation in the wider community?');
