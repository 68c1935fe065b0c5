-- Patient portal (issue 6): treatment plan versions with their items (R14-R17), the pain diary (R18), portal
-- account activation, patients' requests to cancel or move a visit, and personal calendar feeds.
-- Names follow Hibernate's CamelCaseToUnderscoresNamingStrategy.

-- One row per published version; a version never changes, the next one replaces it for the patient.
CREATE TABLE treatment_plan (
  id             BIGINT        NOT NULL AUTO_INCREMENT,
  version        BIGINT        NOT NULL,
  patient_id     BIGINT        NOT NULL,
  version_number INT           NOT NULL,
  problem        VARCHAR(500)  NOT NULL,
  goals          VARCHAR(2000),
  authored_by    VARCHAR(80)   NOT NULL,
  published_at   DATETIME(6)   NOT NULL,
  created_at     DATETIME(6)   NOT NULL,
  created_by     VARCHAR(80)   NOT NULL,
  updated_at     DATETIME(6)   NOT NULL,
  updated_by     VARCHAR(80)   NOT NULL,
  PRIMARY KEY (id),
  -- Two clinicians publishing on the same version: exactly one gets the number.
  CONSTRAINT uk_treatment_plan_version UNIQUE (patient_id, version_number),
  CONSTRAINT fk_treatment_plan_patient FOREIGN KEY (patient_id) REFERENCES patient (id),
  INDEX ix_treatment_plan_author (authored_by, patient_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE plan_course_item (
  plan_id           BIGINT      NOT NULL,
  item_index        INT         NOT NULL,
  therapy           VARCHAR(20) NOT NULL,
  sessions_per_week INT,
  weeks             INT,
  sessions          INT,
  PRIMARY KEY (plan_id, item_index),
  CONSTRAINT fk_plan_course_item_plan FOREIGN KEY (plan_id) REFERENCES treatment_plan (id)
) ENGINE = InnoDB;

CREATE TABLE plan_home_care_item (
  plan_id    BIGINT       NOT NULL,
  item_index INT          NOT NULL,
  template   VARCHAR(20)  NOT NULL,
  first_day  DATE         NOT NULL,
  last_day   DATE,
  note       VARCHAR(500),
  PRIMARY KEY (plan_id, item_index),
  CONSTRAINT fk_plan_home_care_item_plan FOREIGN KEY (plan_id) REFERENCES treatment_plan (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE plan_medication_item (
  plan_id    BIGINT       NOT NULL,
  item_index INT          NOT NULL,
  medicine   VARCHAR(20)  NOT NULL,
  dose       VARCHAR(120),
  first_day  DATE         NOT NULL,
  last_day   DATE         NOT NULL,
  reason     VARCHAR(500),
  PRIMARY KEY (plan_id, item_index),
  CONSTRAINT fk_plan_medication_item_plan FOREIGN KEY (plan_id) REFERENCES treatment_plan (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE plan_referral (
  plan_id     BIGINT NOT NULL,
  item_index  INT    NOT NULL,
  referral_id BIGINT NOT NULL,
  PRIMARY KEY (plan_id, item_index),
  CONSTRAINT fk_plan_referral_plan FOREIGN KEY (plan_id) REFERENCES treatment_plan (id),
  CONSTRAINT fk_plan_referral_referral FOREIGN KEY (referral_id) REFERENCES referral (id)
) ENGINE = InnoDB;

CREATE TABLE plan_order (
  plan_id    BIGINT NOT NULL,
  item_index INT    NOT NULL,
  order_id   BIGINT NOT NULL,
  PRIMARY KEY (plan_id, item_index),
  CONSTRAINT fk_plan_order_plan FOREIGN KEY (plan_id) REFERENCES treatment_plan (id),
  CONSTRAINT fk_plan_order_order FOREIGN KEY (order_id) REFERENCES diagnostic_order (id)
) ENGINE = InnoDB;

CREATE TABLE diary_entry (
  id          BIGINT        NOT NULL AUTO_INCREMENT,
  version     BIGINT        NOT NULL,
  patient_id  BIGINT        NOT NULL,
  entry_date  DATE          NOT NULL,
  pain        INT           NOT NULL,
  location    VARCHAR(30),
  side        VARCHAR(10),
  activity    VARCHAR(200),
  medication  VARCHAR(200),
  sleep_hours DECIMAL(3, 1),
  stress      INT,
  notes       VARCHAR(2000),
  created_at  DATETIME(6)   NOT NULL,
  created_by  VARCHAR(80)   NOT NULL,
  updated_at  DATETIME(6)   NOT NULL,
  updated_by  VARCHAR(80)   NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT fk_diary_entry_patient FOREIGN KEY (patient_id) REFERENCES patient (id),
  INDEX ix_diary_entry_patient_date (patient_id, entry_date)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A portal account opened by the front desk has no password until the patient redeems the one-time code.
ALTER TABLE user_account ADD COLUMN activation_code_hash VARCHAR(300);
ALTER TABLE user_account ADD COLUMN activation_expires_at DATETIME(6);

CREATE TABLE visit_change_request (
  id             BIGINT       NOT NULL AUTO_INCREMENT,
  version        BIGINT       NOT NULL,
  appointment_id BIGINT       NOT NULL,
  patient_id     BIGINT       NOT NULL,
  kind           VARCHAR(10)  NOT NULL,
  wished_start   DATETIME,
  note           VARCHAR(500),
  status         VARCHAR(10)  NOT NULL,
  asked_at       DATETIME(6)  NOT NULL,
  handled_by     VARCHAR(80),
  handled_at     DATETIME(6),
  answer         VARCHAR(500),
  created_at     DATETIME(6)  NOT NULL,
  created_by     VARCHAR(80)  NOT NULL,
  updated_at     DATETIME(6)  NOT NULL,
  updated_by     VARCHAR(80)  NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT fk_visit_change_request_appointment FOREIGN KEY (appointment_id) REFERENCES appointment (id),
  CONSTRAINT fk_visit_change_request_patient FOREIGN KEY (patient_id) REFERENCES patient (id),
  -- The front desk's queue: waiting requests, oldest first.
  INDEX ix_visit_change_request_status (status, asked_at),
  INDEX ix_visit_change_request_patient (patient_id, asked_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A patient's personal calendar subscription: only a SHA-256 of the secret in the link is kept.
CREATE TABLE calendar_feed (
  id         BIGINT      NOT NULL AUTO_INCREMENT,
  version    BIGINT      NOT NULL,
  patient_id BIGINT      NOT NULL,
  token_hash CHAR(64)    NOT NULL,
  created_at DATETIME(6) NOT NULL,
  created_by VARCHAR(80) NOT NULL,
  updated_at DATETIME(6) NOT NULL,
  updated_by VARCHAR(80) NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uk_calendar_feed_patient UNIQUE (patient_id),
  CONSTRAINT uk_calendar_feed_token UNIQUE (token_hash),
  CONSTRAINT fk_calendar_feed_patient FOREIGN KEY (patient_id) REFERENCES patient (id)
) ENGINE = InnoDB;
