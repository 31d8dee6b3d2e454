-- The assistance and casework reports select by day: items handed out, stays, referrals sent,
-- follow-ups due and assessments of a period.
CREATE INDEX shelter_assistance_given ON shelter_assistance (given_at);
CREATE INDEX shelter_stay_check_in ON shelter_stay (check_in);
CREATE INDEX referral_created ON referral (created_at);
CREATE INDEX follow_up_due ON follow_up (due_date);
CREATE INDEX reintegration_assessment_day ON reintegration_assessment (assessed_on);
