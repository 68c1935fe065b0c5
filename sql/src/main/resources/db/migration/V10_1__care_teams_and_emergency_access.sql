-- Access that follows care (issue 11): the clinicians on each patient's care team (R19) and break-glass access
-- by a clinician outside it (R20). Names follow Hibernate's CamelCaseToUnderscoresNamingStrategy.

-- A membership is never deleted: ending it keeps who ended it and when; lapsing is computed from the visits.
CREATE TABLE care_team_member (
  id          BIGINT       NOT NULL AUTO_INCREMENT,
  version     BIGINT       NOT NULL,
  patient_id  BIGINT       NOT NULL,
  provider_id BIGINT       NOT NULL,
  role        VARCHAR(12)  NOT NULL,
  since       DATETIME(6)  NOT NULL,
  added_by    VARCHAR(80)  NOT NULL,
  ended_at    DATETIME(6),
  ended_by    VARCHAR(80),
  created_at  DATETIME(6)  NOT NULL,
  created_by  VARCHAR(80)  NOT NULL,
  updated_at  DATETIME(6)  NOT NULL,
  updated_by  VARCHAR(80)  NOT NULL,
  PRIMARY KEY (id),
  INDEX ix_care_team_member_patient (patient_id, ended_at),
  INDEX ix_care_team_member_provider (provider_id, ended_at),
  CONSTRAINT fk_care_team_member_patient FOREIGN KEY (patient_id) REFERENCES patient (id),
  CONSTRAINT fk_care_team_member_provider FOREIGN KEY (provider_id) REFERENCES provider (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE emergency_access (
  id          BIGINT        NOT NULL AUTO_INCREMENT,
  version     BIGINT        NOT NULL,
  patient_id  BIGINT        NOT NULL,
  username    VARCHAR(80)   NOT NULL,
  reason      VARCHAR(30)   NOT NULL,
  note        VARCHAR(1000),
  granted_at  DATETIME(6)   NOT NULL,
  expires_at  DATETIME(6)   NOT NULL,
  reviewed_at DATETIME(6),
  reviewed_by VARCHAR(80),
  review_note VARCHAR(1000),
  created_at  DATETIME(6)   NOT NULL,
  created_by  VARCHAR(80)   NOT NULL,
  updated_at  DATETIME(6)   NOT NULL,
  updated_by  VARCHAR(80)   NOT NULL,
  PRIMARY KEY (id),
  INDEX ix_emergency_access_user (username, patient_id, expires_at),
  INDEX ix_emergency_access_review (reviewed_at, granted_at),
  CONSTRAINT fk_emergency_access_patient FOREIGN KEY (patient_id) REFERENCES patient (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Existing care carries over: whoever a patient has a visit with (not cancelled, not missed) joins that patient's
-- team as TREATING from the first such visit, so lapsing (180 days after the last visit) applies from the start.
INSERT INTO care_team_member (version, patient_id, provider_id, role, since, added_by, created_at, created_by,
                              updated_at, updated_by)
SELECT 0, a.patient_id, a.provider_id, 'TREATING', MIN(a.starts_at), 'migration', NOW(6), 'migration', NOW(6),
       'migration'
FROM appointment a
WHERE a.status NOT IN ('CANCELLED', 'NO_SHOW')
GROUP BY a.patient_id, a.provider_id;

-- Authors of treatment plans were caring for the patient too (they wrote the plan): ATTENDING.
INSERT INTO care_team_member (version, patient_id, provider_id, role, since, added_by, created_at, created_by,
                              updated_at, updated_by)
SELECT 0, p.patient_id, u.provider_id, 'ATTENDING', MIN(p.published_at), 'migration', NOW(6), 'migration', NOW(6),
       'migration'
FROM treatment_plan p JOIN user_account u ON u.username = p.authored_by
WHERE u.provider_id IS NOT NULL
GROUP BY p.patient_id, u.provider_id;
