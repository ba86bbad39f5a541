--liquibase formatted sql

--changeset portal:0002-area-escalation
ALTER TABLE marac_area
    ADD COLUMN escalation_incidents     INT NOT NULL DEFAULT 3,
    ADD COLUMN escalation_window_months INT NOT NULL DEFAULT 12;

--changeset portal:0002-person
CREATE TABLE person (
    id                          BIGINT AUTO_INCREMENT PRIMARY KEY,
    version                     BIGINT        NOT NULL,
    created_at                  DATETIME(6)   NOT NULL,
    modified_at                 DATETIME(6)   NOT NULL,
    given_name                  VARCHAR(100)  NULL,
    family_name                 VARCHAR(100)  NULL,
    preferred_name              VARCHAR(100)  NULL,
    pronouns                    VARCHAR(40)   NULL,
    date_of_birth               DATE          NULL,
    age_band                    VARCHAR(20)   NULL,
    address                     VARCHAR(300)  NULL,
    postcode                    VARCHAR(10)   NULL,
    phone                       VARCHAR(40)   NULL,
    email                       VARCHAR(255)  NULL,
    first_language              VARCHAR(60)   NULL,
    interpreter_needed          BOOLEAN       NOT NULL DEFAULT FALSE,
    letter_safe                 VARCHAR(10)   NOT NULL DEFAULT 'UNKNOWN',
    phone_safe                  VARCHAR(10)   NOT NULL DEFAULT 'UNKNOWN',
    safe_contact_hours          VARCHAR(200)  NULL,
    safe_contact_via            VARCHAR(200)  NULL,
    vulnerability_notes         VARCHAR(2000) NULL,
    gender_identity_answer      VARCHAR(12)   NOT NULL DEFAULT 'NOT_ASKED',
    gender_identity             VARCHAR(100)  NULL,
    ethnicity_answer            VARCHAR(12)   NOT NULL DEFAULT 'NOT_ASKED',
    ethnicity                   VARCHAR(100)  NULL,
    religion_answer             VARCHAR(12)   NOT NULL DEFAULT 'NOT_ASKED',
    religion                    VARCHAR(100)  NULL,
    sexual_orientation_answer   VARCHAR(12)   NOT NULL DEFAULT 'NOT_ASKED',
    sexual_orientation          VARCHAR(100)  NULL,
    disability_answer           VARCHAR(12)   NOT NULL DEFAULT 'NOT_ASKED',
    disability                  VARCHAR(200)  NULL,
    INDEX ix_person_postcode (postcode),
    INDEX ix_person_dob (date_of_birth)
) ENGINE = InnoDB;

CREATE TABLE person_alias (
    person_id BIGINT       NOT NULL,
    position  INT          NOT NULL,
    alias     VARCHAR(200) NOT NULL,
    PRIMARY KEY (person_id, position),
    CONSTRAINT fk_person_alias_person FOREIGN KEY (person_id) REFERENCES person (id) ON DELETE CASCADE
) ENGINE = InnoDB;

CREATE TABLE person_accessible_format (
    person_id BIGINT      NOT NULL,
    format    VARCHAR(20) NOT NULL,
    PRIMARY KEY (person_id, format),
    CONSTRAINT fk_person_format_person FOREIGN KEY (person_id) REFERENCES person (id) ON DELETE CASCADE
) ENGINE = InnoDB;

-- Phonetic keys of every name and alias: candidates for "possible same person" are found by key.
CREATE TABLE person_name_key (
    person_id BIGINT      NOT NULL,
    name_key  VARCHAR(40) NOT NULL,
    PRIMARY KEY (person_id, name_key),
    INDEX ix_person_name_key (name_key),
    CONSTRAINT fk_person_name_key_person FOREIGN KEY (person_id) REFERENCES person (id) ON DELETE CASCADE
) ENGINE = InnoDB;

--changeset portal:0002-case
CREATE TABLE case_reference_counter (
    year        INT NOT NULL PRIMARY KEY,
    last_number INT NOT NULL
) ENGINE = InnoDB;

CREATE TABLE marac_case (
    id                            BIGINT AUTO_INCREMENT PRIMARY KEY,
    version                       BIGINT        NOT NULL,
    created_at                    DATETIME(6)   NOT NULL,
    modified_at                   DATETIME(6)   NOT NULL,
    reference                     VARCHAR(20)   NULL,
    area_id                       BIGINT        NULL,
    status                        VARCHAR(20)   NOT NULL,
    nominating_agency_id          BIGINT        NOT NULL,
    nominating_member_id          BIGINT        NOT NULL,
    reason                        VARCHAR(4000) NULL,
    actions_so_far                VARCHAR(4000) NULL,
    children_in_household         BOOLEAN       NOT NULL DEFAULT FALSE,
    victim_aware                  BOOLEAN       NULL,
    victim_consented              BOOLEAN       NULL,
    lawful_basis                  VARCHAR(40)   NULL,
    sharing_without_consent_reason VARCHAR(2000) NULL,
    referral_model                VARCHAR(10)   NULL,
    victim_support_choice         VARCHAR(20)   NOT NULL DEFAULT 'NOT_YET_ASKED',
    professional_judgement        BOOLEAN       NOT NULL DEFAULT FALSE,
    professional_judgement_reason VARCHAR(2000) NULL,
    endorsed_risk                 VARCHAR(10)   NULL,
    eligibility_route             VARCHAR(30)   NULL,
    repeat_case                   BOOLEAN       NOT NULL DEFAULT FALSE,
    repeat_of_case_id             BIGINT        NULL,
    possible_match                BOOLEAN       NOT NULL DEFAULT FALSE,
    submitted_at                  DATETIME(6)   NULL,
    decided_at                    DATETIME(6)   NULL,
    decided_by_id                 BIGINT        NULL,
    decline_reason                VARCHAR(2000) NULL,
    closed_at                     DATETIME(6)   NULL,
    CONSTRAINT uk_marac_case_reference UNIQUE (reference),
    CONSTRAINT fk_case_area FOREIGN KEY (area_id) REFERENCES marac_area (id),
    CONSTRAINT fk_case_agency FOREIGN KEY (nominating_agency_id) REFERENCES agency (id),
    CONSTRAINT fk_case_member FOREIGN KEY (nominating_member_id) REFERENCES member (id),
    CONSTRAINT fk_case_repeat_of FOREIGN KEY (repeat_of_case_id) REFERENCES marac_case (id),
    INDEX ix_case_area_status (area_id, status),
    INDEX ix_case_agency (nominating_agency_id, status)
) ENGINE = InnoDB;

