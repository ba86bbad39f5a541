--liquibase formatted sql

--changeset portal:0011-insight-digest-subscription
-- Members who asked for the daily insight summary by email, and the end of the period the last one covered.
CREATE TABLE insight_digest_subscription (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    version      BIGINT      NOT NULL,
    created_at   DATETIME(6) NOT NULL,
    modified_at  DATETIME(6) NOT NULL,
    member_id    BIGINT      NOT NULL,
    subscribed   BOOLEAN     NOT NULL,
    last_sent_at DATETIME(6) NULL,
    CONSTRAINT uk_insight_digest_member UNIQUE (member_id),
    CONSTRAINT fk_insight_digest_member FOREIGN KEY (member_id) REFERENCES member (id),
    INDEX ix_insight_digest_subscribed (subscribed, member_id)
) ENGINE = InnoDB;
