package org.sira.people;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.sira.matching.Explanation;
import org.sira.matching.FieldEvidence;
import org.sira.matching.Reason;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * A candidate's explanation in the reader's language: "même nom de famille, prénom voisin (Mahamadou /
 * Mamadou), même année de naissance, même commune ; le nom de la mère diffère", with the engine's numbers
 * kept apart for whoever opens the details. The same words wherever a candidate is shown: a manifest row,
 * the person form's "peut-être déjà connu".
 */
@Component
public class PlainWords {

    /** The sentence for everybody and the numbers behind it. */
    public record Explained(String sentence, String numbers) {
    }

    private final MessageSource messages;

    PlainWords(MessageSource messages) {
        this.messages = messages;
    }

    /** A candidate's evidence as the engine gave it. */
    public Explained explain(List<FieldEvidence> evidence) {
        return explain(Explanation.write(evidence, 2000));
    }

    /** A candidate's evidence as kept (see {@link Explanation#write}). */
    public Explained explain(String kept) {
        Explanation explanation = Explanation.read(kept);
        Locale locale = LocaleContextHolder.getLocale();
        List<String> forIt = new ArrayList<>();
        List<String> against = new ArrayList<>();
        for (Reason reason : explanation.reasons()) {
            String words = messages.getMessage(reason.messageKey(), reason.args().toArray(), locale);
            (reason.code().against() ? against : forIt).add(words);
        }
        String sentence = String.join(", ", forIt);
        if (!against.isEmpty()) {
            sentence += (sentence.isEmpty() ? "" : " ; ") + String.join(", ", against);
        }
        sentence = sentence.isEmpty() ? sentence : sentence.substring(0, 1).toUpperCase(locale) + sentence.substring(1) + ".";
        return new Explained(sentence, explanation.numbers());
    }
}
