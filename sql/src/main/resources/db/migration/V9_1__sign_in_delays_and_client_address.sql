-- Hardened sign-in (issue 10, finding 5): growing delays per account name and per client address replace the
-- hard per-account lock, and sign-in events are audited with the client address.

-- One row per account name (existing or not) or client address with failed sign-ins; a success removes the
-- account's row, and rows idle past the rule's forget time are purged.
CREATE TABLE sign_in_delay (
  id              BIGINT       NOT NULL AUTO_INCREMENT,
  kind            VARCHAR(10)  NOT NULL,
  subject         VARCHAR(100) NOT NULL,
  failures        INT          NOT NULL,
  last_failure_at DATETIME(6),
  not_before      DATETIME(6),
  PRIMARY KEY (id),
  CONSTRAINT uk_sign_in_delay_subject UNIQUE (kind, subject)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

ALTER TABLE user_account DROP COLUMN failed_attempts, DROP COLUMN locked_until;

-- IPv6 text is at most 45 characters.
ALTER TABLE audit_record ADD COLUMN client_address VARCHAR(45) NULL AFTER username;
