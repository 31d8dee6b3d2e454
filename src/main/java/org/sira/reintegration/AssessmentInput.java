package org.sira.reintegration;

import java.util.Map;

/** An assessment as sent: the day of the interview ({@code YYYY-MM-DD}) and the answers, question code to value. */
public record AssessmentInput(String date, Map<String, String> answers) {
}
