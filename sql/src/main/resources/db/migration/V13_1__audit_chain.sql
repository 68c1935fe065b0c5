-- R22: the audit trail proves itself. Each record carries the caller's role, a random key and a MAC (HMAC-SHA256
-- under the clinic's audit key, which the database never holds), so a row written or edited outside the
-- application does not verify. A sealing step links the records into a hash chain shortly after they commit
-- (audit_seal, one row per record in chain order), so writers never wait on the chain head.
ALTER TABLE audit_record
  ADD COLUMN role       VARCHAR(20),
  ADD COLUMN record_key CHAR(36),
  ADD COLUMN mac        CHAR(64),
  ADD CONSTRAINT uk_audit_record_key UNIQUE (record_key),
  ADD INDEX ix_audit_action (action, occurred_at);

CREATE TABLE audit_seal (
  position    BIGINT      NOT NULL,
  audit_id    BIGINT      NOT NULL,
  chain_hash  CHAR(64)    NOT NULL,
  sealed_at   DATETIME(6) NOT NULL,
  PRIMARY KEY (position),
  CONSTRAINT uk_audit_seal_record UNIQUE (audit_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The chain's head, written by the sealing step alone. Records up to legacy_until were written before records had
-- a MAC: the chain covers their content from their first sealing on.
CREATE TABLE audit_chain_head (
  id            TINYINT     NOT NULL,
  position      BIGINT      NOT NULL,
  chain_hash    CHAR(64)    NOT NULL,
  last_audit_id BIGINT      NOT NULL,
  legacy_until  BIGINT      NOT NULL,
  PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO audit_chain_head (id, position, chain_hash, last_audit_id, legacy_until)
SELECT 1, 0, REPEAT('0', 64), 0, COALESCE(MAX(id), 0) FROM audit_record;
