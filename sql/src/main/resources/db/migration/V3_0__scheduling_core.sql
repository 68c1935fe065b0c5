-- The calendar: rooms suit visit kinds, visit durations, opening hours, holidays, absences, appointments and the
-- slot claims that make double booking impossible (R5).

ALTER TABLE room ADD COLUMN fluoroscopy BOOLEAN NOT NULL DEFAULT FALSE;

CREATE TABLE room_visit_kind (
  room_id BIGINT      NOT NULL,
  kind    VARCHAR(20) NOT NULL,
  PRIMARY KEY (room_id, kind),
  CONSTRAINT fk_room_visit_kind_room FOREIGN KEY (room_id) REFERENCES room (id)
) ENGINE = InnoDB;

CREATE TABLE visit_type (
  id               BIGINT      NOT NULL AUTO_INCREMENT,
  version          BIGINT      NOT NULL,
  kind             VARCHAR(20) NOT NULL,
  duration_minutes INT         NOT NULL,
  colour           VARCHAR(7)  NOT NULL,
  created_at       DATETIME(6) NOT NULL,
  created_by       VARCHAR(80) NOT NULL,
  updated_at       DATETIME(6) NOT NULL,
  updated_by       VARCHAR(80) NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uk_visit_type_kind UNIQUE (kind)
) ENGINE = InnoDB;
INSERT INTO visit_type (version, kind, duration_minutes, colour, created_at, created_by, updated_at, updated_by) VALUES
  (0, 'PHYSIOTHERAPY', 45, '#2e7d32', NOW(6), 'system', NOW(6), 'system'),
  (0, 'CHIROPRACTIC',  30, '#1565c0', NOW(6), 'system', NOW(6), 'system'),
  (0, 'OSTEOPATHY',    30, '#6a1b9a', NOW(6), 'system', NOW(6), 'system'),
  (0, 'MASSAGE',       30, '#ef6c00', NOW(6), 'system', NOW(6), 'system'),
  (0, 'ACUPUNCTURE',   45, '#00838f', NOW(6), 'system', NOW(6), 'system'),
  (0, 'CBT',           50, '#ad1457', NOW(6), 'system', NOW(6), 'system'),
  (0, 'INJECTION',     30, '#c62828', NOW(6), 'system', NOW(6), 'system'),
  (0, 'REVIEW',        20, '#546e7a', NOW(6), 'system', NOW(6), 'system');

CREATE TABLE clinic_hours (
  id          BIGINT      NOT NULL AUTO_INCREMENT,
  day_of_week VARCHAR(10) NOT NULL,
  opens       TIME        NOT NULL,
  closes      TIME        NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uk_clinic_hours_day UNIQUE (day_of_week)
) ENGINE = InnoDB;
INSERT INTO clinic_hours (day_of_week, opens, closes) VALUES
  ('MONDAY', '07:30', '19:00'), ('TUESDAY', '07:30', '19:00'), ('WEDNESDAY', '07:30', '19:00'),
  ('THURSDAY', '07:30', '19:00'), ('FRIDAY', '07:30', '19:00'), ('SATURDAY', '08:00', '13:00');

CREATE TABLE clinic_holiday (
  id   BIGINT      NOT NULL AUTO_INCREMENT,
  day  DATE        NOT NULL,
  name VARCHAR(80) NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uk_clinic_holiday_day UNIQUE (day)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE provider_absence (
  id          BIGINT       NOT NULL AUTO_INCREMENT,
  version     BIGINT       NOT NULL,
  provider_id BIGINT       NOT NULL,
  first_day   DATE         NOT NULL,
  last_day    DATE         NOT NULL,
  reason      VARCHAR(120) NOT NULL,
  created_at  DATETIME(6)  NOT NULL,
  created_by  VARCHAR(80)  NOT NULL,
  updated_at  DATETIME(6)  NOT NULL,
  updated_by  VARCHAR(80)  NOT NULL,
  PRIMARY KEY (id),
  INDEX ix_provider_absence (provider_id, first_day),
  CONSTRAINT fk_provider_absence_provider FOREIGN KEY (provider_id) REFERENCES provider (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE appointment (
  id                BIGINT       NOT NULL AUTO_INCREMENT,
  version           BIGINT       NOT NULL,
  patient_id        BIGINT       NOT NULL,
  provider_id       BIGINT       NOT NULL,
  room_id           BIGINT       NOT NULL,
  kind              VARCHAR(20)  NOT NULL,
  starts_at         DATETIME     NOT NULL,
  ends_at           DATETIME     NOT NULL,
  status            VARCHAR(12)  NOT NULL,
  cancel_reason     VARCHAR(300),
  late_cancellation BOOLEAN      NOT NULL,
  created_at        DATETIME(6)  NOT NULL,
  created_by        VARCHAR(80)  NOT NULL,
  updated_at        DATETIME(6)  NOT NULL,
  updated_by        VARCHAR(80)  NOT NULL,
  PRIMARY KEY (id),
  INDEX ix_appointment_provider (provider_id, starts_at),
  INDEX ix_appointment_patient (patient_id, starts_at),
  INDEX ix_appointment_room (room_id, starts_at),
  CONSTRAINT fk_appointment_patient FOREIGN KEY (patient_id) REFERENCES patient (id),
  CONSTRAINT fk_appointment_provider FOREIGN KEY (provider_id) REFERENCES provider (id),
  CONSTRAINT fk_appointment_room FOREIGN KEY (room_id) REFERENCES room (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One row per five-minute step a booked appointment occupies, per provider, patient and room. The primary key
-- is the double-booking guard: a second claim of the same step fails, whichever transaction comes second.
CREATE TABLE slot_claim (
  resource       VARCHAR(8) NOT NULL,
  resource_id    BIGINT     NOT NULL,
  step           DATETIME   NOT NULL,
  appointment_id BIGINT     NOT NULL,
  PRIMARY KEY (resource, resource_id, step),
  INDEX ix_slot_claim_appointment (appointment_id),
  CONSTRAINT fk_slot_claim_appointment FOREIGN KEY (appointment_id) REFERENCES appointment (id)
) ENGINE = InnoDB;
