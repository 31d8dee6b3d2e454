package org.sira.reintegration;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.sira.security.Role;
import org.sira.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.json.JsonMapper;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The director's comparison on a hand-built set of returns of 1963 (a year no other test uses):
 * composites are single answers to ECONOMIC_SATISFACTION, so each is a known 0, 0.25, 0.5, 0.75 or 1.
 */
abstract class ReintegrationOutcomesContract {

    private static final String PERIOD = "?from=1963-01-01&to=1963-12-31";
    /** Answer → the composite it alone gives. */
    private static final Map<Double, String> SATISFACTION = Map.of(1.0, "VERY_SATISFIED", 0.75, "SATISFIED", 0.5, "NEUTRAL",
            0.25, "DISSATISFIED", 0.0, "VERY_DISSATISFIED");

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired JsonMapper json;

    private String person() throws Exception {
        return json.readTree(send("/api/v1/persons", Map.of("familyName", "Ecoutcome", "givenNames", "Awa"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("id").asString();
    }

    private ResultActions send(String path, Map<String, ?> body) throws Exception {
        return mvc.perform(post(path).with(users.as(Role.CASEWORKER)).contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(body)));
    }

    private void returned(String person, String kind, String on) throws Exception {
        send("/api/v1/persons/" + person + "/returns", Map.of("returnKind", kind, "countryFrom", "LY", "arrivalDate", on))
                .andExpect(status().isCreated());
    }

    private void assessed(String person, String on, double composite) throws Exception {
        send("/api/v1/persons/" + person + "/reintegration-assessments",
                Map.of("date", on, "answers", Map.of("ECONOMIC_SATISFACTION", SATISFACTION.get(composite))))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.scores.composite").value(composite));
    }

    private void trained(String person, String status, String startsOn, String endsOn) throws Exception {
        Map<String, String> training = new LinkedHashMap<>(Map.of("sector", "AGRICULTURE", "provider", "Centre de Baguineda",
                "startsOn", startsOn, "status", status));
        if (endsOn != null) {
            training.put("endsOn", endsOn);
        }
        send("/api/v1/persons/" + person + "/trainings", training).andExpect(status().isCreated());
    }

    @Test
    void meansAtTwelveMonthsAreComparedByTrainingAndKindOfReturnAndSmallGroupsHidden() throws Exception {
        // Six forced removals who completed a training after their return: composites 1, 1, .75, .75, .5, .5 (mean .75).
        double[] trainedScores = {1, 1, 0.75, 0.75, 0.5, 0.5};
        for (int i = 0; i < trainedScores.length; i++) {
            String p = person();
            returned(p, "FORCED_REMOVAL", "1963-03-01");
            trained(p, "COMPLETED", "1963-04-01", "1963-09-30");
            assessed(p, "1963-07-01", 0);      // 4 months: outside the window
            assessed(p, "1964-07-15", 0);      // 16 months: outside the window
            if (i == 0) {
                assessed(p, "1963-12-10", 0);  // 9 months: in the window, but further from 12 than the one below
            }
            assessed(p, "1964-03-01", trainedScores[i]);
        }
        // Four spontaneous returns without a completed training: .25, .25, .5, 0; trainings that do not count.
        double[] untrainedScores = {0.25, 0.25, 0.5, 0};
        for (int i = 0; i < untrainedScores.length; i++) {
            String p = person();
            returned(p, "SPONTANEOUS_VOLUNTARY", "1963-05-01");
            switch (i) {
                case 0 -> trained(p, "ENROLLED", "1963-06-01", null);
                case 1 -> trained(p, "DROPPED_OUT", "1963-06-01", "1963-07-01");
                case 2 -> trained(p, "COMPLETED", "1962-01-01", "1962-12-01");   // before this return
                default -> trained(p, "COMPLETED", "1964-01-01", "1964-06-01");  // after the assessment
            }
            assessed(p, "1964-05-01", untrainedScores[i]);
        }
        // Back twice: the score 11 months after the first return came after the second, so only the second's counts (0).
        String twice = person();
        returned(twice, "FORCED_REMOVAL", "1963-01-15");
        returned(twice, "SPONTANEOUS_VOLUNTARY", "1963-08-01");
        assessed(twice, "1963-12-20", 1);
        assessed(twice, "1964-08-01", 0);
        // Outside the period: returned in 1962 and in 1964.
        for (String arrival : new String[] {"1962-06-01", "1964-01-02"}) {
            String p = person();
            returned(p, "FORCED_REMOVAL", arrival);
            assessed(p, arrival.startsWith("1962") ? "1963-06-01" : "1965-01-02", 1);
        }

        mvc.perform(get("/api/v1/reintegration/outcomes" + PERIOD).with(users.as(Role.VIEWER)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.targetMonths").value(12)).andExpect(jsonPath("$.minMonths").value(9))
                .andExpect(jsonPath("$.maxMonths").value(15))
                .andExpect(jsonPath("$.byTraining[0].code").value("COMPLETED_TRAINING"))
                .andExpect(jsonPath("$.byTraining[0].n").value(6)).andExpect(jsonPath("$.byTraining[0].meanComposite").value(0.75))
                .andExpect(jsonPath("$.byTraining[1].code").value("NO_COMPLETED_TRAINING"))
                .andExpect(jsonPath("$.byTraining[1].n").value(5)).andExpect(jsonPath("$.byTraining[1].meanComposite").value(0.2))
                .andExpect(jsonPath("$.byReturnKind[0].code").value("FORCED_REMOVAL"))
                .andExpect(jsonPath("$.byReturnKind[0].n").value(6)).andExpect(jsonPath("$.byReturnKind[0].meanComposite").value(0.75))
                .andExpect(jsonPath("$.byReturnKind[1].code").value("BORDER_REJECTION")).andExpect(jsonPath("$.byReturnKind[1].n").value(0))
                .andExpect(jsonPath("$.byReturnKind[3].code").value("SPONTANEOUS_VOLUNTARY"))
                .andExpect(jsonPath("$.byReturnKind[3].n").value(5)).andExpect(jsonPath("$.byReturnKind[3].meanComposite").value(0.2));

        // One assisted return (score 1): a group of one is hidden, and so is the smallest other, which it would give away.
        String assisted = person();
        returned(assisted, "ASSISTED_VOLUNTARY", "1963-04-01");
        assessed(assisted, "1964-04-01", 1);
        mvc.perform(get("/api/v1/reintegration/outcomes" + PERIOD).with(users.as(Role.COORDINATOR)))
                .andExpect(jsonPath("$.byTraining[1].n").value(6)).andExpect(jsonPath("$.byTraining[1].meanComposite").value(0.3333))
                .andExpect(jsonPath("$.byReturnKind[0].n").value(6))
                .andExpect(jsonPath("$.byReturnKind[2].suppressed").value(true))
                .andExpect(jsonPath("$.byReturnKind[2].n").doesNotExist())
                .andExpect(jsonPath("$.byReturnKind[2].meanComposite").doesNotExist())
                .andExpect(jsonPath("$.byReturnKind[3].suppressed").value(true))
                .andExpect(jsonPath("$.byReturnKind[3].n").doesNotExist());

        mvc.perform(get("/reintegration/outcomes" + PERIOD).with(users.page(Role.VIEWER)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data:image/svg+xml;base64,")))
                .andExpect(content().string(containsString("0.75")))
                .andExpect(content().string(containsString("masqué")));
    }

    @Test
    void aPeriodThatIsNotOneIsABadRequest() throws Exception {
        mvc.perform(get("/api/v1/reintegration/outcomes?from=1963-12-31&to=1963-01-01").with(users.as(Role.VIEWER)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("to"));
        mvc.perform(get("/api/v1/reintegration/outcomes?from=hier").with(users.as(Role.VIEWER)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("from"));
        mvc.perform(get("/reintegration/outcomes?from=hier").with(users.page(Role.VIEWER)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("aria-invalid")));
        mvc.perform(get("/api/v1/reintegration/outcomes").with(users.as(Role.VIEWER))).andExpect(status().isOk());
    }
}
