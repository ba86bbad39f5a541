package org.marac.portal.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marac.portal.person.PersonMatcher.Candidate;
import org.marac.portal.person.PersonMatcher.Match;

class PersonMatcherTest {

    private static final LocalDate BORN = LocalDate.of(1984, 9, 9);
    private final PersonMatcher matcher = new PersonMatcher();

    private static Candidate person(LocalDate born, String postcode, String... names) {
        return new Candidate(Arrays.asList(names), born, postcode);
    }

    private Match compare(Candidate a, Candidate b) {
        return matcher.compare(a, b);
    }

    @Test
    void theSameNameWithNothingElseKnownIsAPossibleMatch() {
        Match match = compare(person(null, null, "Amir Khan"), person(null, null, "amir  KHAN"));
        assertThat(match.isPossible()).isTrue();
        assertThat(match.reasons()).contains("NAME_EXACT");
    }

    @Test
    void accentsHyphensAndCaseAreIgnored() {
        assertThat(compare(person(null, null, "José Al-Amin"), person(null, null, "Jose Al Amin")).isPossible()).isTrue();
        assertThat(compare(person(null, null, "Jose Alamin"), person(null, null, "Jose Al-Amin")).isPossible()).isTrue();
    }

    @Test
    void transliterationsCountAsTheSameName() {
        for (String variant : List.of("Muhammad Ali", "Mohamed Ali", "Mohammad Ali")) {
            assertThat(compare(person(BORN, null, "Mohammed Ali"), person(BORN, null, variant)).isPossible())
                    .as(variant).isTrue();
        }
        assertThat(compare(person(null, null, "Yusuf Okonkwo"), person(null, null, "Youssef Okonkwo")).isPossible()).isTrue();
        assertThat(compare(person(null, null, "Aleksandr Petrov"), person(null, null, "Alexander Petrov")).isPossible()).isTrue();
        assertThat(compare(person(null, null, "Ahmed Said"), person(null, null, "Ahmad Said")).isPossible()).isTrue();
    }

    @Test
    void swappedFirstAndLastNamesMatch() {
        Match match = compare(person(null, null, "Khan Amir"), person(null, null, "Amir Khan"));
        assertThat(match.isPossible()).isTrue();
        assertThat(match.reasons()).contains("NAME_SWAPPED");
    }

    @Test
    void typosMatch() {
        assertThat(compare(person(null, null, "Jonathon Smith"), person(null, null, "Jonathan Smith")).isPossible()).isTrue();
        assertThat(compare(person(null, null, "Jonathan Smiht"), person(null, null, "Jonathan Smith")).isPossible()).isTrue();
    }

    @Test
    void anAliasOnEitherSideMatches() {
        Match match = compare(person(null, null, "Daniel Osei", "Danny O"), person(null, null, "Kofi Mensah", "Daniel Osei"));
        assertThat(match.isPossible()).isTrue();
        assertThat(match.reasons()).contains("ALIAS");
    }

    @Test
    void differentPeopleDoNotMatch() {
        assertThat(compare(person(null, "NG1 5AB", "Amir Khan"), person(null, "NG1 5AB", "Sarah Jones")).isPossible()).isFalse();
        assertThat(compare(person(BORN, null, "John Smith"), person(BORN.plusYears(3), null, "Jane Smith")).isPossible()).isFalse();
        assertThat(compare(person(null, null, "Amir Khan"), person(null, null, "Sarah Khan")).isPossible()).isFalse();
        assertThat(compare(person(null, null, "John Smith"), person(null, null, "Jane Smith")).isPossible()).isFalse();
    }

    @Test
    void aKnownDifferentDateOfBirthOutweighsTheSameNameEvenAtTheSameAddress() {
        Match match = compare(person(BORN, "NG1 5AB", "Amir Khan"), person(BORN.plusDays(1), "NG1 5AB", "Amir Khan"));
        assertThat(match.reasons()).contains("DOB_DIFFERENT", "POSTCODE_SAME");
        assertThat(match.isPossible()).isFalse();
    }

    @Test
    void theSameDateOfBirthAndPostcodeRaiseTheScore() {
        Match nameOnly = compare(person(null, null, "Jonathon Smith"), person(null, null, "Jonathan Smith"));
        Match withFacts = compare(person(BORN, "ng1 5ab", "Jonathon Smith"), person(BORN, "NG15AB", "Jonathan Smith"));
        assertThat(withFacts.score()).isGreaterThan(nameOnly.score());
        assertThat(withFacts.reasons()).contains("DOB_SAME", "POSTCODE_SAME");
        Match district = compare(person(null, "NG1 5AB", "Ann Lee"), person(null, "NG1 7ZZ", "Ann Lee"));
        assertThat(district.reasons()).contains("POSTCODE_DISTRICT_SAME");
    }

    @Test
    void postcodesAreNormalised() {
        assertThat(PersonMatcher.normalisePostcode(" ng1 5ab ")).isEqualTo("NG1 5AB");
        assertThat(PersonMatcher.normalisePostcode("SW1A1AA")).isEqualTo("SW1A 1AA");
        assertThat(PersonMatcher.normalisePostcode("  ")).isNull();
    }

    @Test
    void peopleWhoCouldMatchShareABlockingKey() {
        assertThat(PersonMatcher.blockingKeys(List.of("Mohammed Khan")))
                .containsAnyElementsOf(PersonMatcher.blockingKeys(List.of("Muhammad Khan")));
        assertThat(PersonMatcher.blockingKeys(List.of("Khan Amir")))
                .containsAnyElementsOf(PersonMatcher.blockingKeys(List.of("Amir Khan")));
        assertThat(PersonMatcher.blockingKeys(List.of("Jonathon Smith")))
                .containsAnyElementsOf(PersonMatcher.blockingKeys(List.of("Jonathan Smith")));
        assertThat(PersonMatcher.blockingKeys(List.of("Jose Alamin")))
                .containsAnyElementsOf(PersonMatcher.blockingKeys(List.of("José Al-Amin")));
    }

    @Test
    void blankNamesAreIgnored() {
        assertThat(PersonMatcher.blockingKeys(Arrays.asList(null, " ", "Ann Lee"))).isNotEmpty();
        assertThat(compare(person(null, null, (String) null), person(null, null, "Ann Lee")).isPossible()).isFalse();
    }
}
