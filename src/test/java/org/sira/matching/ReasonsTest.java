package org.sira.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReasonsTest {

    @Test
    void explainsACandidateInReadingOrderWithWhatSpeaksAgainstLast() {
        MatchIndex index = new MatchIndex();
        index.add(MatchRecord.builder("known").name("Coulibaly", "Mamadou").sex("M").bornIn(1990)
                .mother("Fatoumata Traoré").origin("Kayes", "Diéma", null).build());

        Candidate candidate = index.compareWith("known", MatchRecord.builder("row").name("COULIBALY", "Mahamadou").sex("M")
                .bornIn(1990).mother("Aminata Diallo").origin("Kayes", "Diéma", null).build());

        assertThat(Reasons.of(candidate.evidence())).containsExactly(
                Reason.of(Reason.Code.SAME_FAMILY_NAME),
                Reason.of(Reason.Code.GIVEN_NAME_CLOSE, "Mahamadou", "Mamadou"),
                Reason.of(Reason.Code.SAME_BIRTH_YEAR),
                Reason.of(Reason.Code.SAME_COMMUNE),
                Reason.of(Reason.Code.MOTHER_DIFFERS));
    }

    @Test
    void readsBackWhatItWrote() {
        List<Reason> reasons = List.of(Reason.of(Reason.Code.SAME_FAMILY_NAME),
                Reason.of(Reason.Code.GIVEN_NAME_CLOSE, "Mahamadou", "Mamadou"), Reason.of(Reason.Code.ANOTHER_PERSON_CLOSE));

        String text = Reasons.encode(reasons);

        assertThat(text).isEqualTo("SAME_FAMILY_NAME;GIVEN_NAME_CLOSE(Mahamadou,Mamadou);ANOTHER_PERSON_CLOSE");
        assertThat(Reasons.decode(text)).isEqualTo(reasons);
    }

    @Test
    void leavesOutCodesItDoesNotKnow() {
        assertThat(Reasons.decode("SAME_PHONE;NO_SUCH_REASON(x)")).containsExactly(Reason.of(Reason.Code.SAME_PHONE));
        assertThat(Reasons.decode(null)).isEmpty();
    }

    @Test
    void everyReasonHasAMessageKey() {
        assertThat(Reason.of(Reason.Code.SAME_COMMUNE).messageKey()).isEqualTo("match.reason.SAME_COMMUNE");
    }
}
