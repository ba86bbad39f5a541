package org.marac.portal.person;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.marac.portal.base.AbstractEntity;

/** A person in a case: who they are, how to reach them safely, and what they told us about themselves. */
@Entity
@Table(name = "person")
public class Person extends AbstractEntity {

    /** UK postcode, with or without the space, or nothing yet (an empty field is not a malformed one). */
    public static final String POSTCODE_PATTERN = "^$|^\\s*[A-Za-z]{1,2}[0-9][A-Za-z0-9]? ?[0-9][A-Za-z]{2}\\s*$";

    @Size(max = 100, message = "{validation.max100}")
    @Column(name = "given_name", length = 100)
    private String givenName;

    @Size(max = 100, message = "{validation.max100}")
    @Column(name = "family_name", length = 100)
    private String familyName;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "person_alias", joinColumns = @JoinColumn(name = "person_id"))
    @OrderColumn(name = "position")
    @Column(name = "alias", nullable = false, length = 200)
    private List<String> aliases = new ArrayList<>();

    @Size(max = 100, message = "{validation.max100}")
    @Column(name = "preferred_name", length = 100)
    private String preferredName;

    @Size(max = 40, message = "{validation.max40}")
    @Column(length = 40)
    private String pronouns;

    @PastOrPresent(message = "{person.dob.future}")
    @Column(name = "date_of_birth")
    private LocalDate dateOfBirth;

    @Enumerated(EnumType.STRING)
    @Column(name = "age_band", length = 20)
    private AgeBand ageBand;

    @Size(max = 300, message = "{validation.max300}")
    @Column(length = 300)
    private String address;

    @Pattern(regexp = POSTCODE_PATTERN, message = "{person.postcode.invalid}")
    @Column(length = 10)
    private String postcode;

    @Pattern(regexp = "^$|^[0-9 +()-]{6,20}$", message = "{person.phone.invalid}")
    @Column(length = 40)
    private String phone;

    @Email(message = "{validation.email}")
    @Size(max = 255, message = "{validation.max255}")
    @Column(length = 255)
    private String email;

    @Size(max = 60, message = "{validation.max60}")
    @Column(name = "first_language", length = 60)
    private String firstLanguage;

    @Column(name = "interpreter_needed", nullable = false)
    private boolean interpreterNeeded;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "person_accessible_format", joinColumns = @JoinColumn(name = "person_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "format", nullable = false, length = 20)
    private Set<AccessibleFormat> accessibleFormats = EnumSet.noneOf(AccessibleFormat.class);

    @Enumerated(EnumType.STRING)
    @Column(name = "letter_safe", nullable = false, length = 10)
    private SafeToUse letterSafe = SafeToUse.UNKNOWN;

    @Enumerated(EnumType.STRING)
    @Column(name = "phone_safe", nullable = false, length = 10)
    private SafeToUse phoneSafe = SafeToUse.UNKNOWN;

    @Size(max = 200, message = "{validation.max200}")
    @Column(name = "safe_contact_hours", length = 200)
    private String safeContactHours;

    @Size(max = 200, message = "{validation.max200}")
    @Column(name = "safe_contact_via", length = 200)
    private String safeContactVia;

    @Size(max = 2000, message = "{validation.max2000}")
    @Column(name = "vulnerability_notes", length = 2000)
    private String vulnerabilityNotes;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "disclosure", column = @Column(name = "gender_identity_answer", nullable = false, length = 12)),
            @AttributeOverride(name = "value", column = @Column(name = "gender_identity", length = 100))})
    private EqualityAnswer genderIdentity = new EqualityAnswer();

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "disclosure", column = @Column(name = "ethnicity_answer", nullable = false, length = 12)),
            @AttributeOverride(name = "value", column = @Column(name = "ethnicity", length = 100))})
    private EqualityAnswer ethnicity = new EqualityAnswer();

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "disclosure", column = @Column(name = "religion_answer", nullable = false, length = 12)),
            @AttributeOverride(name = "value", column = @Column(name = "religion", length = 100))})
    private EqualityAnswer religion = new EqualityAnswer();

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "disclosure", column = @Column(name = "sexual_orientation_answer", nullable = false, length = 12)),
            @AttributeOverride(name = "value", column = @Column(name = "sexual_orientation", length = 100))})
    private EqualityAnswer sexualOrientation = new EqualityAnswer();

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "disclosure", column = @Column(name = "disability_answer", nullable = false, length = 12)),
            @AttributeOverride(name = "value", column = @Column(name = "disability", length = 200))})
    private EqualityAnswer disability = new EqualityAnswer();

    public Person() {
    }

    public Person(String givenName, String familyName) {
        this.givenName = givenName;
        this.familyName = familyName;
    }

    /** The name to address the person by: their preferred name when they gave one. */
    public String displayName() {
        String full = Stream.of(givenName, familyName).filter(p -> p != null && !p.isBlank())
                .reduce((a, b) -> a + " " + b).orElse("");
        return preferredName != null && !preferredName.isBlank() && !full.isEmpty()
                ? preferredName + " (" + full + ")" : full;
    }

    /** Full name, then aliases: what "possible same person" matching compares. */
    public List<String> allNames() {
        List<String> names = new ArrayList<>();
        names.add(Stream.of(givenName, familyName).filter(p -> p != null && !p.isBlank())
                .reduce((a, b) -> a + " " + b).orElse(""));
        names.addAll(aliases);
        return names;
    }

    /**
     * Replaces everything that identifies the person, keeping what statistics need: an age band instead of
     * the date of birth, and the equality monitoring answers.
     */
    public void anonymise(LocalDate asOf) {
        if (dateOfBirth != null) {
            ageBand = AgeBand.at(dateOfBirth, asOf);
        }
        givenName = null;
        familyName = null;
        preferredName = null;
        aliases = new ArrayList<>();
        dateOfBirth = null;
        address = null;
        postcode = null;
        phone = null;
        email = null;
        safeContactHours = null;
        safeContactVia = null;
        vulnerabilityNotes = null;
    }

    public boolean hasName() {
        return (givenName != null && !givenName.isBlank()) || (familyName != null && !familyName.isBlank());
    }

    public String getGivenName() { return givenName; }
    public void setGivenName(String givenName) { this.givenName = strip(givenName); }
    public String getFamilyName() { return familyName; }
    public void setFamilyName(String familyName) { this.familyName = strip(familyName); }
    public List<String> getAliases() { return aliases; }
    public void setAliases(List<String> aliases) { this.aliases = new ArrayList<>(aliases); }
    public String getPreferredName() { return preferredName; }
    public void setPreferredName(String preferredName) { this.preferredName = strip(preferredName); }
    public String getPronouns() { return pronouns; }
    public void setPronouns(String pronouns) { this.pronouns = strip(pronouns); }
    public LocalDate getDateOfBirth() { return dateOfBirth; }
    public void setDateOfBirth(LocalDate dateOfBirth) { this.dateOfBirth = dateOfBirth; }
    public AgeBand getAgeBand() { return ageBand; }
    public void setAgeBand(AgeBand ageBand) { this.ageBand = ageBand; }
    public String getAddress() { return address; }
    public void setAddress(String address) { this.address = strip(address); }
    public String getPostcode() { return postcode; }
    public void setPostcode(String postcode) { this.postcode = postcode == null || postcode.isBlank() ? null : postcode.strip().toUpperCase(); }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = strip(phone); }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = strip(email); }
    public String getFirstLanguage() { return firstLanguage; }
    public void setFirstLanguage(String firstLanguage) { this.firstLanguage = strip(firstLanguage); }
    public boolean isInterpreterNeeded() { return interpreterNeeded; }
    public void setInterpreterNeeded(boolean interpreterNeeded) { this.interpreterNeeded = interpreterNeeded; }
    public Set<AccessibleFormat> getAccessibleFormats() { return accessibleFormats; }
    public void setAccessibleFormats(Set<AccessibleFormat> formats) { this.accessibleFormats = formats.isEmpty() ? EnumSet.noneOf(AccessibleFormat.class) : EnumSet.copyOf(formats); }
    public SafeToUse getLetterSafe() { return letterSafe; }
    public void setLetterSafe(SafeToUse letterSafe) { this.letterSafe = letterSafe; }
    public SafeToUse getPhoneSafe() { return phoneSafe; }
    public void setPhoneSafe(SafeToUse phoneSafe) { this.phoneSafe = phoneSafe; }
    public String getSafeContactHours() { return safeContactHours; }
    public void setSafeContactHours(String safeContactHours) { this.safeContactHours = strip(safeContactHours); }
    public String getSafeContactVia() { return safeContactVia; }
    public void setSafeContactVia(String safeContactVia) { this.safeContactVia = strip(safeContactVia); }
    public String getVulnerabilityNotes() { return vulnerabilityNotes; }
    public void setVulnerabilityNotes(String vulnerabilityNotes) { this.vulnerabilityNotes = strip(vulnerabilityNotes); }
    public EqualityAnswer getGenderIdentity() { return genderIdentity; }
    public void setGenderIdentity(EqualityAnswer genderIdentity) { this.genderIdentity = genderIdentity; }
    public EqualityAnswer getEthnicity() { return ethnicity; }
    public void setEthnicity(EqualityAnswer ethnicity) { this.ethnicity = ethnicity; }
    public EqualityAnswer getReligion() { return religion; }
    public void setReligion(EqualityAnswer religion) { this.religion = religion; }
    public EqualityAnswer getSexualOrientation() { return sexualOrientation; }
    public void setSexualOrientation(EqualityAnswer sexualOrientation) { this.sexualOrientation = sexualOrientation; }
    public EqualityAnswer getDisability() { return disability; }
    public void setDisability(EqualityAnswer disability) { this.disability = disability; }

    private static String strip(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
