package org.marac.portal.person;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One equality monitoring answer: the value counts only when the person answered. */
@Embeddable
public class EqualityAnswer {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private Disclosure disclosure = Disclosure.NOT_ASKED;

    @Column(length = 200)
    private String value;

    public EqualityAnswer() {
    }

    public EqualityAnswer(Disclosure disclosure, String value) {
        this.disclosure = disclosure;
        this.value = disclosure == Disclosure.ANSWERED ? value : null;
    }

    public Disclosure getDisclosure() {
        return disclosure;
    }

    public String getValue() {
        return value;
    }

    public boolean isComplete() {
        return disclosure != Disclosure.ANSWERED || (value != null && !value.isBlank());
    }
}
