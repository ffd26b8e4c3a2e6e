package com.hirefit.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.FieldSource;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

class ProtectedAttributesTest {

    static Stream<Arguments> surely() {
        return ProtectedHeaders.SURELY.entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    static Stream<Arguments> uncertain() {
        return ProtectedHeaders.UNCERTAIN.entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @ParameterizedTest
    @MethodSource("surely")
    void aHeaderThatCarriesAProtectedAttributeIsKnownAndSaysWhich(String header, String reveals) {
        assertThat(ProtectedAttributes.classify(header)).as(header)
                .contains(new ProtectedAttributes.Verdict(reveals, true));
    }

    @ParameterizedTest
    @MethodSource("uncertain")
    void aHeaderThatMayCarryOneIsUncertainAndSaysWhatItMayReveal(String header, String reveals) {
        assertThat(ProtectedAttributes.classify(header)).as(header)
                .contains(new ProtectedAttributes.Verdict(reveals, false));
        assertThat(ProtectedAttributes.isProtected(header)).as("dropped all the same").isTrue();
    }

    @ParameterizedTest
    @FieldSource("com.hirefit.ingest.ProtectedHeaders#KEPT")
    void realResumeHeadersAreKept(String header) {
        assertThat(ProtectedAttributes.classify(header)).as(header).isEmpty();
    }

    @Test
    void aWordInsideAnotherIsNotThatWordButCompoundsOfGenderAre() {
        assertThat(ProtectedAttributes.isProtected("Agender")).isTrue();
        assertThat(ProtectedAttributes.isProtected("Cisgender")).isTrue();
        assertThat(ProtectedAttributes.isProtected("Genderqueer")).isTrue();
        assertThat(ProtectedAttributes.isProtected("Languages")).isFalse();
        assertThat(ProtectedAttributes.isProtected("Usage")).isFalse();
        assertThat(ProtectedAttributes.isProtected("Sussex")).isFalse();
        assertThat(ProtectedAttributes.isProtected("Racetrack Telemetry")).isFalse();
        assertThat(ProtectedAttributes.isProtected("Engender Trust Score")).isFalse();
    }

    @Test
    void anOrdinaryPhraseDoesNotHideTheAttributeNamedBesideIt() {
        assertThat(ProtectedAttributes.classify("Race Conditions, Race"))
                .contains(new ProtectedAttributes.Verdict("race, ethnicity or colour", true));
        assertThat(ProtectedAttributes.classify("Genetic Algorithms or Genetic Testing"))
                .contains(new ProtectedAttributes.Verdict("genetic information", true));
    }

    @Test
    void namesAreFoldedSplitAndSingleLettersJoined() {
        assertThat(ProtectedLexicon.words("EEO Gender (self-identified)")).containsExactly("eeo", "gender", "self", "identified");
        assertThat(ProtectedLexicon.words("D.O.B")).containsExactly("dob");
        assertThat(ProtectedLexicon.words("Sex (M/F)")).containsExactly("sex", "mf");
        assertThat(ProtectedLexicon.words("Staatsangehörigkeit")).containsExactly("staatsangehorigkeit");
        assertThat(ProtectedLexicon.words("Größe")).containsExactly("grosse");
        assertThat(ProtectedLexicon.words("passportCountry")).containsExactly("passport", "country");
        assertThat(ProtectedLexicon.words("EEORace")).containsExactly("eeo", "race");
        assertThat(ProtectedLexicon.words("EEO-1")).containsExactly("eeo", "1");
        assertThat(ProtectedLexicon.words("Nombre d'enfants")).containsExactly("nombre", "d", "enfants");
    }

    @Test
    void oneTypingSlipIsAnInsertionDeletionChangeOrSwap() {
        assertThat(ProtectedLexicon.oneSlipApart("ethnicty", "ethnicity")).isTrue();
        assertThat(ProtectedLexicon.oneSlipApart("ethnicitty", "ethnicity")).isTrue();
        assertThat(ProtectedLexicon.oneSlipApart("ethnocity", "ethnicity")).isTrue();
        assertThat(ProtectedLexicon.oneSlipApart("ethnictiy", "ethnicity")).isTrue();
        assertThat(ProtectedLexicon.oneSlipApart("ethnicity", "ethnicity")).isFalse();
        assertThat(ProtectedLexicon.oneSlipApart("ethincty", "ethnicity")).isFalse();
        assertThat(ProtectedLexicon.oneSlipApart("nationality", "rationalism")).isFalse();
    }

    /** Every entry of the list is found by its own name, with the certainty of its list (a check on the file). */
    @Test
    void everyEntryOfTheListMatchesItself() throws Exception {
        JsonNode yaml;
        try (InputStream in = ProtectedLexicon.class.getResourceAsStream(ProtectedLexicon.RESOURCE)) {
            yaml = YAMLMapper.builder().build().readTree(in);
        }
        List<String> wrong = new ArrayList<>();
        for (JsonNode attribute : yaml.get("attributes")) {
            String reveals = attribute.get("reveals").asString();
            for (String list : List.of("protected", "alone", "uncertain", "uncertainAlone")) {
                boolean certain = list.equals("protected") || list.equals("alone");
                for (JsonNode entry : attribute.path(list)) {
                    String name = entry.asString().replace("*", "");
                    var verdict = ProtectedAttributes.classify(name);
                    if (verdict.isEmpty() || verdict.get().certain() != certain
                            || certain && !verdict.get().reveals().equals(reveals)) {
                        wrong.add(list + ": " + name + " -> " + verdict);
                    }
                }
            }
        }
        assertThat(wrong).isEmpty();
    }
}
