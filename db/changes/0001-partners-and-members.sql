--liquibase formatted sql

--changeset portal:0001-agency
CREATE TABLE agency (
    id                       BIGINT AUTO_INCREMENT PRIMARY KEY,
    version                  BIGINT       NOT NULL,
    created_at               DATETIME(6)  NOT NULL,
    modified_at              DATETIME(6)  NOT NULL,
    name                     VARCHAR(150) NOT NULL,
    type                     VARCHAR(40)  NOT NULL,
    sharing_agreement_signed DATE         NULL,
    sharing_agreement_review DATE         NULL,
    active                   BOOLEAN      NOT NULL,
    CONSTRAINT uk_agency_name UNIQUE (name)
) ENGINE = InnoDB;

--changeset portal:0001-member
CREATE TABLE member (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    version       BIGINT       NOT NULL,
    created_at    DATETIME(6)  NOT NULL,
    modified_at   DATETIME(6)  NOT NULL,
    issuer        VARCHAR(255) NOT NULL,
    subject       VARCHAR(255) NOT NULL,
    display_name  VARCHAR(150) NOT NULL,
    email         VARCHAR(255) NULL,
    agency_id     BIGINT       NULL,
    status        VARCHAR(12)  NOT NULL,
    last_login_at DATETIME(6)  NULL,
    CONSTRAINT uk_member_identity UNIQUE (issuer, subject),
    CONSTRAINT fk_member_agency FOREIGN KEY (agency_id) REFERENCES agency (id),
    INDEX ix_member_status (status)
) ENGINE = InnoDB;

CREATE TABLE member_role (
    member_id BIGINT      NOT NULL,
    role      VARCHAR(30) NOT NULL,
    PRIMARY KEY (member_id, role),
    CONSTRAINT fk_member_role_member FOREIGN KEY (member_id) REFERENCES member (id) ON DELETE CASCADE
) ENGINE = InnoDB;

--changeset portal:0001-marac-area
CREATE TABLE marac_area (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    version        BIGINT       NOT NULL,
    created_at     DATETIME(6)  NOT NULL,
    modified_at    DATETIME(6)  NOT NULL,
    name           VARCHAR(150) NOT NULL,
    cadence_weeks  INT          NOT NULL,
    chair_id       BIGINT       NULL,
    referral_model VARCHAR(10)  NOT NULL,
    CONSTRAINT uk_marac_area_name UNIQUE (name),
    CONSTRAINT fk_marac_area_chair FOREIGN KEY (chair_id) REFERENCES member (id)
) ENGINE = InnoDB;

CREATE TABLE marac_area_agency (
    area_id   BIGINT NOT NULL,
    agency_id BIGINT NOT NULL,
    PRIMARY KEY (area_id, agency_id),
    CONSTRAINT fk_area_agency_area FOREIGN KEY (area_id) REFERENCES marac_area (id) ON DELETE CASCADE,
    CONSTRAINT fk_area_agency_agency FOREIGN KEY (agency_id) REFERENCES agency (id)
) ENGINE = InnoDB;

CREATE TABLE marac_area_local_strand (
    area_id  BIGINT      NOT NULL,
    position INT         NOT NULL,
    strand   VARCHAR(80) NOT NULL,
    PRIMARY KEY (area_id, position),
    CONSTRAINT fk_area_strand_area FOREIGN KEY (area_id) REFERENCES marac_area (id) ON DELETE CASCADE
) ENGINE = InnoDB;
