-- Referrals and orders (R9-R13): external specialists, referrals with their status trail and letters, imaging and
-- lab orders with their trail and result files, scoliosis screens.
-- Names follow Hibernate's CamelCaseToUnderscoresNamingStrategy (entity DiagnosticOrder -> table diagnostic_order).

CREATE TABLE external_specialist (
  id         BIGINT       NOT NULL AUTO_INCREMENT,
  version    BIGINT       NOT NULL,
  name       VARCHAR(120) NOT NULL,
  practice   VARCHAR(120),
  specialty  VARCHAR(20)  NOT NULL,
  address    VARCHAR(300),
  phone      VARCHAR(30),
  email      VARCHAR(120),
  active     BOOLEAN      NOT NULL,
  created_at DATETIME(6)  NOT NULL,
  created_by VARCHAR(80)  NOT NULL,
  updated_at DATETIME(6)  NOT NULL,
  updated_by VARCHAR(80)  NOT NULL,
  PRIMARY KEY (id),
  INDEX ix_external_specialist_specialty (specialty, active, name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE referral (
  id                  BIGINT        NOT NULL AUTO_INCREMENT,
  version             BIGINT        NOT NULL,
  patient_id          BIGINT        NOT NULL,
  specialty           VARCHAR(20)   NOT NULL,
  urgency             VARCHAR(10)   NOT NULL,
  reason              VARCHAR(2000) NOT NULL,
  rule_outs           VARCHAR(200)  NOT NULL,
  surgical_indication VARCHAR(30),
  surgery_basis       VARCHAR(30),
  specialist_id       BIGINT,
  referred_by         VARCHAR(80)   NOT NULL,
  referred_at         DATETIME(6)   NOT NULL,
  status              VARCHAR(20)   NOT NULL,
  status_since        DATETIME(6)   NOT NULL,
  created_at          DATETIME(6)   NOT NULL,
  created_by          VARCHAR(80)   NOT NULL,
  updated_at          DATETIME(6)   NOT NULL,
  updated_by          VARCHAR(80)   NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT fk_referral_patient FOREIGN KEY (patient_id) REFERENCES patient (id),
  CONSTRAINT fk_referral_specialist FOREIGN KEY (specialist_id) REFERENCES external_specialist (id),
  INDEX ix_referral_patient (patient_id, referred_at),
  -- The overdue worklist looks referrals up by status and age.
  INDEX ix_referral_status (status, urgency, referred_at),
  INDEX ix_referral_status_since (status, status_since)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Append-only: one row per step of a referral's status trail.
CREATE TABLE referral_step (
  referral_id BIGINT       NOT NULL,
  step_index  INT          NOT NULL,
  status      VARCHAR(20)  NOT NULL,
  occurred_at DATETIME(6)  NOT NULL,
  username    VARCHAR(80)  NOT NULL,
  note        VARCHAR(500),
  PRIMARY KEY (referral_id, step_index),
  CONSTRAINT fk_referral_step_referral FOREIGN KEY (referral_id) REFERENCES referral (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE referral_letter (
  id          BIGINT      NOT NULL AUTO_INCREMENT,
  version     BIGINT      NOT NULL,
  referral_id BIGINT      NOT NULL,
  pdf         LONGBLOB    NOT NULL,
  created_at  DATETIME(6) NOT NULL,
  created_by  VARCHAR(80) NOT NULL,
  updated_at  DATETIME(6) NOT NULL,
  updated_by  VARCHAR(80) NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uk_referral_letter_referral UNIQUE (referral_id),
  CONSTRAINT fk_referral_letter_referral FOREIGN KEY (referral_id) REFERENCES referral (id)
) ENGINE = InnoDB;

CREATE TABLE diagnostic_order (
  id                 BIGINT        NOT NULL AUTO_INCREMENT,
  version            BIGINT        NOT NULL,
  patient_id         BIGINT        NOT NULL,
  kind               VARCHAR(20)   NOT NULL,
  reason             VARCHAR(2000) NOT NULL,
  body_region        VARCHAR(20),
  contrast           BOOLEAN       NOT NULL,
  ordered_by         VARCHAR(80)   NOT NULL,
  ordered_at         DATETIME(6)   NOT NULL,
  status             VARCHAR(20)   NOT NULL,
  status_since       DATETIME(6)   NOT NULL,
  result_report      VARCHAR(4000),
  abnormal           BOOLEAN       NOT NULL,
  result_received_at DATETIME(6),
  reviewed_by        VARCHAR(80),
  reviewed_at        DATETIME(6),
  created_at         DATETIME(6)   NOT NULL,
  created_by         VARCHAR(80)   NOT NULL,
  updated_at         DATETIME(6)   NOT NULL,
  updated_by         VARCHAR(80)   NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT fk_diagnostic_order_patient FOREIGN KEY (patient_id) REFERENCES patient (id),
  INDEX ix_diagnostic_order_patient (patient_id, ordered_at),
  -- The unreviewed-results worklist: the ordering clinician's orders in one status.
  INDEX ix_diagnostic_order_worklist (ordered_by, status, abnormal, result_received_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Append-only: one row per step of an order's status trail.
CREATE TABLE order_step (
  order_id    BIGINT      NOT NULL,
  step_index  INT         NOT NULL,
  status      VARCHAR(20) NOT NULL,
  occurred_at DATETIME(6) NOT NULL,
  username    VARCHAR(80) NOT NULL,
  note        VARCHAR(500),
  PRIMARY KEY (order_id, step_index),
  CONSTRAINT fk_order_step_order FOREIGN KEY (order_id) REFERENCES diagnostic_order (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The bytes of result files, apart from their description so that lists never load them.
CREATE TABLE result_file_content (
  id      BIGINT   NOT NULL AUTO_INCREMENT,
  content LONGBLOB NOT NULL,
  PRIMARY KEY (id)
) ENGINE = InnoDB;

CREATE TABLE result_file (
  id           BIGINT       NOT NULL AUTO_INCREMENT,
  version      BIGINT       NOT NULL,
  order_id     BIGINT       NOT NULL,
  patient_id   BIGINT       NOT NULL,
  filename     VARCHAR(160) NOT NULL,
  content_type VARCHAR(40)  NOT NULL,
  size_bytes   BIGINT       NOT NULL,
  content_id   BIGINT       NOT NULL,
  created_at   DATETIME(6)  NOT NULL,
  created_by   VARCHAR(80)  NOT NULL,
  updated_at   DATETIME(6)  NOT NULL,
  updated_by   VARCHAR(80)  NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uk_result_file_content UNIQUE (content_id),
  CONSTRAINT fk_result_file_order FOREIGN KEY (order_id) REFERENCES diagnostic_order (id),
  CONSTRAINT fk_result_file_patient FOREIGN KEY (patient_id) REFERENCES patient (id),
  CONSTRAINT fk_result_file_content FOREIGN KEY (content_id) REFERENCES result_file_content (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE scoliosis_screen (
  id                    BIGINT        NOT NULL AUTO_INCREMENT,
  version               BIGINT        NOT NULL,
  patient_id            BIGINT        NOT NULL,
  forward_bend_rib_hump VARCHAR(10)   NOT NULL,
  muscle_weakness       BOOLEAN       NOT NULL,
  numbness              BOOLEAN       NOT NULL,
  abnormal_reflexes     BOOLEAN       NOT NULL,
  notes                 VARCHAR(1000),
  positive              BOOLEAN       NOT NULL,
  examined_by           VARCHAR(80)   NOT NULL,
  examined_at           DATETIME(6)   NOT NULL,
  created_at            DATETIME(6)   NOT NULL,
  created_by            VARCHAR(80)   NOT NULL,
  updated_at            DATETIME(6)   NOT NULL,
  updated_by            VARCHAR(80)   NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT fk_scoliosis_screen_patient FOREIGN KEY (patient_id) REFERENCES patient (id),
  INDEX ix_scoliosis_screen_patient (patient_id, examined_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
