-- Foundation: patients, providers, rooms, accounts and the audit trail.
-- Names follow Hibernate's CamelCaseToUnderscoresNamingStrategy (entity Patient -> table patient).

CREATE TABLE patient (
  id          BIGINT       NOT NULL AUTO_INCREMENT,
  version     BIGINT       NOT NULL,
  mrn         VARCHAR(10)  NOT NULL,
  given_name  VARCHAR(80)  NOT NULL,
  family_name VARCHAR(80)  NOT NULL,
  birth_date  DATE         NOT NULL,
  sex         VARCHAR(10)  NOT NULL,
  phone       VARCHAR(30),
  email       VARCHAR(120),
  created_at  DATETIME(6)  NOT NULL,
  created_by  VARCHAR(80)  NOT NULL,
  updated_at  DATETIME(6)  NOT NULL,
  updated_by  VARCHAR(80)  NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uk_patient_mrn UNIQUE (mrn),
  INDEX ix_patient_family_given (family_name, given_name),
  INDEX ix_patient_given (given_name),
  INDEX ix_patient_birth_date (birth_date)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One row: the last medical record number handed out (see PatientRegistry.nextMedicalRecordNumber).
CREATE TABLE mrn_sequence (
  id         TINYINT NOT NULL,
  last_value BIGINT  NOT NULL,
  PRIMARY KEY (id)
) ENGINE = InnoDB;
INSERT INTO mrn_sequence (id, last_value) VALUES (1, 0);

CREATE TABLE provider (
  id         BIGINT       NOT NULL AUTO_INCREMENT,
  version    BIGINT       NOT NULL,
  name       VARCHAR(120) NOT NULL,
  discipline VARCHAR(30)  NOT NULL,
  active     BOOLEAN      NOT NULL,
  created_at DATETIME(6)  NOT NULL,
  created_by VARCHAR(80)  NOT NULL,
  updated_at DATETIME(6)  NOT NULL,
  updated_by VARCHAR(80)  NOT NULL,
  PRIMARY KEY (id),
  INDEX ix_provider_discipline (discipline, active)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE provider_working_hours (
  provider_id BIGINT      NOT NULL,
  day_of_week VARCHAR(10) NOT NULL,
  start_time  TIME        NOT NULL,
  end_time    TIME        NOT NULL,
  CONSTRAINT fk_working_hours_provider FOREIGN KEY (provider_id) REFERENCES provider (id)
) ENGINE = InnoDB;

CREATE TABLE room (
  id         BIGINT      NOT NULL AUTO_INCREMENT,
  version    BIGINT      NOT NULL,
  name       VARCHAR(60) NOT NULL,
  active     BOOLEAN     NOT NULL,
  created_at DATETIME(6) NOT NULL,
  created_by VARCHAR(80) NOT NULL,
  updated_at DATETIME(6) NOT NULL,
  updated_by VARCHAR(80) NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uk_room_name UNIQUE (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE user_account (
  id              BIGINT       NOT NULL AUTO_INCREMENT,
  version         BIGINT       NOT NULL,
  username        VARCHAR(80)  NOT NULL,
  password_hash   VARCHAR(300),
  role            VARCHAR(20)  NOT NULL,
  patient_id      BIGINT,
  provider_id     BIGINT,
  active          BOOLEAN      NOT NULL,
  failed_attempts INT          NOT NULL,
  locked_until    DATETIME(6),
  created_at      DATETIME(6)  NOT NULL,
  created_by      VARCHAR(80)  NOT NULL,
  updated_at      DATETIME(6)  NOT NULL,
  updated_by      VARCHAR(80)  NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uk_user_account_username UNIQUE (username),
  CONSTRAINT fk_user_account_patient FOREIGN KEY (patient_id) REFERENCES patient (id),
  CONSTRAINT fk_user_account_provider FOREIGN KEY (provider_id) REFERENCES provider (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Append-only: the application never updates or deletes a row here.
CREATE TABLE audit_record (
  id          BIGINT       NOT NULL AUTO_INCREMENT,
  occurred_at DATETIME(6)  NOT NULL,
  username    VARCHAR(80)  NOT NULL,
  action      VARCHAR(40)  NOT NULL,
  patient_id  BIGINT,
  outcome     VARCHAR(10)  NOT NULL,
  detail      VARCHAR(500),
  PRIMARY KEY (id),
  INDEX ix_audit_patient (patient_id, occurred_at),
  INDEX ix_audit_user (username, occurred_at),
  INDEX ix_audit_time (occurred_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
