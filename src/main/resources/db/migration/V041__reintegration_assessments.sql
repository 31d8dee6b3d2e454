-- Reintegration assessments: the raw answers (JSON, question code -> answer value) and the
-- version of the method that scored them, so that scores can be recomputed when the method
-- changes; the scores themselves (0..1, 4 decimals; null where a dimension had no answer) for reports.
CREATE TABLE reintegration_assessment (
    id             UUID          NOT NULL PRIMARY KEY,
    person_id      UUID          NOT NULL REFERENCES person (id),
    assessed_on    DATE          NOT NULL,
    method_version VARCHAR(40)   NOT NULL,
    answers        VARCHAR(4000) NOT NULL,
    economic       DECIMAL(5, 4),
    social         DECIMAL(5, 4),
    psychosocial   DECIMAL(5, 4),
    composite      DECIMAL(5, 4),
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by     VARCHAR(100)  NOT NULL
);
CREATE INDEX reintegration_assessment_person ON reintegration_assessment (person_id, assessed_on);
