package com.hirefit.ingest;

import java.util.Optional;

/**
 * Whether a field name (a column header, a JSON key, an ATS custom-field key or title, a word of a rule) carries a
 * protected attribute: age, sex or gender, sexual orientation, race or colour, religion, disability or health,
 * veteran status, marital or family status, pregnancy, nationality or national origin, a photo, genetic
 * information, political opinion or union membership, or EEO self-identification. Such values are never read,
 * stored or given to a rule. A name that may carry one ("Native Language", "Graduation Year", "Ethnicty") is
 * treated the same, and reported as uncertain. The word lists, in the seven languages recruiters export in, are
 * {@code protected-attributes.yaml} next to this class.
 */
public final class ProtectedAttributes {

    /**
     * What a name reveals.
     *
     * @param reveals plain words for the attribute ("age or date of birth")
     * @param certain false when the name only may carry it: dropped all the same, and said so
     */
    public record Verdict(String reveals, boolean certain) {
    }

    private static final ProtectedLexicon LEXICON = ProtectedLexicon.load();
    private static final NameVerdicts<Optional<Verdict>> VERDICTS = new NameVerdicts<>(LEXICON::classify);

    private ProtectedAttributes() {
    }

    /** What a field name reveals, if it may carry a protected attribute at all. */
    public static Optional<Verdict> classify(String fieldName) {
        return fieldName == null ? Optional.empty() : VERDICTS.answer(fieldName);
    }

    /** Whether a field name's values must never be read: it carries, or may carry, a protected attribute. */
    public static boolean isProtected(String fieldName) {
        return classify(fieldName).isPresent();
    }
}
