-- Clinical documentation (issue 12): visit notes with their template fields and addenda (R24), and outcome
-- questionnaires with their answers (R25). Scores are not stored: they are computed from the answers every time.
-- Names follow Hibernate's CamelCaseToUnderscoresNamingStrategy.

-- One note per visit; once signed it never changes (corrections are addenda).
CREATE TABLE visit_note (
  id             BIGINT        NOT NULL AUTO_INCREMENT,
  version        BIGINT        NOT NULL,
  appointment_id BIGINT        NOT NULL,
  patient_id     BIGINT        NOT NULL,
  provider_id    BIGINT        NOT NULL,
  template       VARCHAR(30)   NOT NULL,
  author         VARCHAR(80)   NOT NULL,
  subjective     VARCHAR(4000),
  objective      VARCHAR(4000),
  assessment     VARCHAR(4000),
  plan           VARCHAR(4000),
  status         VARCHAR(10)   NOT NULL,
  signed_at      DATETIME(6),
  created_at     DATETIME(6)   NOT NULL,
  created_by     VARCHAR(80)   NOT NULL,
  updated_at     DATETIME(6)   NOT NULL,
  updated_by     VARCHAR(80)   NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uk_visit_note_appointment UNIQUE (appointment_id),
  CONSTRAINT fk_visit_note_appointment FOREIGN KEY (appointment_id) REFERENCES appointment (id),
  CONSTRAINT fk_visit_note_patient FOREIGN KEY (patient_id) REFERENCES patient (id),
  INDEX ix_visit_note_author (author, status),
  INDEX ix_visit_note_patient (patient_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE visit_note_field (
  note_id     BIGINT        NOT NULL,
  field_name  VARCHAR(40)   NOT NULL,
  field_value VARCHAR(1000) NOT NULL,
  PRIMARY KEY (note_id, field_name),
  CONSTRAINT fk_visit_note_field_note FOREIGN KEY (note_id) REFERENCES visit_note (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE visit_note_addendum (
  note_id        BIGINT        NOT NULL,
  addendum_index INT           NOT NULL,
  reason         VARCHAR(300)  NOT NULL,
  text           VARCHAR(4000) NOT NULL,
  author         VARCHAR(80)   NOT NULL,
  written_at     DATETIME(6)   NOT NULL,
  PRIMARY KEY (note_id, addendum_index),
  CONSTRAINT fk_visit_note_addendum_note FOREIGN KEY (note_id) REFERENCES visit_note (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A completed questionnaire (ODI, NDI, NPRS): who answered, when, and the answers; the score is derived.
CREATE TABLE outcome_response (
  id             BIGINT       NOT NULL AUTO_INCREMENT,
  version        BIGINT       NOT NULL,
  patient_id     BIGINT       NOT NULL,
  instrument     VARCHAR(10)  NOT NULL,
  answered_on    DATE         NOT NULL,
  answered_by    VARCHAR(10)  NOT NULL,
  created_at     DATETIME(6)  NOT NULL,
  created_by     VARCHAR(80)  NOT NULL,
  updated_at     DATETIME(6)  NOT NULL,
  updated_by     VARCHAR(80)  NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT fk_outcome_response_patient FOREIGN KEY (patient_id) REFERENCES patient (id),
  INDEX ix_outcome_response_patient (patient_id, instrument, answered_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE outcome_answer (
  response_id  BIGINT NOT NULL,
  item         INT    NOT NULL,
  answer_value INT    NOT NULL,
  PRIMARY KEY (response_id, item),
  CONSTRAINT fk_outcome_answer_response FOREIGN KEY (response_id) REFERENCES outcome_response (id)
) ENGINE = InnoDB;
