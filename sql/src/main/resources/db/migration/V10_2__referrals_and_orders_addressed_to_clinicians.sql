-- A referral or an order may be addressed to a clinician of the clinic (issue 11, R19): they join the patient's
-- care team as CONSULTING.
ALTER TABLE referral ADD COLUMN addressed_to_id BIGINT NULL,
  ADD CONSTRAINT fk_referral_addressed_to FOREIGN KEY (addressed_to_id) REFERENCES provider (id);
ALTER TABLE diagnostic_order ADD COLUMN addressed_to_id BIGINT NULL,
  ADD CONSTRAINT fk_diagnostic_order_addressed_to FOREIGN KEY (addressed_to_id) REFERENCES provider (id);
