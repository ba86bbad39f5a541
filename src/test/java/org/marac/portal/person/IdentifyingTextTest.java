package org.marac.portal.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Identifiers are found however they are written; ordinary words that merely look alike are not. */
class IdentifyingTextTest {

    private static Map<String, IdentifyingText.Identifiers> aisha() {
        Person person = new Person("Aisha", "O'Brien-Rahman");
        person.setAliases(List.of("Ash the Quick"));
        person.setPreferredName("Zoë");
        person.setPostcode("NG7 2AB");
        person.setAddress("Flat 3, 12A Example Street, Radford, Nottingham");
        person.setPhone("+44 7700 900123");
        person.setEmail("a.rahman@example.org");
        person.setDateOfBirth(LocalDate.of(1988, 3, 14));
        return Map.of("victim", IdentifyingText.Identifiers.of(person),
                "case", IdentifyingText.Identifiers.references(List.of("HC-2026-0042", "NS/2026/004512")));
    }

    private static List<IdentifyingText.Kind> kindsIn(String text) {
        return IdentifyingText.find(text, aisha()).stream().map(IdentifyingText.Finding::kind).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"AISHA was frightened", "aisha's door", "Ms O'Brien", "Mrs OBrien", "rahman", "O'BRIEN-RAHMAN",
            "obrien", "called Ash by friends", "zoe", "ZOË", "Aisha,Rahman"})
    void findsNamePartsAndAliasesWhateverTheCaseAccentsAndPunctuation(String text) {
        assertThat(kindsIn(text)).contains(IdentifyingText.Kind.NAME);
    }

    @ParameterizedTest
    @ValueSource(strings = {"NG7 2AB", "ng72ab", "NG7  2ab", "ng7-2ab", "postcode:ng72AB."})
    void findsThePostcodeWithOrWithoutItsSpace(String text) {
        assertThat(kindsIn(text)).contains(IdentifyingText.Kind.POSTCODE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"12A Example Street", "lives on example st.", "EXAMPLE ROAD", "at 12a example"})
    void findsTheStreetWithAnyStreetWordOrWithTheHouseNumber(String text) {
        assertThat(kindsIn(text)).contains(IdentifyingText.Kind.ADDRESS);
    }

    @ParameterizedTest
    @ValueSource(strings = {"07700 900123", "07700900123", "+44 (0)7700 900 123", "+447700900123"})
    void findsThePhoneNumberInAnyFormat(String text) {
        assertThat(kindsIn(text)).contains(IdentifyingText.Kind.PHONE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"born 14/03/1988", "1988-03-14", "14 March 1988", "14th March 1988", "14.03.1988", "14 Mar 1988"})
    void findsTheDateOfBirthInCommonFormats(String text) {
        assertThat(kindsIn(text)).contains(IdentifyingText.Kind.DATE_OF_BIRTH);
    }

    @Test
    void findsEmailsAndReferences() {
        assertThat(kindsIn("wrote from A.Rahman@Example.org")).contains(IdentifyingText.Kind.EMAIL);
        assertThat(kindsIn("case hc 2026 0042")).contains(IdentifyingText.Kind.REFERENCE);
        assertThat(kindsIn("crime ref ns-2026-004512")).contains(IdentifyingText.Kind.REFERENCE);
    }

    @Test
    void leavesOrdinaryWordsTheTownAndOtherDatesAlone() {
        assertThat(kindsIn("The victim was abused in the street in Nottingham in March 2026 and the fast response of "
                + "the police on day 12 helped. An example of good practice; the risk was high.")).isEmpty();
        assertThat(kindsIn("Ashford")).isEmpty();
        assertThat(kindsIn("the 12 cases")).isEmpty();
    }

    @Test
    void aNameAfterAnArticleInAnAliasIsFoundButNotTheArticle() {
        assertThat(IdentifyingText.nameParts("Ash the Quick")).contains("ash", "quick").doesNotContain("the");
        assertThat(IdentifyingText.nameParts("O'Brien-Rahman")).contains("brien", "obrien", "rahman", "obrienrahman");
    }
}
