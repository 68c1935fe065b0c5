-- Facet-joint injections (R6-R8): a lock row per patient's injection history, the injections with their procedure
-- record and aftercare follow-up, the spinal levels injected, and complications.

-- One row per patient who ever had an injection booked. Every booking, move and recording locks it first, so two
-- changes for the same patient run one after the other and the second sees the first (R6: of two clinicians
-- racing for the fourth injection, one wins).
CREATE TABLE injection_history (
  patient_id BIGINT NOT NULL,
  PRIMARY KEY (patient_id),
  CONSTRAINT fk_injection_history_patient FOREIGN KEY (patient_id) REFERENCES patient (id)
) ENGINE = InnoDB;

CREATE TABLE injection (
  id              BIGINT        NOT NULL AUTO_INCREMENT,
  version         BIGINT        NOT NULL,
  patient_id      BIGINT        NOT NULL,
  appointment_id  BIGINT,
  provider_id     BIGINT        NOT NULL,
  starts_at       DATETIME      NOT NULL,
  side            VARCHAR(10)   NOT NULL,
  status          VARCHAR(10)   NOT NULL,
  cancel_reason   VARCHAR(300),
  procedure_start DATETIME,
  procedure_end   DATETIME,
  fluoroscopy     BOOLEAN,
  anesthetic      VARCHAR(200),
  corticosteroid  VARCHAR(200),
  performed_by    BIGINT,
  procedure_notes VARCHAR(2000),
  recorded_by     VARCHAR(80),
  recorded_at     DATETIME(6),
  follow_up_on    DATE,
  relief          VARCHAR(10),
  pain_score      INT,
  follow_up_notes VARCHAR(2000),
  follow_up_by    VARCHAR(80),
  created_at      DATETIME(6)   NOT NULL,
  created_by      VARCHAR(80)   NOT NULL,
  updated_at      DATETIME(6)   NOT NULL,
  updated_by      VARCHAR(80)   NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uk_injection_appointment UNIQUE (appointment_id),
  INDEX ix_injection_patient (patient_id, starts_at),
  INDEX ix_injection_time (starts_at),
  INDEX ix_injection_performed (performed_by, procedure_start),
  CONSTRAINT fk_injection_patient FOREIGN KEY (patient_id) REFERENCES patient (id),
  CONSTRAINT fk_injection_appointment FOREIGN KEY (appointment_id) REFERENCES appointment (id),
  CONSTRAINT fk_injection_provider FOREIGN KEY (provider_id) REFERENCES provider (id),
  CONSTRAINT fk_injection_performed_by FOREIGN KEY (performed_by) REFERENCES provider (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE injection_level (
  injection_id BIGINT     NOT NULL,
  level        VARCHAR(8) NOT NULL,
  PRIMARY KEY (injection_id, level),
  CONSTRAINT fk_injection_level_injection FOREIGN KEY (injection_id) REFERENCES injection (id)
) ENGINE = InnoDB;

CREATE TABLE complication (
  id           BIGINT        NOT NULL AUTO_INCREMENT,
  version      BIGINT        NOT NULL,
  injection_id BIGINT        NOT NULL,
  patient_id   BIGINT        NOT NULL,
  kind         VARCHAR(30)   NOT NULL,
  noticed_on   DATE          NOT NULL,
  severity     VARCHAR(10)   NOT NULL,
  notes        VARCHAR(2000),
  created_at   DATETIME(6)   NOT NULL,
  created_by   VARCHAR(80)   NOT NULL,
  updated_at   DATETIME(6)   NOT NULL,
  updated_by   VARCHAR(80)   NOT NULL,
  PRIMARY KEY (id),
  INDEX ix_complication_injection (injection_id),
  INDEX ix_complication_patient (patient_id),
  CONSTRAINT fk_complication_injection FOREIGN KEY (injection_id) REFERENCES injection (id),
  CONSTRAINT fk_complication_patient FOREIGN KEY (patient_id) REFERENCES patient (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
