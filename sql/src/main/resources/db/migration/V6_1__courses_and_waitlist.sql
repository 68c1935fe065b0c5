-- Therapy courses (R1-R5): a course owns its sessions (appointments with a course_id); the waitlist that is offered
-- freed slots; indexes that let the course planner read who is busy over a course's weeks in one range scan each.

CREATE TABLE course (
  id                BIGINT       NOT NULL AUTO_INCREMENT,
  version           BIGINT       NOT NULL,
  patient_id        BIGINT       NOT NULL,
  therapy           VARCHAR(20)  NOT NULL,
  provider_id       BIGINT       NOT NULL,
  sessions_per_week INT          NOT NULL,
  weeks             INT          NOT NULL,
  planned_sessions  INT          NOT NULL,
  start_date        DATE         NOT NULL,
  preferred_days    VARCHAR(70),
  earliest_start    TIME,
  latest_end        TIME,
  status            VARCHAR(12)  NOT NULL,
  outcome           VARCHAR(20),
  outcome_note      VARCHAR(500),
  ended_on          DATE,
  end_reason        VARCHAR(300),
  created_at        DATETIME(6)  NOT NULL,
  created_by        VARCHAR(80)  NOT NULL,
  updated_at        DATETIME(6)  NOT NULL,
  updated_by        VARCHAR(80)  NOT NULL,
  PRIMARY KEY (id),
  INDEX ix_course_patient (patient_id, start_date),
  CONSTRAINT fk_course_patient FOREIGN KEY (patient_id) REFERENCES patient (id),
  CONSTRAINT fk_course_provider FOREIGN KEY (provider_id) REFERENCES provider (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

ALTER TABLE appointment ADD COLUMN course_id BIGINT NULL,
  ADD CONSTRAINT fk_appointment_course FOREIGN KEY (course_id) REFERENCES course (id);
CREATE INDEX ix_appointment_course ON appointment (course_id, starts_at);

-- The planner reads (resource, start, end) of active appointments over a range of days: these indexes answer that
-- from the index alone. They replace the narrower (resource, starts_at) ones, which they also serve for.
CREATE INDEX ix_appointment_provider_busy ON appointment (provider_id, starts_at, ends_at, status);
CREATE INDEX ix_appointment_patient_busy ON appointment (patient_id, starts_at, ends_at, status);
CREATE INDEX ix_appointment_room_busy ON appointment (room_id, starts_at, ends_at, status);
DROP INDEX ix_appointment_provider ON appointment;
DROP INDEX ix_appointment_patient ON appointment;
DROP INDEX ix_appointment_room ON appointment;
-- The front desk's day list reads all appointments of a day.
CREATE INDEX ix_appointment_start ON appointment (starts_at);

CREATE TABLE waitlist_entry (
  id                  BIGINT       NOT NULL AUTO_INCREMENT,
  version             BIGINT       NOT NULL,
  patient_id          BIGINT       NOT NULL,
  therapy             VARCHAR(20)  NOT NULL,
  part_of_day         VARCHAR(10)  NOT NULL,
  note                VARCHAR(300),
  status              VARCHAR(10)  NOT NULL,
  offered_start       DATETIME,
  offered_provider_id BIGINT,
  offered_at          DATETIME(6),
  appointment_id      BIGINT,
  created_at          DATETIME(6)  NOT NULL,
  created_by          VARCHAR(80)  NOT NULL,
  updated_at          DATETIME(6)  NOT NULL,
  updated_by          VARCHAR(80)  NOT NULL,
  PRIMARY KEY (id),
  INDEX ix_waitlist_waiting (therapy, status, created_at),
  CONSTRAINT fk_waitlist_patient FOREIGN KEY (patient_id) REFERENCES patient (id),
  CONSTRAINT fk_waitlist_provider FOREIGN KEY (offered_provider_id) REFERENCES provider (id),
  CONSTRAINT fk_waitlist_appointment FOREIGN KEY (appointment_id) REFERENCES appointment (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
