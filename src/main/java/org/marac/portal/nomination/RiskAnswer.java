package org.marac.portal.nomination;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.Size;

/** An answer with the assessor's note. */
@Embeddable
public class RiskAnswer {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Answer answer;

    @Size(max = 1000, message = "{validation.max1000}")
    @Column(length = 1000)
    private String note;

    protected RiskAnswer() {
    }

    public RiskAnswer(Answer answer, String note) {
        this.answer = answer;
        this.note = note == null || note.isBlank() ? null : note.strip();
    }

    public Answer getAnswer() { return answer; }
    public String getNote() { return note; }
}