CREATE TABLE case_party (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    version    BIGINT      NOT NULL,
    created_at DATETIME(6) NOT NULL,
    modified_at DATETIME(6) NOT NULL,
    case_id    BIGINT      NOT NULL,
    person_id  BIGINT      NOT NULL,
    role       VARCHAR(20) NOT NULL,
    CONSTRAINT fk_party_case FOREIGN KEY (case_id) REFERENCES marac_case (id) ON DELETE CASCADE,
    CONSTRAINT fk_party_person FOREIGN KEY (person_id) REFERENCES person (id),
    INDEX ix_party_person (person_id, role)
) ENGINE = InnoDB;

CREATE TABLE incident (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    version           BIGINT        NOT NULL,
    created_at        DATETIME(6)   NOT NULL,
    modified_at       DATETIME(6)   NOT NULL,
    case_id           BIGINT        NOT NULL,
    occurred_at       DATETIME(6)   NOT NULL,
    place             VARCHAR(200)  NULL,
    ward              VARCHAR(100)  NULL,
    description       VARCHAR(4000) NULL,
    kind              VARCHAR(10)   NOT NULL,
    crime_reference   VARCHAR(40)   NULL,
    reporting_route   VARCHAR(30)   NOT NULL,
    reporting_centre  VARCHAR(150)  NULL,
    religion          VARCHAR(60)   NULL,
    cyber_enabled     BOOLEAN       NOT NULL DEFAULT FALSE,
    perceived_by      VARCHAR(20)   NOT NULL,
    victim_words      VARCHAR(2000) NULL,
    CONSTRAINT fk_incident_case FOREIGN KEY (case_id) REFERENCES marac_case (id) ON DELETE CASCADE,
    INDEX ix_incident_case (case_id, occurred_at)
) ENGINE = InnoDB;

CREATE TABLE incident_strand (
    incident_id BIGINT      NOT NULL,
    strand      VARCHAR(30) NOT NULL,
    PRIMARY KEY (incident_id, strand),
    CONSTRAINT fk_incident_strand FOREIGN KEY (incident_id) REFERENCES incident (id) ON DELETE CASCADE
) ENGINE = InnoDB;

CREATE TABLE incident_local_strand (
    incident_id BIGINT      NOT NULL,
    strand      VARCHAR(80) NOT NULL,
    PRIMARY KEY (incident_id, strand),
    CONSTRAINT fk_incident_local_strand FOREIGN KEY (incident_id) REFERENCES incident (id) ON DELETE CASCADE
) ENGINE = InnoDB;

CREATE TABLE case_event (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    version    BIGINT        NOT NULL,
    created_at DATETIME(6)   NOT NULL,
    modified_at DATETIME(6)  NOT NULL,
    case_id    BIGINT        NOT NULL,
    status     VARCHAR(20)   NOT NULL,
    member_id  BIGINT        NOT NULL,
    note       VARCHAR(2000) NULL,
    CONSTRAINT fk_case_event_case FOREIGN KEY (case_id) REFERENCES marac_case (id) ON DELETE CASCADE,
    CONSTRAINT fk_case_event_member FOREIGN KEY (member_id) REFERENCES member (id)
) ENGINE = InnoDB;

CREATE TABLE match_suggestion (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    version            BIGINT       NOT NULL,
    created_at         DATETIME(6)  NOT NULL,
    modified_at        DATETIME(6)  NOT NULL,
    case_id            BIGINT       NOT NULL,
    person_id          BIGINT       NOT NULL,
    existing_person_id BIGINT       NOT NULL,
    score              DOUBLE       NOT NULL,
    reasons            VARCHAR(200) NOT NULL,
    status             VARCHAR(12)  NOT NULL,
    decided_by_id      BIGINT       NULL,
    decided_at         DATETIME(6)  NULL,
    CONSTRAINT uk_match UNIQUE (case_id, person_id, existing_person_id),
    CONSTRAINT fk_match_case FOREIGN KEY (case_id) REFERENCES marac_case (id) ON DELETE CASCADE,
    CONSTRAINT fk_match_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT fk_match_existing FOREIGN KEY (existing_person_id) REFERENCES person (id)
) ENGINE = InnoDB;

-- Confirmed "same person" links between person records (the chair's decision); feeds the repeat rule.
CREATE TABLE person_link (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    version    BIGINT      NOT NULL,
    created_at DATETIME(6) NOT NULL,
    modified_at DATETIME(6) NOT NULL,
    person_id  BIGINT      NOT NULL,
    linked_id  BIGINT      NOT NULL,
    CONSTRAINT uk_person_link UNIQUE (person_id, linked_id),
    CONSTRAINT fk_link_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT fk_link_linked FOREIGN KEY (linked_id) REFERENCES person (id)
) ENGINE = InnoDB;
